"""The translation of a spec into Keras calls, as plain data.

Both the Keras builder (which makes the calls) and the code exporter (which writes them out)
use :class:`Call` objects from here, so the model the app trains and the model an exported
script builds cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nnstudio.core import catalog
from nnstudio.core.shapes import Shape
from nnstudio.core.spec import CompileSpec, LayerSpec

# Keras's own defaults for these arguments, whatever the layer (a kind's own differences are
# in the catalog), so exported code can leave out what Keras would do anyway.
_KERAS_DEFAULTS: dict[str, Any] = {
    "use_bias": True,
    "kernel_initializer": "glorot_uniform",
    "bias_initializer": "zeros",
    "strides": None,
    "padding": "valid",
    "return_sequences": False,
    "recurrent_activation": "sigmoid",
}
# The order Keras lists the arguments in, for readable calls.
_FIRST = ("units", "filters", "kernel_size", "pool_size", "rate", "target_shape")


@dataclass(frozen=True)
class Call:
    """A call such as ``keras.layers.Dense(128, activation="relu", name="dense")``."""

    func: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


def layer_names(layers: list[LayerSpec]) -> list[str]:
    """Each layer's Keras name: its own name if it has one, else dense, dense_1, ..."""
    taken = {layer.name for layer in layers if layer.name}
    counts: dict[str, int] = {}
    names = []
    for layer in layers:
        if layer.name:
            names.append(layer.name)
            continue
        kind = catalog.LAYER_KINDS.get(layer.kind)
        base = kind.keras_name if kind else layer.kind.lower()
        while True:
            n = counts.get(base, 0)
            counts[base] = n + 1
            candidate = base if n == 0 else f"{base}_{n}"
            if candidate not in taken:
                break
        taken.add(candidate)
        names.append(candidate)
    return names


def layer_call(layer: LayerSpec, name: str, input_shape: Shape | None = None) -> Call:
    """The Keras call that makes ``layer``. ``input_shape`` fills in an Input left empty."""
    if layer.kind == "Input":
        shape = layer.params.get("shape") or input_shape
        if shape is None:
            raise ValueError("the Input layer's shape is unknown")
        return Call("keras.Input", kwargs={"shape": tuple(shape), "name": name})
    kind = catalog.LAYER_KINDS[layer.kind]
    defaults = {**_KERAS_DEFAULTS, **dict(kind.keras_defaults)}
    ordered = sorted(layer.params, key=lambda k: _FIRST.index(k) if k in _FIRST else 99)
    kwargs: dict[str, Any] = {}
    for key in ordered:
        value = layer.params[key]
        if isinstance(value, list):
            value = tuple(value)
        if key in defaults and defaults[key] == value:
            continue
        kwargs[key] = value
    kwargs["name"] = name
    return Call(f"keras.layers.{layer.kind}", kwargs=kwargs)


def model_calls(layers: list[LayerSpec], input_shape: Shape | None = None) -> list[Call]:
    names = layer_names(layers)
    return [layer_call(layer, name, input_shape) for layer, name in zip(layers, names, strict=True)]


def optimizer_call(spec: CompileSpec) -> Call:
    """The optimizer, with a learning-rate schedule standing in for the old ``decay=``."""
    info = catalog.OPTIMIZERS[spec.optimizer]
    kwargs: dict[str, Any] = {}
    decay = spec.optimizer_params.get("decay", 0.0)
    for p in info.params:
        if p.name == "decay":
            continue
        value = spec.optimizer_params.get(p.name, p.default)
        if p.name == "learning_rate" and decay:
            # lr / (1 + decay * step): exactly what Keras 2's decay= argument did.
            value = Call(
                "keras.optimizers.schedules.InverseTimeDecay",
                kwargs={
                    "initial_learning_rate": value,
                    "decay_steps": 1,
                    "decay_rate": decay,
                },
            )
        elif p.name != "learning_rate" and value == p.default:
            continue
        kwargs[p.name] = value
    return Call(f"keras.optimizers.{info.keras_class}", kwargs=kwargs)
