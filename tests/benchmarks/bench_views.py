"""What the training tab's live views cost the GUI thread, replayed from made-up engine events.

Nothing is trained: a TrainingView, shown at the size the 1366x768 window gives it, is fed a
synthetic stream at the rates the window asks the engine for, in real time:
- mnist-128: an Update every 0.1 s with the ~31 batch points of 0.1 s of training (310 batches
  a second, 1875 per epoch, the epoch's result at its end) and, every 0.5 s, a WeightSnapshot
  of both Dense kernels (784x128 and 128x10, float32, changing);
- XOR with slow motion (500 epochs a second, one step each): an Update every 0.1 s, a
  BoundarySnapshot of 64x64x2 probabilities every 1/30 s, weights every 0.5 s; 500-epoch runs;
- idle: the tab shown with nothing arriving (what the timers cost on their own, the gap meter's
  5 ms timer included; the other rows include it too).

Figures: the process's CPU time (only the GUI works here; Qt may scale big images on helper
threads) per 6 s of replay, which is one mnist-128 epoch, and its share of that wall time;
the GUI thread's own CPU time; the longest gap between turns of a 5 ms precise timer on the GUI
thread and their 99th percentile (how long the window ever stopped responding). Each stream is
replayed twice: for the CPU time without that timer (it costs about 1% on its own), then
with it for the gaps.

Run by hand (offscreen, or under Xvfb with DISPLAY set):
    python tests/benchmarks/bench_views.py [epochs] [--after K] [--profile] [--screenshots DIR]
--after K replays the mnist-128 epochs as epochs K+1... of a longer run (K epochs of curves
already drawn; a 10-epoch run's last epoch is --after 9);
--profile prints where the GUI thread's time goes during the mnist-128 replay (cProfile);
--screenshots saves the tab mid-replay as DIR/views-mnist.png and DIR/views-xor.png.
"""

from __future__ import annotations

import itertools
import math
import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import common  # noqa: F401  (puts the repository on the path)
import numpy as np
from gaps import GapMeter

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")

import pyqtgraph as pg
import PySide6
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer

from nnstudio.core.templates import from_template
from nnstudio.training.events import (
    BatchPoint,
    BoundarySnapshot,
    EpochResult,
    Event,
    Progress,
    RunFinished,
    RunStarted,
    Update,
    WeightSnapshot,
)
from nnstudio.ui.app import application
from nnstudio.ui.train.training_tab import TrainingView

#: The Training tab's size inside the 1366x768 window.
TAB_SIZE = (1348, 630)
TICK_S = 0.1
SNAPSHOT_TICKS = 5
#: One mnist-128 epoch at 310 batches a second: the unit the figures are given in.
EPOCH_S = 1875 / 310
BATCHES_PER_S = 310
MNIST_STEPS = 1875
XOR_EPOCHS_PER_S = 500
XOR_EPOCHS = 500
BOUNDARY_S = 1 / 30


# --- the made-up streams ------------------------------------------------------------------


def _smooth(field_: np.ndarray, width: float) -> np.ndarray:
    """Gaussian blur of the last two axes (through the FFT): blobs and strokes out of noise."""
    n = field_.shape[-1]
    f = np.fft.fftfreq(n)
    kernel = np.exp(-2 * (math.pi * width) ** 2 * (f[:, None] ** 2 + f[None, :] ** 2))
    return np.real(np.fft.ifft2(np.fft.fft2(field_) * kernel))


class MnistWeights:
    """Dense kernels that look like those of mnist-128 while it learns: Glorot noise, smooth
    stroke-like patterns growing in the middle of the picture (the border pixels are always 0
    in MNIST, so their weights keep their initial values) and a few large weights."""

    def __init__(self, seed: int = 0) -> None:
        rng = self.rng = np.random.default_rng(seed)
        limit = math.sqrt(6 / (784 + 128))
        self.init1 = rng.uniform(-limit, limit, (784, 128)).astype(np.float32)
        yy, xx = np.mgrid[:28, :28]
        centre = np.exp(-(((yy - 13.5) ** 2 + (xx - 13.5) ** 2) / (2 * 6.5**2)))
        pattern = _smooth(rng.normal(size=(128, 28, 28)), 1.6)
        pattern /= pattern.std(axis=(1, 2), keepdims=True)
        self.pattern1 = (0.12 * pattern * centre).reshape(128, 784).T.astype(np.float32)
        self.outliers = np.zeros((784, 128), np.float32)
        where = rng.choice(784 * 128, 120, replace=False)
        self.outliers.flat[where] = rng.choice([-1, 1], 120) * rng.uniform(0.3, 0.8, 120)
        limit2 = math.sqrt(6 / (128 + 10))
        self.init2 = rng.uniform(-limit2, limit2, (128, 10)).astype(np.float32)
        self.pattern2 = rng.normal(0, 0.3, (128, 10)).astype(np.float32)

    def at(self, step: int) -> tuple[np.ndarray, np.ndarray]:
        learned = 1 - math.exp(-(step + 100) / 1500)
        jitter = self.rng.normal(0, 0.004, (784, 128)).astype(np.float32)
        kernel1 = self.init1 + learned * (self.pattern1 + self.outliers) + jitter
        kernel2 = self.init2 + learned * self.pattern2
        return kernel1.astype(np.float32), kernel2.astype(np.float32)


