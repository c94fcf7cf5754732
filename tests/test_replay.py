"""Recording a run to replay it: which moments, and what each keeps."""

from __future__ import annotations

import threading

import numpy as np

from nnstudio.core.templates import from_template
from nnstudio.training.engine import Engine, EngineOptions
from nnstudio.training.events import Moment, ReplayStarted, Update
from nnstudio.training.replay import (
    MAX_EPOCH_MOMENTS,
    SAMPLE,
    epoch_label,
    epoch_moments,
    first_epoch_steps,
    moment_bytes,
)


def test_the_moments_planned() -> None:
    assert first_epoch_steps(4) == []  # too few batches to look inside the first epoch
    assert first_epoch_steps(625) == [78, 156, 312]
    assert epoch_moments(10) == set(range(1, 11))
    long = epoch_moments(1000)
    assert len(long) == MAX_EPOCH_MOMENTS and {1, 1000} <= long
    assert epoch_label(0) == "the start, before any training"
    assert epoch_label(3.0) == "the end of epoch 3"
    assert epoch_label(0.25) == "25% into epoch 1"


def _events(project, **options) -> tuple[list, Engine]:
    events: list = []
    engine = Engine(project, events.append, options=EngineOptions(**options))
    return events, engine


def test_an_mnist_slice_is_recorded_at_the_start_inside_the_first_epoch_and_every_epoch(
    mnist_path,
) -> None:
    project = from_template("mnist-128")
    project.data.path = str(mnist_path)
    project.data.train_limit, project.data.test_limit = 2048, 300
    project.train.epochs = 3
    project.train.batch_size = 32  # 64 batches an epoch: moments after 8, 16 and 32 of them
    # Moments fall between compiled calls: 8 steps a call puts them exactly where planned.
    events, engine = _events(project, record_replay=True, fast_path=False, steps_per_execution=8)
    result = engine.run()
    assert result.reason == "completed", result.message
    started = [e for e in events if isinstance(e, ReplayStarted)]
    assert len(started) == 1 and started[0].layers == (2, 3)
    assert started[0].labels.tolist() == result.evaluation.labels[:300].tolist()
    moments = [e for e in events if isinstance(e, Moment)]
    assert [round(m.epoch, 3) for m in moments] == [0.0, 0.125, 0.25, 0.5, 1.0, 2.0, 3.0]
    assert [m.step for m in moments] == [0, 8, 16, 32, 64, 128, 192]
    # Every moment comes after the curve points that led to it.
    last_point = 0
    for event in events:
        if isinstance(event, Update) and event.points:
            last_point = event.points[-1].step
        if isinstance(event, Moment):
            assert last_point == event.step
    # The last moment is the trained network: its weights and its answers.
    last = moments[-1]
    kernel = np.asarray(result.model.get_layer("dense").kernel)
    np.testing.assert_array_equal(last.weights[2], kernel)
    assert last.answers.shape == (300, 10)
    np.testing.assert_allclose(last.answers, result.evaluation.probabilities[:300], atol=1e-5)
    # The start is the untrained network: about one answer in ten right.
    first_right = np.mean(np.argmax(moments[0].answers, 1) == started[0].labels)
    last_right = np.mean(np.argmax(last.answers, 1) == started[0].labels)
    assert first_right < 0.3 < 0.8 < last_right
    assert moments[0].boundary is None
    # About 0.45 MB a moment for mnist-128 (its kernels and 300 answers here).
    assert moment_bytes(last) == (784 * 128 + 128 + 128 * 10 + 10 + 300 * 10) * 4


