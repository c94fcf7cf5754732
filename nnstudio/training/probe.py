"""Measure how fast a network trains on this computer: a short real run, timed.

The run goes through the same engine as Train (the same compiled step, steps per call and
XLA choice), so the time per step is the one training will have; it stops after a couple
of seconds of steady training. Starting up (building, compiling, the first data) is timed
apart, since it is paid once per run.
"""

from __future__ import annotations

import copy
import itertools
import statistics
import threading
import time
from pathlib import Path
from typing import Any

from nnstudio.core.analysis import Timing
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import Context
from nnstudio.core.spec import Project
from nnstudio.training.engine import Engine, EngineOptions
from nnstudio.training.events import Event, RunFinished, Update

TrainingProbe = Context("TrainingProbe")

#: Seconds of steady training to time.
SECONDS = 3.0


def measure(
    project: Project, base_dir: Path | None = None, seconds: float = SECONDS, **engine: Any
) -> Timing:
    """Train ``project`` briefly and time its steps; raises :class:`NNStudioError` with the
    engine's sentence when it cannot train. ``engine`` goes to :class:`Engine` (the data
    cache and the compiled networks kept by the training process)."""
    stop = threading.Event()
    started = time.monotonic()
    marks: list[tuple[float, int]] = []
    #: Per delivery: how many epochs it ended.
    ends: list[int] = []

    def listen(event: Event) -> None:
        if isinstance(event, Update) and event.points:
            now = time.monotonic()
            marks.append((now, event.points[-1].step))
            ends.append(len(event.epochs))
            if now - marks[0][0] >= seconds:
                stop.set()

    probe = copy.deepcopy(project)
    options = EngineOptions(
        update_interval=0.05, snapshot_layer=-1, boundary_interval=None, evaluate=False
    )
    result: RunFinished = Engine(
        probe, listen, stop=stop, base_dir=base_dir, options=options, **engine
    ).run()
    if result.reason in ("error", "nan") and not marks:
        raise NNStudioError(result.message)
    if not marks:
        raise NNStudioError(
            TrainingProbe.tr("The network trained no step, so there is nothing to time.")
        )
    first_time, first_step = marks[0]
    last_time, last_step = marks[-1]
    # Per delivery, seconds per step; the median leaves out one-off pauses (compiling the
    # step again for an epoch's last, smaller batch), which a run pays once, not per epoch.
    rates = [(t1 - t0) / (s1 - s0) for (t0, s0), (t1, s1) in itertools.pairwise(marks) if s1 > s0]
    # With one delivery only (a run shorter than a delivery), the whole run's average.
    whole = (last_time - started) / max(1, last_step)
    step_seconds = statistics.median(rates) if rates else whole
    # What an epoch's end costs beyond its steps (the validation data, Keras's bookkeeping):
    # from deliveries that ended exactly one epoch, the first epoch's end left out (it may
    # compile the step again for a last, smaller batch).
    extra = []
    seen_end = ends[0] > 0
    for i in range(1, len(marks)):
        if ends[i] == 1 and seen_end:
            (t0, s0), (t1, s1) = marks[i - 1], marks[i]
            extra.append(max(0.0, (t1 - t0) - step_seconds * (s1 - s0)))
        seen_end = seen_end or ends[i] > 0
    overhead = statistics.median(extra) if extra else 0.0
    return Timing(step_seconds, first_time - started, max(1, last_step - first_step), overhead)