def _running_logs(epoch: int, batch: int) -> dict[str, float]:
    """Keras's running means over the epoch: falling loss, rising accuracy, a little noise."""
    t = epoch + (batch + 1) / MNIST_STEPS
    wobble = 0.02 * math.sin(batch * 0.7) / math.sqrt(batch + 1)
    loss = 0.08 + 0.5 * math.exp(-2.5 * t) + wobble
    return {"loss": loss, "accuracy": 1 - loss / 2.2}


@dataclass
class Stream:
    """Events keyed by the 0.1 s tick they are delivered on, plus the ticks' boundary frames."""

    started: RunStarted
    ticks: list[list[Event]] = field(default_factory=list)
    #: Per tick, the boundary frames due in it (spread evenly within the tick).
    frames: list[list[BoundarySnapshot]] = field(default_factory=list)
    finished: RunFinished | None = None
    #: Ticks at which a unit of the figures (an epoch, a run) ends.
    marks: list[int] = field(default_factory=list)


def mnist_stream(epochs: int, done: int = 0) -> Stream:
    """``epochs`` epochs in real time, after ``done`` epochs delivered at once at the start
    (the curves of a long run are longer, and may cost more to draw)."""
    started = RunStarted(done + epochs, MNIST_STEPS, 32, 60_000, 0, 10_000, ("loss", "accuracy"),
                         "MNIST (made up)", False, 2, (2, 3), (28, 28))  # fmt: skip
    stream = Stream(started)
    weights = MnistWeights()
    total = (done + epochs) * MNIST_STEPS
    per_tick = BATCHES_PER_S * TICK_S
    tick = 0
    step = first = done * MNIST_STEPS
    while step < total:
        end = min(total, first + round((tick + 1) * per_tick))
        points, results = [], []
        for s in range(0 if tick == 0 else step, end):
            epoch, batch = divmod(s, MNIST_STEPS)
            logs = _running_logs(epoch, batch)
            points.append(BatchPoint(epoch, batch, s + 1, logs))
            if batch == MNIST_STEPS - 1:
                results.append(EpochResult(epoch, logs, {}, EPOCH_S))
                if s >= first:
                    stream.marks.append(tick)
        step = end
        epoch, batch = divmod(step, MNIST_STEPS)
        elapsed = (tick + 1) * TICK_S
        eta = elapsed / (step - first) * (total - step)
        progress = Progress(epoch, done + epochs, batch, MNIST_STEPS, elapsed, eta)
        events: list[Event] = [Update(tuple(points), tuple(results), progress)]
        if tick % SNAPSHOT_TICKS == SNAPSHOT_TICKS - 1 or step == total:
            k1, k2 = weights.at(step)
            events.append(WeightSnapshot(2, "dense", epoch, step, k1, None))
            events.append(WeightSnapshot(3, "dense_1", epoch, step, k2, None))
        stream.ticks.append(events)
        stream.frames.append([])
        tick += 1
    stream.finished = RunFinished("completed", f"Finished {done + epochs} epochs.", epochs,
                                  tick * TICK_S, tick * TICK_S)  # fmt: skip
    return stream


