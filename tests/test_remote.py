"""Training in a process of its own: the runs, the questions asked of the trained network, and
what happens when the process dies."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from nnstudio.core.errors import NNStudioError
from nnstudio.core.spec import RunRecord
from nnstudio.core.templates import from_template
from nnstudio.training.engine import EngineOptions
from nnstudio.training.events import (
    BoundarySnapshot,
    RunFinished,
    RunStarted,
    Update,
    WeightSnapshot,
)
from nnstudio.training.inside import neuron_sum
from nnstudio.training.remote import RemoteModel, Trainer, TrainerGone, shared_trainer
from nnstudio.userdirs import log_file

XOR_INPUTS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32)


class Run:
    """A listener that keeps a run's events and notes which thread delivered them."""

    def __init__(self) -> None:
        self.events: list[object] = []
        self.ended = threading.Event()
        self.threads: set[str] = set()

    def __call__(self, event: object) -> None:
        self.threads.add(threading.current_thread().name)
        self.events.append(event)
        if isinstance(event, RunFinished):
            self.ended.set()

    def result(self, timeout: float = 120) -> RunFinished:
        assert self.ended.wait(timeout), "the run never ended"
        result = self.events[-1]
        assert isinstance(result, RunFinished)
        return result

    def of(self, kind: type) -> list:
        return [e for e in self.events if isinstance(e, kind)]


@pytest.fixture(scope="module")
def trainer() -> Trainer:
    # The program's one training process, the one the window uses: the window's end-to-end
    # tests then find TensorFlow loaded (seconds in every new process). Shutting a process
    # down is tested below, on a process of its own.
    t = shared_trainer()
    t.start()
    return t


def _xor(epochs: int):
    project = from_template("xor")
    project.train.epochs = epochs
    return project


def test_a_run_in_the_process_sends_the_engines_events_and_keeps_the_network(
    trainer: Trainer,
) -> None:
    run = Run()
    trainer.train(_xor(300), None, run)
    result = run.result()
    assert result.reason == "completed" and result.epochs_done == 300, result.message
    assert isinstance(run.events[0], RunStarted) and run.events.count(result) == 1
    epochs = [e.epoch for u in run.of(Update) for e in u.epochs]
    assert epochs == list(range(300))  # none lost on the way
    assert {s.layer for s in run.of(WeightSnapshot)} == {1, 2}
    assert run.threads == {"nnstudio-trainer-reader"}  # never the caller's thread
    assert result.test["binary_accuracy"] == 1.0
    assert result.evaluation is not None and result.evaluation.probabilities.shape == (4, 2)
    assert not trainer.training

    # The trained network stays in the process; asking it gives the run's own test answers.
    model = result.model
    assert isinstance(model, RemoteModel)
    answers = model.predict(XOR_INPUTS)
    assert answers.shape == (4, 1)
    np.testing.assert_allclose(answers[:, 0], result.evaluation.probabilities[:, 1], atol=1e-6)

    # Inside the network: each layer's outputs and the Dense layers' weights, and a neuron's
    # sum worked out from them gives what the network itself computed.
    trace = model.trace(XOR_INPUTS[2])
    assert [(t.name, t.kind, t.activation) for t in trace.layers] == [
        ("dense", "Dense", "relu"), ("dense_1", "Dense", "sigmoid"),
    ]  # fmt: skip
    hidden, out = trace.layers
    assert hidden.kernel is not None and hidden.kernel.shape == (2, 16)
    assert hidden.output.shape == (16,) and out.output.shape == (1,)
    np.testing.assert_allclose(out.output[0], answers[2, 0], atol=1e-6)
    np.testing.assert_allclose(
        hidden.output, np.maximum(XOR_INPUTS[2] @ hidden.kernel + hidden.bias, 0), atol=1e-5
    )
    ns = neuron_sum(trace, 1, 0)
    assert ns is not None and ns.inputs.tolist() == hidden.output.tolist()
    np.testing.assert_allclose(1 / (1 + np.exp(-ns.z)), ns.output, atol=1e-5)


