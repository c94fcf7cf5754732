"""What happens inside a trained network for one example, and a neuron's arithmetic.

The training process runs one example through the network layer by layer
(:func:`trace_model`) and sends back a :class:`Trace`: every layer's outputs, and the weights
and biases of every Dense layer. The rest is numpy, so the window can show a neuron's sum
with the real numbers (:func:`neuron_sum`, :func:`equation`) without TensorFlow.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from nnstudio.core.i18n import Context

NeuronArithmetic = Context("NeuronArithmetic")

Floats = npt.NDArray[np.float32]

#: Layers whose neurons each add up weighted inputs, so their arithmetic can be shown.
SUMMING = ("Dense",)
#: Layers that pass numbers on without weights (their neurons are the pixels or values).
PASSING = ("Flatten", "Reshape", "Dropout", "GaussianNoise", "InputLayer")


@dataclass(frozen=True)
class LayerTrace:
    """One layer of a :class:`Trace`."""

    #: The layer's Keras name, which is its name in the project (``dense``, ``dense_1``...).
    name: str
    #: Its Keras class: "Dense", "Flatten", "Conv2D"...
    kind: str
    #: Its activation's name ("relu", "softmax", "linear"), or None if it has none.
    activation: str | None
    #: What came out for the example (no batch axis).
    output: Floats
    #: A Dense layer's weights (inputs, units) and biases (units,); None for other kinds. A
    #: Dense layer without biases gets zeros.
    kernel: Floats | None = None
    bias: Floats | None = None


@dataclass(frozen=True)
class Trace:
    """One example's way through a trained network."""

    #: The example as the network saw it (preprocessed, no batch axis).
    input: Floats
    layers: tuple[LayerTrace, ...]

    def input_of(self, position: int) -> Floats:
        """What went into the layer at ``position`` (the previous layer's output)."""
        return self.input if position == 0 else self.layers[position - 1].output

    def position(self, name: str) -> int | None:
        """Where the layer called ``name`` is in the trace."""
        return next((i for i, layer in enumerate(self.layers) if layer.name == name), None)

    @property
    def output(self) -> Floats:
        return self.layers[-1].output if self.layers else self.input

    def shows_picture(self, position: int, picture: tuple[int, int] | None) -> bool:
        """Whether the layer at ``position`` (-1: the input) still holds the pixels of a
        ``picture`` of this (height, width): nothing that learns came before it."""
        if picture is None:
            return False
        values = self.input if position < 0 else self.layers[position].output
        if values.size != picture[0] * picture[1]:
            return False
        return all(layer.kind in PASSING for layer in self.layers[: position + 1])


@dataclass(frozen=True)
class NeuronSum:
    """A neuron's arithmetic: z = w₁x₁ + w₂x₂ + … + b, then its activation."""

    #: The layer's name and the neuron's index in it.
    layer: str
    neuron: int
    #: What came into the neuron and the weight on each.
    inputs: Floats
    weights: Floats
    bias: float
    #: The weighted sum, computed here from the numbers above.
    z: float
    activation: str
    #: What the neuron put out, as the network computed it.
    output: float
    #: For softmax: the whole layer's sums, since each probability needs all of them.
    layer_z: Floats | None = None

    @property
    def contributions(self) -> Floats:
        """Each input times its weight."""
        products: Floats = (self.inputs * self.weights).astype(np.float32)
        return products

    def largest(self, count: int) -> npt.NDArray[np.int64]:
        """The inputs that added the most to z (in size, either sign), the largest first."""
        order = np.argsort(-np.abs(self.contributions), kind="stable")
        chosen: npt.NDArray[np.int64] = order[:count].astype(np.int64)
        return chosen


