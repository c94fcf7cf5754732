"""A stand-in for the training process, for the window's tests where training is not the point.

:class:`FakeTrainer` has what the window uses of :class:`nnstudio.training.remote.Trainer` and
delivers a run the way the real one does: on a thread of its own, ``RunStarted``, then
``Update`` (batch points and finished epochs in order, a few deliveries a second, flushed at
a pause and at the end), ``WeightSnapshot`` for every Dense layer and, for data with two
features, ``BoundarySnapshot``, then exactly one ``RunFinished`` with an evaluation on the test
data. ``training`` is False by the time the ``RunFinished`` is delivered, as with the real one.

Nothing is learned: the curves are made up (a loss that falls, accuracies that rise) and the
network is the project's Dense layers with random weights that drift, answered with numpy.
The data is real (read by :mod:`nnstudio.data`), so sizes, shapes and class names are right.
No TensorFlow, no process: a run of a few hundred XOR epochs takes a fraction of a second.
"""

from __future__ import annotations

import copy
import math
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from nnstudio.core.analysis import Timing
from nnstudio.core.errors import NNStudioError
from nnstudio.core.keras_args import layer_names
from nnstudio.core.spec import DataSpec, LayerSpec, Project
from nnstudio.core.validate import StaticDataInfo, validate
from nnstudio.data import load_dataset
from nnstudio.training.engine import (
    EngineOptions,
    boundary_grid,
    finished_message,
    friendly_error,
    nan_message,
    stopped_message,
)
from nnstudio.training.evaluation import Evaluation, class_probabilities
from nnstudio.training.events import (
    BatchPoint,
    BoundarySnapshot,
    EpochResult,
    Event,
    Moment,
    Progress,
    ReplayStarted,
    RunFinished,
    RunStarted,
    Update,
    WeightSnapshot,
)
from nnstudio.training.inside import LayerTrace, Trace
from nnstudio.training.replay import SAMPLE, epoch_moments
from nnstudio.training.restore import Restored

#: Layers the stand-in network understands; other layers with weights end the run in error.
PASS_THROUGH = {"Input", "Flatten", "Dropout"}


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


ACTIVATIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "relu": lambda x: np.maximum(x, 0.0),
    "sigmoid": lambda x: 1.0 / (1.0 + np.exp(-x)),
    "tanh": np.tanh,
    "softmax": _softmax,
}


class FakeModel:
    """A made-up trained network: numpy weights for the project's Dense layers. Like the real
    process's network, it is gone (its calls raise :class:`NNStudioError`) once the next run
    or restore replaces it."""

    def __init__(
        self,
        trainer: FakeTrainer | None,
        generation: int,
        layers: list[tuple[str, dict[str, Any]]],
        weights: dict[int, tuple[np.ndarray, np.ndarray]],
        input_shape: tuple[int, ...],
    ) -> None:
        self.trainer = trainer
        self.generation = generation
        self.layers = layers
        self.weights = weights
        self.input_shape = input_shape

    def _check(self) -> None:
        if self.trainer is not None and self.trainer.generation != self.generation:
            raise NNStudioError(
                "That trained network is no longer loaded: it was replaced by a newer run."
            )

    def predict(self, batch: Any, **_ignored: Any) -> np.ndarray:
        self._check()
        return forward(self.layers, self.weights, self.input_shape, batch)

    def trace(self, example: Any) -> Trace:
        """One example layer by layer, as the real network's ``trace``."""
        self._check()
        x = np.asarray(example, np.float32).reshape(1, *self.input_shape)
        names = layer_names([LayerSpec(kind, params) for kind, params in self.layers])
        traced = []
        for index, ((kind, params), name) in enumerate(zip(self.layers, names, strict=True)):
            if kind == "Input":
                continue
            x = forward(
                [(kind, params)],
                {0: self.weights[index]} if index in self.weights else {},
                x.shape[1:],
                x,
            )
            kernel, bias = self.weights.get(index, (None, None))
            activation = str(params.get("activation", "linear")) if kind == "Dense" else None
            traced.append(LayerTrace(name, kind, activation, x[0].copy(), kernel, bias))
        return Trace(np.asarray(example, np.float32).reshape(self.input_shape), tuple(traced))

    def save(self, path: Path | str) -> None:
        """Writes the weights (numpy's own format, under the name asked for)."""
        self._check()
        arrays = {f"{kind}_{i}": a for i, (k, b) in self.weights.items()
                  for kind, a in (("kernel", k), ("bias", b))}  # fmt: skip
        try:
            with open(path, "wb") as f:
                np.savez(f, **arrays)
        except OSError as exc:
            raise NNStudioError(f"Could not write {path}: {exc}") from exc


