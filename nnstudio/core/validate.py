"""Validation: every problem with a project at once, each pointing at what to fix.

Messages follow Keras's habit: say where, what was expected and what was received, in words
a student understands ("Layer 3 (Dense): units must be a whole number of at least 1.
Received: units=0.").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from nnstudio.core import catalog
from nnstudio.core.captions import layer_title
from nnstudio.core.catalog import Param
from nnstudio.core.i18n import Context
from nnstudio.core.labels import label_encoding
from nnstudio.core.shapes import LayerShape, Shape, ShapeError, fmt_shape, infer_layer
from nnstudio.core.spec import LayerSpec, Project, short_repr

Validate = Context("Validate")

Severity = Literal["error", "warning"]
Section = Literal["layers", "compile", "data", "train"]

_NAME_RE = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")


class DataInfoLike(Protocol):
    """What validation needs to know about the data (see :class:`nnstudio.data.DataInfo`)."""

    @property
    def feature_shape(self) -> tuple[int, ...]: ...

    @property
    def num_classes(self) -> int: ...

    @property
    def class_names(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class StaticDataInfo:
    feature_shape: tuple[int, ...]
    num_classes: int
    class_names: tuple[str, ...]


@dataclass(frozen=True)
class Problem:
    message: str
    #: Index into ``project.layers`` of the layer to highlight, if any.
    layer: int | None = None
    section: Section = "layers"
    #: The setting to highlight, if any.
    field: str | None = None
    severity: Severity = "error"

    def __str__(self) -> str:
        return self.message


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    #: One entry per layer; None where the shape could not be worked out.
    shapes: list[LayerShape | None] = field(default_factory=list)
    data: DataInfoLike | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def complete(self) -> bool:
        return bool(self.shapes) and all(s is not None for s in self.shapes)

    @property
    def total_params(self) -> int:
        return sum(s.params for s in self.shapes if s is not None)

    @property
    def trainable_params(self) -> int:
        return sum(s.trainable_params for s in self.shapes if s is not None)

    @property
    def output_shape(self) -> Shape | None:
        return self.shapes[-1].output_shape if self.complete and self.shapes[-1] else None

    def for_layer(self, index: int) -> list[Problem]:
        return [p for p in self.problems if p.layer == index]


def builtin_data_info(project: Project) -> StaticDataInfo | None:
    """What the catalog knows about a built-in dataset, without loading it."""
    info = catalog.DATASETS.get(project.data.dataset)
    if info is None or info.feature_shape is None or info.num_classes is None:
        return None
    shape = info.feature_shape
    if project.data.flatten is True:
        shape = (math.prod(shape),)
    return StaticDataInfo(shape, info.num_classes, info.class_names)


# --- values --------------------------------------------------------------------------------


def _num(x: float) -> str:
    # 2147483647 as "2,147,483,647", not "2.14748e+09"; 0.001 stays "0.001".
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


def expected_words(p: Param) -> str:
    """What ``p`` accepts, as words: 'a whole number from 1 to 64'."""
    if p.type in ("int", "float"):
        whole = p.type == "int"
        lo, hi = p.minimum, p.maximum
        if lo is not None and hi is not None:
            if p.minimum_inclusive and p.maximum_inclusive:
                words = (
                    #: What a setting accepts; it follows "must be" in a problem, or "Allowed:"
                    #: in a tooltip.
                    Validate.tr("a whole number from {low} to {high}")
                    if whole
                    else Validate.tr("a number from {low} to {high}")
                )
            elif p.minimum_inclusive:
                words = (
                    Validate.tr("a whole number from {low} up to (but not including) {high}")
                    if whole
                    else Validate.tr("a number from {low} up to (but not including) {high}")
                )
            elif p.maximum_inclusive:
                words = (
                    Validate.tr("a whole number above {low} and at most {high}")
                    if whole
                    else Validate.tr("a number above {low} and at most {high}")
                )
            else:
                words = (
                    Validate.tr("a whole number between {low} and {high}")
                    if whole
                    else Validate.tr("a number between {low} and {high}")
                )
            words = words.format(low=_num(lo), high=_num(hi))
        elif lo is not None:
            if p.minimum_inclusive:
                words = (
                    Validate.tr("a whole number of at least {low}")
                    if whole
                    else Validate.tr("a number of at least {low}")
                )
            else:
                words = (
                    Validate.tr("a whole number above {low}")
                    if whole
                    else Validate.tr("a number above {low}")
                )
            words = words.format(low=_num(lo))
        else:
            words = Validate.tr("a whole number") if whole else Validate.tr("a number")
        return _or_empty(p, words)
    if p.type == "bool":
        return Validate.tr("true or false")
    if p.type == "choice":
        return Validate.tr("one of: {choices}").format(choices=", ".join(p.allowed_choices()))
    if p.type == "shape":
        if p.name == "target_shape":
            words = Validate.tr(
                "a list of whole numbers of at least 1, one of which may be -1 to take the rest, "
                "such as 28, 28, 1"
            )
        else:
            words = Validate.tr("a list of whole numbers of at least 1, such as 28, 28, 1")
        return _or_empty(p, words)
    return Validate.tr("text")


def _or_empty(p: Param, words: str) -> str:
    """``words``, and that an optional setting may be left empty."""
    if not p.optional:
        return words
    #: {allowed}: what the setting accepts ("a whole number of at least 1"); {none}: what an
    #: empty setting means ("from the data").
    return Validate.tr("{allowed}, or empty for '{none}'").format(allowed=words, none=p.none_label)


def check_value(p: Param, value: Any) -> bool:
    """Whether ``value`` is allowed for ``p``."""
    if value is None:
        return p.optional
    if p.type in ("int", "float"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        if p.type == "int" and not isinstance(value, int):
            return False
        # A whole number is always finite (and math.isfinite cannot take one beyond 1e308).
        if isinstance(value, float) and not math.isfinite(value):
            return False
        if p.minimum is not None and (
            value < p.minimum or (value == p.minimum and not p.minimum_inclusive)
        ):
            return False
        return not (
            p.maximum is not None
            and (value > p.maximum or (value == p.maximum and not p.maximum_inclusive))
        )
    if p.type == "bool":
        return isinstance(value, bool)
    if p.type == "choice":
        return isinstance(value, str) and value in p.allowed_choices()
    if p.type == "shape":
        if not isinstance(value, (tuple, list)) or not value:
            return False
        if all(_whole(d) and d >= 1 for d in value):
            return True
        # Reshape may leave one axis as -1, to be filled in (the whole number -1: Keras
        # cannot build a shape from -1.0).
        others = [d for d in value if not (_whole(d) and d == -1)]
        return (
            p.name == "target_shape"
            and len(others) == len(value) - 1
            and all(_whole(d) and d >= 1 for d in others)
        )
    return isinstance(value, str)


def _whole(value: Any) -> bool:
    """Whether ``value`` is a whole number as a shape needs it (not True, not 1.0)."""
    return isinstance(value, int) and not isinstance(value, bool)


def value_problem(where: str, p: Param, value: Any) -> str | None:
    if check_value(p, value):
        return None
    if isinstance(value, tuple):
        value = list(value)
    #: {where}: the layer's title or the section ("Layer 3 (Dense)", "Data"); {setting}: the
    #: setting's label; {allowed}: what it accepts; {name}={value} stays as it is (the setting's
    #: Keras name and the value received).
    return Validate.tr("{where}: {setting} must be {allowed}. Received: {name}={value}.").format(
        where=where,
        setting=catalog.in_sentence(p.label),
        allowed=expected_words(p),
        name=p.name,
        value=short_repr(value, 80),
    )


# --- the whole project -----------------------------------------------------------------------


def validate(project: Project, data: DataInfoLike | None = None, data_error: str = "") -> Report:
    """Check ``project`` and work out every layer's shape and parameter count.

    ``data`` describes the dataset; when it is None, the catalog's description of a built-in
    dataset is used, and checks that need the data are skipped for a CSV file. ``data_error``
    says why the data could not be described (a CSV file that cannot be read), if it could not.
    """
    if data is None:
        data = builtin_data_info(project)
    report = Report(data=data)
    _check_layers(project, data, report)
    _check_output(project, data, report)
    _check_compile(project, report)
    _check_data(project, report)
    # A data setting that is wrong or still to be chosen explains the reading error already.
    if data_error and not any(p.section == "data" for p in report.errors):
        report.problems.append(Problem(data_error, section="data", field="path"))
    _check_train(project, report)
    return report


def _check_layers(project: Project, data: DataInfoLike | None, report: Report) -> None:
    problems = report.problems
    layers = project.layers
    if not layers:
        problems.append(
            Problem(
                Validate.tr(
                    "The network is empty: add an Input layer, then at least one Dense layer."
                )
            )
        )
        return
    seen_names: dict[str, int] = {}
    shape: Shape | None = None
    for i, layer in enumerate(layers):
        where = layer_title(i, layer)
        kind = catalog.LAYER_KINDS[layer.kind]
        bad_value = False
        for p in kind.params:
            msg = value_problem(where, p, layer.params.get(p.name))
            if msg:
                problems.append(Problem(msg, layer=i, field=p.name))
                bad_value = True
        if layer.name:
            if not _NAME_RE.match(layer.name):
                problems.append(
                    Problem(
                        Validate.tr(
                            "{layer}: a name may use letters, digits, '_', '-' and '.', up to 64 "
                            "of them. Received: name={name}."
                        ).format(layer=where, name=repr(layer.name)),
                        layer=i,
                        field="name",
                    )
                )
            elif layer.name in seen_names:
                problems.append(
                    Problem(
                        Validate.tr(
                            "{layer}: the name {name} is already used by layer {other}. "
                            "Expected a name of its own."
                        ).format(
                            layer=where, name=repr(layer.name), other=seen_names[layer.name] + 1
                        ),
                        layer=i,
                        field="name",
                    )
                )
            seen_names.setdefault(layer.name, i)

        if layer.kind == "Input":
            if i != 0:
                problems.append(
                    Problem(
                        Validate.tr(
                            "{layer}: only the first layer can be an Input layer. Remove this "
                            "one or move it to the top."
                        ).format(layer=where),
                        layer=i,
                    )
                )
                shape = None
            else:
                shape = _input_shape(layer, data, problems, bad_value)
            report.shapes.append(LayerShape(shape, 0, 0) if shape is not None else None)
            continue
        if i == 0:
            problems.append(
                Problem(
                    Validate.tr(
                        "{layer}: the first layer must be an Input layer, which says what one "
                        "example looks like. Add an Input layer at the top."
                    ).format(layer=where),
                    layer=0,
                )
            )
        if shape is None or bad_value:
            shape = None
            report.shapes.append(None)
            continue
        try:
            result = infer_layer(kind, layer.params, shape)
        except ShapeError as exc:
            problems.append(
                #: {problem}: a sentence from the "Shapes" context, in lower case ("its
                #: kernel of 5x5 ...").
                Problem(Validate.tr("{layer}: {problem}").format(layer=where, problem=exc), layer=i)
            )
            shape = None
            report.shapes.append(None)
            continue
        if any(d < 1 for d in result.output_shape):
            problems.append(
                Problem(
                    Validate.tr(
                        "{layer}: its output would have no size left {shape}. Use a smaller "
                        "window or padding 'same'."
                    ).format(layer=where, shape=fmt_shape(result.output_shape)),
                    layer=i,
                )
            )
            shape = None
            report.shapes.append(None)
            continue
        shape = result.output_shape
        report.shapes.append(result)

    if not any(catalog.LAYER_KINDS[layer.kind].trainable for layer in layers):
        first, *others = [k.name for k in catalog.LAYER_KINDS.values() if k.sets_outputs]
        problems.append(
            Problem(
                Validate.tr(
                    "The network has no layer that learns: add a {first} (or {others}) layer, "
                    "or there is nothing to train."
                ).format(first=first, others=", ".join(others))
            )
        )


def _input_shape(
    layer: LayerSpec, data: DataInfoLike | None, problems: list[Problem], bad_value: bool
) -> Shape | None:
    if bad_value:
        return None
    declared = layer.params.get("shape")
    if declared is None:
        if data is None:
            return None
        return tuple(data.feature_shape)
    declared = tuple(declared)
    if data is not None and declared != tuple(data.feature_shape):
        problems.append(
            Problem(
                Validate.tr(
                    "{layer}: the data gives examples of shape {data_shape}, but the Input "
                    "layer expects {declared}. Set the shape to {values}, or leave it empty to "
                    "take it from the data."
                ).format(
                    layer=layer_title(0, layer),
                    data_shape=fmt_shape(tuple(data.feature_shape)),
                    declared=fmt_shape(declared),
                    values=", ".join(str(d) for d in data.feature_shape),
                ),
                layer=0,
                field="shape",
            )
        )
    return declared


def output_activation(layers: list[LayerSpec]) -> tuple[str | None, int | None]:
    """The activation the network's output passes through last, and the layer applying it."""
    for i in range(len(layers) - 1, -1, -1):
        layer = layers[i]
        if "activation" in layer.params:
            act = layer.params["activation"]
            return (act if isinstance(act, str) else None), i
    return None, None


