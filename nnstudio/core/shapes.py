"""Shape inference and parameter counts, layer by layer, as Keras's ``model.summary()`` shows.

Shapes here are the shape of one example (Keras's batch axis is left out).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from nnstudio.core.catalog import LayerKind
from nnstudio.core.i18n import Context

Shapes = Context("Shapes")

Shape = tuple[int, ...]


class ShapeError(Exception):
    """The layer cannot accept the input it receives; the message is for the student."""


@dataclass(frozen=True)
class LayerShape:
    output_shape: Shape
    params: int
    trainable_params: int


def fmt_shape(shape: Shape | None, *, batch: bool = False) -> str:
    """A shape as text: one example's shape as a Python tuple, "(784,)" ("?" while unknown);
    with ``batch``, the way Keras's ``model.summary()`` prints it, batch axis first:
    "(None, 784)"."""
    if shape is None:
        return "?"
    if batch:
        return "(" + ", ".join(["None", *(str(d) for d in shape)]) + ")"
    return "(" + ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def _window_out(size: int, window: int, stride: int, padding: str) -> int:
    if padding == "same":
        return math.ceil(size / stride)
    return (size - window) // stride + 1


def _conv_like(
    in_shape: Shape, window: int, stride: int, padding: str, what: str
) -> tuple[int, int]:
    """``what`` is "kernel" or "pool size": which window the layer slides."""
    h, w = in_shape[0], in_shape[1]
    if padding == "valid" and (window > h or window > w):
        if what == "kernel":
            #: These sentences follow a layer's title and a colon, so they start in lower case:
            #: "Layer 3 (Conv2D): its kernel of 5x5 ...".
            text = Shapes.tr(
                "its kernel of {window}x{window} is bigger than the {height}x{width} picture it "
                "receives. Expected a kernel of at most {most}, or padding 'same'."
            )
        else:
            text = Shapes.tr(
                "its pool size of {window}x{window} is bigger than the {height}x{width} picture "
                "it receives. Expected a pool size of at most {most}, or padding 'same'."
            )
        raise ShapeError(text.format(window=window, height=h, width=w, most=min(h, w)))
    return _window_out(h, window, stride, padding), _window_out(w, window, stride, padding)


def _rank_hint(input_rank: int, in_shape: Shape) -> str:
    """How to reshape ``in_shape`` for a layer that reads pictures with channels (rank 3) or
    sequences (rank 2): a sentence, or "" when there is no simple way."""
    size = math.prod(in_shape)
    side = math.isqrt(size)
    target: Shape | None = None
    if input_rank == 3:
        if len(in_shape) == 2:
            target = (*in_shape, 1)
        elif len(in_shape) == 1 and side * side == size:
            target = (side, side, 1)
    if input_rank == 2 and len(in_shape) == 1:
        target = (side, side) if side * side == size else (size, 1)
    if target is not None:
        return Shapes.tr("Put a Reshape layer to {shape} before it.").format(
            shape=fmt_shape(target)
        )
    if input_rank == 2 and len(in_shape) == 3:
        return Shapes.tr("Put a Reshape layer before it that joins the last two axes.")
    return ""


# --- output shapes, one rule per way a layer can change its input ---------------------------

Params = dict[str, Any]
#: (settings, input shape) -> output shape; raises ShapeError when the input does not fit.
ShapeRule = Callable[[Params, Shape], Shape]
#: (settings, input shape) -> (all weights and biases, those that training changes).
CountRule = Callable[[Params, Shape], tuple[int, int]]


def _same(params: Params, in_shape: Shape) -> Shape:
    return in_shape


def _flatten(params: Params, in_shape: Shape) -> Shape:
    return (math.prod(in_shape),)


def _dense(params: Params, in_shape: Shape) -> Shape:
    return (*in_shape[:-1], params["units"])


def _reshape_rule(params: Params, in_shape: Shape) -> Shape:
    return _reshape(in_shape, tuple(params["target_shape"]))


def _conv2d(params: Params, in_shape: Shape) -> Shape:
    k, s = params["kernel_size"], params["strides"]
    h, w = _conv_like(in_shape, k, s, params["padding"], "kernel")
    return (h, w, params["filters"])


def _pool2d(params: Params, in_shape: Shape) -> Shape:
    p = params["pool_size"]
    h, w = _conv_like(in_shape, p, params["strides"] or p, params["padding"], "pool size")
    return (h, w, in_shape[2])


def _recurrent(params: Params, in_shape: Shape) -> Shape:
    units = params["units"]
    return (in_shape[0], units) if params["return_sequences"] else (units,)


#: Keyed by ``LayerKind.shape_rule`` in the catalog.
SHAPE_RULES: dict[str, ShapeRule] = {
    "same": _same,
    "flatten": _flatten,
    "dense": _dense,
    "reshape": _reshape_rule,
    "conv2d": _conv2d,
    "pool2d": _pool2d,
    "recurrent": _recurrent,
}


# --- parameter counts ------------------------------------------------------------------------


def _no_weights(params: Params, in_shape: Shape) -> tuple[int, int]:
    return 0, 0


def _dense_count(params: Params, in_shape: Shape) -> tuple[int, int]:
    units = params["units"]
    n = in_shape[-1] * units + (units if params["use_bias"] else 0)
    return n, n


def _batch_norm_count(params: Params, in_shape: Shape) -> tuple[int, int]:
    c = in_shape[-1]
    # gamma and beta learn; the moving mean and variance are only tracked.
    return 4 * c, 2 * c


def _conv2d_count(params: Params, in_shape: Shape) -> tuple[int, int]:
    k, filters = params["kernel_size"], params["filters"]
    n = k * k * in_shape[2] * filters + (filters if params["use_bias"] else 0)
    return n, n


def _recurrent_count(gates: int) -> CountRule:
    """A recurrent layer with ``gates`` sets of input, recurrent and bias weights (an LSTM
    has four: input, forget, cell and output)."""

    def count(params: Params, in_shape: Shape) -> tuple[int, int]:
        units = params["units"]
        n = gates * (in_shape[-1] * units + units * units + units)
        return n, n

    return count


#: Keyed by ``LayerKind.count_rule`` in the catalog.
COUNT_RULES: dict[str, CountRule] = {
    "none": _no_weights,
    "dense": _dense_count,
    "batch_norm": _batch_norm_count,
    "conv2d": _conv2d_count,
    "simple_rnn": _recurrent_count(1),
    "lstm": _recurrent_count(4),
}


def infer_layer(kind: LayerKind, params: Params, in_shape: Shape) -> LayerShape:
    """The output shape and parameter count of one layer of ``kind`` fed ``in_shape``.

    ``params`` must already be valid (see :mod:`nnstudio.core.validate`).
    Raises :class:`ShapeError` when this input does not fit the layer.
    """
    if kind.input_rank is not None and len(in_shape) != kind.input_rank:
        text = Shapes.tr(
            "it needs {words}, that is %n number(s) per shape. Received: {shape}.",
            "",
            kind.input_rank,
        ).format(words=kind.input_words, shape=fmt_shape(in_shape))
        hint = _rank_hint(kind.input_rank, in_shape)
        raise ShapeError(f"{text} {hint}" if hint else text)
    shape_rule = SHAPE_RULES.get(kind.shape_rule)
    count_rule = COUNT_RULES.get(kind.count_rule)
    if shape_rule is None or count_rule is None:
        raise ShapeError(
            Shapes.tr("nnstudio does not know how to connect a {kind} layer.").format(
                kind=kind.name
            )
        )
    out = shape_rule(params, in_shape)
    total, trainable = count_rule(params, in_shape)
    return LayerShape(out, total, trainable)


def _reshape(in_shape: Shape, target: Shape) -> Shape:
    size = math.prod(in_shape)
    if -1 in target:
        known = math.prod(d for d in target if d != -1)
        if known == 0 or size % known:
            raise ShapeError(
                Shapes.tr(
                    "its target shape {target} cannot hold the %n number(s) it receives from "
                    "{shape}.",
                    "",
                    size,
                ).format(target=fmt_shape(target), shape=fmt_shape(in_shape))
            )
        target = tuple(size // known if d == -1 else d for d in target)
    if math.prod(target) != size:
        raise ShapeError(
            Shapes.tr(
                "its target shape {target} holds {numbers}, but it receives {size} ({shape}). "
                "Expected shapes whose sizes multiply to {size}."
            ).format(
                target=fmt_shape(target),
                numbers=Shapes.tr("%n number(s)", "", math.prod(target)),
                size=size,
                shape=fmt_shape(in_shape),
            )
        )
    return target