def test_xor_records_its_decision_boundary_through_the_tiny_data_loop(tmp_path) -> None:
    project = from_template("xor")
    project.train.epochs = 300
    events, engine = _events(project, record_replay=True, fast_path=True, chunk_seconds=0.005)
    result = engine.run()
    assert result.reason == "completed"
    moments = [e for e in events if isinstance(e, Moment)]
    epochs = [m.epoch for m in moments]
    assert epochs[0] == 0 and epochs[-1] == 300 and epochs == sorted(set(epochs))
    assert len(moments) >= 5
    assert all(m.boundary is not None and m.boundary.shape == (64, 64, 2) for m in moments)
    assert all(m.answers.shape == (4, 2) for m in moments)
    assert not np.array_equal(moments[0].weights[1], moments[-1].weights[1])
    assert np.array_equal(np.argmax(moments[-1].answers, 1), [0, 1, 1, 0])

    # The network recorded from still saves and loads as a plain Keras network.
    import keras

    from nnstudio.training.model_file import save_model

    path = tmp_path / "xor.keras"
    save_model(result.model, path)
    again = keras.models.load_model(path)
    xor = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32)
    np.testing.assert_allclose(np.asarray(again(xor)), np.asarray(result.model(xor)), atol=1e-6)


def test_nothing_is_recorded_unless_asked() -> None:
    project = from_template("xor")
    project.train.epochs = 30
    events, engine = _events(project)
    engine.run()
    assert not [e for e in events if isinstance(e, (Moment, ReplayStarted))]


def test_a_stopped_run_ends_with_a_moment_where_it_stopped(mnist_path) -> None:
    project = from_template("mnist-128")
    project.data.path = str(mnist_path)
    project.data.train_limit, project.data.test_limit = 4096, 100
    project.train.epochs = 50
    stop = threading.Event()
    events: list = []

    def listen(event: object) -> None:
        events.append(event)
        if isinstance(event, Moment) and event.epoch >= 1:
            stop.set()

    engine = Engine(project, listen, stop=stop,
                    options=EngineOptions(record_replay=True, fast_path=False))  # fmt: skip
    result = engine.run()
    assert result.reason == "stopped"
    moments = [e for e in events if isinstance(e, Moment)]
    assert moments[-1].step == engine._state.step
    assert len({m.step for m in moments}) == len(moments)  # the stop point recorded once
    assert SAMPLE >= 100 and moments[-1].answers.shape == (100, 10)


def test_a_recording_survives_its_file_and_a_bad_file_is_refused_in_words(tmp_path) -> None:
    import pytest

    from nnstudio.core.errors import NNStudioError
    from nnstudio.training.replay import Recording, load_recording, replay_path, save_recording

    rng = np.random.default_rng(1)
    started = ReplayStarted(np.array([0, 1, 1, 0]), ("0", "1"), (1, 2))
    moments = tuple(
        Moment(float(e), e * 4, {1: rng.normal(size=(2, 16)).astype(np.float32),
                                 2: rng.normal(size=(16, 1)).astype(np.float32)},
               {1: np.zeros(16, np.float32), 2: np.zeros(1, np.float32)},
               rng.random((64, 64, 2)).astype(np.float32), rng.random((4, 2)).astype(np.float32))
        for e in range(5)
    )  # fmt: skip
    recording = Recording(started, moments, (2,), (0.0, 1.0, 0.0, 1.0),
                          np.array([[0, 0], [1, 1]], np.float32), np.array([0, 0]))  # fmt: skip
    path = replay_path(tmp_path / "x.nnproj")
    assert path.name == "x.replay.npz"
    save_recording(recording, path)
    again = load_recording(path)
    assert again.started.class_names == ("0", "1") and again.started.layers == (1, 2)
    assert again.input_shape == (2,) and again.extent == (0.0, 1.0, 0.0, 1.0)
    for a, b in zip(moments, again.moments, strict=True):
        assert (a.epoch, a.step) == (b.epoch, b.step)
        np.testing.assert_array_equal(a.weights[2], b.weights[2])
        np.testing.assert_array_equal(a.answers, b.answers)
    # A failed write leaves the old file as it was.
    old = path.read_bytes()

    with pytest.raises(AttributeError):
        save_recording(Recording(started, (*moments, "not a moment"), (2,)), path)  # type: ignore[arg-type]
    assert path.read_bytes() == old
    for content, words in ((b"", "cannot be read"), (old[:300], "cannot be read"),
                           (b"PK\x05\x06" + b"\0" * 18, "not a complete replay")):  # fmt: skip
        path.write_bytes(content)
        with pytest.raises(NNStudioError, match=words):
            load_recording(path)
    with pytest.raises(NNStudioError, match="missing"):
        load_recording(tmp_path / "none.replay.npz")
