"""Training in a process of its own, so the window never waits for TensorFlow.

The window's process never imports TensorFlow: a :class:`Trainer` starts a second Python
process that loads it and then serves requests over a pipe. A run sends the engine's events
back as they happen (they are plain data); the trained network stays in that process, and the
window asks it for answers (a drawn digit) or to save it through :class:`RemoteModel`.

Why a process and not a thread: TensorFlow holds Python's lock for long stretches (building
the compiled training step takes a quarter of a second), and every stretch would freeze the
window. A process also keeps the window alive when training runs out of memory or crashes:
the run ends with a sentence, and the next request starts a fresh process.

Stop and pause are ``multiprocessing`` events shared with the process: the engine checks them
after every batch, as it does in a thread. No Qt here; TensorFlow only in the child.

The process speaks the window's language (why a run ended, what is wrong with the data): it
is started with the window's :func:`~nnstudio.core.i18n.current_language`, and
:meth:`Trainer.set_language` tells it a new one without starting it again.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import itertools
import logging
import multiprocessing
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nnstudio.core.analysis import Timing
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import SOURCE_LANGUAGE, Context, current_language, set_language
from nnstudio.core.spec import DataSpec, Project
from nnstudio.data.cache import DatasetCache
from nnstudio.training.engine import EngineOptions
from nnstudio.training.events import Event, RunFinished
from nnstudio.training.inside import Trace, trace_model
from nnstudio.training.model_file import save_model
from nnstudio.training.restore import Restored
from nnstudio.training.reuse import CompiledModels
from nnstudio.training.start import StartPoint

TrainingProcess = Context("TrainingProcess")

log = logging.getLogger("nnstudio.training")

#: How much lower than the window the training process runs (Unix niceness).
NICENESS = 5


class SharedFlag:
    """A stop or pause flag shared with the training process: one byte of shared memory.

    Not a ``multiprocessing.Event``: setting one of those waits for every process that sleeps
    on it, so a training process killed while waiting (out of memory) would hang the window's
    Stop button. This has no lock; :meth:`wait` looks every few milliseconds.
    """

    def __init__(self, context: Any) -> None:
        self._value = context.RawValue(ctypes.c_bool, False)

    def set(self) -> None:
        self._value.value = True

    def clear(self) -> None:
        self._value.value = False

    def is_set(self) -> bool:
        return bool(self._value.value)

    def wait(self, timeout: float | None = None) -> bool:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._value.value:
            left = 0.005 if deadline is None else min(0.005, deadline - time.monotonic())
            if left <= 0:
                return False
            time.sleep(left)
        return True


class TrainerGone(NNStudioError):
    """The training process ended while a request was waiting for it."""


@dataclass
class RemoteModel:
    """A trained network that lives in the training process.

    It is valid until the next run or restore replaces it there; after that its calls raise
    :class:`NNStudioError` saying so.
    """

    trainer: Trainer
    generation: int
    #: Which start of the training process it belongs to (a new process knows nothing of it).
    incarnation: int

    def predict(self, batch: npt.ArrayLike, **_ignored: Any) -> npt.NDArray[np.float32]:
        """The network's outputs for ``batch`` (as ``model(batch, training=False)``)."""
        out = self._ask("predict", np.asarray(batch, np.float32))
        return np.asarray(out, dtype=np.float32)

    def trace(self, example: npt.ArrayLike) -> Trace:
        """One example's way through the network, layer by layer (see :mod:`.inside`)."""
        traced = self._ask("trace", np.asarray(example, np.float32))
        assert isinstance(traced, Trace)
        return traced

    def save(self, path: Path | str) -> None:
        """Write the network as a ``.keras`` file (Keras's own ``model.save``)."""
        self._ask("save", str(path))

    def _ask(self, kind: str, *args: Any) -> Any:
        if self.incarnation != self.trainer.incarnation:
            raise NNStudioError(
                TrainingProcess.tr(
                    "That trained network is no longer loaded: the training process was restarted."
                )
            )
        return self.trainer.request(kind, self.generation, *args)


class _Pending:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.ok = False
        self.value: Any = None


