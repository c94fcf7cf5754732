"""How much arithmetic a network does, and what that means for how it is trained: the number
of training steps Keras runs per compiled call. The engine and the exported script both use
it, so a script trains as the app does. Plain arithmetic on the validator's report."""

from __future__ import annotations

import math

from nnstudio.core import catalog
from nnstudio.core.spec import Project
from nnstudio.core.validate import Report

#: How many multiply-adds a second a school laptop does on a training step, roughly: what
#: :func:`steps_per_call` plans with (this machine does several times more).
PLANNED_RATE = 2e10
#: At most this many steps per compiled call: beyond it the time saved is small and the curves
#: and the stop button would wait longer.
MAX_STEPS_PER_CALL = 32


def steps_per_call(work_per_example: float, batch_size: int, seconds: float = 0.05) -> int:
    """Training steps per compiled call, a power of two, so that a call takes about ``seconds``
    on a slow computer: many for small networks, whose steps are mostly Keras's overhead, one
    for big ones, whose steps are long anyway. A step is a forward and a backward pass, about
    three times the multiply-adds of the forward pass."""
    step = max(1.0, 3.0 * work_per_example * batch_size)
    steps = max(1, int(seconds * PLANNED_RATE / step))
    return min(MAX_STEPS_PER_CALL, 1 << (steps.bit_length() - 1))


def work_per_example(report: Report) -> float:
    """The forward pass's multiply-adds for one example, roughly: each layer's weights are used
    once for every position of its output (every pixel of a feature map, every step of a
    sequence it returns)."""
    total = 0.0
    for shape in report.shapes:
        if shape is not None and shape.params:
            positions = math.prod(shape.output_shape[:-1]) if len(shape.output_shape) > 1 else 1
            total += shape.params * positions
    return total


#: XLA compiles the training step into one piece of machine code: each step is faster, but
#: compiling takes a second or more, so it pays only over a run of at least this many steps.
XLA_MIN_STEPS = 5_000


def use_xla(project: Project, steps_per_epoch: int) -> bool:
    """Whether to compile the training step with XLA: for long runs of networks without
    recurrent layers (XLA compiles their loops slowly, and was not measured faster for them)."""
    if steps_per_epoch * project.train.epochs < XLA_MIN_STEPS:
        return False
    kinds = [catalog.LAYER_KINDS.get(layer.kind) for layer in project.layers]
    return all(kind is not None and kind.group != "recurrent" for kind in kinds)
