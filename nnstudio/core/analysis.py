"""Analyze a network before training: per layer, its output, the numbers it outputs for one
example, its parameters and the memory training needs at the chosen batch size; totals; and,
once measured on this computer, the time of an epoch and of the whole run.

The memory is an estimate, worked out the way a framework spends it, in 32-bit numbers:

- each weight is stored, with its gradient, and the optimizer's own numbers per weight (its
  "slots": Adam keeps two, SGD with momentum one, plain SGD none);
- each number a layer outputs is kept for the backward pass, with its gradient, for every
  example of the batch;
- the batch of inputs itself.

What TensorFlow adds around that (its workspace, the compiled code, Python) is not counted,
so the real use is higher; the estimate is for comparing networks and batch sizes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from nnstudio.core.captions import layer_title
from nnstudio.core.compute import planned_steps_per_epoch
from nnstudio.core.i18n import Context
from nnstudio.core.keras_args import layer_names
from nnstudio.core.shapes import fmt_shape
from nnstudio.core.spec import Project
from nnstudio.core.validate import Report

NetworkAnalysis = Context("NetworkAnalysis")

BYTES_PER_NUMBER = 4


def optimizer_slots(project: Project) -> int:
    """How many numbers per weight the optimizer keeps (momentum, running averages...)."""
    c = project.compile
    name, params = c.optimizer, c.optimizer_params
    momentum = params.get("momentum")
    uses_momentum = isinstance(momentum, (int, float)) and momentum > 0
    if name == "sgd":
        return 1 if uses_momentum else 0
    if name == "rmsprop":
        return 2 if uses_momentum else 1
    if name == "adagrad":
        return 1
    return 2  # Adam and its relatives: two running averages


@dataclass(frozen=True)
class LayerRow:
    index: int
    name: str
    kind: str
    title: str
    #: "(None, 128)", or "?" while unknown.
    output_shape: str
    #: The numbers it outputs for one example (None while unknown).
    outputs: int | None
    params: int | None
    #: Bytes training needs for this layer at the batch size (None while unknown).
    memory: int | None


@dataclass(frozen=True)
class Analysis:
    rows: tuple[LayerRow, ...]
    batch_size: int
    input_numbers: int | None
    params: int
    trainable: int
    memory: int | None
    slots: int
    #: Training steps in one epoch (None when the data is not known).
    steps_per_epoch: int | None
    epochs: int


def analyze(project: Project, report: Report) -> Analysis:
    batch = (
        max(1, int(project.train.batch_size)) if isinstance(project.train.batch_size, int) else 1
    )
    slots = optimizer_slots(project)
    rows = []
    names = layer_names(project.layers)
    input_numbers: int | None = None
    total_memory: int | None = 0
    for i, (layer, name, shape) in enumerate(
        zip(project.layers, names, report.shapes, strict=False)
    ):
        if shape is None:
            outputs = params = memory = None
            total_memory = None
        else:
            outputs = math.prod(shape.output_shape)
            params = shape.params
            trainable = shape.trainable_params
            weights = (params + trainable * (1 + slots)) * BYTES_PER_NUMBER
            if i == 0 and layer.kind == "Input":  # the batch of examples itself
                input_numbers = outputs
                memory = outputs * batch * BYTES_PER_NUMBER
            else:  # its outputs kept for the backward pass, and their gradients
                memory = weights + 2 * outputs * batch * BYTES_PER_NUMBER
            if total_memory is not None:
                total_memory += memory
        rows.append(
            LayerRow(
                i,
                name,
                layer.kind,
                layer_title(i, layer),
                "?" if shape is None else fmt_shape(shape.output_shape, batch=True),
                outputs,
                params,
                memory,
            )
        )
    return Analysis(
        tuple(rows),
        batch,
        input_numbers,
        report.total_params,
        report.trainable_params,
        total_memory if rows else None,
        slots,
        planned_steps_per_epoch(project),
        int(project.train.epochs) if isinstance(project.train.epochs, int) else 0,
    )


def size_text(size: int | None) -> str:
    if size is None:
        return "?"
    if size >= 1e9:
        return NetworkAnalysis.tr("{size:.1f} GB").format(size=size / 1e9)
    if size >= 1e6:
        return NetworkAnalysis.tr("{size:.1f} MB").format(size=size / 1e6)
    if size >= 1e3:
        return NetworkAnalysis.tr("{size:.1f} kB").format(size=size / 1e3)
    return NetworkAnalysis.tr("%n byte(s)", "", size)


def duration_text(seconds: float) -> str:
    if seconds < 0.01:
        return f"{seconds * 1000:.2g} ms"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    if seconds < 90:
        return f"{seconds:.1f} s"
    minutes = seconds / 60
    if minutes < 90:
        return f"{minutes:.0f} min"
    return f"{minutes / 60:.1f} h"


@dataclass(frozen=True)
class Timing:
    """What a short measurement on this computer found."""

    #: Seconds per training step (one batch), the compiling left out.
    step_seconds: float
    #: Seconds from the start to the first finished step (building, compiling, data).
    start_seconds: float
    steps_measured: int
    #: Seconds an epoch's end costs beyond its steps (validation, bookkeeping), when the
    #: measurement saw one; 0 otherwise.
    epoch_end_seconds: float = 0.0

    def epoch_seconds(self, steps_per_epoch: int) -> float:
        return self.step_seconds * steps_per_epoch + self.epoch_end_seconds

    def run_seconds(self, steps_per_epoch: int, epochs: int) -> float:
        return self.start_seconds + self.epoch_seconds(steps_per_epoch) * epochs


def table_lines(analysis: Analysis, timing: Timing | None = None) -> list[str]:
    """The analysis as a text table, with totals and the timing if measured."""
    head = (
        #: The headings of the table the command line prints, like Keras's model.summary().
        NetworkAnalysis.tr("Layer (type)"),
        NetworkAnalysis.tr("Output shape"),
        NetworkAnalysis.tr("Outputs"),
        NetworkAnalysis.tr("Param #"),
        NetworkAnalysis.tr("Memory"),
    )
    rows = [head]
    for r in analysis.rows:
        rows.append(
            (
                f"{r.name} ({r.kind})",
                r.output_shape,
                "?" if r.outputs is None else f"{r.outputs:,}",
                "?" if r.params is None else f"{r.params:,}",
                size_text(r.memory),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    rule = "-" * (sum(widths) + 2 * (len(head) - 1))

    def line(row: tuple[str, ...]) -> str:
        left = f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}"
        return left + "".join(f"  {cell:>{w}}" for cell, w in zip(row[2:], widths[2:], strict=True))

    out = [rule, line(head), rule, *(line(row) for row in rows[1:]), rule]
    out.append(
        NetworkAnalysis.tr(
            "Total params: {params:,} (trainable: {trainable:,}); estimated memory for training "
            "in batches of {batch}: {memory} (weights, their gradients and {slots} per weight, "
            "and every output kept for the backward pass)"
        ).format(
            params=analysis.params,
            trainable=analysis.trainable,
            batch=analysis.batch_size,
            memory=size_text(analysis.memory),
            slots=NetworkAnalysis.tr("%n optimizer number(s)", "", analysis.slots),
        )
    )
    steps = analysis.steps_per_epoch
    if timing is not None and steps:
        out.append(
            NetworkAnalysis.tr(
                "Measured on this computer: {step} a step ({timed}), so about {epoch} an epoch "
                "of {steps} and {run} for all {epochs} (starting up, once per run: {start})."
            ).format(
                step=duration_text(timing.step_seconds),
                timed=NetworkAnalysis.tr("%n step(s) timed", "", timing.steps_measured),
                epoch=duration_text(timing.epoch_seconds(steps)),
                #: {count:,} is the number with thousands separators.
                steps=NetworkAnalysis.tr("{count:,} step(s)", "", steps).format(count=steps),
                run=duration_text(timing.run_seconds(steps, analysis.epochs)),
                epochs=NetworkAnalysis.tr("%n epoch(s)", "", analysis.epochs),
                start=duration_text(timing.start_seconds),
            )
        )
    return out