class Trainer:
    """The window's side of the training process: start it, train, ask, stop it.

    Thread-safe. The listener given to :meth:`train` is called on a reader thread (never the
    caller's), once per engine event, ending with exactly one :class:`RunFinished` — also when
    the process dies, so a run always ends.
    """

    def __init__(self, niceness: int = NICENESS) -> None:
        self._ctx = multiprocessing.get_context("spawn")
        self.niceness = niceness
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None
        self._stop = SharedFlag(self._ctx)
        self._pause = SharedFlag(self._ctx)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._run_listener: Callable[[Event], None] | None = None
        self._run_id = 0
        #: Set when the process has TensorFlow loaded and waits for requests.
        self.ready = threading.Event()
        #: Counts the starts of the process.
        self.incarnation = 0
        #: The language the process is to speak (see :meth:`set_language`); None: the one the
        #: window speaks (:func:`~nnstudio.core.i18n.current_language`) when it is started.
        self.language: str | None = None

    # --- the process ----------------------------------------------------------------------

    @property
    def alive(self) -> bool:
        process = self._process
        return process is not None and not _ended(process, 0)

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the process (it loads TensorFlow at once); nothing if it is running."""
        with self._lock:
            if self._process is not None and not _ended(self._process, 0):
                return
            parent, child = self._ctx.Pipe(duplex=True)
            self.ready.clear()
            language = self.language or current_language()
            process = self._ctx.Process(
                target=serve,
                args=(child, self._stop, self._pause, self.niceness, _child_environment(),
                      language),
                name="nnstudio-training",
                daemon=True,
            )  # fmt: skip
            process.start()
            child.close()
            self._process, self._conn = process, parent
            self.incarnation += 1
            threading.Thread(
                target=self._read, args=(process, parent, self.incarnation),
                name="nnstudio-trainer-reader",
                daemon=True,
            ).start()  # fmt: skip
            log.info("training process %d started", process.pid)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Stop any run and end the process (waiting up to ``timeout`` seconds)."""
        with self._lock:
            process, conn = self._process, self._conn
            self._process = None
        if process is None:
            return
        self._stop.set()
        try:
            with self._send_lock:
                if conn is not None:
                    conn.send(("quit",))
        except (OSError, ValueError):
            pass
        if not _ended(process, timeout):
            log.warning("training process %d did not end; terminating it", process.pid)
            process.terminate()
            if not _ended(process, 5):
                process.kill()
                _ended(process, 5)
        if conn is not None:
            conn.close()

    # --- runs -----------------------------------------------------------------------------

    @property
    def training(self) -> bool:
        return self._run_listener is not None

    def train(
        self,
        project: Project,
        base_dir: Path | None,
        listener: Callable[[Event], None],
        options: EngineOptions | None = None,
    ) -> None:
        """Start a run; ``listener`` gets its events on another thread."""
        if self._run_listener is not None:
            raise RuntimeError("a run is already in progress")
        self.start()
        self._stop.clear()
        self._pause.clear()
        self._run_id += 1
        self._run_listener = listener
        payload = (project.to_dict(), str(base_dir) if base_dir else None, options)
        if not self._send(("train", self._run_id, *payload)):
            self._end_run_gone()

    def prepare(self, project: Project, base_dir: Path | None) -> bool:
        """Let the training process load ``project``'s data now, while the student is still
        building, so that Train starts training at once. Not while a run goes on, nor when the
        process is not running (it is not started for this); returns whether it was asked."""
        if self._run_listener is not None or not self.alive:
            return False
        payload = (dataclasses.asdict(project.data), str(base_dir) if base_dir else None)
        return self._send(("prepare", *payload))

    def set_language(self, language: str | None = None) -> bool:
        """Have the process speak ``language`` (a code such as "de"; None: the language this
        process speaks now) from its next run or request on; a run under way keeps its own.
        The process is not started for this: it starts speaking it. Returns whether a running
        process was told."""
        self.language = language
        if not self.alive:
            return False
        return self._send(("set_language", language or current_language()))

    def stop(self) -> None:
        """End the run after the current batch (the network keeps what it learned)."""
        self._stop.set()

    def pause(self, paused: bool) -> None:
        if paused:
            self._pause.set()
        else:
            self._pause.clear()

    @property
    def paused(self) -> bool:
        return self._pause.is_set()

    # --- requests -------------------------------------------------------------------------

    def request(self, kind: str, *args: Any, timeout: float | None = 120.0) -> Any:
        """Ask the process something and wait for the answer; raises
        :class:`NNStudioError` with its sentence when it could not."""
        self.start()
        ident = next(self._ids)
        pending = self._pending[ident] = _Pending()
        try:
            if not self._send(("request", ident, kind, *args)):
                raise TrainerGone(_gone(None))
            if not pending.done.wait(timeout):
                raise NNStudioError(
                    TrainingProcess.tr(
                        "The training process did not answer within {seconds} s."
                    ).format(seconds=timeout)
                )
        finally:
            self._pending.pop(ident, None)
        if not pending.ok:
            if isinstance(pending.value, NNStudioError):
                raise pending.value
            raise NNStudioError(str(pending.value))
        return pending.value

    def measure(self, project: Project, base_dir: Path | None) -> Timing:
        """Time a few seconds of training ``project`` in the process (the data and the
        compiled network are kept for the run that follows); see
        :mod:`nnstudio.training.probe`."""
        timing: Timing = self.request(
            "measure", project.to_dict(), str(base_dir) if base_dir else None, timeout=600
        )
        return timing

    def restore(self, project: Project, base_dir: Path | None, model_path: Path) -> Restored:
        """Load a saved network in the process (see :mod:`nnstudio.training.restore`); its
        ``model`` is a :class:`RemoteModel`."""
        generation, info = self.request(
            "restore", project.to_dict(), str(base_dir) if base_dir else None, str(model_path),
            timeout=None,
        )  # fmt: skip
        model = self._model(generation)
        if model is None:
            raise NNStudioError(
                TrainingProcess.tr("{file} did not give a network.").format(file=model_path.name)
            )
        return Restored(model=model, model_path=model_path, **info)

    def _model(self, generation: int | None) -> RemoteModel | None:
        return None if generation is None else RemoteModel(self, generation, self.incarnation)

    # --- plumbing -------------------------------------------------------------------------

    def _send(self, message: tuple[Any, ...]) -> bool:
        conn = self._conn
        if conn is None:
            return False
        try:
            with self._send_lock:
                conn.send(message)
        except (OSError, ValueError, BrokenPipeError):
            return False
        return True

    def _read(self, process: Any, conn: Connection, incarnation: int) -> None:
        """The reader thread: hands every message on until the process ends."""
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError, ValueError):
                break
            except Exception:  # an event that cannot be read: say so, keep reading
                log.exception("a message from the training process could not be read")
                continue
            kind = message[0]
            if kind == "event":
                self._deliver(message[1], message[2])
            elif kind == "finished":
                _, run_id, result, generation = message
                model = self._model(generation)
                self._deliver(run_id, dataclasses.replace(result, model=model))
            elif kind == "reply":
                _, ident, ok, value = message
                pending = self._pending.get(ident)
                if pending is not None:
                    pending.ok, pending.value = ok, value
                    pending.done.set()
            elif kind == "ready":
                self.ready.set()
        # The process is gone (quit, crash or killed): nobody may wait for it.
        _ended(process, 5)
        code = process.exitcode
        with self._lock:
            if self._process is process:
                self._process, self._conn = None, None
            if incarnation != self.incarnation:
                return  # shut down and replaced already: the new process's work is not ours
        self.ready.clear()
        if code not in (0, None):
            log.error("training process %s ended with exit code %s", process.pid, code)
        gone = TrainerGone(_gone(code))
        for pending in list(self._pending.values()):
            pending.ok, pending.value = False, gone
            pending.done.set()
        self._end_run_gone(code)

    def _deliver(self, run_id: int, event: Event) -> None:
        listener = self._run_listener
        if listener is None or run_id != self._run_id:
            return  # a run that was already ended (the process died)
        if isinstance(event, RunFinished):
            self._run_listener = None
        try:
            listener(event)
        except Exception:
            log.exception("the training listener failed")

    def _end_run_gone(self, code: int | None = None) -> None:
        if self._run_listener is None:
            return
        message = _gone(code)
        self._deliver(self._run_id, RunFinished("error", message, 0, 0.0))