def test_the_saved_network_is_a_real_keras_file(trainer: Trainer, tmp_path: Path) -> None:
    run = Run()
    trainer.train(_xor(50), None, run)
    model = run.result().model
    # A save killed long ago left its temporary file; the window's save (in the process)
    # writes through one of its own and clears that one away.
    stale = tmp_path / ".xor.keras.abcd1234.tmp.keras"
    stale.write_bytes(b"PK half")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    model.save(tmp_path / "xor.keras")
    assert [p.name for p in tmp_path.iterdir()] == ["xor.keras"]
    import keras

    loaded = keras.models.load_model(tmp_path / "xor.keras")
    np.testing.assert_allclose(
        loaded.predict(XOR_INPUTS, verbose=0), model.predict(XOR_INPUTS), atol=1e-6
    )
    with pytest.raises(NNStudioError, match="Could not write"):
        model.save(tmp_path / "no such folder" / "xor.keras")
    # A newer run replaces the network; the old handle says so instead of answering wrongly.
    newer = Run()
    trainer.train(_xor(5), None, newer)
    newer.result()
    with pytest.raises(NNStudioError, match="replaced by a newer run"):
        model.predict(XOR_INPUTS)


def test_data_loaded_ahead_is_what_the_next_run_trains_on(trainer: Trainer, tmp_path: Path) -> None:
    """The window has the process load the data while the student builds; Train then does
    not read it again, and a second run of the same data does not either, nor compiles the
    same network again."""
    csv = tmp_path / f"ahead-{os.getpid()}-{time.monotonic_ns()}.csv"
    csv.write_text("x,y,label\n" + "".join(f"{i % 2},{i // 2 % 2},{i % 2 ^ i // 2 % 2}\n"
                                           for i in range(40)))  # fmt: skip
    project = from_template("xor")
    project.data.dataset, project.data.path, project.data.label_column = "csv", str(csv), "label"
    project.data.test_fraction, project.train.epochs = 0.2, 3
    project.name = csv.stem
    trainer.prepare(project, None)
    for _ in range(2):
        run = Run()
        trainer.train(project, None, run)
        result = run.result()
        assert result.reason == "completed", result.message
        assert run.of(RunStarted)[0].train_examples == 32
    log_text = log_file("training").read_text(encoding="utf-8")
    assert log_text.count(f"data loaded before is used again: The CSV file {csv}") == 2
    # The second run trained on the network the first one compiled.
    assert log_text.count(f"{csv.stem}: trained on the network compiled for the last run") == 1


def test_stop_and_pause_reach_the_process(trainer: Trainer) -> None:
    run = Run()
    trainer.train(_xor(100_000), None, run, EngineOptions(max_epochs_per_second=2000))
    deadline = time.monotonic() + 60
    while not run.of(Update) and time.monotonic() < deadline:
        time.sleep(0.02)
    trainer.pause(True)
    assert trainer.paused
    time.sleep(0.5)  # anything sent before the pause took hold has arrived by now
    held = len(run.of(Update))
    time.sleep(0.5)
    assert len(run.of(Update)) == held  # paused: nothing new
    trainer.pause(False)
    while len(run.of(Update)) == held and time.monotonic() < deadline:
        time.sleep(0.02)
    trainer.stop()
    result = run.result()
    assert result.reason == "stopped" and 0 < result.epochs_done < 100_000
    assert result.model is not None  # a stopped run keeps what it learned
    with pytest.raises(RuntimeError):  # one run at a time
        trainer.train(_xor(1), None, Run())
        trainer.train(_xor(1), None, Run())
    trainer.stop()