def neuron_sum(trace: Trace, position: int, neuron: int) -> NeuronSum | None:
    """The arithmetic of neuron ``neuron`` of the layer at ``position``, or None when that
    layer does not add up weighted inputs (only Dense layers on a flat input do)."""
    layer = trace.layers[position]
    if layer.kind not in SUMMING or layer.kernel is None or layer.output.ndim != 1:
        return None
    inputs = trace.input_of(position).reshape(-1).astype(np.float32)
    kernel = layer.kernel
    if kernel.shape[0] != inputs.size or not 0 <= neuron < kernel.shape[1]:
        return None
    bias = layer.bias if layer.bias is not None else np.zeros(kernel.shape[1], np.float32)
    weights = kernel[:, neuron].astype(np.float32)
    activation = layer.activation or "linear"
    layer_z = None
    if activation == "softmax":
        layer_z = (inputs.astype(np.float64) @ kernel + bias).astype(np.float32)
    z = float(np.dot(inputs.astype(np.float64), weights.astype(np.float64)) + float(bias[neuron]))
    return NeuronSum(
        layer.name, neuron, inputs, weights, float(bias[neuron]), z, activation,
        float(layer.output[neuron]), layer_z,
    )  # fmt: skip


# --- writing it out ------------------------------------------------------------------------

MINUS = "−"
#: Up to this many inputs the sum is written on one line; up to EVERY_TERM, a line per input.
ONE_LINE = 4
EVERY_TERM = 32


def number(value: float, places: int = 2) -> str:
    """``value`` as a student writes it: a real minus sign, no "-0.00"."""
    text = f"{value:.{places}f}"
    if float(text) == 0:
        text = text.lstrip("-")
    return text.replace("-", MINUS)


def _factor(value: float) -> str:
    """A number inside a product: negative ones in brackets."""
    text = number(value)
    return f"({text})" if text.startswith(MINUS) else text


def _plus(value: float) -> str:
    text = number(value)
    return f"{MINUS} {text[1:]}" if text.startswith(MINUS) else f"+ {text}"


def activation_text(ns: NeuronSum) -> str:
    """The activation step with the real numbers: "relu(0.82) = 0.82"."""
    z, out = number(ns.z), number(ns.output)
    if ns.activation == "linear":
        return NeuronArithmetic.tr("no activation: the output is z = {output}").format(output=out)
    if ns.activation == "softmax" and ns.layer_z is not None:
        exps = np.exp(ns.layer_z.astype(np.float64) - float(np.max(ns.layer_z)))
        share = exps[ns.neuron] / exps.sum()
        return NeuronArithmetic.tr(
            "softmax: e^{z} divided by the sum of e^z over all {outputs} outputs = {value} "
            "(the network says {share:.1%})"
        ).format(z=z, outputs=len(exps), value=number(float(share), 3), share=share)
    places = 3 if ns.activation in ("sigmoid", "tanh") else 2
    return f"{ns.activation}({z}) = {number(ns.output, places)}"


def equation(ns: NeuronSum, names: list[str] | None = None, shown: int = 8) -> list[str]:
    """The neuron's arithmetic as lines of text.

    Up to 4 inputs, the sum on one line; up to 32, one line per input and its weight, then the
    bias and the sum; with more, the ``shown`` largest contributions and the rest added up.
    """
    count = ns.inputs.size
    label = names or [f"x{i + 1}" for i in range(count)]
    products = ns.contributions
    lines: list[str] = []
    if count <= ONE_LINE:
        terms = [
            f"{_factor(float(w))} × {_factor(float(x))}"
            for w, x in zip(ns.weights, ns.inputs, strict=True)
        ]
        lines.append(f"z = {' + '.join(terms)} {_plus(ns.bias)} = {number(ns.z)}")
    elif count <= EVERY_TERM:
        lines.append(NeuronArithmetic.tr("z = each weight × its input, added up, plus the bias:"))
        for i in range(count):
            lines.append(
                f"  {label[i]}: {_factor(float(ns.weights[i]))} × {_factor(float(ns.inputs[i]))}"
                f" = {number(float(products[i]))}"
            )
        lines.append("  " + _bias(ns))
        lines.append(f"z = {number(ns.z)}")
    else:
        lines.append(
            NeuronArithmetic.tr(
                "z = the sum of {count} weights × their inputs, plus the bias"
            ).format(count=count)
        )
        top = ns.largest(shown)
        for i in top:
            lines.append(
                f"  {label[i]}: {_factor(float(ns.weights[i]))} × {_factor(float(ns.inputs[i]))}"
                f" = {number(float(products[i]))}"
            )
        rest = float(np.sum(products, dtype=np.float64) - np.sum(products[top], dtype=np.float64))
        others = NeuronArithmetic.tr("the other {count} inputs together: {sum}").format(
            count=count - len(top), sum=number(rest)
        )
        lines.append("  " + others)
        lines.append("  " + _bias(ns))
        lines.append(f"z = {number(ns.z)}")
    lines.append(activation_text(ns))
    return lines


