"""The training engine: builds the model a project describes and trains it while telling a
listener what happens. Plain Python, no Qt; TensorFlow is imported when a run starts.

Two ways to train, chosen automatically:
- ``model.fit`` with a streaming callback, for real datasets such as MNIST;
- for tiny datasets (the XOR table), a compiled loop that runs many epochs per call, because
  ``fit`` spends ~40 ms per epoch on bookkeeping while an XOR epoch is a few microseconds of
  arithmetic. Both report the same things: running-mean batch points and per-epoch results.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from nnstudio.core import catalog
from nnstudio.core.compute import steps_per_call, work_per_example, xla_reason
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import Context
from nnstudio.core.keras_args import layer_names
from nnstudio.core.labels import label_encoding
from nnstudio.core.spec import Project
from nnstudio.core.validate import StaticDataInfo, validate
from nnstudio.training.evaluation import Evaluation, class_probabilities
from nnstudio.training.events import (
    BatchPoint,
    BoundarySnapshot,
    EpochResult,
    Listener,
    Progress,
    Reason,
    ReplayStarted,
    RunFinished,
    RunStarted,
    Update,
    WeightSnapshot,
)
from nnstudio.training.start import StartPoint, start_from, start_of

if TYPE_CHECKING:
    from nnstudio.data.cache import DatasetCache
    from nnstudio.training.replay import ReplayRecorder
    from nnstudio.training.reuse import Compiled, CompiledModels

TrainingEngine = Context("TrainingEngine")

log = logging.getLogger("nnstudio.training")


@dataclass
class EngineOptions:
    #: Deliver batch points at most this often (seconds); epoch ends are never held back long.
    update_interval: float = 0.05
    #: Send a weight snapshot at most this often (seconds), plus one at the end of the run.
    snapshot_interval: float = 0.25
    #: Index into ``project.layers`` of the layer whose weights to send; None sends every layer
    #: with weights; -1 sends none.
    snapshot_layer: int | None = None
    #: For data with two features: send what the network answers over the input plane at most
    #: this often (seconds); None sends none.
    boundary_interval: float | None = 1 / 30
    #: Grid points along each side of that plane.
    boundary_resolution: int = 64
    #: Slow the tiny-data loop to at most this many epochs a second, so that a student can
    #: watch XOR being learned; None trains at full speed.
    max_epochs_per_second: float | None = None
    #: The tiny-data loop runs this long (seconds) between looks at the stop flag, the pace and
    #: the decision boundary.
    chunk_seconds: float = 0.04
    #: None chooses by the size of the data; True/False forces the tiny-data loop on or off.
    fast_path: bool | None = None
    #: Training steps per compiled call of ``fit`` (Keras's ``steps_per_execution``): each
    #: call costs Keras a fixed overhead, so several steps per call train faster, with the same
    #: arithmetic. None chooses by the work of one step (see :func:`steps_per_call`).
    steps_per_execution: int | None = None
    #: Compile the training step with XLA; None chooses by the length of the run and the kinds
    #: of layer (:func:`~nnstudio.core.compute.use_xla`).
    jit_compile: bool | None = None
    #: Evaluate on the test data at the end.
    evaluate: bool = True
    #: Start from the last run's starting weights for every layer that did not change (see
    #: :mod:`nnstudio.training.start`); needs the last run's ``StartPoint`` (``previous_start``).
    same_start: bool = False
    #: Record moments of the run for replaying it (see :mod:`nnstudio.training.replay`).
    record_replay: bool = False


#: The time left is guessed once training has gone on this long (seconds) after its first
#: steps, so that the guess rests on the speed of training itself.
ETA_AFTER_SECONDS = 0.5


@dataclass
class _State:
    epoch: int = 0
    batch: int = 0
    step: int = 0
    points: list[BatchPoint] = field(default_factory=list)
    epochs: list[EpochResult] = field(default_factory=list)
    history: dict[str, list[float]] = field(default_factory=dict)
    last_update: float = 0.0
    #: When the last compiled call of ``fit`` ended (0: none yet).
    last_call: float = 0.0
    #: The training time and the steps done when the first steps were reported.
    timed_from: tuple[float, int] | None = None
    last_snapshot: float = float("-inf")
    last_boundary: float = float("-inf")
    nan_at: tuple[int, int] | None = None
    stopped: bool = False
    #: Stopped inside an epoch: its last epoch was cut short (Keras still ends it).
    cut_short: bool = False


class Engine:
    """Trains one project. Create one per run; :meth:`run` never raises."""

    def __init__(
        self,
        project: Project,
        listener: Listener,
        *,
        stop: threading.Event | None = None,
        pause: threading.Event | None = None,
        dataset: Any = None,
        base_dir: Path | None = None,
        options: EngineOptions | None = None,
        data_cache: DatasetCache | None = None,
        compiled: CompiledModels | None = None,
        previous_start: StartPoint | None = None,
        keep_start: bool = False,
    ) -> None:
        self.project = project.copy()
        self.listener = listener
        self.stop = stop or threading.Event()
        #: Set: training waits after the current batch until it is cleared (or stopped).
        self.pause = pause or threading.Event()
        self.paused_seconds = 0.0
        self.dataset = dataset
        #: Where the data is loaded from when no ``dataset`` is given: the training process's
        #: cache keeps it for the next run of the same data.
        self.data_cache = data_cache
        #: Where the compiled network of the last run is kept for the next run of the same
        #: network (the training process keeps one; see :mod:`nnstudio.training.reuse`).
        self.compiled = compiled
        self.base_dir = base_dir
        self.options = options or EngineOptions()
        #: The last run's starting point, for ``options.same_start``; this run's own, once
        #: the network is built.
        self.previous_start = previous_start
        #: Whether to keep this run's starting point (the training process does, for the next
        #: run that asks to start the same; a run on its own need not copy its weights).
        self.keep_start = keep_start
        self.start_point: StartPoint | None = None
        self._lock = threading.Lock()
        self._state = _State()
        self._t0 = 0.0
        self._steps_per_epoch = 1
        self._work_per_example = 0.0
        self._snapshots: list[tuple[int, Any]] = []
        #: The epochs (from 1) ``fit`` validates; see :meth:`_fit_keras`.
        self._validated_epochs: list[int] = []
        self._boundary: tuple[Any, tuple[float, float, float, float], Any, Any] | None = None
        self.model: Any = None
        self._replay: ReplayRecorder | None = None
        #: Time spent recording the replay (seconds).
        self.replay_seconds = 0.0

    # --- the run ------------------------------------------------------------------------

    def run(self) -> RunFinished:
        self._t0 = time.monotonic()
        try:
            result = self._run()
        except Exception as exc:  # every failure reaches the listener, never a hung thread
            details = traceback.format_exc()
            log.error("training failed:\n%s", details)
            self._flush(force=True)
            result = RunFinished(
                "error",
                friendly_error(exc, self.project),
                self._state.epoch,
                time.monotonic() - self._t0,
                history=self._state.history,
                model=self.model,
                details=details,
                unexpected=is_unexpected(exc),
            )
        self.listener(result)
        return result

    def _run(self) -> RunFinished:
        from nnstudio.data import encode_labels, load_dataset

        project = self.project
        load = self.data_cache.load if self.data_cache is not None else load_dataset
        data = self.dataset or load(project.data, self.base_dir)
        # Described from the arrays in hand: a CSV file is not read a second time.
        info = StaticDataInfo(data.feature_shape, data.num_classes, data.class_names)
        report = validate(project, info)
        if not report.ok:
            raise NNStudioError(report.errors[0].message)
        self._work_per_example = work_per_example(report)
        units = report.output_shape[0] if report.output_shape else None
        encoding = label_encoding(project.compile.loss, units)
        y_train = encode_labels(data.y_train, encoding, data.num_classes)
        y_test = encode_labels(data.y_test, encoding, data.num_classes)
        x_train = data.x_train

        from nnstudio.training.tf_import import import_tensorflow

        import_tensorflow()
        import keras

        from nnstudio.training.build import build_model

        # Each run starts from a clean slate, so repeated runs neither leak nor drift.
        keras.backend.clear_session(free_memory=True)
        self.model = model = build_model(project, report.data, report)
        same_start = None
        if self.options.same_start:
            previous = self.previous_start
            same_start = () if previous is None else tuple(start_from(model, previous))
            log.info("same start as the last run for: %s", ", ".join(same_start) or "no layer")
        if self.keep_start:
            self.start_point = start_of(model)
        self._snapshots = self._pick_snapshot_layers()

        t = project.train
        n = len(x_train)
        split = project.data.validation_split
        n_fit = math.floor(n * (1.0 - split)) if split else n
        if split and n_fit == 0:
            raise NNStudioError(
                TrainingEngine.tr(
                    "A validation share of {split:g} of {examples} training examples leaves "
                    "nothing to train on."
                ).format(split=split, examples=n)
            )
        if split and n_fit == n:
            raise NNStudioError(
                TrainingEngine.tr(
                    "A validation share of {split:g} of {examples} training examples leaves "
                    "nothing to validate on."
                ).format(split=split, examples=n)
            )
        batch_size = min(t.batch_size, n_fit)
        self._steps_per_epoch = steps = math.ceil(n_fit / batch_size)
        fast = self.options.fast_path
        if fast is None:
            fast = is_tiny(steps, x_train.nbytes)

        self.listener(
            RunStarted(
                epochs=t.epochs,
                steps_per_epoch=steps,
                batch_size=batch_size,
                train_examples=n_fit,
                validation_examples=n - n_fit,
                test_examples=len(data.x_test),
                metric_names=("loss", *_metric_names(project)),
                data_source=data.source,
                fast_path=bool(fast),
                snapshot_layer=self._snapshots[0][0] if self._snapshots else None,
                snapshot_layers=tuple(index for index, _ in self._snapshots),
                input_shape=data.feature_shape,
                class_names=data.class_names,
                same_start=same_start,
            )
        )
        self._boundary = boundary_grid(x_train[:n_fit], data.y_train[:n_fit], self.options)
        self._send_boundary(force=True)
        if self.options.record_replay:
            self._start_replay(data, t.epochs)
        started = time.monotonic()
        if fast:
            self._fit_fast(model, x_train[:n_fit], y_train[:n_fit], x_train[n_fit:],
                           y_train[n_fit:], batch_size)  # fmt: skip
        else:
            self._fit_keras(model, x_train, y_train, batch_size)
        model = self.model  # the network the run trained (perhaps one kept from before)
        # Time spent paused is not training time.
        train_seconds = time.monotonic() - started - self.paused_seconds

        st = self._state
        self._flush(force=True)
        self._send_snapshot(force=True)
        self._send_boundary(force=True)
        self._record_last()
        test: dict[str, float] = {}
        evaluation = None
        if st.nan_at is None and self.options.evaluate and len(data.x_test):
            eval_batch = eval_batch_size(batch_size)
            raw = model.evaluate(
                data.x_test, y_test, batch_size=eval_batch, verbose=0, return_dict=True
            )
            # The loss first, as Keras prints it during training.
            test = {k: float(v) for k, v in sorted(raw.items(), key=lambda kv: kv[0] != "loss")}
            outputs = model.predict(data.x_test, batch_size=eval_batch, verbose=0)
            shown = data.x_test_raw if data.x_test_raw is not None else data.x_test
            evaluation = Evaluation(
                class_probabilities(outputs), data.y_test, shown, data.class_names
            )
        seconds = time.monotonic() - self._t0
        reason: Reason
        if st.nan_at is not None:
            reason, message = "nan", nan_message(project, *st.nan_at)
        elif st.stopped and (st.epoch < t.epochs or st.cut_short):
            reason = "stopped"
            message = stopped_message(st.epoch, t.epochs, st.cut_short)
        else:
            reason, message = "completed", finished_message(t.epochs)
        return RunFinished(
            reason,
            message,
            st.epoch,
            seconds,
            train_seconds,
            test,
            st.history,
            model,
            evaluation=evaluation,
            transform=data.transform,
            input_shape=data.feature_shape,
        )

    # --- model.fit ----------------------------------------------------------------------

    def _fit_keras(self, model: Any, x: Any, y: Any, batch_size: int) -> None:
        per_call = self.options.steps_per_execution or steps_per_call(
            self._work_per_example, batch_size
        )
        per_call = max(1, min(per_call, self._steps_per_epoch))
        xla = self.options.jit_compile
        if xla is None:
            xla, why = xla_reason(self.project, self._steps_per_epoch)
        else:
            why = "XLA " + ("on" if xla else "off") + " as asked"
        key, kept = self._kept_network(model, x, batch_size, per_call, xla)
        if kept is not None:
            model, recorder = kept.model, kept.recorder
        model.steps_per_execution = per_call
        if xla:
            # Validation goes forwards once an epoch: its compiled step is made now, without
            # XLA, as compiling it with XLA would take longer than it saves (and the first
            # epoch's end, or a stop during it, would wait for that).
            model.jit_compile = False
            model.make_test_function()
        model.jit_compile = xla
        log.info(
            "fit: %d steps per compiled call (about %.1f million multiply-adds an example, "
            "batches of %d); %s",
            per_call,
            self._work_per_example / 1e6,
            batch_size,
            why,
        )
        if kept is None:
            recorder = StepRecorder(model, ("loss", *_metric_names(self.project)), per_call)
        x_tensor, y_tensor = tensor_in_pieces(x), tensor_in_pieces(y)
        try:
            self._fit(model, x_tensor, y_tensor, batch_size, recorder)
        except Exception as exc:
            # XLA compiles the step when it first runs, before any step is taken: if it
            # cannot (an operation it does not know), train without it from the same start.
            if not xla or self._state.step > 0 or self.stop.is_set():
                raise
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            log.warning("XLA could not compile the training step, so training goes on "
                        "without it: %s", first[:500], exc_info=True)  # fmt: skip
            model.jit_compile = False
            model.make_train_function(force=True)
            self._fit(model, x_tensor, y_tensor, batch_size, recorder)
        self._keep_network(key, model, recorder)
        # The test and the predictions go forwards once each: compiling them with XLA would
        # take longer than it saves. The saved network then answers without XLA too.
        model.jit_compile = False

    def _fit(self, model: Any, x: Any, y: Any, batch_size: int, recorder: StepRecorder) -> None:
        t = self.project.train
        # The epochs to validate, as a list the engine shortens when the student stops: an
        # epoch cut short is not validated, so Stop does not wait for a pass over the
        # validation share.
        self._validated_epochs = list(range(1, t.epochs + 1))
        model.fit(
            x,
            y,
            batch_size=batch_size,
            epochs=t.epochs,
            validation_split=self.project.data.validation_split,
            # Validation only runs the network forwards: large batches are quicker, and the
            # loss and accuracy over the whole validation share are the same.
            validation_batch_size=eval_batch_size(batch_size),
            validation_freq=self._validated_epochs,
            shuffle=t.shuffle,
            verbose=0,
            callbacks=[_streaming_callback(self, recorder)],
        )

    def on_batches(self, first_batch: int, steps: list[dict[str, float]]) -> bool:
        """Record the steps of one compiled call, batches ``first_batch`` on; returns True when
        training should stop (a NaN loss, or a stop request)."""
        st = self._state
        stop = False
        with self._lock:
            for batch, values in enumerate(steps, first_batch):
                st.batch = batch + 1
                st.step += 1
                st.points.append(BatchPoint(st.epoch, batch, st.step, values))
                if not math.isfinite(values.get("loss", 0.0)):
                    # The first NaN: Keras's running mean stays NaN from there on.
                    st.nan_at = (st.epoch, batch)
                    stop = True
                    break
        if self.pause.is_set() and not stop:
            self.wait_while_paused()
        if self.stop.is_set():
            st.stopped = True
            stop = True
        if stop and st.epoch + 1 in self._validated_epochs:
            self._validated_epochs.remove(st.epoch + 1)
        now = time.monotonic()
        call_seconds = now - st.last_call if st.last_call else 0.0
        st.last_call = now
        # Deliver now if waiting for the next call would be later than the interval: with
        # calls of several steps, the curves still move at least as often as it says.
        if now - st.last_update + call_seconds >= self.options.update_interval:
            self._flush(force=True)
        if now - st.last_snapshot >= self.options.snapshot_interval:
            self._send_snapshot()
        self._send_boundary()
        replay = self._replay
        if replay is not None and replay.due_within_first_epoch(st.epoch, st.batch, first_batch):
            self._record(st.batch / self._steps_per_epoch)
        return stop

    def record_chunk(
        self,
        steps: list[dict[str, float]],
        validation: list[dict[str, float]],
        ended: Literal["stopped", "nan"] | None,
        seconds: float,
    ) -> int:
        """Record a run of steps the tiny-data loop made in one go (``steps``: each step's
        running-mean logs; ``validation``: the logs after each finished epoch), then deliver
        what is due. ``ended`` says why the chunk stopped early. Returns the epochs finished."""
        st = self._state
        per_epoch = self._steps_per_epoch
        done = len(steps)
        touched = done // per_epoch + (1 if done % per_epoch else 0)
        seconds_each = seconds / max(touched, 1)
        first_epoch = st.epoch
        results: list[EpochResult] = []
        with self._lock:
            for i, logs in enumerate(steps):
                batch = i % per_epoch
                st.step += 1
                st.batch = batch + 1
                st.points.append(BatchPoint(first_epoch + i // per_epoch, batch, st.step, logs))
                if batch == per_epoch - 1 or (i == done - 1 and ended):
                    e = i // per_epoch
                    val = validation[e] if e < len(validation) else {}
                    results.append(EpochResult(first_epoch + e, logs, val, seconds_each))
            for r in results:
                st.epochs.append(r)
                for k, v in r.logs.items():
                    st.history.setdefault(k, []).append(v)
                for k, v in r.validation.items():
                    st.history.setdefault("val_" + k, []).append(v)
            st.epoch = first_epoch + len(results)
            if st.batch == per_epoch:
                st.batch = 0
        if ended == "nan":
            st.nan_at = (first_epoch + (done - 1) // per_epoch, (done - 1) % per_epoch)
        elif ended == "stopped":
            st.stopped = True
        self._flush()
        self._send_snapshot()
        self._send_boundary()
        if self._replay is not None and self._replay.due_after_epochs(first_epoch, st.epoch):
            self._record(st.epoch)
        return len(results)

    def mark_stopped(self) -> None:
        """The run ends here because of a stop request (the tiny-data loop's own checks)."""
        self._state.stopped = True

    def wait_while_paused(self) -> None:
        """Hold training here while paused; the window sees everything up to this batch."""
        self._flush(force=True)
        self._send_snapshot(force=True)
        self._send_boundary(force=True)
        started = time.monotonic()
        while self.pause.is_set() and not self.stop.is_set():
            self.stop.wait(0.05)
        self.paused_seconds += time.monotonic() - started

    def on_epoch(self, epoch: int, logs: dict[str, Any], seconds: float) -> None:
        train = {k: float(v) for k, v in logs.items() if not k.startswith("val_")}
        val = {k[4:]: float(v) for k, v in logs.items() if k.startswith("val_")}
        st = self._state
        with self._lock:
            st.epochs.append(EpochResult(epoch, train, val, seconds))
            for k, v in logs.items():
                st.history.setdefault(k, []).append(float(v))
            st.epoch = epoch + 1
            st.cut_short = st.stopped and st.batch < self._steps_per_epoch
            st.batch = 0
        # An epoch that took a while is shown at once; fast ones ride along with the next update.
        self._flush(force=seconds >= self.options.update_interval)
        if seconds >= self.options.snapshot_interval / 4:
            self._send_snapshot(force=True)
        self._send_boundary()
        if self._replay is not None and self._replay.due_after_epochs(epoch, epoch + 1):
            self._record(epoch + 1)

    # --- the tiny-data loop -------------------------------------------------------------

    def _fit_fast(
        self, model: Any, x: Any, y: Any, x_val: Any, y_val: Any, batch_size: int
    ) -> None:
        from nnstudio.training.fastloop import FastLoop

        key, kept = self._kept_network(model, x, batch_size, "tiny", len(x), len(x_val))
        if kept is not None:
            model = kept.model
        loop = FastLoop(self, model, x, y, x_val, y_val, batch_size,
                        compiled=kept.recorder if kept is not None else None)  # fmt: skip
        loop.run()
        self._keep_network(key, model, loop.compiled)

    def _kept_network(
        self, fresh: Any, x: Any, batch_size: int, *parts: Any
    ) -> tuple[str, Compiled | None]:
        """The network kept from the last run if it is this one (then it becomes
        :attr:`model`, set to ``fresh``'s starting point), and the key it is kept by."""
        if self.compiled is None:
            return "", None
        from nnstudio.training.reuse import graph_key

        key = graph_key(self.project.to_dict(), x.shape[1:], batch_size, *parts)
        kept = self.compiled.take(key, fresh)
        if kept is not None:
            log.info("%s: trained on the network compiled for the last run, from a fresh start",
                     self.project.name)  # fmt: skip
            self.model = kept.model
            self._snapshots = self._pick_snapshot_layers()
            if self._replay is not None:
                self._replay.set_layers(self._snapshots)
        return key, kept

    def _keep_network(self, key: str, model: Any, compiled_step: Any) -> None:
        if self.compiled is not None and compiled_step is not None:
            from nnstudio.training.reuse import Compiled

            self.compiled.keep(Compiled(key, model, compiled_step))

    # --- deliveries ---------------------------------------------------------------------

    def _progress(self) -> Progress:
        st = self._state
        t = self.project.train
        elapsed = time.monotonic() - self._t0 - self.paused_seconds
        done = st.epoch * self._steps_per_epoch + st.batch
        total = t.epochs * self._steps_per_epoch
        # Timed from the first step on: loading the data and compiling the step before it
        # would make the first guesses far too long (XOR said "about 424 s left" at first).
        if st.timed_from is None and done:
            st.timed_from = (elapsed, done)
        eta = None
        if st.timed_from is not None:
            seconds, steps = elapsed - st.timed_from[0], done - st.timed_from[1]
            if steps > 0 and seconds >= ETA_AFTER_SECONDS:
                eta = seconds / steps * (total - done)
        return Progress(st.epoch, t.epochs, st.batch, self._steps_per_epoch, elapsed, eta)

    def _flush(self, force: bool = False) -> None:
        st = self._state
        now = time.monotonic()
        if not force and now - st.last_update < self.options.update_interval:
            return
        with self._lock:
            if not st.points and not st.epochs and not force:
                return
            points, epochs = tuple(st.points), tuple(st.epochs)
            st.points.clear()
            st.epochs.clear()
            st.last_update = now
            progress = self._progress()
        if points or epochs:
            self.listener(Update(points, epochs, progress))

    def _pick_snapshot_layers(self) -> list[tuple[int, Any]]:
        choice = self.options.snapshot_layer
        layers = self.project.layers
        names = layer_names(layers)
        if choice is None:
            chosen = [
                i for i, layer in enumerate(layers) if catalog.LAYER_KINDS[layer.kind].trainable
            ]
        elif 0 <= choice < len(layers) and catalog.LAYER_KINDS[layers[choice].kind].trainable:
            chosen = [choice]
        else:
            chosen = []
        return [(i, self.model.get_layer(names[i])) for i in chosen]

    def _send_snapshot(self, force: bool = False) -> None:
        st = self._state
        if not self._snapshots:
            return
        now = time.monotonic()
        if not force and now - st.last_snapshot < self.options.snapshot_interval:
            return
        st.last_snapshot = now
        for index, layer in self._snapshots:
            weights = [np.array(w.numpy(), copy=True) for w in layer.weights[:2]]
            if not weights:
                continue
            kernel = weights[0]
            bias = weights[1] if len(weights) > 1 and weights[1].ndim == 1 else None
            self.listener(WeightSnapshot(index, layer.name, st.epoch, st.step, kernel, bias))

    # --- the replay ---------------------------------------------------------------------

    def _start_replay(self, data: Any, epochs: int) -> None:
        """Plan the recorded moments, say which test examples they keep, take the first."""
        from nnstudio.training.replay import SAMPLE, ReplayRecorder

        sample = data.x_test[:SAMPLE] if len(data.x_test) else None
        self._replay = ReplayRecorder(
            lambda: self.model, self._snapshots, epochs, self._steps_per_epoch, sample,
            self._boundary_grid,
        )  # fmt: skip
        self.listener(
            ReplayStarted(
                np.asarray(data.y_test[:SAMPLE]), tuple(data.class_names),
                tuple(index for index, _ in self._replay.layers),
            )
        )  # fmt: skip
        self._record(0.0)

    def _record(self, epoch: float) -> None:
        replay = self._replay
        if replay is None:
            return
        started = time.monotonic()
        # The moment's weights belong after the points that led to them.
        self._flush(force=True)
        self.listener(replay.take(epoch, self._state.step))
        self.replay_seconds += time.monotonic() - started

    def _record_last(self) -> None:
        """The end of a run that stopped between recorded moments."""
        replay, st = self._replay, self._state
        if replay is None or st.step == 0:
            return
        where = st.epoch + st.batch / self._steps_per_epoch if st.batch else float(st.epoch)
        if replay.last is None or replay.last[1] != st.step:
            self._record(where)

    # --- the decision boundary ----------------------------------------------------------

    def _send_boundary(self, force: bool = False) -> None:
        st = self._state
        interval = self.options.boundary_interval
        if self._boundary is None or interval is None:
            return
        now = time.monotonic()
        if not force and now - st.last_boundary < interval:
            return
        st.last_boundary = now
        _grid, extent, points, labels = self._boundary
        probabilities = self._boundary_grid()
        assert probabilities is not None
        self.listener(BoundarySnapshot(st.epoch, st.step, extent, probabilities, points, labels))

    def _boundary_grid(self) -> np.ndarray | None:
        """What the network answers over the plane now, (rows, columns, classes)."""
        if self._boundary is None:
            return None
        outputs = np.asarray(self.model(self._boundary[0], training=False))
        n = self.options.boundary_resolution
        grid: np.ndarray = class_probabilities(outputs).reshape(n, n, -1)
        return grid


#: Arrays are handed to TensorFlow this many bytes at a time (see :func:`tensor_in_pieces`).
PIECE_BYTES = 8_000_000


#: The tiny-data loop trains data of at most this many batches an epoch and this many bytes.
TINY_STEPS = 64
TINY_BYTES = 16_000_000


def is_tiny(steps_per_epoch: int, nbytes: int) -> bool:
    """Whether the tiny-data loop (and so slow motion) is used for such data."""
    return steps_per_epoch <= TINY_STEPS and nbytes <= TINY_BYTES


def tensor_in_pieces(array: np.ndarray) -> Any:
    """``array`` as a TensorFlow tensor, copied a few megabytes at a time.

    ``fit`` would copy a numpy array into a tensor in one call that holds Python's global lock
    for the whole copy (0.1-0.2 s for MNIST), and the window, which needs that lock to draw,
    would freeze meanwhile. Small pieces, joined by TensorFlow with the lock released, keep it
    responsive. The tensor is the same as fit's own.
    """
    import tensorflow as tf

    rows = max(1, PIECE_BYTES // max(1, array[:1].nbytes))
    if len(array) <= rows:
        return tf.convert_to_tensor(array)
    pieces = [tf.convert_to_tensor(array[i : i + rows]) for i in range(0, len(array), rows)]
    return tf.concat(pieces, axis=0)


def eval_batch_size(batch_size: int) -> int:
    """The batch size for validation, the test and predictions: at least 256 examples, as
    going forwards only needs little memory per example."""
    return max(batch_size, 256)


def _metric_names(project: Project) -> tuple[str, ...]:
    # Keras logs each compiled metric under the name it was given.
    return tuple(project.compile.metrics)


class StepRecorder:
    """Keeps every training step's logs while ``fit`` runs several steps per compiled call.

    Keras hands callbacks only the last step of each call; the student's batch curve, and the
    batch at which a loss first became NaN, need every step. So the model's ``train_step`` also
    writes its logs (the running means Keras reports) into a small table in the graph, one row
    a step, which :meth:`take` reads after each call. The step's arithmetic is unchanged.
    """

    def __init__(self, model: Any, names: tuple[str, ...], rows: int) -> None:
        import tensorflow as tf

        self.names = names
        self.rows = rows
        self._table = tf.Variable(tf.zeros([rows, len(names)]), trainable=False)
        self._count = tf.Variable(0, dtype=tf.int64, trainable=False)
        self._taken = 0
        step = model.train_step

        def recording_step(data: Any) -> Any:
            logs = step(data)
            zero = tf.constant(0.0)
            values = tf.stack([tf.cast(logs.get(name, zero), tf.float32) for name in names])
            row = tf.reshape(tf.math.floormod(self._count, rows), [1, 1])
            self._table.scatter_nd_update(row, tf.reshape(values, [1, -1]))
            self._count.assign_add(1)
            return logs

        # An attribute of this model only: nothing of it is saved with the model.
        model.train_step = recording_step

    def reset(self) -> None:
        """Start counting again (a new run on the same compiled step)."""
        self._count.assign(0)
        self._taken = 0

    def take(self) -> list[dict[str, float]]:
        """The logs of the steps run since the last call, in order."""
        count = int(self._count.numpy())
        table = self._table.numpy()
        steps = [
            {name: float(table[i % self.rows, j]) for j, name in enumerate(self.names)}
            for i in range(self._taken, count)
        ]
        self._taken = count
        return steps


def _streaming_callback(engine: Engine, recorder: StepRecorder) -> Any:
    import keras

    # Keras has no type stubs, so its classes are Any to mypy.
    class StreamingCallback(keras.callbacks.Callback):  # type: ignore[misc]
        """Hands each batch and epoch to the engine; stops the fit when the engine says so."""

        def on_epoch_begin(self, epoch: int, logs: Any = None) -> None:
            self._epoch_start = time.monotonic()
            self._batch = 0

        def on_train_batch_end(self, batch: int, logs: Any = None) -> None:
            # One call ran several steps: the engine hears of each of them.
            steps = recorder.take()
            if engine.on_batches(self._batch, steps):
                self.model.stop_training = True
            self._batch += len(steps)

        def on_epoch_end(self, epoch: int, logs: Any = None) -> None:
            engine.on_epoch(epoch, logs or {}, time.monotonic() - self._epoch_start)

    return StreamingCallback()


def boundary_grid(
    x: np.ndarray, y: np.ndarray, options: EngineOptions
) -> tuple[Any, tuple[float, float, float, float], Any, Any] | None:
    """For a 2-feature dataset, the grid over the input plane where the network's answer is
    drawn, its extent, and the examples shown on it; None for other data."""
    if options.boundary_interval is None or x.ndim != 2 or x.shape[1] != 2 or not len(x):
        return None
    low, high = x.min(axis=0).astype(float), x.max(axis=0).astype(float)
    # A margin around the examples, so that points never sit on the edge.
    margin = np.maximum((high - low) * 0.25, 0.5)
    low, high = low - margin, high + margin
    n = max(2, options.boundary_resolution)
    gx, gy = np.meshgrid(np.linspace(low[0], high[0], n), np.linspace(low[1], high[1], n))
    grid = np.stack([gx.ravel(), gy.ravel()], axis=1).astype(np.float32)
    extent = (float(low[0]), float(high[0]), float(low[1]), float(high[1]))
    shown = min(len(x), 1000)
    return grid, extent, np.array(x[:shown], np.float32), np.array(y[:shown], np.int64)


def finished_message(epochs: int) -> str:
    return TrainingEngine.tr("Finished %n epoch(s).", "", epochs)


def stopped_message(epochs_reached: int, epochs: int, cut_short: bool) -> str:
    """Why a stopped run ended; an epoch cut short is not counted as done."""
    if cut_short:
        return TrainingEngine.tr(
            "Stopped during epoch {epoch} of {epochs}, after %n epoch(s) in full.",
            "",
            epochs_reached - 1,
        ).format(epoch=epochs_reached, epochs=epochs)
    return TrainingEngine.tr("Stopped after %n epoch(s) of {epochs}.", "", epochs_reached).format(
        epochs=epochs
    )


def nan_message(project: Project, epoch: int, batch: int) -> str:
    lr = project.compile.optimizer_params.get("learning_rate")
    if isinstance(lr, (int, float)) and lr >= 0.05:
        return TrainingEngine.tr(
            "The loss became NaN at epoch {epoch}, batch {batch} — the learning rate "
            "{learning_rate:g} is probably too high; try one ten times smaller."
        ).format(epoch=epoch + 1, batch=batch + 1, learning_rate=lr)
    return TrainingEngine.tr(
        "The loss became NaN at epoch {epoch}, batch {batch} — try a smaller learning rate, "
        "or scale the inputs (preprocessing)."
    ).format(epoch=epoch + 1, batch=batch + 1)


def _out_of_memory(exc: BaseException) -> bool:
    return isinstance(exc, MemoryError) or type(exc).__name__ == "ResourceExhaustedError"


def is_unexpected(exc: BaseException) -> bool:
    """Whether ``exc`` is one nnstudio did not foresee (not its own sentence, not memory)."""
    return not isinstance(exc, NNStudioError) and not _out_of_memory(exc)


def friendly_error(exc: BaseException, project: Project) -> str:
    if isinstance(exc, NNStudioError):
        return str(exc)
    name = type(exc).__name__
    if _out_of_memory(exc):
        return TrainingEngine.tr(
            "Training ran out of memory. Try a smaller batch size, fewer units, or fewer "
            "training examples."
        )
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else name
    return TrainingEngine.tr(
        "Training stopped because of an unexpected error ({kind}): {error}"
    ).format(kind=name, error=first[:300])