def test_a_restored_network_answers_from_the_process(trainer: Trainer, tmp_path: Path) -> None:
    while trainer.training:
        time.sleep(0.05)
    run = Run()
    project = _xor(100)
    trainer.train(project, None, run)
    result = run.result()
    result.model.save(tmp_path / "xor.keras")
    project.runs.append(
        RunRecord(
            finished="2026-01-01T00:00:00", reason="completed", message="", epochs_done=100,
            train_seconds=1.0, test=dict(result.test), history={}, model_file="xor.keras",
        )
    )  # fmt: skip
    restored = trainer.restore(project, tmp_path, tmp_path / "xor.keras")
    # The same answers as the run gave on its test data.
    np.testing.assert_allclose(
        restored.model.predict(XOR_INPUTS)[:, 0],
        result.evaluation.probabilities[:, 1],
        atol=1e-6,
    )
    assert restored.evaluation.probabilities.shape == (4, 2) and restored.input_shape == (2,)
    (tmp_path / "broken.keras").write_bytes(b"not a network")
    with pytest.raises(NNStudioError, match=r"broken\.keras is damaged: .* not a zip"):
        trainer.restore(project, tmp_path, tmp_path / "broken.keras")


def test_when_the_process_dies_the_run_ends_with_a_sentence_and_the_next_one_works() -> None:
    trainer = Trainer()
    try:
        run = Run()
        trainer.train(_xor(100_000), None, run, EngineOptions(max_epochs_per_second=1000))
        deadline = time.monotonic() + 60
        while not run.of(Update) and time.monotonic() < deadline:
            time.sleep(0.02)
        first = trainer.incarnation
        # A request sent meanwhile waits for the run to end: it is waiting when the process dies.
        asked: list[BaseException] = []

        def ask() -> None:
            try:
                trainer.request("predict", 1, XOR_INPUTS)
            except BaseException as exc:
                asked.append(exc)

        asking = threading.Thread(target=ask)
        asking.start()
        while not trainer._pending and asking.is_alive():  # sent to this process, not a new one
            time.sleep(0.005)
        os.kill(trainer.pid, 9)  # as the system does to a process that runs out of memory
        result = run.result(30)
        assert result.reason == "error" and "stopped unexpectedly" in result.message
        assert "Traceback" not in result.message and not trainer.training
        # Anything waiting on the old process is told so, and the next run starts a new one.
        asking.join(30)
        assert len(asked) == 1 and isinstance(asked[0], TrainerGone), asked
        again = Run()
        trainer.train(_xor(20), None, again)
        assert again.result().reason == "completed" and trainer.incarnation > first
        # A process that ends abruptly while answering (out of memory) says so, with its code.
        with pytest.raises(TrainerGone, match="exit code 7"):
            trainer.request("crash", 7)
    finally:
        trainer.shutdown()
    assert not trainer.alive


