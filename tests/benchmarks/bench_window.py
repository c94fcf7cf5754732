"""Training in the window against the engine headless and plain ``model.fit``, and how
responsive the window stays meanwhile.

- MNIST ``mnist-128`` (batch 32): each round trains the same network three ways, in rotating
  order: plain ``model.fit``; the engine headless (both in this process); the engine in the
  window, which trains in its training process while the training tab shows everything live
  (curves, weight heatmap as 128 tiles, status bar, diagram). Compared by the time spent
  training (inside ``fit``), as ratios. The window's own CPU time while it trains (drawing,
  and reading the events off the pipe) is printed per epoch.
- Then the window trains again (``meter_runs`` times) with a 5 ms timer on the GUI thread
  recording the gaps between its turns: the longest gap and the 99th percentile say how long
  the window ever stopped responding. The timer costs processor time of its own (about 2% of
  a core), so the rounds above, which give the time ratios, run without it.
- XOR in the window (slow motion on, as a student gets it): seconds from pressing Train to the
  first epoch at 100% accuracy, and how many decision-boundary frames were drawn.

Run by hand (offscreen, or under Xvfb with DISPLAY set):
    python tests/benchmarks/bench_window.py [epochs] [rounds] [meter_runs]
"""

from __future__ import annotations

import os
import statistics
import sys
import time

import common

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
os.environ.setdefault("NNSTUDIO_HOME", "/tmp/nnstudio-bench-home")

from bench_mnist import engine_run, plain_run, project
from gaps import GapMeter
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from nnstudio.core.templates import from_template
from nnstudio.data import load_dataset
from nnstudio.training.events import BoundarySnapshot, RunFinished, Update
from nnstudio.ui.app import application
from nnstudio.ui.main_window import MainWindow


def wait_for_run(window: MainWindow, timeout_s: float = 900) -> RunFinished:
    loop = QEventLoop()
    done: list[RunFinished] = []

    def finished(result: RunFinished) -> None:
        done.append(result)
        QTimer.singleShot(0, loop.quit)

    assert window.run is not None
    window.run.finished.connect(finished)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    assert done, "the run did not finish in time"
    # Let the window take the result (its own slot runs after ours).
    for _ in range(5):
        QApplication.processEvents()
    return done[0]


