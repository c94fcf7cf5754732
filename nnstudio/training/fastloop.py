"""Training for tiny datasets: many epochs per compiled call.

``model.fit`` costs ~40 ms of bookkeeping per epoch, which is all of an XOR epoch's time. Here
one ``tf.function`` runs a chunk of epochs, each a loop of Keras's own ``train_step`` over the
shuffled rows, recording the running-mean logs after every step and the validation logs after
every epoch. Chunks are sized to take about ``chunk_seconds``, so the curves and the decision
boundary still move smoothly, and a stop request is honoured after the current step, inside
the chunk.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

if TYPE_CHECKING:
    from nnstudio.training.engine import Engine

_OK, _STOPPED, _NAN = 0, 1, 2
# Keep a chunk's shuffled copies of the data small.
_MAX_CHUNK_VALUES = 4_000_000


class FastLoop:
    def __init__(
        self,
        engine: Engine,
        model: Any,
        x: np.ndarray,
        y: np.ndarray,
        x_val: np.ndarray,
        y_val: np.ndarray,
        batch_size: int,
        compiled: CompiledChunk | None = None,
    ) -> None:
        self.engine = engine
        #: The compiled chunk of epochs: made by :meth:`run`, or kept from a run of the same
        #: network before (see :mod:`nnstudio.training.reuse`).
        self.compiled = compiled
        self.model = model
        self.x, self.y = x, y
        self.x_val, self.y_val = x_val, y_val
        self.batch_size = batch_size
        self.keys: list[str] = []

    def run(self) -> None:
        import tensorflow as tf

        engine = self.engine
        has_val = len(self.x_val) > 0
        if self.compiled is None:
            self.compiled = self._build_and_compile(tf, has_val)
        fn, stop_flag = self.compiled.function, self.compiled.stop_flag
        self.keys[:] = self.compiled.keys
        finished = threading.Event()
        watcher = threading.Thread(
            target=_watch, args=(engine.stop, finished, stop_flag), daemon=True
        )
        watcher.start()
        try:
            self._train(fn, tf)
        finally:
            finished.set()
            watcher.join()

    def _build_and_compile(self, tf: Any, has_val: bool) -> CompiledChunk:
        model = self.model
        # Build the metrics and the optimizer's slots outside the compiled loop, which must not
        # create variables.
        batch = (self.x[: self.batch_size], self.y[: self.batch_size])
        build = getattr(model, "_symbolic_build", None)
        try:
            # Keras's own build step, without running anything: ~0.03 s against ~0.25 s for an
            # evaluate() call, which traces a whole test function first.
            if build is None:
                raise AttributeError("_symbolic_build")
            build(data_batch=batch)
        except (AttributeError, TypeError):  # another Keras: do it the public way
            model.evaluate(*batch, verbose=0)  # changes no weights
        model.optimizer.build(model.trainable_variables)
        stop_flag = tf.Variable(False, trainable=False)
        # The metric names are filled in when the chunk is first traced (the same list).
        return CompiledChunk(self._compile(tf, stop_flag, has_val), stop_flag, self.keys)

    def _train(self, fn: Any, tf: Any) -> None:
        engine = self.engine
        train = engine.project.train
        n = len(self.x)
        rng = np.random.default_rng(train.seed)
        xv = tf.constant(self.x_val)
        yv = tf.constant(self.y_val)
        per_epoch_values = n * max(1, int(np.prod(self.x.shape[1:])))
        max_chunk = max(1, _MAX_CHUNK_VALUES // per_epoch_values)
        chunk, epochs_left = 1, train.epochs
        target = max(engine.options.chunk_seconds, 0.01)
        pace = engine.options.max_epochs_per_second
        paced_start: float | None = None
        paced_epochs = 0
        while epochs_left > 0:
            size = min(chunk, epochs_left)
            orders = np.stack(
                [rng.permutation(n) if train.shuffle else np.arange(n) for _ in range(size)]
            )
            started = time.monotonic()
            values, val_values, done, status = fn(self.x[orders], self.y[orders], xv, yv)
            seconds = time.monotonic() - started
            epochs_done = self._report(
                values.numpy(), val_values.numpy(), int(done), int(status), seconds
            )
            epochs_left -= epochs_done
            if int(status) != _OK:
                break
            if engine.pause.is_set():
                engine.wait_while_paused()
                if engine.stop.is_set():
                    engine.mark_stopped()
                    break
                paced_start, paced_epochs = time.monotonic(), 0
            # Aim for chunks of about one update interval.
            per_epoch = seconds / max(epochs_done, 1)
            if pace and paced_start is None:
                # The first chunk includes tracing the loop: the pace starts after it.
                paced_start = time.monotonic()
            elif pace and paced_start is not None:
                # Slow motion: wait until the pace allows the next chunk (a stop ends it).
                per_epoch = max(per_epoch, 1.0 / pace)
                paced_epochs += epochs_done
                wait = paced_start + paced_epochs / pace - time.monotonic()
                if wait > 0 and engine.stop.wait(wait):
                    engine.mark_stopped()
                    break
            chunk = int(min(max_chunk, max(1, target / max(per_epoch, 1e-6))))

    def _compile(self, tf: Any, stop_flag: Any, has_val: bool) -> Any:
        model, bs, keys = self.model, self.batch_size, self.keys
        train_step = model.train_step

        def vector(logs: dict[str, Any]) -> Any:
            if not keys:
                # Keras's order: the loss first, then the metrics.
                keys.extend(sorted(logs, key=lambda k: (k != "loss", k)))
            return tf.stack([tf.cast(logs[k], tf.float32) for k in keys])

        # The number of rows is fixed for the run: known here, branches on it cost nothing.
        rows = len(self.x)
        steps = (rows + bs - 1) // bs

        def epochs(xs: Any, ys: Any, xv: Any, yv: Any) -> Any:
            out = tf.TensorArray(tf.float32, size=0, dynamic_size=True)
            val_out = tf.TensorArray(tf.float32, size=0, dynamic_size=True)
            done = tf.constant(0)
            status = tf.constant(_OK)
            # One loop over every step of the chunk's epochs (not a loop of epochs, each a
            # loop of steps), and as few branches in it as can be: each costs TensorFlow
            # more than a step of XOR's arithmetic.
            for i in tf.range(tf.shape(xs)[0] * steps):
                e = i // steps
                start = (i % steps) * bs
                end = tf.minimum(start + bs, rows)
                if steps == 1:
                    model.reset_metrics()  # every step begins an epoch
                elif start == 0:
                    model.reset_metrics()
                row = vector(train_step((xs[e, start:end], ys[e, start:end])))
                out = out.write(done, row)
                done += 1
                status = tf.where(
                    tf.reduce_all(tf.math.is_finite(row)),
                    tf.where(stop_flag.read_value(), _STOPPED, _OK),
                    _NAN,
                )
                if status != _OK:
                    break
                if has_val and (steps == 1 or end == rows):
                    model.reset_metrics()
                    val_out = val_out.write(e, vector(model.test_step((xv, yv))))
            values = out.stack()
            val_values = val_out.stack() if has_val else tf.zeros((0, 0))
            return values, val_values, done, status

        spec = tf.TensorSpec
        signature = [
            spec((None, *self.x.shape), tf.as_dtype(self.x.dtype)),
            spec((None, *self.y.shape), tf.as_dtype(self.y.dtype)),
            spec(self.x_val.shape, tf.as_dtype(self.x_val.dtype)),
            spec(self.y_val.shape, tf.as_dtype(self.y_val.dtype)),
        ]
        return tf.function(epochs, input_signature=signature)

    def _report(
        self, values: np.ndarray, val_values: np.ndarray, done: int, status: int, seconds: float
    ) -> int:
        """Hand a chunk's steps and epochs to the engine; returns the epochs it covered."""
        keys = self.keys
        steps = [dict(zip(keys, map(float, row), strict=True)) for row in values[:done]]
        validation = [dict(zip(keys, map(float, row), strict=True)) for row in val_values]
        ended: Literal["stopped", "nan"] | None = (
            "nan" if status == _NAN else "stopped" if status == _STOPPED else None
        )
        return self.engine.record_chunk(steps, validation, ended, seconds)


@dataclass
class CompiledChunk:
    """The tiny-data loop's compiled chunk of epochs, with what it was traced with."""

    function: Any
    #: The compiled loop looks at this after every step (a stop request sets it).
    stop_flag: Any
    #: The names of the logs, in the order the chunk returns them.
    keys: list[str]

    def reset(self) -> None:
        self.stop_flag.assign(False)


def _watch(stop: threading.Event, finished: threading.Event, flag: Any) -> None:
    """Carry a stop request from the Python event into the compiled loop."""
    while not finished.is_set():
        if stop.wait(0.005):
            flag.assign(True)
            return
