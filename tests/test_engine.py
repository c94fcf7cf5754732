"""The training engine, headless: XOR and small MNIST slices, a few epochs each."""

from __future__ import annotations

import math
import threading
import time

import numpy as np
import pytest

from nnstudio.core.labels import label_encoding
from nnstudio.core.spec import CompileSpec, LayerSpec
from nnstudio.core.templates import from_template
from nnstudio.core.validate import validate
from nnstudio.training.engine import Engine, EngineOptions, finished_message, stopped_message
from nnstudio.training.events import (
    BoundarySnapshot,
    RunFinished,
    RunStarted,
    Update,
    WeightSnapshot,
)


class Collector:
    """A listener that keeps every event, as the window's worker would forward them."""

    def __init__(self) -> None:
        self.events: list[object] = []
        self.lock = threading.Lock()

    def __call__(self, event: object) -> None:
        with self.lock:
            self.events.append(event)

    def of(self, kind: type) -> list:
        return [e for e in self.events if isinstance(e, kind)]

    @property
    def points(self) -> list:
        return [p for u in self.of(Update) for p in u.points]

    @property
    def epochs(self) -> list:
        return [e for u in self.of(Update) for e in u.epochs]


def _xor(epochs: int = 40, **train: object):
    project = from_template("xor")
    project.train.epochs = epochs
    for key, value in train.items():
        setattr(project.train, key, value)
    return project


@pytest.mark.parametrize("fast_path", [True, False], ids=["tiny-data loop", "model.fit"])
def test_events_arrive_in_order_and_complete(fast_path: bool) -> None:
    events = Collector()
    result = Engine(_xor(30), events, options=EngineOptions(fast_path=fast_path)).run()

    assert isinstance(events.events[0], RunStarted)
    assert events.events[-1] is result and result.reason == "completed"
    assert sum(isinstance(e, RunFinished) for e in events.events) == 1
    started = events.events[0]
    assert started.fast_path is fast_path and started.steps_per_epoch == 1

    # Every step arrives once, in order, and each epoch after its own steps.
    assert [p.step for p in events.points] == list(range(1, 31))
    assert [p.epoch for p in events.points] == list(range(30))
    assert [e.epoch for e in events.epochs] == list(range(30))
    assert result.epochs_done == 30 and len(result.history["loss"]) == 30
    assert set(events.points[0].logs) == {"loss", "binary_accuracy"}
    assert result.test.keys() == {"loss", "binary_accuracy"}
    # Epoch results agree with the last running mean of their steps.
    assert events.epochs[-1].logs["loss"] == pytest.approx(events.points[-1].logs["loss"])


def test_batch_points_are_coalesced_but_none_are_lost() -> None:
    events = Collector()
    options = EngineOptions(fast_path=False, update_interval=0.2)
    project = from_template("mnist-128")
    project.data.train_limit = 3200
    project.data.test_limit = 200
    project.train.epochs = 2
    result = Engine(project, events, options=options).run()
    assert result.reason == "completed"
    updates = events.of(Update)
    assert len(events.points) == 200  # 2 epochs x 100 batches of 32
    assert [p.step for p in events.points] == list(range(1, 201))
    # Far fewer deliveries than batches, and each epoch end is flushed.
    assert len(updates) <= result.seconds / 0.2 + 3
    assert len(updates) < 50
    assert updates[-1].epochs[-1].epoch == 1


def test_xor_learns_to_full_accuracy() -> None:
    events = Collector()
    result = Engine(_xor(500), events).run()
    assert result.reason == "completed"
    assert result.test["binary_accuracy"] == 1.0
    predictions = result.model.predict(np.array([[0, 0], [0, 1], [1, 0], [1, 1]]), verbose=0)
    assert (predictions.ravel() > 0.5).tolist() == [False, True, True, False]


@pytest.mark.parametrize("fast_path", [True, False], ids=["tiny-data loop", "model.fit"])
def test_stop_from_another_thread_keeps_the_model(fast_path: bool) -> None:
    stop = threading.Event()
    events = Collector()
    asked_at: list[int] = []

    def listener(event: object) -> None:
        events(event)
        if (
            isinstance(event, Update)
            and event.points
            and not asked_at
            and event.points[-1].step >= 5
        ):
            asked_at.append(event.points[-1].step)
            threading.Thread(target=stop.set).start()

    engine = Engine(_xor(100_000), listener, stop=stop,
                    options=EngineOptions(fast_path=fast_path, update_interval=0.0))  # fmt: skip
    runner = threading.Thread(target=engine.run)
    runner.start()
    runner.join(timeout=120)
    assert not runner.is_alive()
    result = events.events[-1]
    assert result.reason == "stopped"
    assert result.message.startswith("Stopped after")
    assert result.model is not None and "binary_accuracy" in result.test
    assert result.epochs_done < 100_000
    # Honoured promptly: a handful of XOR steps (a fraction of a millisecond each) at most.
    assert events.points[-1].step - asked_at[0] <= 200


