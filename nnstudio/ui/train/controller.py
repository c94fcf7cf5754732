"""Training from the window: starting, pausing and stopping a run, what it leaves behind (the
trained network with its results), bringing back a network saved with a project, and saving
the trained network.

It holds no widget: it says what happened through its signals, and the main window connects
them to the Train button, the status bar, the tabs and the views. So the training, builder and
results groups need not know one another."""

from __future__ import annotations

import copy
import logging
import math
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from nnstudio.core.captions import test_results_text
from nnstudio.core.catalog import DATASETS
from nnstudio.core.compare import settings_of
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import Context
from nnstudio.core.spec import Project, RunRecord
from nnstudio.training.engine import EngineOptions, is_tiny
from nnstudio.training.events import (
    BoundarySnapshot,
    Moment,
    ReplayStarted,
    RunFinished,
    RunStarted,
    Update,
    WeightSnapshot,
)
from nnstudio.training.restore import Restored
from nnstudio.ui.common.editor import Editor
from nnstudio.ui.train.training_run import BackgroundCall, TrainingBackend, TrainingRun

log = logging.getLogger("nnstudio.ui")

TrainController = Context("TrainController")

#: Slow motion for tiny datasets: XOR's 500 epochs take about a second to watch.
SLOW_MOTION_EPOCHS_PER_SECOND = 500.0

#: The data is loaded ahead in the training process this long after its settings last
#: changed (milliseconds), so that typing a number loads the data once, not once a keystroke.
PREPARE_DELAY_MS = 700

#: The tabs :attr:`TrainingController.show_tab` names.
NETWORK_TAB, TRAINING_TAB = "network", "training"