def _sizing_layer(layers: list[LayerSpec]) -> int:
    """The last layer that sets the number of outputs (the one to point at)."""
    for i in range(len(layers) - 1, -1, -1):
        if catalog.LAYER_KINDS[layers[i].kind].sets_outputs:
            return i
    return len(layers) - 1


def _check_output(project: Project, data: DataInfoLike | None, report: Report) -> None:
    layers = project.layers
    if not layers or not report.complete:
        return
    if not any(catalog.LAYER_KINDS[layer.kind].trainable for layer in layers):
        return  # no output layer yet: "no layer that learns" says what to do first
    out = report.shapes[-1].output_shape if report.shapes[-1] else None
    if out is None:
        return
    last = _sizing_layer(layers)
    where = layer_title(last, layers[last])
    problems = report.problems
    if len(out) != 1:
        problems.append(
            Problem(
                Validate.tr(
                    "The network's output has shape {shape}, but each example needs one row of "
                    "class scores. Add a Flatten layer before the last Dense layer."
                ).format(shape=fmt_shape(out)),
                layer=len(layers) - 1,
            )
        )
        return
    units = out[0]
    loss = project.compile.loss
    act, act_layer = output_activation(layers)
    act_where = layer_title(act_layer, layers[act_layer]) if act_layer is not None else where
    if data is not None:
        k = data.num_classes
        if units != k and not (k == 2 and units == 1):
            names = ", ".join(data.class_names[:3]) + (", …" if k > 3 else "")
            if k == 2:
                text = Validate.tr(
                    "{layer}: the output layer has {units}, but the data has {classes} "
                    "({names}). Expected {expected}, or 1 sigmoid unit for a yes/no answer."
                )
            else:
                text = Validate.tr(
                    "{layer}: the output layer has {units}, but the data has {classes} "
                    "({names}). Expected {expected}."
                )
            problems.append(
                Problem(
                    text.format(
                        layer=where,
                        units=Validate.tr("%n unit(s)", "", units),
                        classes=Validate.tr("%n class(es)", "", k),
                        names=names,
                        expected=Validate.tr("%n unit(s), one per class", "", k),
                    ),
                    layer=last,
                    field="units",
                )
            )
    if act == "softmax" and units == 1:
        problems.append(
            Problem(
                Validate.tr(
                    "{layer}: softmax on a single unit always outputs 1, so the network cannot "
                    "learn anything. Use sigmoid for one yes/no output, or give the output 2 "
                    "units with softmax."
                ).format(layer=act_where),
                layer=act_layer,
                field="activation",
            )
        )
    if loss == "binary_crossentropy" and units > 1:
        problems.append(
            Problem(
                Validate.tr(
                    "Binary cross-entropy scores a single yes/no answer, but the output layer "
                    "has %n unit(s) that share one softmax. Use categorical cross-entropy for "
                    "%n class(es), or one sigmoid unit.",
                    "",
                    units,
                )
                if act == "softmax"
                else Validate.tr(
                    "Binary cross-entropy scores a single yes/no answer, but the output layer "
                    "has %n unit(s). Use categorical cross-entropy for %n class(es), or one "
                    "sigmoid unit.",
                    "",
                    units,
                ),
                section="compile",
                field="loss",
            )
        )
    elif loss in ("categorical_crossentropy", "sparse_categorical_crossentropy") and units == 1:
        label = catalog.choice_label(catalog.LOSSES, loss)
        problems.append(
            Problem(
                Validate.tr(
                    "{loss} needs one output unit per class, but the output layer has 1 unit. "
                    "Use binary cross-entropy with a sigmoid unit, or give the output one unit "
                    "per class with softmax."
                ).format(loss=label),
                section="compile",
                field="loss",
            )
        )
    elif (
        loss in ("categorical_crossentropy", "sparse_categorical_crossentropy") and act != "softmax"
    ):
        label = catalog.choice_label(catalog.LOSSES, loss)
        problems.append(
            Problem(
                Validate.tr(
                    "{layer}: {loss} expects probabilities that sum to 1, but the last "
                    "activation is {activation}. Expected softmax on the output layer."
                ).format(
                    layer=act_where,
                    loss=catalog.in_sentence(label),
                    activation=act or Validate.tr("none", "no activation"),
                ),
                layer=act_layer,
                field="activation",
                severity="warning",
            )
        )
    elif loss == "binary_crossentropy" and act != "sigmoid":
        problems.append(
            Problem(
                Validate.tr(
                    "{layer}: binary cross-entropy expects a probability between 0 and 1, but "
                    "the last activation is {activation}. Expected sigmoid on the output unit."
                ).format(layer=act_where, activation=act or Validate.tr("none", "no activation")),
                layer=act_layer,
                field="activation",
                severity="warning",
            )
        )
    if any(p.field == "loss" for p in problems):
        return  # the labels follow the loss, so metric advice would only add noise
    encoding = label_encoding(loss, units)
    for metric in project.compile.metrics:
        needs = catalog.METRIC_LABELS.get(metric)
        if needs and needs != encoding:
            words = {
                "onehot": Validate.tr("one-hot rows"),
                "integer": Validate.tr("class numbers"),
                "binary": Validate.tr("single 0/1 answers"),
            }
            problems.append(
                Problem(
                    Validate.tr(
                        "The metric {metric} needs labels as {needed}, but with this loss and "
                        "output the labels are {actual}. Use 'accuracy', which adapts to the "
                        "loss."
                    ).format(metric=metric, needed=words[needs], actual=words[encoding]),
                    section="compile",
                    field="metrics",
                )
            )


