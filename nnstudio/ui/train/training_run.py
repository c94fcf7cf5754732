"""Training from the window: the run happens in the training process
(:mod:`nnstudio.training.remote`); this turns its events into Qt signals on the GUI thread.

Nothing here touches TensorFlow, and no Qt thread is involved: the trainer's reader thread
emits a signal, which Qt queues to the GUI thread. Stop and pause are flags the engine checks
after every batch; closing the window stops the run and waits for it to end.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot

from nnstudio.core.analysis import Timing
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import Context
from nnstudio.core.spec import Project
from nnstudio.training.engine import EngineOptions
from nnstudio.training.events import Event, RunFinished
from nnstudio.training.remote import shared_trainer
from nnstudio.training.restore import Restored

log = logging.getLogger("nnstudio.ui")

TrainRun = Context("TrainRun")


class TrainingBackend(Protocol):
    """What the window uses of a trainer: :class:`nnstudio.training.remote.Trainer` (the
    training process), or a stand-in that sends the same events (the window's tests).

    ``train`` calls ``listener`` on a thread of its own (never the caller's), once per engine
    event, ending with exactly one :class:`RunFinished`; ``stop`` and ``pause`` are honoured
    after the current batch."""

    def train(
        self,
        project: Project,
        base_dir: Path | None,
        listener: Callable[[Event], None],
        options: EngineOptions | None = None,
    ) -> None: ...

    def start(self) -> None: ...

    def set_language(self, language: str | None = None) -> bool: ...

    def prepare(self, project: Project, base_dir: Path | None) -> bool: ...

    def stop(self) -> None: ...

    def pause(self, paused: bool) -> None: ...

    @property
    def paused(self) -> bool: ...

    @property
    def training(self) -> bool: ...

    def restore(self, project: Project, base_dir: Path | None, model_path: Path) -> Restored: ...

    def measure(self, project: Project, base_dir: Path | None) -> Timing: ...


class TrainingRun(QObject):
    """One run: start it, stop it, pause it, wait for it. ``engine_event`` carries the engine's
    events and ``finished`` the :class:`RunFinished`, both on the GUI thread."""

    # Not called ``event``: that would hide QObject.event(), through which Qt delivers every
    # queued signal, and each delivery would then keep a reference to the run (and its result).
    engine_event = Signal(object)
    finished = Signal(object)
    _arrived = Signal(object)  # from the trainer's reader thread, queued to this one

    def __init__(
        self,
        project: Project,
        base_dir: Path | None,
        parent: QObject | None = None,
        options: EngineOptions | None = None,
        trainer: TrainingBackend | None = None,
    ):
        super().__init__(parent)
        self.project = project  # sent to the training process as it is when started
        self.base_dir = base_dir
        self.options = options
        self.trainer: TrainingBackend = trainer or shared_trainer()
        self.result: RunFinished | None = None
        self._ended = threading.Event()
        self._started = False
        self._arrived.connect(self._on_arrived)

    def start(self) -> None:
        self._started = True
        self.trainer.train(self.project, self.base_dir, self._listen, self.options)

    def stop(self) -> None:
        self.trainer.stop()

    def pause(self, paused: bool) -> None:
        """Hold training after the current batch (True) or let it go on (False)."""
        self.trainer.pause(paused)

    @property
    def paused(self) -> bool:
        return self.trainer.paused

    @property
    def running(self) -> bool:
        return self._started and not self._ended.is_set()

    def wait(self, milliseconds: int = 60_000) -> bool:
        """Stop and wait for the run to end (when the window closes); True if it ended."""
        if not self._started:
            return True
        self.trainer.stop()
        return self._ended.wait(milliseconds / 1000)

    def _listen(self, event: Event) -> None:
        """On the reader thread: keep the result, pass everything to the GUI thread."""
        if isinstance(event, RunFinished):
            self.result = event
            self._ended.set()
        self._arrived.emit(event)

    @Slot(object)
    def _on_arrived(self, event: Event) -> None:
        if isinstance(event, RunFinished):
            self.finished.emit(event)
        else:
            self.engine_event.emit(event)


class BackgroundCall(QObject):
    """Runs ``function()`` on a plain thread (loading a saved network can take seconds);
    ``done`` carries its result and ``failed`` a sentence for the student (the traceback goes
    to the log), both on the GUI thread."""

    done = Signal(object)
    failed = Signal(str)
    _ended = Signal(bool, object)

    def __init__(self, function: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.function = function
        self._thread = threading.Thread(target=self._work, name="nnstudio-background", daemon=True)
        self._ended.connect(self._on_ended)

    def start(self) -> None:
        self._thread.start()

    def wait(self, milliseconds: int = 60_000) -> bool:
        if self._thread.ident is None:
            return True
        self._thread.join(milliseconds / 1000)
        return not self._thread.is_alive()

    def _work(self) -> None:
        try:
            result = self.function()
        except NNStudioError as exc:
            self._ended.emit(False, str(exc))
        except Exception as exc:  # never a hung or crashed thread; the log has the details
            log.exception("background work failed")
            text = TrainRun.tr("Something unexpected went wrong ({error}): {details}").format(
                error=type(exc).__name__, details=exc
            )
            self._ended.emit(False, text)
        else:
            self._ended.emit(True, result)

    @Slot(bool, object)
    def _on_ended(self, ok: bool, value: object) -> None:
        if ok:
            self.done.emit(value)
        else:
            self.failed.emit(str(value))