def settle(seconds: float = 1.0) -> None:
    """Let the window finish what loading a project started (the data preview, the code)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def window_run(
    window: MainWindow, epochs: int, meter: GapMeter | None
) -> tuple[float, tuple[float, float, int], tuple[float, float, int], float, float, float]:
    """Training time; the GUI gaps (longest, 99th percentile, turns) over the whole run and
    from the second training update on; the window process's CPU seconds while it trained;
    seconds from Train to the first batch point in the window; deliveries of batch points a
    second from the first one to the last."""
    window.editor.load(project(epochs), None)
    settle()  # as a student who opened the project: the data is loaded ahead meanwhile
    pressed = time.monotonic()
    window.start_training()
    updates = {"n": 0}
    first: list[float] = []
    delivered: list[float] = []

    def on_event(event: object) -> None:
        if isinstance(event, Update):
            updates["n"] += 1
            if event.points:
                delivered.append(time.monotonic())
            if not first and event.points:
                first.append(time.monotonic() - pressed)
            if updates["n"] == 2 and meter is not None:
                meter.mark()

    assert window.run is not None
    window.run.engine_event.connect(on_event)
    if meter is not None:
        meter.start()
    cpu = time.process_time()
    result = wait_for_run(window)
    cpu = time.process_time() - cpu
    assert result.reason == "completed", result.message
    # From the first delivery on (before it, the training step is being compiled).
    rate = (len(delivered) - 1) / (delivered[-1] - delivered[0])
    if meter is None:
        return result.train_seconds, (0.0, 0.0, 0), (0.0, 0.0, 0), cpu, first[0], rate
    meter.stop()
    summary = meter.summary(), meter.summary(after_mark=True)
    return result.train_seconds, *summary, cpu, first[0], rate


def xor_in_window(window: MainWindow) -> tuple[float | None, float, int, float]:
    window.editor.load(from_template("xor"), None)
    window.training_view.slow_motion.setChecked(True)
    settle()
    frames = {"boundary": 0}
    reached: list[float] = []
    t0 = time.monotonic()

    def on_event(event: object) -> None:
        if isinstance(event, BoundarySnapshot):
            frames["boundary"] += 1
        if isinstance(event, Update) and not reached:
            for epoch in event.epochs:
                if epoch.logs.get("binary_accuracy") == 1.0:
                    reached.append(time.monotonic() - t0)
                    break

    window.start_training()
    assert window.run is not None
    window.run.engine_event.connect(on_event)
    result = wait_for_run(window)
    total = time.monotonic() - t0
    accuracy = result.test.get("binary_accuracy", 0.0)
    return (reached[0] if reached else None), total, frames["boundary"], accuracy


def main() -> None:
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    meter_runs = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    app = application()  # as the window starts: named, pyqtgraph's options set
    print("Window benchmark on", common.machine(), "platform", app.platformName())
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.trainer.start()  # as the app starts it once the window is up
    window.trainer.ready.wait(120)
    QApplication.processEvents()

    # XOR first: the moment a student sees first.
    for i in range(3):
        reached, total, frames, accuracy = xor_in_window(window)
        shown = f"{reached:.2f} s" if reached is not None else "never"
        print(f"xor in the window, run {i + 1}: 100% accuracy after {shown} from Train, "
              f"finished in {total:.2f} s, {frames} boundary frames, test accuracy "
              f"{accuracy:.0%}")  # fmt: skip

    data = load_dataset(project(epochs).data)
    print(f"mnist-128: {len(data.x_train)} training images, batch 32, {epochs} epochs per run")
    meter = GapMeter()
    window_ratios, headless_ratios, worsts, p99s, steady, cpus = [], [], [], [], [], []
    firsts: list[float] = []
    rates: list[float] = []
    for i in range(rounds):
        times: dict[str, float] = {}
        order = ["plain", "headless", "window"]
        order = order[i % 3 :] + order[: i % 3]
        for kind in order:
            if kind == "plain":
                times[kind] = plain_run(epochs, data)[0]
            elif kind == "headless":
                times[kind] = engine_run(epochs, data)[0]
            else:
                times[kind], _, _, cpu, first, rate = window_run(window, epochs, None)
                cpus.append(cpu / epochs)
                firsts.append(first)
                rates.append(rate)
        window_ratios.append(times["window"] / times["headless"])
        headless_ratios.append(times["headless"] / times["plain"])
        print(f"round {i + 1} ({' → '.join(order)}): plain fit {times['plain']:.2f} s, "
              f"engine headless {times['headless']:.2f} s, in the window "
              f"{times['window']:.2f} s; window/headless {window_ratios[-1]:.3f}, "
              f"headless/plain {headless_ratios[-1]:.3f}")  # fmt: skip
        print(
            f"  window process CPU {cpus[-1]:.3f} s per epoch "
            f"({cpus[-1] * epochs / times['window']:.1%} of the training time); first batch "
            f"point {firsts[-1]:.2f} s after Train; {rates[-1]:.1f} deliveries of batch points "
            f"a second"
        )
    for i in range(meter_runs):
        seconds, (worst, p99, ticks), later, _, first, _ = window_run(window, epochs, meter)
        firsts.append(first)
        worsts.append(worst)
        p99s.append(p99)
        steady.append(later)
        print(f"window run {i + 1} with the gap timer ({seconds:.2f} s): longest gap "
              f"{worst:.1f} ms, 99th percentile {p99:.1f} ms over {ticks} turns; longest at: "
              f"{meter.worst()}; from the second update on: longest {later[0]:.1f} ms, "
              f"99th percentile {later[1]:.1f} ms")  # fmt: skip
    print(f"median window/headless time ratio: {statistics.median(window_ratios):.3f}")
    print(f"first batch point after Train: median {statistics.median(firsts):.2f} s "
          f"({min(firsts):.2f}-{max(firsts):.2f}) over {len(firsts)} runs")  # fmt: skip
    print(f"deliveries of batch points a second (from the first): median "
          f"{statistics.median(rates):.1f} ({min(rates):.1f}-{max(rates):.1f})")  # fmt: skip
    print(
        f"window process CPU per epoch: median {statistics.median(cpus):.3f} s "
        f"({min(cpus):.3f}-{max(cpus):.3f})"
    )
    print(f"median headless/plain-fit time ratio: {statistics.median(headless_ratios):.3f}")
    overall = [w * h for w, h in zip(window_ratios, headless_ratios, strict=True)]
    print(f"median window/plain-fit time ratio: {statistics.median(overall):.3f}")
    if worsts:
        report_gaps(worsts, p99s, steady)
    window.editor.undo_stack.setClean()
    window.editor.mark_saved(window.editor.document.path or common.REPO / "unused.nnproj")
    window.close()


def report_gaps(
    worsts: list[float], p99s: list[float], steady: list[tuple[float, float, int]]
) -> None:
    print(f"GUI thread: longest gap {max(worsts):.1f} ms (median over runs "
          f"{statistics.median(worsts):.1f} ms), "
          f"99th percentile {statistics.median(p99s):.1f} ms")  # fmt: skip
    print(f"GUI thread from the second update on: longest gap "
          f"{max(s[0] for s in steady):.1f} ms (median over runs "
          f"{statistics.median(s[0] for s in steady):.1f} ms), 99th percentile "
          f"{statistics.median(s[1] for s in steady):.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