def forward(
    layers: list[tuple[str, dict[str, Any]]],
    weights: dict[int, tuple[np.ndarray, np.ndarray]],
    input_shape: tuple[int, ...],
    batch: Any,
) -> np.ndarray:
    x = np.asarray(batch, np.float32).reshape(-1, *input_shape)
    for index, (kind, params) in enumerate(layers):
        if kind == "Flatten":
            x = x.reshape(len(x), -1)
        elif kind == "Dense":
            kernel, bias = weights[index]
            x = x @ kernel + bias
            x = ACTIVATIONS.get(str(params.get("activation")), lambda v: v)(x)
    return x.astype(np.float32)


class FakeTrainer:
    """The window's trainer, without TensorFlow: see the module's text.

    Runs go at ``steps_per_second``, whatever pace the options ask for: slowing the tiny-data
    loop down is the engine's work (tests/test_engine.py); here it would only make the tests
    wait. The options are kept in ``options``, so a test can see what the window asked. Set
    ``nan_at_epoch`` to make the next run's loss become NaN in that epoch (0-based), as a
    too-high learning rate does.
    """

    def __init__(self, steps_per_second: float = 20_000.0) -> None:
        self.steps_per_second = steps_per_second
        self.nan_at_epoch: int | None = None
        self._stop = threading.Event()
        self._pause = threading.Event()
        self._listener: Callable[[Event], None] | None = None
        self._thread: threading.Thread | None = None
        #: Counts the networks made; a network from an older one no longer answers.
        self.generation = 0
        #: Every run's project and options, as they were sent.
        self.projects: list[Project] = []
        self.options: list[EngineOptions] = []
        #: Set while a paused run holds (everything before the hold has been delivered).
        self.holding = threading.Event()
        #: The events the current run has delivered so far.
        self.delivered = 0
        #: How often the window started the process, and the data settings it asked to be
        #: loaded ahead (copies, as sent).
        self.starts = 0
        self.language: str | None = None
        self.prepared: list[tuple[DataSpec, Path | None]] = []
        #: The names of the projects measured.
        self.measured: list[str] = []

    # --- what the window uses of Trainer ---------------------------------------------------

    @property
    def training(self) -> bool:
        return self._listener is not None

    @property
    def paused(self) -> bool:
        return self._pause.is_set()

    def train(
        self,
        project: Project,
        base_dir: Path | None,
        listener: Callable[[Event], None],
        options: EngineOptions | None = None,
    ) -> None:
        if self._listener is not None:
            raise RuntimeError("a run is already in progress")
        self._stop.clear()
        self._pause.clear()
        self.generation += 1  # the old network is let go as the run starts
        self._listener = listener
        self.delivered = 0
        # Sent as the real one sends it: a copy, made now.
        sent = Project.from_dict(project.to_dict())
        self.projects.append(sent)
        self.options.append(options or EngineOptions())
        run = _FakeRun(self, sent, base_dir, options or EngineOptions(), self.nan_at_epoch)
        self.nan_at_epoch = None
        self._thread = threading.Thread(target=run.run, name="nnstudio-fake-trainer", daemon=True)
        self._thread.start()

    def start(self) -> None:
        self.starts += 1

    def set_language(self, language: str | None = None) -> bool:
        """The stand-in runs in the window's process: it already speaks its language."""
        self.language = language
        return False

    def prepare(self, project: Project, base_dir: Path | None) -> bool:
        if self._listener is not None:
            return False
        self.prepared.append((copy.deepcopy(project.data), base_dir))
        return True

    def stop(self) -> None:
        self._stop.set()

    def pause(self, paused: bool) -> None:
        if paused:
            self._pause.set()
        else:
            self._pause.clear()

    def measure(self, project: Project, base_dir: Path | None) -> Timing:
        """A made-up timing that grows with the network: 1 µs a step per 1,000 parameters."""
        if self._listener is not None:
            raise NNStudioError("A run is under way.")
        params = validate(project, None).total_params
        self.measured.append(project.name)
        return Timing(1e-6 * (1 + params / 1000), 0.5, 100)

    def restore(self, project: Project, base_dir: Path | None, model_path: Path) -> Restored:
        data = load_dataset(project.data, base_dir)
        try:
            with np.load(model_path) as saved:
                arrays = {name: saved[name] for name in saved.files}
        except Exception as exc:
            raise NNStudioError(
                f"{model_path.name} could not be read as a trained Keras network ({exc})."
            ) from exc
        weights = {
            int(name.split("_")[1]): (arrays[name], arrays[f"bias_{name.split('_')[1]}"])
            for name in arrays
            if name.startswith("kernel_")
        }
        self.generation += 1
        layers = [(layer.kind, dict(layer.params)) for layer in project.layers]
        model = FakeModel(self, self.generation, layers, weights, data.feature_shape)
        evaluation = None
        if len(data.x_test):
            shown = data.x_test_raw if data.x_test_raw is not None else data.x_test
            evaluation = Evaluation(
                class_probabilities(model.predict(data.x_test)),
                data.y_test,
                shown,
                data.class_names,
            )
        test = dict(project.runs[-1].test) if project.runs else {}
        return Restored(model, model_path, data.transform, data.feature_shape, evaluation, test)

    # --- delivery, as the real reader thread does it ----------------------------------------

    def _deliver(self, event: Event) -> None:
        listener = self._listener
        if listener is None:
            return
        if isinstance(event, RunFinished):
            self._listener = None
        self.delivered += 1
        listener(event)

    def wait(self, timeout: float = 10.0) -> None:
        """For tests: wait for the run's thread to end."""
        if self._thread is not None:
            self._thread.join(timeout)