def _gone(code: int | None) -> str:
    """The sentence for a training process that ended, with its exit code when known."""
    if code:
        return TrainingProcess.tr(
            "The training process stopped unexpectedly (exit code {code}). It may have run out "
            "of memory: try a smaller network or batch size. Your project is unchanged; press "
            "Train to try again."
        ).format(code=code)
    return TrainingProcess.tr(
        "The training process stopped unexpectedly. It may have run out of memory: try a "
        "smaller network or batch size. Your project is unchanged; press Train to try again."
    )


def _ended(process: Any, timeout: float) -> bool:
    """Wait up to ``timeout`` s for ``process`` to end. Its sentinel tells, not ``is_alive``:
    where something else reaps child processes (Qt can), ``is_alive`` never learns it ended."""
    from multiprocessing.connection import wait

    if not wait([process.sentinel], timeout):
        return False
    process.join(0.1)  # collect the exit code where it is still ours to collect
    return True


def lower_priority(niceness: int) -> None:
    """Let the window have the processor first: training loses almost nothing, as the window
    needs little. Unix niceness; "below normal" on Windows. Where it is not allowed, nothing
    changes."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(niceness)
    elif sys.platform == "win32":
        below_normal = 0x00004000  # BELOW_NORMAL_PRIORITY_CLASS
        with contextlib.suppress(Exception):
            # windll exists only on Windows, and mypy checks this file as Linux code.
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)


def _child_environment() -> dict[str, str]:
    """What the process needs from the window's environment that spawn does not carry."""
    keep = ("NNSTUDIO_HOME", "KERAS_HOME", "TF_CPP_MIN_LOG_LEVEL")
    return {k: os.environ[k] for k in keep if k in os.environ}