def _check_params(
    where: str, params: list[Param], values: dict[str, Any], section: Section, report: Report
) -> None:
    for p in params:
        msg = value_problem(where, p, values.get(p.name))
        if msg:
            report.problems.append(Problem(msg, section=section, field=p.name))


def _check_compile(project: Project, report: Report) -> None:
    c = project.compile
    problems = report.problems
    if c.loss not in catalog.LOSSES:
        problems.append(
            Problem(
                Validate.tr("The loss must be one of: {choices}. Received: {received}.").format(
                    choices=", ".join(catalog.LOSSES), received=repr(c.loss)
                ),
                section="compile",
                field="loss",
            )
        )
    info = catalog.OPTIMIZERS.get(c.optimizer)
    if info is None:
        problems.append(
            Problem(
                Validate.tr(
                    "The optimizer must be one of: {choices}. Received: {received}."
                ).format(choices=", ".join(catalog.OPTIMIZERS), received=repr(c.optimizer)),
                section="compile",
                field="optimizer",
            )
        )
    else:
        _check_params(
            #: Where a problem is, before a colon: "Optimizer Adam: learning rate must be ...".
            Validate.tr("Optimizer {optimizer}").format(optimizer=info.label),
            list(info.params),
            c.optimizer_params,
            "compile",
            report,
        )
    for metric in c.metrics:
        if metric not in catalog.METRICS:
            problems.append(
                Problem(
                    Validate.tr(
                        "The metric must be one of: {choices}. Received: {received}."
                    ).format(choices=", ".join(catalog.METRICS), received=repr(metric)),
                    section="compile",
                    field="metrics",
                )
            )