def test_the_end_of_a_run_is_counted_in_words() -> None:
    assert finished_message(1) == "Finished 1 epoch."
    assert finished_message(10) == "Finished 10 epochs."
    assert stopped_message(2, 3, cut_short=False) == "Stopped after 2 epochs of 3."
    assert stopped_message(1, 5, cut_short=False) == "Stopped after 1 epoch of 5."
    assert stopped_message(3, 3, cut_short=True) == (
        "Stopped during epoch 3 of 3, after 2 epochs in full."
    )


def test_an_epoch_cut_short_by_stop_is_not_counted_as_done() -> None:
    """model.fit ends the epoch it was stopped in; the message must not count it as done."""
    stop = threading.Event()
    project = from_template("layers-8-6-6-4")  # 800 training rows: 25 batches an epoch
    project.train.epochs = 3

    def listener(event: object) -> None:
        if isinstance(event, Update) and event.points and event.points[-1].step >= 30:
            stop.set()  # during the second epoch

    # One step per compiled call, so the stop lands inside an epoch.
    options = EngineOptions(fast_path=False, update_interval=0, steps_per_execution=1)
    result = Engine(project, listener, stop=stop, options=options).run()
    assert result.reason == "stopped"
    assert result.message == "Stopped during epoch 2 of 3, after 1 epoch in full."


def test_a_nan_loss_stops_at_once_with_its_reason() -> None:
    project = from_template("xor")
    project.layers[-1].params["activation"] = "linear"
    project.compile = CompileSpec.new(
        "mean_squared_error", "sgd", ["mean_absolute_error"], learning_rate=5.0
    )
    project.train.epochs = 2000
    events = Collector()
    result = Engine(project, events).run()
    assert result.reason == "nan"
    assert result.message.startswith("The loss became NaN at epoch ")
    assert "the learning rate 5 is probably too high" in result.message
    assert result.epochs_done < 2000
    assert not np.isfinite(events.points[-1].logs["loss"])


def test_an_error_reaches_the_listener(tmp_path) -> None:
    project = from_template("layers-8-6-6-4")
    project.data.dataset = "csv"
    project.data.path = str(tmp_path / "missing.csv")
    project.data.label_column = "label"
    events = Collector()
    result = Engine(project, events).run()
    assert result.reason == "error"
    assert "missing.csv" in result.message
    assert not result.unexpected  # a sentence nnstudio foresaw: the command line exits 2
    assert events.events == [result]


def test_an_unexpected_exception_is_reported_not_raised(monkeypatch) -> None:
    import nnstudio.training.build as build

    def broken(*args, **kwargs):
        raise RuntimeError("the graph exploded")

    monkeypatch.setattr(build, "build_model", broken)
    result = Engine(_xor(5), Collector()).run()
    assert result.reason == "error"
    assert result.message == (
        "Training stopped because of an unexpected error (RuntimeError): the graph exploded"
    )
    assert result.unexpected  # a bug: the command line exits 3
    assert "Traceback" in result.details