# --- the training process ---------------------------------------------------------------------


def serve(
    conn: Connection,
    stop: Any,
    pause: Any,
    niceness: int,
    environment: dict[str, str],
    language: str = SOURCE_LANGUAGE,
) -> None:
    """The training process's main loop (the target of the spawned process); it speaks
    ``language``, the window's."""
    os.environ.update(environment)
    if niceness:
        lower_priority(niceness)
    from nnstudio.userdirs import setup_logging

    setup_logging(name="training")
    # Before anything that speaks (a translation that cannot be read is told in the log).
    spoken = set_language(language)
    log.info("the training process speaks %s", spoken)
    started = time.monotonic()
    try:
        from nnstudio.training.tf_import import import_tensorflow

        import_tensorflow()
    except Exception:  # the first run reports it in words
        log.exception("TensorFlow could not be loaded in the training process")
    conn.send(("ready",))
    log.info("training process ready in %.1f s", time.monotonic() - started)
    Server(conn, stop, pause).loop()


class Server:
    """Runs in the training process: one request at a time, in order."""

    def __init__(self, conn: Connection, stop: Any, pause: Any) -> None:
        self.conn = conn
        self.stop = stop
        self.pause = pause
        self.model: Any = None
        self.generation = 0
        #: The data of the last run (or restore, or :meth:`prepare`), kept for the next one.
        self.data = DatasetCache()
        #: The last run's compiled network, kept for the next run of the same network.
        self.compiled = CompiledModels()
        #: The last run's starting weights, for a run asked to start the same.
        self.start: StartPoint | None = None

    def loop(self) -> None:
        while True:
            try:
                message = self.conn.recv()
            except (EOFError, OSError):
                return  # the window went away
            kind = message[0]
            if kind == "quit":
                return
            if kind == "train":
                self.train(*message[1:])
            elif kind == "prepare":
                self.prepare(*message[1:])
            elif kind == "set_language":
                log.info("the training process speaks %s", set_language(message[1]))
            elif kind == "request":
                ident, what, args = message[1], message[2], message[3:]
                try:
                    value = getattr(self, f"do_{what}")(*args)
                except NNStudioError as exc:
                    self.conn.send(("reply", ident, False, NNStudioError(str(exc))))
                except Exception as exc:
                    log.exception("request %s failed", what)
                    text = TrainingProcess.tr(
                        "Something unexpected went wrong ({kind}): {error}"
                    ).format(kind=type(exc).__name__, error=exc)
                    self.conn.send(("reply", ident, False, NNStudioError(text)))
                else:
                    self.conn.send(("reply", ident, True, value))

    def _replace_model(self, model: Any) -> int | None:
        self.model = model
        if model is None:
            return None
        self.generation += 1
        return self.generation

    def train(
        self, run_id: int, project: dict[str, Any], base_dir: str | None, options: Any
    ) -> None:
        from nnstudio.training.engine import Engine

        self._replace_model(None)  # the old network is gone: free its memory first

        def listener(event: Event) -> None:
            if not isinstance(event, RunFinished):
                self.conn.send(("event", run_id, event))

        engine = Engine(
            Project.from_dict(project),
            listener,
            stop=self.stop,
            pause=self.pause,
            base_dir=Path(base_dir) if base_dir else None,
            options=options,
            data_cache=self.data,
            compiled=self.compiled,
            previous_start=self.start,
            keep_start=True,
        )
        result = engine.run()
        if engine.start_point is not None:
            self.start = engine.start_point
        generation = self._replace_model(result.model)
        try:
            bare = dataclasses.replace(result, model=None)
            self.conn.send(("finished", run_id, bare, generation))
        except Exception:  # something in the result would not pickle: still end the run
            log.exception("the run's result could not be sent")
            bare = RunFinished(
                result.reason, result.message, result.epochs_done, result.seconds,
                result.train_seconds, dict(result.test), dict(result.history),
                details=traceback.format_exc(),
            )  # fmt: skip
            self.conn.send(("finished", run_id, bare, generation))

    def prepare(self, data: dict[str, Any], base_dir: str | None) -> None:
        """Load the data a run will need before Train is pressed (nothing is sent back: a
        problem with the data is told by the run)."""
        from nnstudio.data.mnist import find_mnist

        spec = DataSpec(**data)
        if spec.dataset == "mnist" and not spec.path and find_mnist()[0] == "download":
            return  # downloading is for when the student presses Train
        started = time.monotonic()
        try:
            self.data.load(spec, Path(base_dir) if base_dir else None)
        except Exception:
            log.info("the data could not be loaded ahead of a run", exc_info=True)
        else:
            log.info("data ready in %.2f s", time.monotonic() - started)

    def _model(self, generation: int) -> Any:
        if self.model is None or generation != self.generation:
            raise NNStudioError(
                TrainingProcess.tr(
                    "That trained network is no longer loaded: it was replaced by a newer run."
                )
            )
        return self.model

    def do_measure(self, project: dict[str, Any], base_dir: str | None) -> Timing:
        from nnstudio.training.probe import measure

        return measure(
            Project.from_dict(project),
            Path(base_dir) if base_dir else None,
            data_cache=self.data,
            compiled=self.compiled,
        )

    def do_predict(self, generation: int, batch: np.ndarray) -> np.ndarray:
        return np.asarray(self._model(generation)(batch, training=False))

    def do_trace(self, generation: int, example: np.ndarray) -> Trace:
        return trace_model(self._model(generation), example)

    def do_save(self, generation: int, path: str) -> None:
        model = self._model(generation)
        try:
            save_model(model, path)
        except NNStudioError:
            log.exception("could not save the model to %s", path)
            raise

    def do_restore(
        self, project: dict[str, Any], base_dir: str | None, model_path: str
    ) -> tuple[int | None, dict[str, Any]]:
        from nnstudio.training.restore import restore

        self._replace_model(None)
        restored = restore(
            Project.from_dict(project),
            Path(base_dir) if base_dir else None,
            Path(model_path),
            data_cache=self.data,
        )
        info = {
            "transform": restored.transform,
            "input_shape": restored.input_shape,
            "evaluation": restored.evaluation,
            "test": restored.test,
        }
        return self._replace_model(restored.model), info

    def do_language(self) -> str:
        """The language the process speaks now."""
        return current_language()

    def do_crash(self, code: int) -> None:
        """For tests: end the process abruptly, as running out of memory would."""
        sys.stdout.flush()
        os._exit(code)


_shared: Trainer | None = None
_shared_lock = threading.Lock()


def shared_trainer() -> Trainer:
    """The one training process of this program (started on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Trainer()
            import atexit

            atexit.register(_shared.shutdown, 5.0)
        return _shared
