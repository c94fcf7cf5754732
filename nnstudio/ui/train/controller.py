"""Training from the window: starting, pausing and stopping a run, showing what it sends, its
results and the drawing pad, bringing back a network saved with a project, and saving the
trained network. The window builds the widgets and hands them over; this drives them."""

from __future__ import annotations

import logging
import math
from datetime import datetime
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QTabWidget,
    QWidget,
)

from nnstudio.core.catalog import DATASETS
from nnstudio.core.errors import NNStudioError
from nnstudio.core.spec import Project, RunRecord
from nnstudio.training.engine import EngineOptions, is_tiny
from nnstudio.training.events import (
    BoundarySnapshot,
    RunFinished,
    RunStarted,
    Update,
    WeightSnapshot,
)
from nnstudio.training.remote import Trainer
from nnstudio.training.restore import Restored
from nnstudio.ui.builder.network_diagram import NetworkDiagram
from nnstudio.ui.common.editor import Editor
from nnstudio.ui.results.draw_digit import DIGIT_NAMES, DigitTester
from nnstudio.ui.results.results_tab import ResultsView
from nnstudio.ui.train.training_run import BackgroundCall, TrainingRun
from nnstudio.ui.train.training_tab import TrainingView

log = logging.getLogger("nnstudio.ui")

#: Slow motion for tiny datasets: XOR's 500 epochs take about a second to watch.
SLOW_MOTION_EPOCHS_PER_SECOND = 500.0


