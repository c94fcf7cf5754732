"""Shape inference and parameter counts, layer by layer, as Keras's ``model.summary()`` shows.

Shapes here are the shape of one example (Keras's batch axis is left out).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

Shape = tuple[int, ...]


class ShapeError(Exception):
    """The layer cannot accept the input it receives; the message is for the student."""


@dataclass(frozen=True)
class LayerShape:
    output_shape: Shape
    params: int
    trainable_params: int


def fmt_shape(shape: Shape | None) -> str:
    if shape is None:
        return "?"
    return "(" + ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def _window_out(size: int, window: int, stride: int, padding: str) -> int:
    if padding == "same":
        return math.ceil(size / stride)
    return (size - window) // stride + 1


def _conv_like(
    kind: str, in_shape: Shape, window: int, stride: int, padding: str, what: str
) -> tuple[int, int]:
    h, w = in_shape[0], in_shape[1]
    if padding == "valid" and (window > h or window > w):
        raise ShapeError(
            f"its {what} of {window}x{window} is bigger than the {h}x{w} picture it receives. "
            f"Expected a {what} of at most {min(h, w)}, or padding 'same'."
        )
    return _window_out(h, window, stride, padding), _window_out(w, window, stride, padding)


def _rank_hint(kind: str, in_shape: Shape) -> str:
    size = math.prod(in_shape)
    if kind in ("Conv2D", "MaxPooling2D"):
        if len(in_shape) == 2:
            return f" Put a Reshape layer to {fmt_shape((*in_shape, 1))} before it."
        side = math.isqrt(size)
        if len(in_shape) == 1 and side * side == size:
            return f" Put a Reshape layer to {fmt_shape((side, side, 1))} before it."
    if kind in ("SimpleRNN", "LSTM") and len(in_shape) == 1:
        side = math.isqrt(size)
        if side * side == size:
            return f" Put a Reshape layer to {fmt_shape((side, side))} before it."
        return f" Put a Reshape layer to {fmt_shape((size, 1))} before it."
    if kind in ("SimpleRNN", "LSTM") and len(in_shape) == 3:
        return " Put a Reshape layer before it that joins the last two axes."
    return ""


def infer_layer(
    kind: str, params: dict[str, Any], in_shape: Shape, input_rank: int | None, input_words: str
) -> LayerShape:
    """The output shape and parameter count of one layer fed ``in_shape``.

    ``params`` must already be valid (see :mod:`nnstudio.core.validate`).
    Raises :class:`ShapeError` when this input does not fit the layer.
    """
    if input_rank is not None and len(in_shape) != input_rank:
        raise ShapeError(
            f"it needs {input_words}, that is {input_rank} numbers per shape. "
            f"Received: {fmt_shape(in_shape)}.{_rank_hint(kind, in_shape)}"
        )
    if kind in ("Dropout", "Activation"):
        return LayerShape(in_shape, 0, 0)
    if kind == "Flatten":
        return LayerShape((math.prod(in_shape),), 0, 0)
    if kind == "Dense":
        units = params["units"]
        n = in_shape[-1] * units + (units if params["use_bias"] else 0)
        return LayerShape((*in_shape[:-1], units), n, n)
    if kind == "BatchNormalization":
        c = in_shape[-1]
        # gamma and beta learn; the moving mean and variance are only tracked.
        return LayerShape(in_shape, 4 * c, 2 * c)
    if kind == "Reshape":
        return LayerShape(_reshape(in_shape, tuple(params["target_shape"])), 0, 0)
    if kind == "Conv2D":
        k, s = params["kernel_size"], params["strides"]
        h, w = _conv_like(kind, in_shape, k, s, params["padding"], "kernel")
        filters = params["filters"]
        n = k * k * in_shape[2] * filters + (filters if params["use_bias"] else 0)
        return LayerShape((h, w, filters), n, n)
    if kind == "MaxPooling2D":
        p = params["pool_size"]
        s = params["strides"] or p
        h, w = _conv_like(kind, in_shape, p, s, params["padding"], "pool size")
        return LayerShape((h, w, in_shape[2]), 0, 0)
    if kind in ("SimpleRNN", "LSTM"):
        units = params["units"]
        gates = 4 if kind == "LSTM" else 1
        n = gates * (in_shape[-1] * units + units * units + units)
        out: Shape = (in_shape[0], units) if params["return_sequences"] else (units,)
        return LayerShape(out, n, n)
    raise ShapeError(f"nnstudio does not know how to connect a {kind} layer.")


def _reshape(in_shape: Shape, target: Shape) -> Shape:
    size = math.prod(in_shape)
    if -1 in target:
        known = math.prod(d for d in target if d != -1)
        if known == 0 or size % known:
            raise ShapeError(
                f"its target shape {fmt_shape(target)} cannot hold the {size} numbers it "
                f"receives from {fmt_shape(in_shape)}."
            )
        target = tuple(size // known if d == -1 else d for d in target)
    if math.prod(target) != size:
        raise ShapeError(
            f"its target shape {fmt_shape(target)} holds {math.prod(target)} numbers, but it "
            f"receives {size} ({fmt_shape(in_shape)}). Expected shapes whose sizes multiply "
            f"to {size}."
        )
    return target
