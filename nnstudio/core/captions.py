"""Short words for a layer, made from the catalog: its title in messages ("Layer 3 (Dense)"),
the caption the network diagram writes under it ("Dense 128, ReLU") and the summary of its
settings the layer stack shows next to its name ("128 units, ReLU").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nnstudio.core import catalog
from nnstudio.core.spec import LayerSpec


def plural(n: object, one: str, many: str = "") -> str:
    """The noun for ``n`` of a thing: "unit" for 1, "units" (or ``many``) otherwise."""
    return one if n == 1 and not isinstance(n, bool) else many or one + "s"


def layer_title(index: int, layer: LayerSpec) -> str:
    """How messages name the layer at ``index``: "Layer 3 (Dense)"."""
    return f"Layer {index + 1} ({layer.kind})"


def sized_layer_title(index: int, layer: LayerSpec) -> str:
    """The title with the layer's size where it has neurons: "Layer 2 (Dense, 128 neurons)"."""
    units = layer.params.get("units")
    if not isinstance(units, int) or isinstance(units, bool):
        return layer_title(index, layer)
    return f"Layer {index + 1} ({layer.kind}, {units} {plural(units, 'neuron')})"


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
    return kind.caption.format_map(values)


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


# The settings worth a glance, by the name of the setting (so a new kind that uses them is
# described too); everything else is in the property editor.
_SUMMARY_PARTS: dict[str, Callable[[Any], str | None]] = {
    "shape": lambda v: "shape from the data" if v is None else f"shape {_dims(v)}",
    "target_shape": lambda v: f"to {_dims(v)}",
    "units": lambda v: f"{v} {plural(v, 'unit')}",
    "filters": lambda v: f"{v} {plural(v, 'filter')}",
    "kernel_size": lambda v: f"{_square(v)} window",
    "pool_size": lambda v: f"{_square(v)} window",
    "strides": lambda v: None if v in (None, 1) else f"stride {v}",
    "padding": lambda v: "same padding" if v == "same" else None,
    "rate": lambda v: f"rate {_number(v)}",
    "momentum": lambda v: f"momentum {_number(v)}",
    "activation": _activation,
    "return_sequences": lambda v: "every step" if v is True else None,
}


def layer_summary(layer: LayerSpec) -> str:
    """The layer's key settings in a few words: "128 units, ReLU"."""
    kind = catalog.LAYER_KINDS[layer.kind]
    if not kind.params:
        return "no settings"
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
    choice = catalog.METRICS.get(name)
    return choice.label if choice else name.replace("_", " ").capitalize()


def loss_first(logs: dict[str, float]) -> list[tuple[str, float]]:
    """Keras's logs with the loss first, as its progress bar prints them."""
    return sorted(logs.items(), key=lambda item: item[0] != "loss")


def test_results_text(test: dict[str, float]) -> str:
    """A run's test numbers in words: "test loss 0.0837, test binary accuracy 1.0000"."""
    return ", ".join(f"test {metric_label(k).lower()} {v:.4f}" for k, v in loss_first(test))