class TrainingController(QObject):
    """The window's training runs and what they leave behind: ``run`` while one goes on,
    ``last_result`` (the trained network with its results) once it has ended."""

    #: Emitted when a run is about to start.
    train_requested = Signal()

    def __init__(
        self,
        editor: Editor,
        trainer: Trainer,
        *,
        window: QWidget,
        status: QStatusBar,
        train_button: QPushButton,
        train_reason: QLabel,
        pause_button: QPushButton,
        progress: QProgressBar,
        tabs: QTabWidget,
        diagram: NetworkDiagram,
        training_view: TrainingView,
        results_view: ResultsView,
        digit_tester: DigitTester,
        save_model_action: QAction,
    ) -> None:
        super().__init__(window)
        self.editor = editor
        #: The training process (TensorFlow lives there, never in the window's process).
        self.trainer = trainer
        self.window = window  # the parent of message boxes
        self.status = status
        self.train_button = train_button
        self.train_reason = train_reason
        self.pause_button = pause_button
        self.progress = progress
        self.tabs = tabs
        self.diagram = diagram
        self.training_view = training_view
        self.results_view = results_view
        self.digit_tester = digit_tester
        self.save_model_action = save_model_action

        self.run: TrainingRun | None = None
        #: The copy of the project the current (or last) run trains.
        self.run_project: Project | None = None
        self.last_result: RunFinished | None = None
        #: Where the last run's trained network was saved, if it was.
        self.model_saved_as: Path | None = None
        self._run_owner: Project | None = None
        self._loaders: list[BackgroundCall] = []
        self._last_run: TrainingRun | None = None
        self._pending_results: RunFinished | None = None

        train_button.clicked.connect(self._train_clicked)
        pause_button.toggled.connect(self._pause_toggled)
        training_view.progress_changed.connect(self._show_progress)
        tabs.currentChanged.connect(self._on_tab)

    # --- the Train button ----------------------------------------------------------------------

    def project_changed(self) -> None:
        """The project was edited or replaced: the Train button says whether it can train."""
        if self.run is not None:
            return  # while training, the button is Stop
        self._offer_slow_motion()
        report = self.editor.document.report
        if report.ok:
            self.train_button.setEnabled(True)
            self.train_button.setToolTip("Train this network on its data")
            self.train_reason.setText("")
        else:
            first = report.errors[0].message
            more = len(report.errors) - 1
            reason = first + (f" (and {more} more in Problems)" if more else "")
            self.train_button.setEnabled(False)
            self.train_button.setToolTip(reason)
            self.train_reason.setText(f"Cannot train yet: {reason}")

    def _offer_slow_motion(self) -> None:
        """Show the slow-motion choice before a run when the data is known to be small enough
        for it (XOR); for a CSV file the first run tells."""
        project = self.editor.document.project
        info = DATASETS.get(project.data.dataset)
        if info is None or info.train_examples is None or info.feature_shape is None:
            return
        examples = info.train_examples
        steps = math.ceil(examples / max(1, min(project.train.batch_size, examples)))
        nbytes = examples * math.prod(info.feature_shape) * 4
        self.training_view.show_slow_motion(is_tiny(steps, nbytes))

    # --- a run ---------------------------------------------------------------------------------

    def _pause_toggled(self, paused: bool) -> None:
        self.pause_button.setText("Resume" if paused else "Pause")
        if self.run is None:
            return
        self.run.pause(paused)
        if paused:
            self.status.showMessage("Paused after the current batch: press Resume to go on.")
        else:
            self.status.showMessage("Training again…")

    def _train_clicked(self) -> None:
        if self.run is not None:
            self.run.stop()
            self.train_button.setEnabled(False)
            self.status.showMessage("Stopping after this batch…")
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
        if self.training_view.slow_motion.isChecked():
            options.max_epochs_per_second = SLOW_MOTION_EPOCHS_PER_SECOND
        self.run_project = doc.project.copy()
        self._run_owner = doc.project
        # No Qt parent: the run lives while it is referenced here (this run, and the last one
        # until the next starts), so a finished run and its result do not pile up.
        self._last_run = None
        self.run = TrainingRun(
            self.run_project, doc.base_dir, None, options=options, trainer=self.trainer
        )
        self.run.engine_event.connect(self._on_training_event)
        self.run.finished.connect(self._on_training_finished)
        self.train_button.setText("Stop")
        self.train_button.setToolTip("Stop after the current batch, keeping what was learned")
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.pause_button.setChecked(False)
        self.pause_button.setVisible(True)
        self.status.showMessage("Getting ready: loading TensorFlow and the data…")
        self.diagram.clear_weights()
        self.training_view.prepare()
        # The training process lets go of the last network as the new run starts: nothing
        # may ask it anything now (saving the project meanwhile saves no network).
        self.last_result = None
        self.save_model_action.setEnabled(False)
        self._pending_results = None
        self.results_view.set_evaluation(None)
        self.digit_tester.clear_predictor("Training… draw here once it has finished.")
        self.tabs.setCurrentWidget(self.training_view)
        self.run.start()

    def _on_training_event(self, event: object) -> None:
        if isinstance(event, RunStarted):
            assert self.run_project is not None
            self.training_view.start(event, self.run_project)
            self.status.showMessage(
                f"Training on {event.train_examples:,} examples: {event.data_source}"
            )
            return
        if isinstance(event, (Update, WeightSnapshot, BoundarySnapshot)):
            self.training_view.handle(event)
        if isinstance(event, WeightSnapshot):
            self.diagram.set_weights(event.layer, event.kernel)

    def _show_progress(self, text: str, fraction: float) -> None:
        """The training view's progress, in the status bar: the bar always, the line only on
        the other tabs (the Training tab shows it above its plots; there the status bar keeps
        saying where the data came from)."""
        if self.progress.value() != int(fraction * 100):
            self.progress.setValue(int(fraction * 100))
        if self.pause_button.isChecked():  # keep saying it is paused
            return
        if self.tabs.currentWidget() is not self.training_view:
            self.status.showMessage(text)

    def _on_training_finished(self, result: RunFinished) -> None:
        # Not freed here: this is called from inside the run's own signal.
        self._last_run, self.run = self.run, None
        self.pause_button.setVisible(False)
        self.pause_button.setChecked(False)
        self.train_button.setText("Train")
        self.progress.setVisible(False)
        self.project_changed()
        tested = "  ".join(f"test {k} {v:.4f}" for k, v in result.test.items())
        self.status.showMessage(f"{result.message}  {tested}".strip())
        if self.editor.document.project is not self._run_owner:
            # Another project was opened meanwhile: this run's results belong to the old one.
            self.status.showMessage(f"The previous project's run ended: {result.message}")
            self.training_view.reset()
            return
        self.last_result = result
        self.model_saved_as = None
        self.training_view.finish(result)
        self._show_results(result)
        self.save_model_action.setEnabled(result.model is not None)
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
                )
            )
        if result.reason in ("error", "nan"):
            log.warning("training ended: %s\n%s", result.message, result.details)
            QMessageBox.warning(self.window, "Training stopped", result.message)

    def wait(self) -> None:
        """Stop the run after the current batch and wait for it, and for any network being
        loaded, so no thread outlives the window."""
        if self.run is not None:
            self.status.showMessage("Stopping the training…")
            self.run.wait()
        for loader in list(self._loaders):
            loader.wait()

    # --- results -------------------------------------------------------------------------------

    def _show_results(self, result: RunFinished) -> None:
        """The Results and Draw-a-digit tabs take the trained network."""
        # Filled when first looked at: building the matrix and gallery at the very end of a run
        # would hold the window up for a moment, for a tab that may not be opened.
        self._pending_results = result
        if self.tabs.currentWidget() is self.results_view:
            self._fill_results()
        model = result.model
        if model is None or result.reason in ("error", "nan"):
            self.digit_tester.clear_predictor(
                "This run did not leave a network to ask; train again, then draw here."
            )
            return

        def predict(batch: np.ndarray) -> np.ndarray:
            return np.asarray(model.predict(batch))

        names = result.evaluation.class_names if result.evaluation else DIGIT_NAMES
        self.digit_tester.set_predictor(predict, result.transform, result.input_shape, names)

    def _fill_results(self) -> None:
        result, self._pending_results = self._pending_results, None
        if result is not None:
            self.results_view.set_evaluation(result.evaluation, result.test)

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.results_view:
            self._fill_results()

    def forget(self) -> None:
        """Another project: the last run's network and results belonged to the old one."""
        if self.run is not None:
            return  # still training the old one; its result arrives later
        self.last_result = None
        self.model_saved_as = None
        self.save_model_action.setEnabled(False)
        self.diagram.clear_weights()
        self._pending_results = None
        self.results_view.set_evaluation(None)
        self.digit_tester.clear_predictor()
        self.training_view.reset()
        self._offer_slow_motion()
        self.tabs.setCurrentWidget(self.diagram)

    # --- the trained network on disk -------------------------------------------------------

    def restore_trained_network(self) -> None:
        """A project saved with its trained network gets it back, in the background: its
        results and the drawing pad work again without training."""
        from nnstudio.training.restore import saved_model_path

        doc = self.editor.document
        model_path = saved_model_path(doc.project, doc.base_dir)
        if model_path is None or self.run is not None:
            return
        project, base_dir = doc.project.copy(), doc.base_dir
        owner = doc.project
        trainer = self.trainer
        loader = BackgroundCall(lambda: trainer.restore(project, base_dir, model_path), self)
        self.status.showMessage(f"Loading the trained network {model_path.name}…")

        def done(restored: Restored) -> None:
            if self.editor.document.project is not owner or self.run is not None:
                return  # another project, or a new run, came first
            self.last_result = RunFinished(
                "completed",
                f"The trained network saved with this project ({model_path.name}).",
                project.runs[-1].epochs_done,
                0.0,
                test=restored.test,
                history=project.runs[-1].history,
                model=restored.model,
                evaluation=restored.evaluation,
                transform=restored.transform,
                input_shape=restored.input_shape,
            )
            self.model_saved_as = model_path
            self.save_model_action.setEnabled(True)
            self._show_results(self.last_result)
            self.status.showMessage(
                f"Loaded the trained network {model_path.name}: see Results and Draw a digit.",
                8000,
            )

        def failed(message: str) -> None:
            log.warning("could not load %s: %s", model_path, message)
            self.status.showMessage(f"The saved network was not loaded: {message}", 10000)

        loader.done.connect(done)
        loader.failed.connect(failed)
        for old in [old for old in self._loaders if old.wait(0)]:
            self._loaders.remove(old)
            old.deleteLater()
        self._loaders.append(loader)
        loader.start()

    def trained_model(self) -> object | None:
        """The last run's network, if it left one worth keeping."""
        result = self.last_result
        return result.model if result is not None and result.reason != "error" else None

    def save_model(self, path: Path) -> bool:
        """Write the trained network to ``path``; on failure say why and return False."""
        model = self.trained_model()
        if model is None:
            return False
        try:
            model.save(path)  # type: ignore[attr-defined]
        except NNStudioError as exc:  # the training process says why, in one sentence
            log.warning("could not save the model to %s: %s", path, exc)
            QMessageBox.warning(self.window, "Cannot save the trained network", str(exc))
            return False
        self.model_saved_as = path
        self.status.showMessage(f"Saved the trained network to {path.name}", 6000)
        return True

    def save_model_beside_project(self, path: Path) -> bool:
        """Saving the project: write the trained network to ``path`` beside it, unless it is
        already there; True if it was written now."""
        return (
            self.trained_model() is not None
            and self.model_saved_as != path
            and self.save_model(path)
        )
