"""Training from the window: the engine runs on a worker thread; this only turns its events
into Qt signals and back.

The worker never touches widgets. Stop sets a ``threading.Event`` that the engine checks after
every batch (a queued slot would never run while the worker is inside ``fit``), and closing
the window stops the run and waits for it.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from nnstudio.core.errors import NNStudioError
from nnstudio.core.spec import Project
from nnstudio.training.engine import EngineOptions
from nnstudio.training.events import Event, RunFinished


def lower_priority(niceness: int = 5) -> None:
    """Give the calling thread (and the threads it starts, such as TensorFlow's pools, which
    inherit it on Linux) a lower priority than the window's, so that on a busy machine the
    window gets the processor first. Training loses almost nothing: the window needs little.
    Only where threads have their own priority (Linux); elsewhere nothing changes."""
    if not sys.platform.startswith("linux"):
        return
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid), niceness))
    except (OSError, AttributeError):  # not allowed here: the window just shares as before
        pass


class TrainingWorker(QObject):
    """Lives on the training thread; forwards every engine event as ``event``."""

    event = Signal(object)
    finished = Signal(object)

    def __init__(
        self,
        project: Project,
        base_dir: Path | None,
        stop: threading.Event,
        options: EngineOptions | None = None,
        pause: threading.Event | None = None,
    ) -> None:
        super().__init__()
        self.project = project
        self.base_dir = base_dir
        self.stop = stop
        self.pause = pause
        self.options = options

    @Slot()
    def run(self) -> None:
        from nnstudio.training.engine import Engine

        lower_priority()

        def listener(event: Event) -> None:
            if not isinstance(event, RunFinished):
                self.event.emit(event)

        engine = Engine(
            self.project,
            listener,
            stop=self.stop,
            pause=self.pause,
            base_dir=self.base_dir,
            options=self.options,
        )
        result = engine.run()
        self.finished.emit(result)
        # End the thread from inside: the GUI thread may be blocked in wait() (closing).
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()


class TrainingRun(QObject):
    """One run: start it, stop it, wait for it. Emits the engine's events on the GUI thread."""

    event = Signal(object)
    finished = Signal(object)

    def __init__(
        self,
        project: Project,
        base_dir: Path | None,
        parent: QObject | None = None,
        options: EngineOptions | None = None,
    ):
        super().__init__(parent)
        self.stop_event = threading.Event()
        self.pause_event = threading.Event()
        self.thread = QThread()
        self.thread.setObjectName("nnstudio-training")
        self.worker = TrainingWorker(
            project.copy(), base_dir, self.stop_event, options, self.pause_event
        )
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.event.connect(self.event)
        self.worker.finished.connect(self._done)
        self.result: RunFinished | None = None

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stop_event.set()

    def pause(self, paused: bool) -> None:
        """Hold training after the current batch (True) or let it go on (False)."""
        if paused:
            self.pause_event.set()
        else:
            self.pause_event.clear()

    @property
    def paused(self) -> bool:
        return self.pause_event.is_set()

    @property
    def running(self) -> bool:
        return self.thread.isRunning()

    def wait(self, milliseconds: int = 60_000) -> bool:
        """Stop and wait for the thread to end (when the window closes)."""
        self.stop_event.set()
        return bool(self.thread.wait(milliseconds))

    def _done(self, result: RunFinished) -> None:
        self.result = result
        self.thread.wait()
        self.finished.emit(result)


class BackgroundCall(QThread):
    """Runs ``function()`` off the GUI thread (loading a saved network); ``done`` carries its
    result, ``failed`` a sentence for the student (the traceback goes to the log)."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, function: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.function = function
        self.setObjectName("nnstudio-background")

    def run(self) -> None:
        try:
            result = self.function()
        except NNStudioError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # never a hung or crashed thread; the log has the details
            logging.getLogger("nnstudio.ui").exception("background work failed")
            self.failed.emit(f"Something unexpected went wrong ({type(exc).__name__}): {exc}")
        else:
            self.done.emit(result)
