"""Advice on a network that is valid but probably not what the student wants.

Validation (:mod:`nnstudio.core.validate`) finds what cannot train. The rules here find
what trains but badly: layers that collapse into one, a learning rate far off, pixels left at
0..255, far more weights than examples. Each finding names the layer or setting and the
rule (``catalog.ADVICE``) says why it matters and what to try.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from nnstudio.core import catalog
from nnstudio.core.captions import layer_title
from nnstudio.core.compute import planned_examples
from nnstudio.core.i18n import Context
from nnstudio.core.spec import LayerSpec, Project
from nnstudio.core.validate import DataInfoLike, Report, Section, output_activation, validate

NetworkAdvice = Context("NetworkAdvice")

#: Learning rates outside these (lowest, highest) are unusual for the optimizer.
LEARNING_RATES = {"sgd": (1e-4, 1.0)}
ADAPTIVE_LEARNING_RATES = (1e-5, 0.1)
#: Weights per training example beyond which a network can memorise its examples.
WEIGHTS_PER_EXAMPLE = 10
#: Datasets smaller than this are truth tables (XOR): memorising them is the point.
SMALL_DATA = 100
#: Epochs from which training without validation is warned about.
MANY_EPOCHS = 20
#: Hidden sigmoid or tanh layers from which the stack counts as deep.
DEEP = 4
#: Weights from which a layer counts as very large.
HUGE = 5_000_000
#: Dropout rates from this one on drop too much.
HEAVY_DROPOUT = 0.7
SATURATING = ("sigmoid", "tanh")
DISTANCE_LOSSES = ("mean_squared_error", "mean_absolute_error")


@dataclass(frozen=True)
class Advice:
    """One finding: the rule, a sentence about this network, and where to look."""

    rule: str
    message: str
    layer: int | None = None
    section: Section = "layers"
    field: str | None = None

    @property
    def why(self) -> str:
        return catalog.ADVICE[self.rule].why

    @property
    def try_this(self) -> str:
        return catalog.ADVICE[self.rule].try_this

    def __str__(self) -> str:
        return f"{self.message} {self.why} {self.try_this}"


def training_examples(project: Project) -> int | None:
    """How many examples the network learns from (after the validation share), where the
    dataset says; None for a CSV file (its size needs reading it)."""
    n = planned_examples(project)
    return None if n is None else math.floor(n * (1.0 - project.data.validation_split))


def advise(
    project: Project,
    data: DataInfoLike | None = None,
    report: Report | None = None,
    examples: int | None = None,
) -> list[Advice]:
    """Every piece of advice for ``project``, in the order of the stack, then its settings.
    ``examples`` is the number of training examples when known (else worked out from the
    dataset)."""
    report = report or validate(project, data)
    if examples is None:
        examples = training_examples(project)
    layers = project.layers
    out: list[Advice] = []
    out += _linear_stack(layers)
    out += _after_output(layers)
    out += _dense_on_picture(layers, report)
    out += _equal_start(layers)
    out += _huge_layer(layers, report)
    out += _heavy_dropout(layers)
    out += _deep_saturating(layers)
    out += _xor_one_line(project)
    out += _learning_rate(project)
    out += _distance_loss(project, data)
    out += _unscaled_pixels(project)
    out += _examples_rules(project, report, examples)
    return out


def _learns(layer: LayerSpec) -> bool:
    return catalog.LAYER_KINDS[layer.kind].trainable


def _activation(layer: LayerSpec) -> str | None:
    value = layer.params.get("activation")
    return value if isinstance(value, str) else None


def _linear_stack(layers: list[LayerSpec]) -> list[Advice]:
    out = []
    previous: int | None = None  # the last Dense layer with no activation after it
    for i, layer in enumerate(layers):
        if layer.kind == "Dense":
            if previous is not None:
                out.append(
                    Advice(
                        "linear-stack",
                        NetworkAdvice.tr(
                            "{first} and {second} have no activation between them."
                        ).format(
                            first=layer_title(previous, layers[previous]),
                            second=layer_title(i, layer),
                        ),
                        layer=previous,
                        field="activation",
                    )
                )
            previous = i if _activation(layer) in ("linear", None) else None
        elif layer.kind == "Activation" or _learns(layer):
            previous = None
    return out


def _after_output(layers: list[LayerSpec]) -> list[Advice]:
    last = max((i for i, layer in enumerate(layers) if layer.kind == "Dense"), default=None)
    if last is None:
        return []
    return [
        Advice(
            "after-output",
            NetworkAdvice.tr("{layer} comes after the output layer ({output}).").format(
                layer=layer_title(i, layer), output=layer_title(last, layers[last])
            ),
            layer=i,
        )
        for i, layer in enumerate(layers[last + 1 :], last + 1)
        if layer.kind in ("Dropout", "BatchNormalization")
    ]


def _dense_on_picture(layers: list[LayerSpec], report: Report) -> list[Advice]:
    out = []
    for i, layer in enumerate(layers):
        if layer.kind != "Dense" or i == 0:
            continue
        before = report.shapes[i - 1] if i - 1 < len(report.shapes) else None
        if before is not None and len(before.output_shape) >= 2:
            shape = "×".join(str(d) for d in before.output_shape)
            out.append(
                Advice(
                    "dense-on-picture",
                    NetworkAdvice.tr(
                        "{layer} gets a {shape} input, not a flat row of numbers."
                    ).format(layer=layer_title(i, layer), shape=shape),
                    layer=i,
                )
            )
    return out


def _equal_start(layers: list[LayerSpec]) -> list[Advice]:
    return [
        Advice(
            "equal-start",
            NetworkAdvice.tr("{layer} starts every weight at {value}.").format(
                layer=layer_title(i, layer),
                value="0" if layer.params.get("kernel_initializer") == "zeros" else "1",
            ),
            layer=i,
            field="kernel_initializer",
        )
        for i, layer in enumerate(layers)
        if layer.params.get("kernel_initializer") in ("zeros", "ones")
        and int(layer.params.get("units", layer.params.get("filters", 2)) or 2) > 1
    ]


def _huge_layer(layers: list[LayerSpec], report: Report) -> list[Advice]:
    out = []
    for i, layer in enumerate(layers):
        shape = report.shapes[i] if i < len(report.shapes) else None
        if shape is not None and shape.params >= HUGE:
            out.append(
                Advice(
                    "huge-layer",
                    NetworkAdvice.tr("{layer} has {count:,} weights and biases.").format(
                        layer=layer_title(i, layer), count=shape.params
                    ),
                    layer=i,
                )
            )
    return out


def _heavy_dropout(layers: list[LayerSpec]) -> list[Advice]:
    out = []
    for i, layer in enumerate(layers):
        rate = layer.params.get("rate")
        if layer.kind == "Dropout" and isinstance(rate, (int, float)) and rate >= HEAVY_DROPOUT:
            out.append(
                Advice(
                    "heavy-dropout",
                    NetworkAdvice.tr(
                        "{layer} drops {rate:.0%} of its inputs at every step."
                    ).format(layer=layer_title(i, layer), rate=rate),
                    layer=i,
                    field="rate",
                )
            )
    return out


def _deep_saturating(layers: list[LayerSpec]) -> list[Advice]:
    last = max((i for i, layer in enumerate(layers) if _learns(layer)), default=-1)
    hidden = [
        i
        for i, layer in enumerate(layers)
        if i != last and _learns(layer) and _activation(layer) in SATURATING
    ]
    if len(hidden) < DEEP:
        return []
    return [
        Advice(
            "deep-saturating",
            NetworkAdvice.tr(
                "%n hidden layer(s) use sigmoid or tanh, from {layer} on.", "", len(hidden)
            ).format(layer=layer_title(hidden[0], layers[hidden[0]])),
            layer=hidden[0],
            field="activation",
        )
    ]


def _xor_one_line(project: Project) -> list[Advice]:
    layers = project.layers
    if project.data.dataset != "xor":
        return []
    learning = [i for i, layer in enumerate(layers) if _learns(layer)]
    if len(learning) != 1:  # hidden layers without activations: see "linear-stack"
        return []
    return [
        Advice(
            "xor-one-line",
            NetworkAdvice.tr("The network has no hidden layer between the inputs and the output."),
            layer=learning[-1],
        )
    ]


def _learning_rate(project: Project) -> list[Advice]:
    c = project.compile
    rate = c.optimizer_params.get("learning_rate")
    if not isinstance(rate, (int, float)) or isinstance(rate, bool):
        return []
    low, high = LEARNING_RATES.get(c.optimizer, ADAPTIVE_LEARNING_RATES)
    if low <= rate <= high:
        return []
    label = catalog.choice_label(catalog.OPTIMIZERS, c.optimizer)
    if rate > high:
        text = NetworkAdvice.tr(
            "A learning rate of {rate:g} is very large for {optimizer} (usually {low:g} to "
            "{high:g})."
        )
    else:
        text = NetworkAdvice.tr(
            "A learning rate of {rate:g} is very small for {optimizer} (usually {low:g} to "
            "{high:g})."
        )
    return [
        Advice(
            "learning-rate",
            text.format(rate=rate, optimizer=label, low=low, high=high),
            section="compile",
            field="learning_rate",
        )
    ]


def _distance_loss(project: Project, data: DataInfoLike | None) -> list[Advice]:
    # One sigmoid unit scored by its squared error is the XOR tutorial's own choice, and
    # works for two classes; for a choice between several (softmax) it learns slowly.
    loss = project.compile.loss
    act, _ = output_activation(project.layers)
    classes = data.num_classes if data is not None else 0
    if loss not in DISTANCE_LOSSES or act != "softmax" or classes == 2:
        return []
    label = catalog.choice_label(catalog.LOSSES, loss)
    return [
        Advice(
            "distance-loss-for-classes",
            NetworkAdvice.tr(
                "The loss is {loss}, but a softmax output chooses between classes."
            ).format(loss=catalog.in_sentence(label)),
            section="compile",
            field="loss",
        )
    ]


def _unscaled_pixels(project: Project) -> list[Advice]:
    info = catalog.DATASETS.get(project.data.dataset)
    if info is None or not info.images or project.data.preprocessing != "none":
        return []
    return [
        Advice(
            "unscaled-pixels",
            NetworkAdvice.tr("The digits' pixels go into the network as they are, from 0 to 255."),
            section="data",
            field="preprocessing",
        )
    ]


def _examples_rules(project: Project, report: Report, examples: int | None) -> list[Advice]:
    out: list[Advice] = []
    if examples is None or examples < SMALL_DATA:
        return out
    weights = report.total_params
    if weights > WEIGHTS_PER_EXAMPLE * examples:
        out.append(
            Advice(
                "more-weights-than-examples",
                NetworkAdvice.tr(
                    "The network has {weights:,} weights and biases to learn from {examples:,} "
                    "training examples."
                ).format(weights=weights, examples=examples),
            )
        )
    t = project.train
    if t.epochs >= MANY_EPOCHS and not project.data.validation_split:
        out.append(
            Advice(
                "no-validation",
                NetworkAdvice.tr(
                    "%n epoch(s), and no examples held back for validation.", "", t.epochs
                ),
                section="data",
                field="validation_split",
            )
        )
    if t.batch_size == 1:
        out.append(
            Advice(
                "tiny-batches",
                NetworkAdvice.tr("A batch size of 1 means {steps:,} steps an epoch.").format(
                    steps=examples
                ),
                section="train",
                field="batch_size",
            )
        )
    return out