def test_running_out_of_memory_is_explained_not_unexpected(monkeypatch) -> None:
    import nnstudio.training.build as build

    def too_big(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(build, "build_model", too_big)
    result = Engine(_xor(5), Collector()).run()
    assert result.reason == "error" and not result.unexpected
    assert result.message.startswith("Training ran out of memory.")


@pytest.mark.parametrize("fast_path", [True, False], ids=["tiny-data loop", "model.fit"])
def test_the_same_seed_gives_the_same_curves(fast_path: bool) -> None:
    def run() -> RunFinished:
        project = from_template("layers-8-6-6-4")
        project.train.epochs = 3
        return Engine(project, Collector(), options=EngineOptions(fast_path=fast_path)).run()

    first, second = run(), run()
    assert first.history == second.history
    assert first.test == second.test


def test_weight_snapshots_are_copies_of_the_chosen_layer() -> None:
    events = Collector()
    project = _xor(20)
    project.layers.insert(2, LayerSpec.new("Dense", units=3))
    Engine(project, events, options=EngineOptions(snapshot_layer=2)).run()
    snapshots = events.of(WeightSnapshot)
    assert snapshots, "no weight snapshot arrived"
    last = snapshots[-1]
    assert last.layer == 2 and last.layer_name == "dense_1"
    assert last.kernel.shape == (16, 3) and last.bias.shape == (3,)
    model = events.events[-1].model
    np.testing.assert_array_equal(last.kernel, model.get_layer("dense_1").kernel.numpy())
    assert last.kernel.flags.owndata and last.kernel.flags.writeable  # a copy of its own
    last.kernel[:] = 99.0  # a listener may scribble on its copy...
    assert not np.any(model.get_layer("dense_1").kernel.numpy() == 99.0)  # ...not on the model


def test_an_mnist_slice_trains_through_model_fit(mnist_path) -> None:
    project = from_template("mnist-128")
    project.data.path = str(mnist_path)
    project.data.train_limit = 4000
    project.data.test_limit = 1000
    project.data.validation_split = 0.1
    project.train.epochs = 2
    events = Collector()
    result = Engine(project, events).run()
    assert result.reason == "completed"
    assert not events.events[0].fast_path
    assert result.test["accuracy"] > 0.8
    assert set(events.epochs[0].validation) == {"loss", "accuracy"}
    kernels = {snap.layer: snap.kernel.shape for snap in events.of(WeightSnapshot)}
    assert kernels == {2: (784, 128), 3: (128, 10)}  # every layer with weights, by default
    assert events.of(BoundarySnapshot) == []  # 784 features: no plane to draw

    evaluation = result.evaluation
    assert evaluation is not None and evaluation.is_images
    assert evaluation.inputs.shape == (1000, 28, 28)  # as read, for showing the digits
    assert evaluation.probabilities.shape == (1000, 10)
    assert evaluation.accuracy == pytest.approx(result.test["accuracy"], abs=1e-6)
    assert evaluation.confusion().sum() == 1000
    # The fitted preprocessing turns a raw test digit into what the network was tested on.
    assert result.transform is not None and result.input_shape == (28, 28)  # Flatten is a layer
    x = result.transform.apply(evaluation.inputs[:5])
    direct = result.model.predict(x, verbose=0)
    np.testing.assert_allclose(direct, evaluation.probabilities[:5], atol=1e-5)


def test_xor_sends_its_decision_boundary_and_ends_with_it_right() -> None:
    events = Collector()
    result = Engine(_xor(500), events).run()
    assert result.test["binary_accuracy"] == 1.0
    boundaries = events.of(BoundarySnapshot)
    assert len(boundaries) >= 2, "the boundary should be sent as it changes"
    last = boundaries[-1]
    assert last.probabilities.shape == (64, 64, 2)
    x0, x1, y0, y1 = last.extent
    assert x0 < 0 and x1 > 1 and y0 < 0 and y1 > 1
    assert last.points.shape == (4, 2) and sorted(last.labels.tolist()) == [0, 0, 1, 1]
    # Read the network's answer at each corner of the truth table off the grid.
    for (x, y), label in zip(last.points, last.labels, strict=True):
        col = round((x - x0) / (x1 - x0) * 63)
        row = round((y - y0) / (y1 - y0) * 63)
        assert int(np.argmax(last.probabilities[row, col])) == label
    ev = result.evaluation
    assert ev is not None and not ev.is_images and ev.probabilities.shape == (4, 2)
    assert ev.accuracy == 1.0


def test_slow_motion_paces_the_tiny_data_loop_and_still_stops() -> None:
    options = EngineOptions(max_epochs_per_second=200)
    result = Engine(_xor(60), Collector(), options=options).run()
    assert result.epochs_done == 60
    assert result.train_seconds >= 60 / 200 * 0.9

    stop = threading.Event()
    timer = threading.Timer(0.5, stop.set)
    timer.start()
    result = Engine(_xor(100_000), Collector(), stop=stop, options=options).run()
    timer.join()
    assert result.reason == "stopped" and 0 < result.epochs_done < 100_000


def test_training_works_without_a_console(monkeypatch) -> None:
    # A windowed (frozen) build has no stdout or stderr at all.
    import sys

    from nnstudio.training.console import ConsoleReporter

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    result = Engine(_xor(20), ConsoleReporter()).run()
    assert result.reason == "completed", result.message
    assert result.test["binary_accuracy"] >= 0.0


@pytest.mark.parametrize("fast_path", [True, False], ids=["tiny-data loop", "model.fit"])
def test_pause_holds_training_until_resumed_and_is_not_counted_as_training_time(
    fast_path: bool,
) -> None:
    events = Collector()
    pause = threading.Event()
    pause.set()  # paused from the first batch on
    engine = Engine(_xor(30), events, pause=pause, options=EngineOptions(fast_path=fast_path))
    worker = threading.Thread(target=engine.run)
    worker.start()
    deadline = time.monotonic() + 60
    while not events.points and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.6)
    held = len(events.points)
    assert 0 < held < 30, "training should stand still while paused"
    time.sleep(0.3)
    assert len(events.points) == held
    pause.clear()
    worker.join(60)
    result = events.events[-1]
    assert isinstance(result, RunFinished) and result.reason == "completed"
    assert result.epochs_done == 30
    assert engine.paused_seconds >= 0.8
    assert result.train_seconds < result.seconds - 0.8