def xor_stream() -> Stream:
    """One 500-epoch XOR run in slow motion (about one second)."""
    started = RunStarted(XOR_EPOCHS, 1, 4, 4, 0, 4, ("loss", "binary_accuracy"), "XOR", True,
                         1, (1, 2), (2,))  # fmt: skip
    stream = Stream(started)
    rng = np.random.default_rng(1)
    n = 64
    lo, hi = -0.5, 1.5
    gx, gy = np.meshgrid(np.linspace(lo, hi, n), np.linspace(lo, hi, n))
    points = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32)
    labels = np.array([0, 1, 1, 0])
    k1 = rng.normal(0, 0.5, (2, 16)).astype(np.float32)
    k2 = rng.normal(0, 0.5, (16, 1)).astype(np.float32)
    per_tick = int(XOR_EPOCHS_PER_S * TICK_S)
    frames_per_tick = round(TICK_S / BOUNDARY_S)
    epoch = tick = 0
    while epoch < XOR_EPOCHS:
        end = min(XOR_EPOCHS, epoch + per_tick)
        points_, results = [], []
        for e in range(epoch, end):
            t = e / XOR_EPOCHS
            loss = 0.25 * math.exp(-4 * t) + 0.005
            accuracy = min(1.0, 0.5 + 0.25 * int(4 * t + 0.5))
            logs = {"loss": loss, "binary_accuracy": accuracy}
            points_.append(BatchPoint(e, 0, e + 1, logs))
            results.append(EpochResult(e, logs, {}, 1 / XOR_EPOCHS_PER_S))
        epoch = end
        progress = Progress(epoch, XOR_EPOCHS, 0, 1, (tick + 1) * TICK_S, None)
        events: list[Event] = [Update(tuple(points_), tuple(results), progress)]
        if tick % SNAPSHOT_TICKS == SNAPSHOT_TICKS - 1 or epoch == XOR_EPOCHS:
            k1 = k1 + rng.normal(0, 0.05, k1.shape).astype(np.float32)
            k2 = k2 + rng.normal(0, 0.05, k2.shape).astype(np.float32)
            events.append(WeightSnapshot(1, "dense", epoch, epoch, k1.copy(), None))
            events.append(WeightSnapshot(2, "dense_1", epoch, epoch, k2.copy(), None))
        frames = []
        for f in range(frames_per_tick):
            t = min(1.0, (tick + f / frames_per_tick) * TICK_S * XOR_EPOCHS_PER_S / XOR_EPOCHS)
            xor = (gx - 0.5) * (gy - 0.5)
            p = 1 / (1 + np.exp(8 * t * xor / 0.1 - 2 * (1 - t) * (gx - 0.5)))
            probabilities = np.stack([1 - p, p], axis=-1).astype(np.float32)
            frames.append(BoundarySnapshot(epoch, epoch, (lo, hi, lo, hi), probabilities,
                                           points, labels))  # fmt: skip
        stream.ticks.append(events)
        stream.frames.append(frames)
        tick += 1
    stream.marks.append(tick - 1)
    stream.finished = RunFinished("completed", f"Finished {XOR_EPOCHS} epochs.", XOR_EPOCHS,
                                  tick * TICK_S, tick * TICK_S,
                                  {"binary_accuracy": 1.0})  # fmt: skip
    return stream


# --- measuring ----------------------------------------------------------------------------


@dataclass
class Figures:
    name: str
    wall: float
    process: float
    thread: float
    longest: float
    p99: float
    units: str

    def row(self) -> str:
        per = EPOCH_S / self.wall
        return (f"{self.name:<22} {self.units:<14} {self.process * per:8.3f} s "
                f"{100 * self.process / self.wall:6.2f} % {self.thread * per:8.3f} s "
                f"{self.longest:9.1f} ms {self.p99:7.1f} ms")  # fmt: skip


HEADER = (f"{'stream':<22} {'replayed':<14} {'CPU/6 s':>10} {'share':>8} {'GUI thr.':>10} "
          f"{'longest gap':>12} {'p99 gap':>10}")  # fmt: skip


