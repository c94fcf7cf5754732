"""What recording a run for replay costs, what it holds, and how fast the slider redraws.

1. Training time of mnist-128 on the full MNIST with recording on and off, alternated round
   by round in one process on the same data and the same compiled network (the training
   process keeps it between runs), medians and their ratio; and the time the recording itself
   took inside the recorded runs.
2. The memory a recorded 10-epoch mnist-128 run holds in the window: every moment's arrays.
3. Scrubbing: a Training tab at the 1366x768 window's size is fed that run's events, then the
   slider is moved over every moment and back, each move painted at once; frames a second.

Run by hand: python tests/benchmarks/bench_replay.py [rounds] [epochs]
"""

from __future__ import annotations

import os
import statistics
import sys
import time

import common

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")

from nnstudio.core.templates import from_template
from nnstudio.data import load_dataset
from nnstudio.training.engine import Engine, EngineOptions
from nnstudio.training.events import Moment, RunStarted
from nnstudio.training.replay import moment_bytes
from nnstudio.training.reuse import CompiledModels

#: The Training tab's size inside the 1366x768 window.
TAB_SIZE = (1348, 630)


def project(epochs: int):
    p = from_template("mnist-128")
    p.data.path = str(common.mnist_path())
    p.train.epochs = epochs
    return p


def run(epochs: int, record: bool, data, kept: CompiledModels):
    events = common.Collector()
    engine = Engine(project(epochs), events, dataset=data, compiled=kept,
                    options=EngineOptions(record_replay=record))  # fmt: skip
    result = engine.run()
    assert result.reason == "completed", result.message
    return result, engine, events.events


def scrub(events: list[object]) -> list[float]:
    """Seconds per slider move, each painted at once, over every moment and back, 3 times."""
    from nnstudio.ui.app import application
    from nnstudio.ui.train.training_tab import TrainingView

    app = application()
    view = TrainingView()
    view.resize(*TAB_SIZE)
    view.show()
    app.processEvents()
    started = next(e for e in events if isinstance(e, RunStarted))
    view.start(started, project(started.epochs))
    for event in events:
        view.handle(event)  # type: ignore[arg-type]
    app.processEvents()
    view.repaint()
    bar = view.replay
    n = len(bar.moments)
    order = [*range(n - 2, -1, -1), *range(1, n)] * 3
    times = []
    for index in order:
        t0 = time.perf_counter()
        bar.show_moment(index)
        view.repaint()
        times.append(time.perf_counter() - t0)
    view.close()
    return times


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    if common.mnist_path() is None:
        sys.exit("the full MNIST is needed")
    print(common.machine())
    data = load_dataset(project(1).data)
    kept = CompiledModels()
    run(1, False, data, kept)  # compiles the network both settings then train
    times: dict[bool, list[float]] = {False: [], True: []}
    recording: list[float] = []
    for r in range(rounds):
        for record in (False, True) if r % 2 == 0 else (True, False):
            result, engine, _ = run(epochs, record, data, kept)
            times[record].append(result.train_seconds)
            if record:
                recording.append(engine.replay_seconds)
        print(f"round {r + 1}: off {times[False][-1]:.2f} s, on {times[True][-1]:.2f} s "
              f"(recording {recording[-1]:.3f} s)", flush=True)  # fmt: skip
    off, on = statistics.median(times[False]), statistics.median(times[True])
    share = statistics.median(recording) / on
    print(f"mnist-128, {epochs} epochs, {rounds} rounds: training {off:.2f} s without recording, "
          f"{on:.2f} s with it: ratio {on / off:.3f}; the recording itself {share:.2%} of the "
          "training time")  # fmt: skip

    result, engine, events = run(10, True, data, kept)
    moments = [e for e in events if isinstance(e, Moment)]
    held = sum(moment_bytes(m) for m in moments)
    print(f"a recorded 10-epoch run: {len(moments)} moments, {held / 1e6:.1f} MB of arrays "
          f"({held / len(moments) / 1e6:.2f} MB each); recording took "
          f"{engine.replay_seconds:.2f} s of {result.train_seconds:.1f} s of training")  # fmt: skip

    seconds = scrub(events)
    median = statistics.median(seconds)
    slowest = max(seconds)
    print(f"scrubbing {len(seconds)} moves over {len(moments)} moments: "
          f"median {median * 1000:.1f} ms "
          f"({1 / median:.0f} frames a second), slowest {slowest * 1000:.1f} ms "
          f"({1 / slowest:.0f} frames a second)")  # fmt: skip


if __name__ == "__main__":
    main()