def _check_data(project: Project, report: Report) -> None:
    d = project.data
    problems = report.problems
    info = catalog.DATASETS.get(d.dataset)
    if info is None:
        problems.append(
            Problem(
                Validate.tr("The dataset must be one of: {choices}. Received: {received}.").format(
                    choices=", ".join(catalog.DATASETS), received=repr(d.dataset)
                ),
                section="data",
                field="dataset",
            )
        )
    elif info.path == "required" and not d.path:
        problems.append(
            Problem(
                Validate.tr("Choose a file for {dataset}.").format(
                    dataset=catalog.in_sentence(info.label)
                ),
                section="data",
                field="path",
            )
        )
    if d.dataset == "csv" and not d.label_column:
        problems.append(
            Problem(
                Validate.tr("Choose which column of the CSV file holds the label."),
                section="data",
                field="label_column",
            )
        )
    if d.preprocessing not in catalog.PREPROCESSING:
        problems.append(
            Problem(
                Validate.tr(
                    "The preprocessing must be one of: {choices}. Received: {received}."
                ).format(choices=", ".join(catalog.PREPROCESSING), received=repr(d.preprocessing)),
                section="data",
                field="preprocessing",
            )
        )
    values = {name: getattr(d, name) for name in catalog.DATA_PARAMS}
    #: Where a problem is, before a colon: "Data: validation share must be ...".
    _check_params(Validate.tr("Data"), list(catalog.DATA_PARAMS.values()), values, "data", report)


def _check_train(project: Project, report: Report) -> None:
    t = project.train
    values = {name: getattr(t, name) for name in catalog.TRAINING_PARAMS}
    _check_params(
        Validate.tr("Training"), list(catalog.TRAINING_PARAMS.values()), values, "train", report
    )