def _bias(ns: NeuronSum) -> str:
    return NeuronArithmetic.tr("bias: {bias}").format(bias=number(ns.bias))


def input_names(trace: Trace, position: int, picture: tuple[int, int] | None) -> list[str]:
    """What to call each input of the layer at ``position``: pixels of a picture, the data's
    columns (x1, x2...) or the previous layer's neurons."""
    size = trace.input_of(position).size
    if trace.shows_picture(position - 1, picture) and picture is not None:
        width = picture[1]
        pixel = NeuronArithmetic.tr("pixel (row {row}, column {column})")
        return [pixel.format(row=i // width + 1, column=i % width + 1) for i in range(size)]
    if position == 0 or all(layer.kind in PASSING for layer in trace.layers[:position]):
        return [f"x{i + 1}" for i in range(size)]
    source = next(
        (layer.name for layer in reversed(trace.layers[:position]) if layer.kind not in PASSING),
        None,
    )
    if source is None:
        neuron = NeuronArithmetic.tr("the layer before neuron {number}")
        return [neuron.format(number=i + 1) for i in range(size)]
    neuron = NeuronArithmetic.tr("{layer} neuron {number}")
    return [neuron.format(layer=source, number=i + 1) for i in range(size)]


def strongest(values: Floats, count: int) -> list[int]:
    """The ``count`` largest values' indices, the largest first (ties: lower index first)."""
    flat = np.asarray(values, dtype=np.float64).reshape(-1)
    order = np.argsort(-flat, kind="stable")[:count]
    return [int(i) for i in order]


def scale_of(values: npt.NDArray[Any]) -> float:
    """The size to colour ``values`` against: their largest magnitude (1 when all are 0)."""
    biggest = float(np.max(np.abs(values))) if np.size(values) else 0.0
    return biggest if biggest > 0 and math.isfinite(biggest) else 1.0


# --- the training process's side (TensorFlow, imported lazily) -------------------------------


def trace_model(model: Any, example: npt.NDArray[np.floating]) -> Trace:
    """Run one ``example`` (no batch axis) through a Keras ``Sequential`` layer by layer."""
    x: Any = np.asarray(example, dtype=np.float32)[None]
    layers = []
    for layer in model.layers:
        x = layer(x, training=False)
        kind = type(layer).__name__
        activation = layer.get_config().get("activation")
        kernel = bias = None
        if kind in SUMMING:
            kernel = np.asarray(layer.kernel, dtype=np.float32)
            units = kernel.shape[-1]
            bias = (
                np.asarray(layer.bias, dtype=np.float32)
                if getattr(layer, "bias", None) is not None
                else np.zeros(units, np.float32)
            )
        output = np.asarray(x, dtype=np.float32)[0]
        name = layer.name
        layers.append(
            LayerTrace(
                name,
                kind,
                activation if isinstance(activation, str) else None,
                output,
                kernel,
                bias,
            )
        )
    return Trace(np.asarray(example, dtype=np.float32), tuple(layers))