def test_stop_while_paused_ends_the_run() -> None:
    events = Collector()
    pause, stop = threading.Event(), threading.Event()
    pause.set()
    worker = threading.Thread(target=Engine(_xor(1000), events, stop=stop, pause=pause).run)
    worker.start()
    deadline = time.monotonic() + 60
    while not events.points and time.monotonic() < deadline:
        time.sleep(0.01)
    stop.set()
    worker.join(30)
    assert not worker.is_alive()
    assert events.events[-1].reason == "stopped"


# --- many steps per compiled call -----------------------------------------------------------


def test_steps_per_call_follow_the_work_of_a_step() -> None:
    """Small networks get many steps per compiled call, big ones few; a power of two."""
    from nnstudio.core.compute import MAX_STEPS_PER_CALL, steps_per_call, work_per_example

    report = validate(from_template("mnist-128"))
    assert work_per_example(report) == 101_770  # every weight once per example
    assert steps_per_call(work_per_example(report), 32) == MAX_STEPS_PER_CALL
    assert steps_per_call(50_000_000, 32) == 1  # a step of a second or so: one a call
    sizes = [steps_per_call(w, 32) for w in (1e4, 1e5, 3e5, 1e6, 3e6, 1e7)]
    assert sizes == sorted(sizes, reverse=True)
    assert all(s & (s - 1) == 0 for s in sizes)


def _mnist_slice(mnist_path, images: int):
    project = from_template("mnist-128")
    project.data.path = str(mnist_path)
    project.data.train_limit, project.data.test_limit = images, 200
    project.train.epochs = 1
    return project


def test_many_steps_per_call_train_exactly_as_plain_fit(mnist_path) -> None:
    """The same project and seed give the same weights after an epoch as plain model.fit,
    and every batch still reaches the curves."""
    import keras

    from nnstudio.data import encode_labels, load_dataset
    from nnstudio.training.build import build_model

    project = _mnist_slice(mnist_path, 2000)
    events = Collector()
    options = EngineOptions(
        fast_path=False, evaluate=False, steps_per_execution=16, jit_compile=False
    )
    result = Engine(project, events, options=options).run()
    assert result.reason == "completed", result.message
    steps = math.ceil(2000 / 32)
    assert [p.batch for p in events.points] == list(range(steps))  # 63: not a multiple of 16
    assert [p.step for p in events.points] == list(range(1, steps + 1))

    data = load_dataset(project.data)
    keras.backend.clear_session(free_memory=True)
    plain = build_model(project, validate(project).data)
    plain.steps_per_execution = 1  # plain fit: Keras's default, one step per call
    y = encode_labels(data.y_train, label_encoding(project.compile.loss, 10), 10)
    plain.fit(data.x_train, y, batch_size=32, epochs=1, shuffle=True, verbose=0)
    for ours, theirs in zip(result.model.get_weights(), plain.get_weights(), strict=True):
        np.testing.assert_allclose(ours, theirs, rtol=1e-5, atol=1e-6)
    # The curve's last point is the epoch's own result (Keras's running mean).
    assert events.points[-1].logs["loss"] == pytest.approx(result.history["loss"][0], rel=1e-5)


