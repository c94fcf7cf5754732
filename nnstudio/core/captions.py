"""Short words for a layer, made from the catalog: its title in messages ("Layer 3 (Dense)"),
the caption the network diagram writes under it ("Dense 128, ReLU") and the summary of its
settings the layer stack shows next to its name ("128 units, ReLU").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nnstudio.core import catalog
from nnstudio.core.i18n import Context
from nnstudio.core.spec import LayerSpec

Captions = Context("Captions")


def plural(n: object, one: str, many: str = "") -> str:
    """The noun for ``n`` of a thing: "unit" for 1, "units" (or ``many``) otherwise.

    English only: a translated text counts with a plural message (``Ctx.tr("%n unit(s)", "",
    n)``) instead."""
    return one if n == 1 and not isinstance(n, bool) else many or one + "s"


def layer_title(index: int, layer: LayerSpec) -> str:
    """How messages name the layer at ``index``: "Layer 3 (Dense)"."""
    #: {kind} is the layer's Keras name ("Dense", "Conv2D").
    return Captions.tr("Layer {number} ({kind})").format(number=index + 1, kind=layer.kind)


def sized_layer_title(index: int, layer: LayerSpec) -> str:
    """The title with the layer's size where it has neurons: "Layer 2 (Dense, 128 neurons)"."""
    units = layer.params.get("units")
    if not isinstance(units, int) or isinstance(units, bool):
        return layer_title(index, layer)
    return Captions.tr("Layer {number} ({kind}, %n neuron(s))", "", units).format(
        number=index + 1, kind=layer.kind
    )


def _choice_label(param: catalog.Param, value: Any, short: bool) -> str:
    """The label of a choice from a catalog table ("ReLU"); ``short`` drops a note in
    brackets ("Linear (none)" becomes "Linear")."""
    if not isinstance(value, str) or not isinstance(param.choices, str):
        return str(value)
    label = catalog.choice_label(catalog.CHOICE_TABLES[param.choices], value)
    return label.split(" (")[0] if short else label


def layer_caption(layer: LayerSpec) -> str:
    """The layer in the tutorials' words, from its kind's caption: "Dense 128, ReLU",
    "Conv2D 32, 3×3, ReLU", "Max pooling 2×2", "Dropout 0.2"."""
    kind = catalog.LAYER_KINDS[layer.kind]
    values: dict[str, Any] = {"label": kind.label}
    for p in kind.params:
        value = layer.params.get(p.name)
        values[p.name] = _choice_label(p, value, short=True) if p.type == "choice" else value
    try:
        return kind.caption.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation that broke the placeholders
        return kind.caption_source.format_map(values)


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _square(value: Any) -> str:
    return (
        f"{value}×{value}" if isinstance(value, int) and not isinstance(value, bool) else str(value)
    )


def _dims(value: Any) -> str:
    if isinstance(value, (tuple, list)):
        return "×".join(str(d) for d in value)
    return str(value)


def _activation(value: Any) -> str:
    return (
        catalog.choice_label(catalog.ACTIVATIONS, value) if isinstance(value, str) else str(value)
    )


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _units(v: Any) -> str:
    if _is_count(v):
        #: A part of a layer's summary in the layer stack ("128 units, ReLU").
        return Captions.tr("%n unit(s)", "", v)
    return Captions.tr("{value} units").format(value=v)  # not a number: the check says so


def _filters(v: Any) -> str:
    if _is_count(v):
        return Captions.tr("%n filter(s)", "", v)
    return Captions.tr("{value} filters").format(value=v)


# The settings worth a glance, by the name of the setting (so a new kind that uses them is
# described too); everything else is in the property editor.
_SUMMARY_PARTS: dict[str, Callable[[Any], str | None]] = {
    "shape": lambda v: (
        Captions.tr("shape from the data")
        if v is None
        else Captions.tr("shape {dims}").format(dims=_dims(v))
    ),
    #: A Reshape layer's summary: the shape it makes ("to 28×28×1").
    "target_shape": lambda v: Captions.tr("to {dims}").format(dims=_dims(v)),
    "units": _units,
    "filters": _filters,
    #: {size} is the window's width and height ("3×3").
    "kernel_size": lambda v: Captions.tr("{size} window").format(size=_square(v)),
    "pool_size": lambda v: Captions.tr("{size} window").format(size=_square(v)),
    "strides": lambda v: None if v in (None, 1) else Captions.tr("stride {value}").format(value=v),
    #: 'same' is the Keras name of this padding, which pads the edges with zeros.
    "padding": lambda v: Captions.tr("same padding") if v == "same" else None,
    "rate": lambda v: Captions.tr("rate {value}").format(value=_number(v)),
    "momentum": lambda v: Captions.tr("momentum {value}").format(value=_number(v)),
    "activation": _activation,
    #: A recurrent layer that outputs one vector for every time step.
    "return_sequences": lambda v: Captions.tr("every step") if v is True else None,
}


def layer_summary(layer: LayerSpec) -> str:
    """The layer's key settings in a few words: "128 units, ReLU"."""
    kind = catalog.LAYER_KINDS[layer.kind]
    if not kind.params:
        return Captions.tr("no settings")
    parts = []
    for p in kind.params:
        describe = _SUMMARY_PARTS.get(p.name)
        if describe is not None:
            text = describe(layer.params.get(p.name))
            if text:
                parts.append(text)
    return ", ".join(parts)


def metric_label(name: str) -> str:
    """A metric as the student reads it: "binary_accuracy" is "Binary accuracy"."""
    if name == "loss":
        return Captions.tr("Loss")
    choice = catalog.METRICS.get(name)
    return choice.label if choice else name.replace("_", " ").capitalize()


def loss_first(logs: dict[str, float]) -> list[tuple[str, float]]:
    """Keras's logs with the loss first, as its progress bar prints them."""
    return sorted(logs.items(), key=lambda item: item[0] != "loss")


def test_results_text(test: dict[str, float]) -> str:
    """A run's test numbers in words: "test loss 0.0837, test binary accuracy 1.0000"."""
    return ", ".join(
        #: One number of the final test: "test loss 0.0837", "test binary accuracy 1.0000".
        Captions.tr("test {metric} {value:.4f}").format(
            metric=catalog.in_sentence(metric_label(k)), value=v
        )
        for k, v in loss_first(test)
    )
