"""Train again from the same start: the starting weights of the last run, for the layers the
student did not change.

To see what one change does, two runs should differ only by that change. The seed already
makes the shuffling and a network's starting weights the same from run to run, but Keras
draws each layer's starting weights one after another: insert a Dropout layer and every layer
after it starts elsewhere. So each run keeps the starting point it trained from
(:func:`start_of`), and a run asked to start "the same" takes it over (:func:`start_from`)
for every layer that still has the same kind and the same weight shapes, matched in order
(a layer added or removed between them does not shift the others). A layer whose shapes
changed (more neurons, and the layer after it, which now gets more inputs) starts new.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

Signature = tuple[str, tuple[tuple[int, ...], ...]]


@dataclass(frozen=True)
class LayerStart:
    name: str
    #: The layer's class and the shapes of its variables: what must match to take them over.
    signature: Signature
    values: tuple[npt.NDArray[Any], ...]


@dataclass(frozen=True)
class StartPoint:
    """Every layer's variables before the first training step (weights, biases, and the random
    state of layers such as Dropout)."""

    layers: tuple[LayerStart, ...]


def _signature(layer: Any) -> Signature:
    return type(layer).__name__, tuple(tuple(int(d) for d in v.shape) for v in layer.variables)


def start_of(model: Any) -> StartPoint:
    """``model``'s variables as they are now (call it before training)."""
    return StartPoint(
        tuple(
            LayerStart(
                layer.name, _signature(layer), tuple(np.array(v.numpy()) for v in layer.variables)
            )
            for layer in model.layers
        )
    )


def start_from(model: Any, start: StartPoint) -> list[str]:
    """Give ``model``'s layers the starting variables of the matching layers of ``start``;
    returns the names of the layers (with weights) that took them over."""
    ours = [_signature(layer) for layer in model.layers]
    theirs = [layer.signature for layer in start.layers]
    matcher = difflib.SequenceMatcher(a=theirs, b=ours, autojunk=False)
    taken = []
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            layer = model.layers[block.b + k]
            for variable, value in zip(
                layer.variables, start.layers[block.a + k].values, strict=True
            ):
                variable.assign(value)
            if any(v.trainable for v in layer.variables):
                taken.append(layer.name)
    return taken