def test_a_nan_inside_a_call_is_placed_at_its_own_batch(mnist_path) -> None:
    """The loss became NaN at some step inside a compiled call of 32: the message names that
    step's batch, not the call's last one."""
    project = _mnist_slice(mnist_path, 3000)
    project.data.preprocessing = "none"  # pixels up to 255: the loss explodes in a few steps
    project.layers[-1].params["activation"] = "linear"
    project.compile = CompileSpec.new(
        "mean_squared_error", "sgd", ["mean_absolute_error"], learning_rate=10.0
    )
    events = Collector()
    options = EngineOptions(fast_path=False, evaluate=False, steps_per_execution=32)
    result = Engine(project, events, options=options).run()
    assert result.reason == "nan", result.message
    first = next(p for p in events.points if not math.isfinite(p.logs["loss"]))
    assert events.points[-1] is first  # nothing after the first NaN is shown
    assert all(math.isfinite(p.logs["loss"]) for p in events.points[:-1])
    assert 0 < first.batch < 31  # inside the first call, not at its end
    assert result.message.startswith(
        f"The loss became NaN at epoch {first.epoch + 1}, batch {first.batch + 1} "
    )


def test_xla_is_chosen_for_long_runs_without_recurrent_layers() -> None:
    from nnstudio.core.compute import XLA_MIN_STEPS, use_xla, xla_reason

    project = from_template("mnist-128")  # 10 epochs of 1,875 steps
    assert use_xla(project, 1875)
    assert xla_reason(project, 1875)[1] == "compiled with XLA: 18,750 steps pay for compiling"
    assert not use_xla(project, XLA_MIN_STEPS // 10 - 1)  # a short run: compiling would not pay
    assert xla_reason(project, 10)[1].startswith("100 steps is too short a run")
    assert use_xla(project, XLA_MIN_STEPS // 10)
    project.layers.insert(2, LayerSpec.new("Reshape", target_shape=(28, 28)))
    project.layers.insert(3, LayerSpec.new("LSTM", units=8))
    assert not use_xla(project, 1875)
    assert "recurrent" in xla_reason(project, 1875)[1]


def test_stop_and_pause_are_honoured_after_the_current_call_of_many_steps(mnist_path) -> None:
    """With 16 steps per compiled call, a stop or pause asked for while a call runs is
    honoured when it ends: at most 16 batches later, never at the end of the epoch, and the
    epoch cut short is not validated (Stop does not wait for a pass over the validation
    share)."""
    project = _mnist_slice(mnist_path, 6000)
    project.data.validation_split = 0.1  # 169 steps an epoch
    project.train.epochs = 3
    stop, pause = threading.Event(), threading.Event()
    events = Collector()
    asked: dict[str, int] = {}
    held_at: list[int] = []

    def listener(event: object) -> None:
        events(event)
        if isinstance(event, Update) and event.points:
            step = event.points[-1].step
            if step >= 40 and "pause" not in asked:
                asked["pause"] = step
                pause.set()
            elif step >= 100 and "stop" not in asked:
                asked["stop"] = step
                stop.set()

    options = EngineOptions(
        fast_path=False, evaluate=False, steps_per_execution=16, update_interval=0.0
    )
    engine = Engine(project, listener, stop=stop, pause=pause, options=options)
    hold = engine.wait_while_paused

    def holding() -> None:
        held_at.append(engine._state.step)
        pause.clear()
        hold()

    engine.wait_while_paused = holding  # type: ignore[method-assign]
    result = engine.run()
    assert result.reason == "stopped", result.message
    assert 0 < held_at[0] - asked["pause"] <= 16
    assert 0 < events.points[-1].step - asked["stop"] <= 16
    assert result.message.startswith("Stopped during epoch 1 of 3, after 0 epochs in full")
    assert len(result.history["loss"]) == 1 and "val_loss" not in result.history


def test_the_tiny_data_loop_trains_as_fit_does() -> None:
    """Several batches an epoch and a validation share: the tiny-data loop's curves are
    fit's (same batches in the same order, the same running means and validation)."""
    histories = []
    for fast in (True, False):
        project = from_template("layers-8-6-6-4")  # 720 training rows: 23 batches an epoch
        project.train.epochs, project.train.shuffle = 3, False
        result = Engine(project, Collector(), options=EngineOptions(fast_path=fast)).run()
        assert result.reason == "completed", result.message
        histories.append(result.history)
    fast_history, fit_history = histories
    assert (
        sorted(fast_history)
        == sorted(fit_history)
        == sorted(["loss", "accuracy", "val_loss", "val_accuracy"])
    )
    for key, values in fit_history.items():
        assert len(values) == 3
        np.testing.assert_allclose(fast_history[key], values, rtol=1e-4, err_msg=key)


def test_a_step_xla_cannot_compile_is_trained_without_it(monkeypatch, caplog) -> None:
    """An operation XLA does not know (here a Python function inside the step): the run
    goes on without XLA, from the same start, and the log says why."""
    import tensorflow as tf

    from nnstudio.training import engine as engine_module

    real = engine_module.StepRecorder.__init__

    def with_python_inside(self, model, names, rows) -> None:  # type: ignore[no-untyped-def]
        step = model.train_step

        def python_step(data):  # type: ignore[no-untyped-def]
            tf.py_function(lambda: 0.0, [], tf.float32)  # XLA cannot compile this
            return step(data)

        model.train_step = python_step
        real(self, model, names, rows)

    monkeypatch.setattr(engine_module.StepRecorder, "__init__", with_python_inside)
    events = Collector()
    options = EngineOptions(fast_path=False, jit_compile=True)
    with caplog.at_level("WARNING", logger="nnstudio.training"):
        result = Engine(_xor(30), events, options=options).run()
    assert result.reason == "completed", result.message
    assert [p.step for p in events.points] == list(range(1, 31))  # every step, once
    assert "XLA could not compile the training step" in caplog.text


def test_the_time_left_is_guessed_from_the_speed_of_training_itself() -> None:
    """Not from the time spent loading and compiling before the first step: in slow motion
    (500 epochs a second) halfway through 1,000 epochs about 1 s is left, and before training
    has gone on for a moment nothing is guessed."""
    events = Collector()
    options = EngineOptions(max_epochs_per_second=500.0)
    result = Engine(_xor(1000), events, options=options).run()
    assert result.reason == "completed", result.message
    progress = [e.progress for e in events.events if isinstance(e, Update)]
    assert progress[0].eta is None
    halfway = next(p for p in progress if p.epoch >= 500)
    assert halfway.eta is not None and 0.5 < halfway.eta < 2.0


def _losses(events: Collector) -> list[float]:
    return [p.logs["loss"] for p in events.points]


def test_a_network_trained_again_reuses_its_compiled_step_from_a_fresh_start() -> None:
    """The training process keeps the last compiled network: training the same network again
    (another seed, more epochs) skips compiling, and gives exactly what a freshly built
    network gives: the same losses step by step, Dropout's random choices included. Another
    network is built anew."""
    from nnstudio.training.reuse import CompiledModels

    def project(seed: int = 42, epochs: int = 2, units: int = 6):
        p = from_template("layers-8-6-6-4")
        p.layers.insert(2, LayerSpec.new("Dropout", rate=0.2))
        p.layers[3].params["units"] = units
        p.train.seed, p.train.epochs = seed, epochs
        return p

    def run(p, compiled=None) -> tuple[list[float], object]:
        events = Collector()
        options = EngineOptions(fast_path=False, steps_per_execution=8)
        result = Engine(p, events, options=options, compiled=compiled).run()
        assert result.reason == "completed", result.message
        return _losses(events), result

    kept = CompiledModels()
    first, first_result = run(project(), kept)
    again, again_result = run(project(), kept)
    assert kept.reused == 1 and again_result.model is first_result.model
    assert again == first  # the same start: not where the last run ended
    other_seed, _ = run(project(seed=7, epochs=3), kept)
    assert kept.reused == 2
    assert other_seed == run(project(seed=7, epochs=3))[0]  # as if built fresh
    assert other_seed[:5] != first[:5]
    wider, wider_result = run(project(units=9), kept)
    assert kept.reused == 2 and wider_result.model is not first_result.model
    assert wider == run(project(units=9))[0]


def test_the_tiny_data_loop_is_kept_too_and_a_stop_does_not_carry_over() -> None:
    """XOR trained again reuses its compiled loop from a fresh start; a run that was stopped
    leaves nothing behind that would stop the next one."""
    from nnstudio.training.reuse import CompiledModels

    kept = CompiledModels()
    stop = threading.Event()

    def stopper(event: object) -> None:
        if isinstance(event, Update) and event.points and event.points[-1].step >= 50:
            stop.set()

    stopped = Engine(_xor(100_000), stopper, stop=stop, compiled=kept).run()
    assert stopped.reason == "stopped"
    runs = []
    for _ in range(2):
        events = Collector()
        result = Engine(_xor(200), events, compiled=kept).run()
        assert result.reason == "completed" and result.epochs_done == 200, result.message
        runs.append(_losses(events))
    assert kept.reused == 2
    assert runs[0] == runs[1] == _losses_of_a_fresh_xor_run(200)


def _losses_of_a_fresh_xor_run(epochs: int) -> list[float]:
    events = Collector()
    Engine(_xor(epochs), events).run()
    return _losses(events)
