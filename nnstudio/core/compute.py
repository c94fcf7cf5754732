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
#: compiling takes most of a second, so it pays only over a run of at least this many steps.
#: Measured for ``mnist-128`` (2 cores): XLA saves about a quarter of a millisecond a step and
#: costs 0.6-0.9 s to compile, so it breaks even near 3,000 steps.
XLA_MIN_STEPS = 3_000


def fit_steps_per_epoch(examples: int, validation_split: float, batch_size: int) -> int:
    """Training steps in an epoch of ``examples`` of which ``validation_split`` is held back
    (as Keras's ``fit`` splits them)."""
    n_fit = math.floor(examples * (1.0 - validation_split)) if validation_split else examples
    return math.ceil(n_fit / max(1, min(batch_size, n_fit))) if n_fit > 0 else 0


def planned_examples(project: Project) -> int | None:
    """The training examples (validation share included), known from the catalog without
    reading the data; None for a CSV file (its size is known once it is read)."""
    info = catalog.DATASETS.get(project.data.dataset)
    if info is None or info.train_examples is None:
        return None
    examples = info.train_examples
    if project.data.train_limit:
        examples = min(examples, project.data.train_limit)
    return examples


def planned_steps_per_epoch(project: Project) -> int | None:
    """The training steps of an epoch, known from the catalog without reading the data; None
    for a CSV file (its size is known once it is read)."""
    examples = planned_examples(project)
    if examples is None:
        return None
    return fit_steps_per_epoch(examples, project.data.validation_split, project.train.batch_size)


def use_xla(project: Project, steps_per_epoch: int) -> bool:
    """Whether to compile the training step with XLA: for long runs of networks without
    recurrent layers (XLA compiles their loops slowly, and was not measured faster for them)."""
    return xla_reason(project, steps_per_epoch)[0]


def xla_reason(project: Project, steps_per_epoch: int) -> tuple[bool, str]:
    """:func:`use_xla`'s answer and why, in words for the log."""
    steps = steps_per_epoch * project.train.epochs
    if steps < XLA_MIN_STEPS:
        return False, f"{steps:,} steps is too short a run to pay for compiling with XLA"
    kinds = [catalog.LAYER_KINDS.get(layer.kind) for layer in project.layers]
    if not all(kind is not None and kind.group != "recurrent" for kind in kinds):
        return False, "XLA is not used for recurrent layers (they compile slowly)"
    return True, f"compiled with XLA: {steps:,} steps pay for compiling"


def planned_xla(project: Project) -> bool:
    """:func:`use_xla` for the run the project plans, as far as it is known before the data
    is read (a CSV file's size is not: no XLA). The exported script and the model the engine
    builds start from this; the engine decides again once it has the data."""
    steps = planned_steps_per_epoch(project)
    return steps is not None and use_xla(project, steps)