class _FakeRun:
    """One made-up run, on the trainer's thread."""

    def __init__(
        self,
        trainer: FakeTrainer,
        project: Project,
        base_dir: Path | None,
        options: EngineOptions,
        nan_at_epoch: int | None,
    ) -> None:
        self.trainer = trainer
        self.project = project
        self.base_dir = base_dir
        self.options = options
        self.nan_at_epoch = nan_at_epoch
        self.rng = np.random.default_rng(project.train.seed)
        self.t0 = time.monotonic()
        self.paused_seconds = 0.0
        self.epoch = self.batch = self.step = 0
        self.points: list[BatchPoint] = []
        self.epochs: list[EpochResult] = []
        self.history: dict[str, list[float]] = {}
        self.last = {"update": 0.0, "snapshot": -math.inf, "boundary": -math.inf}

    def run(self) -> None:
        try:
            result = self._run()
        except Exception as exc:  # as the engine: every failure ends the run with a sentence
            result = RunFinished(
                "error", friendly_error(exc, self.project), self.epoch,
                time.monotonic() - self.t0, history=self.history, details=repr(exc),
            )  # fmt: skip
        self.trainer._deliver(result)

    def _run(self) -> RunFinished:
        project = self.project
        data = load_dataset(project.data, self.base_dir)
        info = StaticDataInfo(data.feature_shape, data.num_classes, data.class_names)
        report = validate(project, info)
        if not report.ok:
            raise NNStudioError(report.errors[0].message)
        self.layers = [(layer.kind, dict(layer.params)) for layer in project.layers]
        self.weights: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for index, (kind, params) in enumerate(self.layers):
            if kind == "Dense":
                shape = report.shapes[index - 1] if index else None
                inputs = shape.output_shape[-1] if shape is not None else data.feature_shape[-1]
                units = int(params["units"])
                scale = math.sqrt(6 / (inputs + units))
                kernel = self.rng.uniform(-scale, scale, (inputs, units)).astype(np.float32)
                self.weights[index] = (kernel, np.zeros(units, np.float32))
            elif kind not in PASS_THROUGH:
                raise NNStudioError(f"The stand-in trainer cannot train a {kind} layer.")
        self.names = layer_names(project.layers)
        self.start_weights = {i: (k.copy(), b.copy()) for i, (k, b) in self.weights.items()}
        self.input_shape = data.feature_shape
        self.metrics = ("loss", *project.compile.metrics)

        t = project.train
        n = len(data.x_train)
        split = project.data.validation_split
        n_fit = math.floor(n * (1.0 - split)) if split else n
        batch_size = min(t.batch_size, n_fit)
        self.steps_per_epoch = math.ceil(n_fit / batch_size)
        from nnstudio.training.engine import is_tiny

        fast = self.options.fast_path
        if fast is None:
            fast = is_tiny(self.steps_per_epoch, data.x_train.nbytes)
        self.trainer._deliver(
            RunStarted(
                epochs=t.epochs, steps_per_epoch=self.steps_per_epoch, batch_size=batch_size,
                train_examples=n_fit, validation_examples=n - n_fit,
                test_examples=len(data.x_test), metric_names=self.metrics,
                data_source=data.source, fast_path=bool(fast),
                snapshot_layer=next(iter(self.weights), None),
                snapshot_layers=tuple(self.weights), input_shape=data.feature_shape,
                class_names=data.class_names,
                # Pretends every layer with weights started as in the last run, when asked.
                same_start=tuple(
                    name for (kind, _), name in zip(self.layers, layer_names(
                        [LayerSpec(k, p) for k, p in self.layers]), strict=True)
                    if kind == "Dense"
                ) if self.options.same_start else None,
            )
        )  # fmt: skip
        self.validation = bool(n - n_fit)
        self.boundary = boundary_grid(data.x_train[:n_fit], data.y_train[:n_fit], self.options)
        self._send_boundary(force=True)
        # The replay, as the engine records it: the start and the planned epochs' ends.
        self.sample = data.x_test[:SAMPLE] if self.options.record_replay else None
        self.planned = epoch_moments(t.epochs)
        if self.sample is not None:
            self.trainer._deliver(
                ReplayStarted(np.asarray(data.y_test[:SAMPLE]), tuple(data.class_names),
                              tuple(self.weights))
            )  # fmt: skip
            self._record(0.0)

        started = time.monotonic()
        nan_at = self._train(t.epochs)
        train_seconds = time.monotonic() - started - self.paused_seconds
        self._flush(force=True)
        self._send_snapshot(force=True)
        self._send_boundary(force=True)

        self.trainer.generation += 1
        model = FakeModel(
            self.trainer, self.trainer.generation, self.layers, self.weights, self.input_shape
        )
        test: dict[str, float] = {}
        evaluation = None
        if nan_at is None and self.options.evaluate and len(data.x_test):
            probabilities = class_probabilities(model.predict(data.x_test))
            shown = data.x_test_raw if data.x_test_raw is not None else data.x_test
            evaluation = Evaluation(probabilities, data.y_test, shown, data.class_names)
            right = probabilities[np.arange(len(data.y_test)), data.y_test]
            test = {"loss": float(-np.mean(np.log(np.clip(right, 1e-7, 1.0))))}
            for name in self.metrics[1:]:
                test[name] = evaluation.accuracy if "accuracy" in name else test["loss"] / 2
        seconds = time.monotonic() - self.t0
        if nan_at is not None:
            reason, message = "nan", nan_message(project, *nan_at)
        elif self.trainer._stop.is_set() and self.epoch < t.epochs:
            reason, message = "stopped", stopped_message(self.epoch, t.epochs, cut_short=False)
        else:
            reason, message = "completed", finished_message(t.epochs)
        return RunFinished(
            reason,  # type: ignore[arg-type]
            message, self.epoch, seconds, train_seconds, test, self.history,
            model, evaluation=evaluation, transform=data.transform,
            input_shape=data.feature_shape,
        )  # fmt: skip

    # --- the made-up training ----------------------------------------------------------------

    def _logs(self, progress: float) -> dict[str, float]:
        """Running means that look like learning: the loss falls, accuracies rise."""
        noise = float(self.rng.normal(0, 0.01))
        loss = 0.7 * math.exp(-4 * progress) + 0.02 + noise
        logs = {"loss": loss}
        for name in self.metrics[1:]:
            logs[name] = min(1.0, 0.5 + 0.5 * progress) if "accuracy" in name else loss / 2
        return logs

    def _train(self, epochs: int) -> tuple[int, int] | None:
        """Steps until done, stopped or NaN; returns where the loss became NaN, if it did."""
        trainer = self.trainer
        per_epoch = self.steps_per_epoch
        steps_per_second = trainer.steps_per_second
        clock = time.monotonic()
        owed = 0.0
        while self.epoch < epochs:
            time.sleep(0.005)
            now = time.monotonic()
            owed += (now - clock) * steps_per_second
            clock = now
            while owed >= 1 and self.epoch < epochs:
                owed -= 1
                progress = (self.epoch * per_epoch + self.batch + 1) / (epochs * per_epoch)
                logs = self._logs(progress)
                if self.nan_at_epoch is not None and self.epoch >= self.nan_at_epoch:
                    logs["loss"] = math.nan
                self.step += 1
                self.points.append(BatchPoint(self.epoch, self.batch, self.step, logs))
                self.batch += 1
                if self.batch == per_epoch:
                    validation = self._logs(progress * 0.9) if self.validation else {}
                    self.epochs.append(EpochResult(self.epoch, logs, validation, 0.001))
                    for k, v in logs.items():
                        self.history.setdefault(k, []).append(v)
                    for k, v in validation.items():
                        self.history.setdefault("val_" + k, []).append(v)
                    self.epoch += 1
                    self.batch = 0
                    self._drift(progress)
                    if self.epoch in self.planned:
                        self._record(float(self.epoch))
                if not math.isfinite(logs["loss"]):
                    return (self.points[-1].epoch, self.points[-1].batch)
                if trainer._pause.is_set():
                    self._wait_while_paused()
                    clock = time.monotonic()
                if trainer._stop.is_set():
                    return None
            self._flush()
            self._send_snapshot()
            self._send_boundary()
        return None

    def _drift(self, progress: float) -> None:
        for index, (kernel, bias) in self.start_weights.items():
            self.weights[index] = (kernel * (1 + progress), bias + 0.1 * progress)

    def _wait_while_paused(self) -> None:
        """As the engine: everything up to this batch is delivered, then nothing until
        resumed or stopped."""
        self._flush(force=True)
        self._send_snapshot(force=True)
        self._send_boundary(force=True)
        started = time.monotonic()
        self.trainer.holding.set()
        while self.trainer._pause.is_set() and not self.trainer._stop.is_set():
            self.trainer._stop.wait(0.01)
        self.trainer.holding.clear()
        self.paused_seconds += time.monotonic() - started

    # --- deliveries, at the engine's pace ----------------------------------------------------

    def _progress(self) -> Progress:
        epochs = self.project.train.epochs
        elapsed = time.monotonic() - self.t0 - self.paused_seconds
        done = self.epoch * self.steps_per_epoch + self.batch
        total = epochs * self.steps_per_epoch
        eta = elapsed / done * (total - done) if done else None
        return Progress(self.epoch, epochs, self.batch, self.steps_per_epoch, elapsed, eta)

    def _flush(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last["update"] < self.options.update_interval:
            return
        self.last["update"] = now
        points, epochs = tuple(self.points), tuple(self.epochs)
        self.points.clear()
        self.epochs.clear()
        if points or epochs:
            self.trainer._deliver(Update(points, epochs, self._progress()))

    def _send_snapshot(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last["snapshot"] < self.options.snapshot_interval:
            return
        self.last["snapshot"] = now
        for index, (kernel, bias) in self.weights.items():
            self.trainer._deliver(
                WeightSnapshot(
                    index, self.names[index], self.epoch, self.step, kernel.copy(), bias.copy()
                )
            )

    def _record(self, epoch: float) -> None:
        if self.sample is None:
            return
        grid = None
        if self.boundary is not None:
            n = self.options.boundary_resolution
            outputs = forward(self.layers, self.weights, self.input_shape, self.boundary[0])
            grid = class_probabilities(outputs).reshape(n, n, -1)
        answers = class_probabilities(
            forward(self.layers, self.weights, self.input_shape, self.sample)
        )
        self.trainer._deliver(
            Moment(epoch, self.step, {i: k.copy() for i, (k, _) in self.weights.items()},
                   {i: b.copy() for i, (_, b) in self.weights.items()}, grid, answers)
        )  # fmt: skip

    def _send_boundary(self, force: bool = False) -> None:
        interval = self.options.boundary_interval
        if self.boundary is None or interval is None:
            return
        now = time.monotonic()
        if not force and now - self.last["boundary"] < interval:
            return
        self.last["boundary"] = now
        grid, extent, points, labels = self.boundary
        outputs = forward(self.layers, self.weights, self.input_shape, grid)
        n = self.options.boundary_resolution
        probabilities = class_probabilities(outputs).reshape(n, n, -1)
        self.trainer._deliver(
            BoundarySnapshot(self.epoch, self.step, extent, probabilities, points, labels)
        )