def test_the_window_process_never_imports_tensorflow(tmp_path: Path) -> None:
    """The point of the training process: TensorFlow stays out of the window's process."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from nnstudio.core.templates import from_template\n"
        "from nnstudio.ui.main_window import MainWindow\n"
        "def main():\n"
        "    app = QApplication([])\n"
        "    project = from_template('xor')\n"
        "    project.train.epochs = 50\n"
        "    w = MainWindow(project=project)\n"
        "    w.show()\n"
        "    w.start_training()\n"
        "    w.run.finished.connect(lambda result: app.exit())\n"
        "    app.exec()\n"
        "    answer = w.last_result.model.predict([[0, 1]]).shape\n"
        "    print(w.last_result.reason, answer, 'tensorflow' in sys.modules,\n"
        "          'keras' in sys.modules)\n"
        "if __name__ == '__main__':\n"
        "    main()\n"
    )
    (tmp_path / "window.py").write_text(script)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NNSTUDIO_HOME": str(tmp_path / "h")}
    out = subprocess.run(
        [sys.executable, str(tmp_path / "window.py")],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["completed", "(1,", "1)", "False", "False"], out.stdout
    assert "leaked" not in out.stderr and "Traceback" not in out.stderr, out.stderr


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="Unix process priorities")
def test_the_training_process_runs_below_the_window(trainer: Trainer) -> None:
    trainer.ready.wait(60)
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, trainer.pid) == min(19, ours + 5)


def test_the_window_tests_stand_in_sends_what_the_process_sends(trainer: Trainer) -> None:
    """tests/fake_trainer.py stands in for this process in the window's tests: the same
    events, in the same order, from a thread of its own, ending the same way."""
    from fake_trainer import FakeTrainer

    while trainer.training:
        time.sleep(0.05)
    runs = {}
    for name, backend in (("real", trainer), ("fake", FakeTrainer())):
        run = Run()
        backend.train(_xor(40), None, run, EngineOptions(update_interval=0.1))
        runs[name] = (run, run.result())
        assert not backend.training
    (real, real_result), (fake, fake_result) = runs["real"], runs["fake"]
    assert fake.threads.isdisjoint({threading.current_thread().name})
    for run in (real, fake):
        assert isinstance(run.events[0], RunStarted)
        assert [type(e) for e in run.events[-1:]] == [RunFinished]
        assert sum(isinstance(e, RunFinished) for e in run.events) == 1
    compared = (
        "epochs", "steps_per_epoch", "batch_size", "train_examples", "metric_names",
        "data_source", "fast_path", "snapshot_layers", "input_shape", "class_names",
    )  # fmt: skip
    assert [getattr(fake.events[0], f) for f in compared] == [
        getattr(real.events[0], f) for f in compared
    ]
    for run in (real, fake):
        assert [e.epoch for u in run.of(Update) for e in u.epochs] == list(range(40))
        assert [p.step for u in run.of(Update) for p in u.points] == list(range(1, 41))
    assert {s.layer for s in fake.of(WeightSnapshot)} == {s.layer for s in real.of(WeightSnapshot)}
    real_kernels = {s.layer: (s.layer_name, s.kernel.shape) for s in real.of(WeightSnapshot)}
    fake_kernels = {s.layer: (s.layer_name, s.kernel.shape) for s in fake.of(WeightSnapshot)}
    assert fake_kernels == real_kernels
    assert bool(fake.of(BoundarySnapshot)) == bool(real.of(BoundarySnapshot))
    assert (fake_result.reason, fake_result.message, fake_result.epochs_done) == (
        real_result.reason, real_result.message, real_result.epochs_done
    )  # fmt: skip
    assert fake_result.test.keys() == real_result.test.keys()
    assert fake_result.history.keys() == real_result.history.keys()
    assert fake_result.input_shape == real_result.input_shape
    assert fake_result.evaluation.probabilities.shape == real_result.evaluation.probabilities.shape
    assert (
        fake_result.model.predict(XOR_INPUTS).shape == real_result.model.predict(XOR_INPUTS).shape
    )


def test_the_process_keeps_the_last_start_for_a_run_that_asks_for_it(trainer: Trainer) -> None:
    first = Run()
    trainer.train(_xor(20), None, first)
    assert first.result().reason == "completed"
    assert first.of(RunStarted)[0].same_start is None
    second = Run()
    trainer.train(_xor(20), None, second, EngineOptions(same_start=True))
    assert second.result().reason == "completed"
    assert second.of(RunStarted)[0].same_start == ("dense", "dense_1")


def test_the_process_measures_how_fast_a_network_trains(trainer: Trainer) -> None:
    from nnstudio.core.analysis import Timing

    timing = trainer.measure(from_template("xor"), None)
    assert isinstance(timing, Timing)
    assert 0 < timing.step_seconds < 0.1 and timing.steps_measured >= 1
    bad = from_template("xor")
    bad.layers[1].params["units"] = 0
    with pytest.raises(NNStudioError):
        trainer.measure(bad, None)