def run_for(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def replay(
    view: TrainingView,
    streams: list[Stream],
    meter: GapMeter | None,
    on_tick: Callable[[int, int], None] | None = None,
    marks: list[float] | None = None,
) -> tuple[float, float, float]:
    """Feed ``streams`` one after the other in real time; (wall, process CPU, thread CPU).
    ``marks`` gets the process CPU time at the end of each epoch (of each run for XOR)."""
    marks = [] if marks is None else marks
    project = {2: from_template("mnist-128"), 1: from_template("xor")}
    loop = QEventLoop()
    state = {"stream": 0, "tick": 0}
    clock = QElapsedTimer()
    frame_timer = QTimer()
    frame_timer.setTimerType(Qt.TimerType.PreciseTimer)
    pending: list[BoundarySnapshot] = []
    marks.clear()

    def frame() -> None:
        if pending:
            view.handle(pending.pop(0))
        if not pending:
            frame_timer.stop()

    frame_timer.timeout.connect(frame)

    def begin(stream: Stream) -> None:
        view.prepare()
        view.start(stream.started, project[stream.started.snapshot_layers[0]])

    def tick() -> None:
        # Ticks follow the clock, not the timer's count: a late turn catches up.
        due = int(clock.elapsed() / 1000 / TICK_S)
        while state["tick"] <= due:
            stream = streams[state["stream"]]
            i = state["tick"] - state["offset"]
            if i >= len(stream.ticks):
                assert stream.finished is not None
                view.finish(stream.finished)
                state["stream"] += 1
                state["offset"] = state["tick"]
                if state["stream"] == len(streams):
                    timer.stop()
                    QTimer.singleShot(0, loop.quit)
                    return
                begin(streams[state["stream"]])
                continue
            for event in stream.ticks[i]:
                view.handle(event)
            pending[:] = stream.frames[i]
            if pending:
                frame()
                frame_timer.start(int(BOUNDARY_S * 1000))
            if on_tick is not None:
                on_tick(state["stream"], i)
            if i in stream.marks:
                marks.append(time.process_time())
            state["tick"] += 1

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(int(TICK_S * 1000))
    timer.timeout.connect(tick)
    state["offset"] = 0
    w0, p0, t0 = time.monotonic(), time.process_time(), time.thread_time()
    marks.append(p0)
    begin(streams[0])
    clock.start()
    timer.start()
    loop.exec()
    wall = time.monotonic() - w0
    process, thread = time.process_time() - p0, time.thread_time() - t0
    return wall, process, thread


def main() -> None:
    args = sys.argv[1:]
    profile = "--profile" in args
    shots: Path | None = None
    if "--screenshots" in args:
        shots = Path(args[args.index("--screenshots") + 1])
        shots.mkdir(parents=True, exist_ok=True)
        del args[args.index("--screenshots") : args.index("--screenshots") + 2]
    after = 0
    if "--after" in args:
        after = int(args[args.index("--after") + 1])
        del args[args.index("--after") : args.index("--after") + 2]
    numbers = [a for a in args if not a.startswith("--")]
    epochs = int(numbers[0]) if numbers else 3
    app = application()  # as the window starts: named, pyqtgraph's options set
    print(f"Views benchmark on {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}, PySide6 "
          f"{PySide6.__version__}, pyqtgraph {pg.__version__}, platform "
          f"{app.platformName()}")  # fmt: skip
    print(f"  figures per {EPOCH_S:.2f} s (one mnist-128 epoch at {BATCHES_PER_S} batches/s)")
    mnist = mnist_stream(epochs, after)
    xors = [xor_stream() for _ in range(6)]

    view = TrainingView()
    view.resize(*TAB_SIZE)
    view.show()
    view.slow_motion.setChecked(True)
    meter = GapMeter()
    run_for(1.0)
    results = []
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()

    def idle() -> tuple[float, float, float]:
        w0, p0, t0 = time.monotonic(), time.process_time(), time.thread_time()
        run_for(EPOCH_S)
        return time.monotonic() - w0, time.process_time() - p0, time.thread_time() - t0

    def mnist_shot(_stream: int, tick: int) -> None:
        if shots is not None and tick == len(mnist.ticks) // 2 + 2:
            view.grab().save(str(shots / "views-mnist.png"))

    def xor_shot(stream: int, tick: int) -> None:
        if shots is not None and stream == 2 and tick == 6:
            view.grab().save(str(shots / "views-xor.png"))

    marks: list[float] = []
    passes: list[tuple[str, str, Callable[[GapMeter | None], tuple[float, float, float]]]] = [
        ("idle", f"{EPOCH_S:.1f} s", lambda m: idle()),
        (f"mnist-128 (after {after})" if after else "mnist-128", f"{epochs} epochs",
         lambda m: replay(view, [mnist], m, mnist_shot if m else None, marks)),
        ("xor (slow motion)", f"{len(xors)} runs",
         lambda m: replay(view, xors, m, xor_shot if m else None)),
    ]  # fmt: skip
    meter_cost = 0.0
    for name, units, run in passes:
        # CPU without the gap meter (its 200 turns a second cost about 1% on their own),
        # then the gaps with it.
        if profiler is not None and name.startswith("mnist"):
            profiler.enable()
        wall, process, thread = run(None)
        if profiler is not None:
            profiler.disable()
        if name.startswith("mnist"):
            each = ", ".join(f"{b - a:.3f}" for a, b in itertools.pairwise(marks))
            print(f"  {name}: process CPU per epoch {each} s")
        run_for(0.5)
        meter.start()
        metered = run(meter)
        meter.stop()
        if name == "idle":
            meter_cost = (metered[1] - process) * EPOCH_S / metered[0]
        results.append(Figures(name, wall, process, thread, *meter.summary()[:2], units))
        run_for(0.5)
    print(f"  (the gap meter's own cost, not counted below: {meter_cost:.3f} s per 6 s)")

    print(HEADER)
    for figures in results:
        print(figures.row())
    if profiler is not None:
        import pstats

        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(40)
    view.close()


if __name__ == "__main__":
    main()