class TrainingController(QObject):
    """The window's training runs and what they leave behind: ``run`` while one goes on,
    ``last_result`` (the trained network with its results) once it has ended."""

    #: A run is about to start (before anything else is said about it).
    train_requested = Signal()
    #: The Train button: whether it can be pressed (while running it is Stop; False while
    #: stopping), why not (empty when it can), whether a run goes on, and whether it is paused.
    train_state_changed = Signal(bool, str, bool, bool)
    #: Train was pressed: the old run's weights, results and network are gone; TensorFlow and
    #: the data load before the run starts.
    run_preparing = Signal()
    #: The run's project (the copy it trains) and its :class:`RunStarted`.
    run_started = Signal(object, object)
    #: The run's :class:`Update`, :class:`WeightSnapshot` and :class:`BoundarySnapshot`.
    engine_event = Signal(object)
    #: The run's :class:`RunFinished`, and whether it is kept: False when another project was
    #: opened meanwhile (its results belonged to the old one).
    run_finished = Signal(object, bool)
    #: A trained network with its results, to show (after a run, or loaded with a project).
    results_ready = Signal(object)
    #: Another project: the last run's network, results and curves belonged to the old one.
    results_forgotten = Signal()
    #: Whether there is a trained network to save.
    model_available = Signal(bool)
    #: Whether the data is known to be small enough for slow motion (before a run).
    slow_motion_offered = Signal(bool)
    #: Whether "Same start as the last run" can be chosen (a run has started this session).
    same_start_offered = Signal(bool)
    #: Bring a tab to the front: :data:`NETWORK_TAB` or :data:`TRAINING_TAB`.
    show_tab = Signal(str)
    #: A line for the status bar, and how long to show it (milliseconds; 0: until replaced).
    status_message = Signal(str, int)
    #: Something went wrong that the student must read: a title and one sentence.
    warning = Signal(str, str)

    def __init__(
        self, editor: Editor, trainer: TrainingBackend, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        #: The training process (TensorFlow lives there, never in the window's process).
        self.trainer = trainer
        #: Slow motion for tiny data (the student's choice, kept between runs).
        self.slow_motion = True
        #: Whether the next run starts from the last run's starting weights (for the layers
        #: that did not change), and whether the training process has a last run's start.
        self.same_start = False
        self.has_start = False
        self.run: TrainingRun | None = None
        #: The copy of the project the current (or last) run trains.
        self.run_project: Project | None = None
        self.last_result: RunFinished | None = None
        #: Where the last run's trained network was saved, if it was.
        self.model_saved_as: Path | None = None
        self._run_owner: Project | None = None
        self._loaders: list[BackgroundCall] = []
        self._last_run: TrainingRun | None = None
        self._paused = False
        self._stopping = False
        #: The data settings (and folder) last sent to the training process to load ahead.
        self._prepared: tuple[Any, Path | None] | None = None
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(PREPARE_DELAY_MS)
        self._prepare_timer.timeout.connect(self.prepare_data)

    @property
    def paused(self) -> bool:
        return self._paused

    # --- ready before Train --------------------------------------------------------------------

    def warm_up(self) -> None:
        """Start the training process now and let it load the project's data, so that the
        first Train starts training at once (TensorFlow takes seconds to load)."""
        try:
            self.trainer.start()
        except Exception:  # the first Train reports it properly
            log.exception("the training process could not be started")
            return
        self.prepare_data()

    def prepare_data(self) -> None:
        """Have the training process load the project's data, if its settings changed since
        it last did and no run is going on (that run's data is loaded already)."""
        doc = self.editor.document
        if self.run is not None or self._data_wanted() == self._prepared:
            return
        if any(problem.section == "data" for problem in doc.report.errors):
            return  # the run will say what is wrong with it
        if self.trainer.prepare(doc.project, doc.base_dir):
            self._mark_prepared()

    def _data_wanted(self) -> tuple[Any, Path | None]:
        """The data settings and folder a run would load now."""
        doc = self.editor.document
        return doc.project.data, doc.base_dir

    def _mark_prepared(self) -> None:
        data, base_dir = self._data_wanted()
        self._prepared = (copy.deepcopy(data), base_dir)

    # --- the Train button ----------------------------------------------------------------------

    def project_changed(self) -> None:
        """The project was edited or replaced: the Train button says whether it can train."""
        if self.run is not None:
            return  # while training, the button is Stop
        self._offer_slow_motion()
        self._say_train_state()
        if self._data_wanted() != self._prepared:
            self._prepare_timer.start()

    def _say_train_state(self) -> None:
        if self.run is not None:
            self.train_state_changed.emit(not self._stopping, "", True, self._paused)
            return
        report = self.editor.document.report
        reason = ""
        if not report.ok:
            more = len(report.errors) - 1
            reason = report.errors[0].message
            if more:
                reason = TrainController.tr("{problem} (and %n more in Problems)", "", more).format(
                    problem=reason
                )
        self.train_state_changed.emit(report.ok, reason, False, False)

    def _offer_slow_motion(self) -> None:
        """Offer slow motion before a run when the data is known to be small enough for it
        (XOR); for a CSV file the first run tells."""
        project = self.editor.document.project
        info = DATASETS.get(project.data.dataset)
        if info is None or info.train_examples is None or info.feature_shape is None:
            return
        examples = info.train_examples
        steps = math.ceil(examples / max(1, min(project.train.batch_size, examples)))
        nbytes = examples * math.prod(info.feature_shape) * 4
        self.slow_motion_offered.emit(is_tiny(steps, nbytes))

    def set_same_start(self, on: bool) -> None:
        self.same_start = on

    def set_slow_motion(self, on: bool) -> None:
        self.slow_motion = on

    # --- a run ---------------------------------------------------------------------------------

    def set_paused(self, paused: bool) -> None:
        """Hold the run after the current batch (True) or let it go on (False)."""
        if self.run is None or paused == self._paused:
            if self.run is None and paused:
                self._say_train_state()  # nothing to pause
            return
        self._paused = paused
        self.run.pause(paused)
        self._say_train_state()
        if paused:
            self.status_message.emit(
                TrainController.tr("Paused after the current batch: press Resume to go on."), 0
            )
        else:
            self.status_message.emit(TrainController.tr("Training again…"), 0)

    def train_or_stop(self) -> None:
        """The Train button: train, or stop the run that goes on."""
        if self.run is not None:
            self.run.stop()
            self._stopping = True
            self._say_train_state()
            self.status_message.emit(TrainController.tr("Stopping after this batch…"), 0)
            return
        self.start()

    def start(self) -> None:
        """Train the project as it is now (a copy: editing goes on while it trains)."""
        doc = self.editor.document
        if not doc.report.ok or self.run is not None:
            return
        self.train_requested.emit()
        # The curves take ten deliveries a second and the weights two: smooth to watch, and
        # little enough drawing that training in the window keeps pace with training alone.
        options = EngineOptions(update_interval=0.1, snapshot_interval=0.5)
        if self.slow_motion:
            options.max_epochs_per_second = SLOW_MOTION_EPOCHS_PER_SECOND
        options.same_start = self.same_start and self.has_start
        # Recorded to replay: the moments cost under 1% of the training time.
        options.record_replay = True
        self.run_project = doc.project.copy()
        self._run_owner = doc.project
        # The run loads this data: the training process keeps it for the next run.
        self._prepare_timer.stop()
        self._mark_prepared()
        # No Qt parent: the run lives while it is referenced here (this run, and the last one
        # until the next starts), so a finished run and its result do not pile up.
        self._last_run = None
        self.run = TrainingRun(
            self.run_project, doc.base_dir, None, options=options, trainer=self.trainer
        )
        self.run.engine_event.connect(self._on_training_event)
        self.run.finished.connect(self._on_training_finished)
        self._paused = self._stopping = False
        self._say_train_state()
        self.status_message.emit(
            TrainController.tr("Getting ready: loading TensorFlow and the data…"), 0
        )
        # The training process lets go of the last network as the new run starts: nothing
        # may ask it anything now (saving the project meanwhile saves no network).
        self.last_result = None
        self.model_available.emit(False)
        self.run_preparing.emit()
        self.show_tab.emit(TRAINING_TAB)
        self.run.start()

    def _on_training_event(self, event: object) -> None:
        if isinstance(event, RunStarted):
            self.has_start = True
            self.same_start_offered.emit(True)
            self.run_started.emit(self.run_project, event)
            self.status_message.emit(started_text(event), 0)
        elif isinstance(event, (Update, WeightSnapshot, BoundarySnapshot, ReplayStarted, Moment)):
            self.engine_event.emit(event)

    def _on_training_finished(self, result: RunFinished) -> None:
        # Not freed here: this is called from inside the run's own signal.
        self._last_run, self.run = self.run, None
        self._paused = self._stopping = False
        self.project_changed()
        self.status_message.emit(f"{result.message} {test_results_text(result.test)}".strip(), 0)
        if self.editor.document.project is not self._run_owner:
            # Another project was opened meanwhile: this run's results belong to the old one.
            self.status_message.emit(
                TrainController.tr("The previous project's run ended: {message}").format(
                    message=result.message
                ),
                0,
            )
            self.run_finished.emit(result, False)
            return
        self.last_result = result
        self.model_saved_as = None
        self.run_finished.emit(result, True)
        self.results_ready.emit(result)
        self.model_available.emit(result.model is not None)
        if result.epochs_done > 0:
            self.editor.record_run(
                RunRecord(
                    finished=datetime.now().isoformat(timespec="seconds"),
                    reason=result.reason,
                    message=result.message,
                    epochs_done=result.epochs_done,
                    train_seconds=round(result.train_seconds, 3),
                    test=dict(result.test),
                    history={k: list(v) for k, v in result.history.items()},
                    settings=settings_of(self.run_project) if self.run_project else None,
                )
            )
        if result.reason in ("error", "nan"):
            log.warning("training ended: %s\n%s", result.message, result.details)
            self.warning.emit(TrainController.tr("Training stopped"), result.message)

    def wait(self) -> None:
        """Stop the run after the current batch and wait for it, and for any network being
        loaded, so no thread outlives the window."""
        if self.run is not None:
            self.status_message.emit(TrainController.tr("Stopping the training…"), 0)
            self.run.wait()
        for loader in list(self._loaders):
            loader.wait()

    def adopt(self, other: TrainingController) -> None:
        """Carry on from ``other`` (the window was made again, in another language): its
        choices, and its last run's trained network and results, shown again here."""
        self.slow_motion = other.slow_motion
        self.same_start, self.has_start = other.same_start, other.has_start
        self.run_project = other.run_project
        self.last_result = other.last_result
        self.model_saved_as = other.model_saved_as
        self._prepared = other._prepared
        self._run_owner = self.editor.document.project
        if self.last_result is not None:
            self.results_ready.emit(self.last_result)
            self.model_available.emit(self.last_result.model is not None)

    def forget(self) -> None:
        """Another project: the last run's network and results belonged to the old one."""
        if self.run is not None:
            return  # still training the old one; its result arrives later
        self.last_result = None
        self.model_saved_as = None
        self.model_available.emit(False)
        self.results_forgotten.emit()
        self._offer_slow_motion()
        self.show_tab.emit(NETWORK_TAB)

    # --- the trained network on disk -------------------------------------------------------

    def restore_trained_network(self, from_file: Path | None = None) -> None:
        """A project saved with its trained network (or a network imported with its weights,
        ``from_file``) gets it back, in the background: its results and the drawing pad work
        without training."""
        from nnstudio.training.restore import saved_model_path

        doc = self.editor.document
        model_path = from_file or saved_model_path(doc.project, doc.base_dir)
        if model_path is None or self.run is not None:
            return
        project, base_dir = doc.project.copy(), doc.base_dir
        owner = doc.project
        trainer = self.trainer
        loader = BackgroundCall(lambda: trainer.restore(project, base_dir, model_path), self)
        self.status_message.emit(
            TrainController.tr("Loading the trained network {name}…").format(name=model_path.name),
            0,
        )

        def done(restored: Restored) -> None:
            if self.editor.document.project is not owner or self.run is not None:
                return  # another project, or a new run, came first
            last = project.runs[-1] if project.runs else None
            self.last_result = RunFinished(
                "completed",
                TrainController.tr("The trained network saved with this project ({name}).").format(
                    name=model_path.name
                ),
                last.epochs_done if last else 0,
                0.0,
                test=restored.test,
                history=last.history if last else {},
                model=restored.model,
                evaluation=restored.evaluation,
                transform=restored.transform,
                input_shape=restored.input_shape,
            )
            self.model_saved_as = model_path
            self.model_available.emit(True)
            self.results_ready.emit(self.last_result)
            self.status_message.emit(
                TrainController.tr(
                    "Loaded the trained network {name}: see Results and Draw a digit."
                ).format(name=model_path.name),
                8000,
            )

        def failed(message: str) -> None:
            log.warning("could not load %s: %s", model_path, message)
            self.status_message.emit(
                TrainController.tr("The saved network was not loaded: {message}").format(
                    message=message
                ),
                10000,
            )

        loader.done.connect(done)
        loader.failed.connect(failed)
        for old in [old for old in self._loaders if old.wait(0)]:
            self._loaders.remove(old)
            old.deleteLater()
        self._loaders.append(loader)
        loader.start()

    def trained_model(self) -> Any:
        """The last run's network, if it left one worth keeping (the training process's
        handle to it), or None."""
        result = self.last_result
        return result.model if result is not None and result.reason != "error" else None

    def save_model(self, path: Path) -> bool:
        """Write the trained network to ``path``; on failure say why and return False."""
        model = self.trained_model()
        if model is None:
            return False
        try:
            model.save(path)
        except NNStudioError as exc:  # the training process says why, in one sentence
            log.warning("could not save the model to %s: %s", path, exc)
            self.warning.emit(TrainController.tr("Cannot save the trained network"), str(exc))
            return False
        self.model_saved_as = path
        self.status_message.emit(
            TrainController.tr("Saved the trained network to {name}").format(name=path.name), 6000
        )
        return True

    def save_model_beside_project(self, path: Path) -> bool:
        """Saving the project: write the trained network to ``path`` beside it, unless it is
        already there; True if it was written now."""
        return (
            self.trained_model() is not None
            and self.model_saved_as != path
            and self.save_model(path)
        )


def started_text(event: RunStarted) -> str:
    """The status bar's line as a run starts: its examples, where they come from, and what a
    run asked to start as the last one did could take over (when it was asked)."""
    examples, source, taken = event.train_examples, event.data_source, event.same_start
    if taken is None:
        text = TrainController.tr("Training on {examples:,} examples: {source}")
    elif not taken:
        text = TrainController.tr(
            "Training on {examples:,} examples: {source}. No layer could start as in the last "
            "run (every one changed shape, or the training process was restarted), so this run "
            "starts new"
        )
    else:
        text = TrainController.tr(
            "Training on {examples:,} examples: {source}. Same start as the last run for "
            "{layers}; any other layer starts new"
        )
    return text.format(examples=examples, source=source, layers=", ".join(taken or ()))
