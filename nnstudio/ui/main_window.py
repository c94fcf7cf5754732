"""The main window: the builder's panels in docks, the menus, projects and export."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QByteArray, QElapsedTimer, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnstudio import __version__, lessons
from nnstudio.core import i18n, project_file
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.core.keras_args import layer_names
from nnstudio.core.spec import Project, RunRecord
from nnstudio.core.templates import DEFAULT_TEMPLATE, TEMPLATES, from_template
from nnstudio.lessons.session import LessonSession
from nnstudio.training.events import Event, RunFinished, RunStarted, WeightSnapshot
from nnstudio.training.remote import shared_trainer
from nnstudio.training.replay import load_recording, replay_path, save_recording
from nnstudio.ui.builder.analysis_view import AnalysisView
from nnstudio.ui.builder.code_view import CodeView
from nnstudio.ui.builder.data_preview import DataPreview
from nnstudio.ui.builder.layer_palette import LayerPalette
from nnstudio.ui.builder.layer_properties import PropertyEditor
from nnstudio.ui.builder.layer_stack_view import LayerStackView
from nnstudio.ui.builder.network_diagram import NetworkDiagram
from nnstudio.ui.builder.problems_panel import ProblemsPanel
from nnstudio.ui.builder.settings_panels import CompilePanel, DataPanel, TrainingPanel
from nnstudio.ui.common.appearance import TEXT_SIZE_LABELS, appearance, text_size_label
from nnstudio.ui.common.colours import PALETTES, SCHEMES, colours
from nnstudio.ui.common.editor import Editor
from nnstudio.ui.common.language import start_language
from nnstudio.ui.common.style import ERROR_COLOR
from nnstudio.ui.crash import open_log_folder
from nnstudio.ui.lessons.highlight import Highlighter
from nnstudio.ui.lessons.lesson_panel import LessonPanel
from nnstudio.ui.lessons.start_page import StartPage
from nnstudio.ui.results.draw_digit import DIGIT_NAMES, DigitTester
from nnstudio.ui.results.inside_view import InsideView
from nnstudio.ui.results.results_tab import ResultsView
from nnstudio.ui.train.controller import NETWORK_TAB, TRAINING_TAB, TrainingController
from nnstudio.ui.train.runs_view import RunsView
from nnstudio.ui.train.training_run import TrainingBackend, TrainingRun
from nnstudio.ui.train.training_tab import TrainingView
from nnstudio.userdirs import data_dir

if TYPE_CHECKING:
    from nnstudio.export import Format

log = logging.getLogger("nnstudio.ui")
Window = Context("Window")

MAX_RECENT = 8
#: From this width of the screen's free area on (logical pixels), the layer palette and the
#: stack sit side by side; below it, one above the other.
WIDE_SCREEN = 1500
#: Room a dock's tab takes beyond its title's text (margins and frame), in pixels.
TAB_PADDING = 30
#: The layer stack's (and palette's) narrowest first width, when longer words need the room.
LEFT_NARROWEST = 250
#: Room left for the window's title bar when the first size is chosen.
TITLE_BAR = 32


def available_size(widget: QWidget) -> QSize:
    """The free area (without the taskbar) of the screen ``widget`` is on, or will open on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen else QSize(1366, 768)


#: File dialogs' filters (translated where used: ``translate("Window", PROJECT_FILTER)``).
PROJECT_FILTER = QT_TRANSLATE_NOOP("Window", "nnstudio projects (*.nnproj);;All files (*)")
LESSON_FILTER = QT_TRANSLATE_NOOP("Window", "nnstudio lessons (*.nnlesson);;All files (*)")


def settings() -> QSettings:
    """Settings live in nnstudio's data folder (portable mode keeps them beside the app)."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    #: Emitted when a run is about to start (passed on from the training controller).
    train_requested = Signal()

    def __init__(
        self,
        project: Project | None = None,
        path: Path | None = None,
        trainer: TrainingBackend | None = None,
    ) -> None:
        super().__init__()
        #: The training process (TensorFlow lives there, never in the window's process).
        self.trainer: TrainingBackend = trainer or shared_trainer()
        #: "about 38 s to train here", once the Analysis tab has measured it.
        self._expected_time = ""
        self.editor = Editor(parent=self)
        self.setDockNestingEnabled(True)
        self._build_panels()
        self._build_actions()
        self.training_control = TrainingController(self.editor, self.trainer, parent=self)
        self._connect_training()
        self._build_menus()
        self.editor.undo_stack.cleanChanged.connect(self._update_title)
        #: The run whose replay the Training tab holds (saved beside the project with it).
        self._replay_run: RunRecord | None = None
        self._replay_pending = False
        self.editor.run_recorded.connect(self._on_run_recorded)
        self.editor.document.changed.connect(self._on_changed)
        self.editor.document.replaced.connect(self._on_changed)
        self._connect_lessons()
        # (Loading it shows its lesson, if it belongs to one: see _resume_lesson.)
        self.editor.load(project or from_template(DEFAULT_TEMPLATE), path)
        #: Whether the docks got their first sizes, and whether a saved layout was restored.
        self._sized = False
        self._restored = False
        self._restore_layout()
        # The text size chosen last time; presentation always starts off.
        saved = settings().value("view/text_size", "normal")
        chosen = saved if isinstance(saved, str) and saved in TEXT_SIZE_LABELS else "normal"
        self.set_text_size(chosen, remember=False)
        # Light, dark or the system's, and the colours of curves and classes, as last time.
        scheme, palette = settings().value("view/colour_scheme"), settings().value("view/palette")
        self.set_colours(
            scheme=scheme if isinstance(scheme, str) else None,
            palette=palette if isinstance(palette, str) else None,
            remember=False,
        )
        appearance().set(presentation=False)
        self._update_title()
        self._on_changed()
        self._reading_order()

    def _reading_order(self) -> None:
        """Tab goes through the window as it reads: the palette and the layer stack on the
        left, then the centre (its tabs, the page, Train), then the settings on the right,
        then the panels below. (Qt would go in the order the parts were made.)"""
        QWidget.setTabOrder(self.stack_view, self.tabs)
        # After the last part of the centre's pages: the Train row below them.
        last: QWidget = self.tabs
        while (after := last.nextInFocusChain()) is not None and self.tabs.isAncestorOf(after):
            last = after
        for widget in (self.same_start, self.pause_button, self.train_button):
            QWidget.setTabOrder(last, widget)
            last = widget

    # --- training (the controller's; the smoke test, benchmarks and tests reach it here) ------

    @property
    def run(self) -> TrainingRun | None:
        return self.training_control.run

    @property
    def last_result(self) -> RunFinished | None:
        return self.training_control.last_result

    def start_training(self) -> None:
        self.training_control.start()

    def _connect_training(self) -> None:
        """What the training controller says, shown by the widgets; the Train and Pause
        buttons and the slow-motion choice, told to it."""
        control = self.training_control
        #: A run's results, shown when the Results tab is first looked at.
        self._pending_results: RunFinished | None = None
        #: A run's network, followed when the Inside tab is first looked at.
        self._pending_inside: RunFinished | None = None
        control.train_requested.connect(self.train_requested)
        control.train_state_changed.connect(self._show_train_state)
        control.run_preparing.connect(self._on_run_preparing)
        control.run_started.connect(self._on_run_started)
        control.engine_event.connect(self._on_engine_event)
        control.run_finished.connect(self._on_run_finished)
        control.results_ready.connect(self._show_results)
        control.results_forgotten.connect(self._forget_results)
        control.model_available.connect(self.save_model_action.setEnabled)
        control.slow_motion_offered.connect(self.training_view.show_slow_motion)
        control.same_start_offered.connect(self.same_start.setVisible)
        self.same_start.toggled.connect(control.set_same_start)
        control.show_tab.connect(self._show_tab)
        control.status_message.connect(self.statusBar().showMessage)
        control.warning.connect(lambda title, text: QMessageBox.warning(self, title, text))
        self.train_button.clicked.connect(self._train_clicked)
        self.pause_button.toggled.connect(control.set_paused)
        self.pause_button.toggled.connect(lambda on: self._lesson_did("pause", on))
        self.training_view.slow_motion.toggled.connect(control.set_slow_motion)
        control.set_slow_motion(self.training_view.slow_motion.isChecked())
        self.training_view.progress_changed.connect(self._show_progress)
        self.editor.document.replaced.connect(control.forget)

    def _train_clicked(self) -> None:
        """Train (after the lesson's prediction, if it asks one) or stop."""
        control = self.training_control
        if control.run is not None:
            self.lesson_panel.record("stop")
        elif self.lesson_panel.needs_answer():
            self.lesson_dock.show()
            self.lesson_dock.raise_()
            self.statusBar().showMessage(
                Window.tr("First answer the lesson's question, then train."), 6000
            )
            return
        control.train_or_stop()
        if control.run is not None:
            self.lesson_panel.record("train")

    def _show_train_state(self, enabled: bool, reason: str, running: bool, paused: bool) -> None:
        button = self.train_button
        button.setText(Window.tr("Stop") if running else Window.tr("Train"))
        button.setEnabled(enabled)
        if running:
            button.setToolTip(Window.tr("Stop after the current batch, keeping what was learned"))
        else:
            button.setToolTip(reason or Window.tr("Train this network on its data"))
        self.train_reason.setText(
            Window.tr("Cannot train yet: {reason}").format(reason=reason) if reason else ""
        )
        self.pause_button.setChecked(paused)
        self.pause_button.setText(Window.tr("Resume") if paused else Window.tr("Pause"))
        self.pause_button.setVisible(running)
        self.progress.setVisible(running)

    def _on_run_preparing(self) -> None:
        self.progress.setValue(0)
        self.diagram.clear_weights()
        self.training_view.prepare()
        self._pending_results = None
        self.results_view.set_evaluation(None)
        self.digit_tester.clear_predictor(Window.tr("Training… draw here once it has finished."))
        self.inside_view.clear(Window.tr("Training… look inside the network once it has finished."))
        self._pending_inside = None

    def _on_run_started(self, project: Project, event: RunStarted) -> None:
        self.training_view.start(event, project)

    def _on_engine_event(self, event: Event) -> None:
        self.training_view.handle(event)
        if isinstance(event, WeightSnapshot):
            self.diagram.set_weights(event.layer, event.kernel)

    def _show_progress(self, text: str, fraction: float) -> None:
        """The training view's progress, in the status bar: the bar always, the line only on
        the other tabs (the Training tab shows it above its plots; there the status bar keeps
        saying where the data came from)."""
        if self.progress.value() != int(fraction * 100):
            self.progress.setValue(int(fraction * 100))
        if self.training_control.paused:  # keep saying it is paused
            return
        if self.tabs.currentWidget() is not self.training_view:
            self.statusBar().showMessage(text)

    def _on_run_finished(self, result: RunFinished, kept: bool) -> None:
        if kept:
            self.training_view.finish(result)
            # The replay on show belongs to the run about to be kept in the project.
            self._replay_pending = True
        else:
            self.training_view.reset()

    def _on_run_recorded(self) -> None:
        runs = self.editor.document.project.runs
        if self._replay_pending and runs:
            self._replay_run = runs[-1]
            self.lesson_panel.run_finished()
        self._replay_pending = False
        self._update_title()

    def _save_replay(self, path: Path) -> None:
        """Write the replay of the project's last run beside the project (if it is the one
        on show), and name it in the run."""
        runs = self.editor.document.project.runs
        recording = self.training_view.recording()
        if not runs or runs[-1] is not self._replay_run or recording is None:
            return
        target = replay_path(path)
        try:
            save_recording(recording, target)
        except (NNStudioError, OSError) as exc:
            log.warning("could not save the replay to %s: %s", target, exc)
            self.statusBar().showMessage(
                Window.tr(
                    "The project is saved, but its replay could not be written ({error})."
                ).format(error=exc),
                8000,
            )
            return
        runs[-1].replay_file = target.name

    def _open_replay(self, path: Path) -> None:
        """The replay saved with the project's last run, if there is one."""
        runs = self.editor.document.project.runs
        self._replay_run = None
        if not runs or not runs[-1].replay_file:
            return
        try:
            recording = load_recording(path.parent / runs[-1].replay_file)
        except NNStudioError as exc:
            log.warning("could not read the replay of %s: %s", path, exc)
            self.training_view.replay.say(
                Window.tr("{error} The curves are shown without it.").format(error=exc)
            )
            return
        self.training_view.show_recording(recording, self.editor.document.project)
        self._replay_run = runs[-1]

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
                Window.tr("This run did not leave a network to ask; train again, then draw here.")
            )
            self.inside_view.clear(
                Window.tr(
                    "This run did not leave a network to look inside; train again, then look here."
                )
            )
            return
        # Like the results, followed when the tab is first looked at.
        self._pending_inside = result
        if self.tabs.currentWidget() is self.inside_view:
            self._fill_inside()

        def predict(batch: np.ndarray) -> np.ndarray:
            return np.asarray(model.predict(batch))

        names = result.evaluation.class_names if result.evaluation else DIGIT_NAMES
        self.digit_tester.set_predictor(predict, result.transform, result.input_shape, names)

    def _fill_results(self) -> None:
        result, self._pending_results = self._pending_results, None
        if result is not None:
            self.results_view.set_evaluation(result.evaluation, result.test)

    def _fill_inside(self, example: int = 0) -> bool:
        """Hand the last run's network to the Inside tab, following test ``example`` first;
        False if it already had it (or there is none)."""
        result, self._pending_inside = self._pending_inside, None
        if result is None or result.model is None or result.evaluation is None:
            return False
        self.inside_view.set_network(
            result.model.trace, result.evaluation, result.transform, result.input_shape,
            drawn=self.digit_tester.network_input, example=example,
        )  # fmt: skip
        return True

    def show_inside(
        self, example: int | None = None, layer: int | None = None, unit: int = 0
    ) -> None:
        """The Inside tab, following test ``example`` and showing neuron ``unit`` of the stack's
        layer ``layer`` (when given)."""
        filled = self._fill_inside(example or 0)
        self.tabs.setCurrentWidget(self.inside_view)
        if self.inside_view.evaluation is None:
            return
        if example is not None and not filled:
            self.inside_view.show_example(example)
        if layer is not None:
            name = layer_names(self.editor.document.project.layers)[layer]
            self.inside_view.choose_layer(name, unit)

    def _weights_neuron_clicked(self, layer: int, unit: int) -> None:
        """A neuron's picture in the weights view: its arithmetic, once the run is over."""
        if self.run is not None or (
            self._pending_inside is None and self.inside_view.evaluation is None
        ):
            self.statusBar().showMessage(
                Window.tr(
                    "Neuron {number}: once training has finished, clicking it shows its "
                    "arithmetic in the Inside tab."
                ).format(number=unit + 1),
                6000,
            )
            return
        self.show_inside(layer=layer, unit=unit)

    def _forget_results(self) -> None:
        self.diagram.clear_weights()
        self._pending_results = None
        self._pending_inside = None
        self.inside_view.clear()
        self.results_view.set_evaluation(None)
        self.digit_tester.clear_predictor()
        self.training_view.reset()

    def _show_tab(self, name: str) -> None:
        tab = {NETWORK_TAB: self.diagram, TRAINING_TAB: self.training_view}[name]
        self.tabs.setCurrentWidget(tab)

    # --- building the window ---------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState() needs it
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_panels(self) -> None:
        editor = self.editor
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea

        self.layer_palette = LayerPalette(editor)
        self.stack_view = LayerStackView(editor)
        self.properties = PropertyEditor(editor)
        self.compile_panel = CompilePanel(editor)
        self.data_panel = DataPanel(editor)
        self.training_panel = TrainingPanel(editor)
        self.problems = ProblemsPanel(editor)
        self.code_view = CodeView(editor)
        self.data_preview = DataPreview(editor)
        self.diagram = NetworkDiagram(editor)

        self.palette_dock = self._dock(
            Window.tr("Layer palette"), "palette", self.layer_palette, left
        )
        self.stack_dock = self._dock(Window.tr("Layer stack"), "stack", self.stack_view, left)
        # Side by side where there is room; on a narrower screen (a school laptop's 1366
        # pixels, or 1920 at 150%) the palette goes above the stack, leaving the centre room.
        side_by_side = self._side_by_side = available_size(self).width() >= WIDE_SCREEN
        self.splitDockWidget(
            self.palette_dock,
            self.stack_dock,
            Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical,
        )
        # The lesson, when there is one, above the settings (and beside every tab).
        self.lesson_panel = LessonPanel(editor)
        self.lesson_dock = self._dock(Window.tr("Lesson"), "lesson", self.lesson_panel, right)
        self.lesson_dock.hide()
        self.properties_dock = self._dock(
            Window.tr("Layer settings"), "properties", self.properties, right
        )
        self.compile_dock = self._dock(
            Window.tr("Loss and optimizer"), "compile", self.compile_panel, right
        )
        self.data_dock = self._dock(Window.tr("Data"), "data", self.data_panel, right)
        self.training_dock = self._dock(
            Window.tr("Training"), "training", self.training_panel, right
        )
        for dock in (self.compile_dock, self.data_dock, self.training_dock):
            self.tabifyDockWidget(self.properties_dock, dock)
        self.properties_dock.raise_()
        self.problems_dock = self._dock(Window.tr("Problems"), "problems", self.problems, bottom)
        self.analysis = AnalysisView(editor, lambda p, base: self.trainer.measure(p, base))
        self.analysis_dock = self._dock(Window.tr("Analysis"), "analysis", self.analysis, bottom)
        self.code_dock = self._dock(Window.tr("Keras code"), "code", self.code_view, bottom)
        self.preview_dock = self._dock(
            Window.tr("Data preview"), "preview", self.data_preview, bottom
        )
        self.tabifyDockWidget(self.problems_dock, self.analysis_dock)
        self.tabifyDockWidget(self.problems_dock, self.code_dock)
        self.tabifyDockWidget(self.problems_dock, self.preview_dock)
        self.problems_dock.raise_()
        self.problems.section_requested.connect(self._show_section)
        self.analysis.timing_changed.connect(self._show_expected_time)
        self.analysis_dock.visibilityChanged.connect(self._grow_analysis)
        self.editor.selection_changed.connect(self._on_selection)

        # The centre: the diagram, the summary line and the Train button.
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.train_button = QPushButton(Window.tr("Train"))
        self.train_button.setObjectName("train")
        self.train_button.setMinimumWidth(120)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress)
        self.train_reason = QLabel()
        self.train_reason.setWordWrap(True)
        self.train_reason.setStyleSheet(f"color: {ERROR_COLOR};")
        self.pause_button = QPushButton(Window.tr("Pause"))
        self.pause_button.setObjectName("pause")
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip(
            Window.tr("Hold training after the current batch, to look closely")
        )
        self.pause_button.setVisible(False)
        self.same_start = QCheckBox(Window.tr("Same start as the last run"))
        self.same_start.setObjectName("same-start")
        self.same_start.setToolTip(
            Window.tr(
                "Train from the starting weights of the last run, for every layer you did not "
                "change, so that your change is the only difference between the two runs. A "
                "layer whose size changed (and the one after it) starts new."
            )
        )
        self.same_start.setVisible(False)  # shown once there is a last run to start as
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.same_start)
        row.addWidget(self.pause_button)
        row.addWidget(self.train_button)
        # The centre: the network, then what training shows; the Train button stays below.
        self.training_view = TrainingView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.setDocumentMode(True)
        # Its own minimum, not its biggest page's: the Training tab needs more height than the
        # Network tab, but it is shown with the docks hidden, so it has the room then.
        self.tabs.setMinimumSize(420, 240)
        self.tabs.addTab(self.diagram, Window.tr("Network"))
        self.tabs.addTab(self.training_view, Window.tr("Training"))
        self.runs_view = RunsView(self.editor)
        self.runs_view.said.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.tabs.addTab(self.runs_view, Window.tr("Runs"))
        self.tabs.setTabToolTip(
            self.tabs.count() - 1,
            Window.tr("Compare the runs kept with the project, and go back to one"),
        )
        self.results_view = ResultsView()
        self.tabs.addTab(self.results_view, Window.tr("Results"))
        self.digit_tester = DigitTester()
        self.tabs.addTab(self.digit_tester, Window.tr("Draw a digit"))
        self.inside_view = InsideView()
        self.tabs.addTab(self.inside_view, Window.tr("Inside"))
        self.tabs.setTabToolTip(
            self.tabs.count() - 1,
            Window.tr(
                "Follow one example through the trained network, down to a neuron's arithmetic"
            ),
        )
        self.results_view.example_activated.connect(lambda i: self.show_inside(example=i))
        self.training_view.weights.neuron_clicked.connect(self._weights_neuron_clicked)
        self.diagram.neuron_activated.connect(
            lambda layer, unit: self.show_inside(layer=layer, unit=unit)
        )
        #: The panels' layout while another tab than Network hides them.
        self._builder_state: QByteArray | None = None
        self.tabs.currentChanged.connect(self._on_tab)
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        layout.addWidget(self.train_reason)
        self.setCentralWidget(centre)

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(
            Window.tr("&New empty network"), self.new_empty, std.New,
            Window.tr("Start from an empty layer stack"),
        )  # fmt: skip
        self.open_action = self._action(Window.tr("&Open…"), self.open_dialog, std.Open)
        self.save_action = self._action(Window.tr("&Save"), self.save, std.Save)
        self.save_as_action = self._action(Window.tr("Save &As…"), self.save_as, std.SaveAs)
        self.export_script_action = self._action(
            Window.tr("Export Keras &script…"), lambda: self.export_dialog("script"), "Ctrl+E",
            Window.tr("Write a Python script that builds and trains this network with Keras"),
        )  # fmt: skip
        self.export_notebook_action = self._action(
            Window.tr("Export Jupyter &notebook…"), lambda: self.export_dialog("notebook")
        )
        self.import_action = self._action(
            Window.tr("&Import network…"), self.import_dialog, None,
            Window.tr(
                "Put a network from a .keras file, a Keras script or a notebook on the canvas"
            ),
        )  # fmt: skip
        self.export_folder_action = self._action(
            Window.tr("Export project &folder…"), self.export_folder_dialog, None,
            Window.tr(
                "A folder with the script, the notebook, the data and requirements.txt, ready "
                "to copy to another computer and run offline"
            ),
        )  # fmt: skip
        self.save_model_action = self._action(
            Window.tr("Save trained &model…"), self.save_model_dialog, None,
            Window.tr(
                "Save the trained network as a Keras .keras file (keras.models.load_model "
                "reads it)"
            ),
        )  # fmt: skip
        self.save_model_action.setEnabled(False)
        self.quit_action = self._action(Window.tr("&Quit"), self.close, std.Quit)
        self.undo_action = self.editor.undo_stack.createUndoAction(self, Window.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(std.Undo))
        self.redo_action = self.editor.undo_stack.createRedoAction(self, Window.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(std.Redo)])
        self.about_action = self._action(Window.tr("&About nnstudio"), self.about)
        self.log_action = self._action(Window.tr("Open &log folder"), open_log_folder)
        self.reset_layout_action = self._action(Window.tr("&Reset layout"), self.reset_layout)
        self.presentation_action = self._action(
            Window.tr("&Presentation"), self.set_presentation, "F11",
            Window.tr(
                "Full screen, larger text, thicker lines and bigger markers, for a projector"
            ),
        )  # fmt: skip
        self.presentation_action.setCheckable(True)
        self.start_page_action = self._action(
            Window.tr("&Start page…"), self.show_start_page, None,
            Window.tr("The built-in lessons and challenges, with their level and minutes"),
        )  # fmt: skip
        self.open_lesson_action = self._action(
            Window.tr("Open &lesson…"), self.open_lesson_dialog, None,
            Window.tr("Start a lesson or a challenge from a teacher's .nnlesson file"),
        )  # fmt: skip
        self.continue_lesson_action = self._action(
            Window.tr("&Continue the lesson"), self.continue_lesson, None,
            Window.tr("Show the lesson this project belongs to again"),
        )  # fmt: skip
        self.continue_lesson_action.setEnabled(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(Window.tr("&File"))
        file.addAction(self.new_action)
        new = file.addMenu(Window.tr("New from &template"))
        for name, template in TEMPLATES.items():
            action = new.addAction(f"{name} — {template.summary}")
            action.triggered.connect(lambda checked=False, n=name: self.new_from_template(n))
        file.addAction(self.open_action)
        self.recent_menu = file.addMenu(Window.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addAction(self.open_lesson_action)
        file.addAction(self.import_action)
        file.addSeparator()
        file.addAction(self.save_action)
        file.addAction(self.save_as_action)
        file.addSeparator()
        file.addAction(self.export_script_action)
        file.addAction(self.export_notebook_action)
        file.addAction(self.export_folder_action)
        file.addAction(self.save_model_action)
        file.addSeparator()
        file.addAction(self.quit_action)

        edit = bar.addMenu(Window.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        for action in self.stack_view.actions():
            if action.text():
                edit.addAction(action)

        view = bar.addMenu(Window.tr("&View"))
        view.addAction(self.presentation_action)
        sizes = view.addMenu(Window.tr("&Text size"))
        self.text_size_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for name in TEXT_SIZE_LABELS:
            action = sizes.addAction(text_size_label(name))
            action.setCheckable(True)
            action.setChecked(name == appearance().text_size)
            action.triggered.connect(lambda checked=False, n=name: self.set_text_size(n))
            group.addAction(action)
            self.text_size_actions[name] = action
        self._build_colours_menu(view)
        self._build_language_menu(view)
        view.addSeparator()
        for dock in self.findChildren(QDockWidget):
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        view.addAction(self.reset_layout_action)

        learn = bar.addMenu(Window.tr("&Learn"))
        learn.addAction(self.start_page_action)
        learn.addAction(self.continue_lesson_action)
        learn.addSeparator()
        for lesson in lessons.builtin():
            action = learn.addAction(
                Window.tr("{lesson} ({minutes} min)").format(
                    lesson=lesson.heading, minutes=lesson.minutes
                )
            )
            action.setStatusTip(lesson.summary)
            action.triggered.connect(lambda checked=False, chosen=lesson: self.start_lesson(chosen))
        learn.addSeparator()
        learn.addAction(self.open_lesson_action)

        help_menu = bar.addMenu(Window.tr("&Help"))
        help_menu.addAction(self.log_action)
        help_menu.addAction(self.about_action)

    # --- state shown in the window ------------------------------------------------------------

    def _update_title(self) -> None:
        doc = self.editor.document
        where = doc.path.name if doc.path else Window.tr("not saved yet")
        self.setWindowTitle(
            Window.tr("{project} ({where})[*] — nnstudio").format(
                project=doc.project.name, where=where
            )
        )
        self.setWindowModified(self.editor.modified)

    def _grow_analysis(self, shown: bool) -> None:
        """Brought to the front, the Analysis tab gets the height of its table (up to a third
        of the window), so that every layer is in sight."""
        if not shown or self.tabs.currentWidget() is not self.diagram:
            return
        view = self.analysis
        rows = view.table.rowCount()
        wanted = (
            view.table.horizontalHeader().height()
            + rows * view.table.verticalHeader().defaultSectionSize()
            + view.totals.sizeHint().height()
            + view.measure_button.sizeHint().height()
            + 40
        )
        height = min(wanted, self.height() // 3)
        if height > self.analysis_dock.height():
            self.resizeDocks([self.analysis_dock], [height], Qt.Orientation.Vertical)

    def _show_expected_time(self, text: str) -> None:
        if text != self._expected_time:
            self._expected_time = text
            self._on_changed()

    def _on_changed(self) -> None:
        self._update_title()
        report = self.editor.document.report
        total = report.total_params
        if report.complete and self._expected_time:
            self.summary.setText(
                Window.tr("{total:,} weights and biases to learn, {expected_time}").format(
                    total=total, expected_time=self._expected_time
                )
            )
        elif report.complete:
            self.summary.setText(
                Window.tr("{total:,} weights and biases to learn").format(total=total)
            )
        else:
            self.summary.setText(
                Window.tr("{total:,} weights and biases so far (some shapes unknown)").format(
                    total=total
                )
            )
        self.training_control.project_changed()

    def _on_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.results_view:
            self._fill_results()
        elif widget is self.inside_view:
            self._fill_inside()
        # Training, results and the drawing pad get the whole window; the builder's panels
        # come back, as they were, with the Network tab.
        looked = {self.results_view: "results", self.inside_view: "inside", self.runs_view: "runs"}
        if widget in looked:
            self.lesson_panel.record(looked[widget])
        if widget is not self.diagram and self._builder_state is None:
            self._builder_state = self.saveState()
            for dock in self.findChildren(QDockWidget):
                if dock is not self.lesson_dock:  # the lesson goes along
                    dock.hide()
        elif widget is self.diagram and self._builder_state is not None:
            state, self._builder_state = self._builder_state, None
            self.restoreState(state)
            self._hide_stray_tab_bars()

    def _on_selection(self, index: int) -> None:
        if index >= 0:
            self.properties_dock.raise_()

    def _show_section(self, section: str) -> None:
        dock = {"compile": self.compile_dock, "data": self.data_dock}.get(
            section, self.training_dock
        )
        dock.show()
        dock.raise_()

    # --- text size and presentation -----------------------------------------------------------

    def set_text_size(self, name: str, remember: bool = True) -> None:
        """View → Text size (remembered)."""
        appearance().set(text_size=name)
        if remember:
            settings().setValue("view/text_size", name)
        if name in getattr(self, "text_size_actions", {}):
            self.text_size_actions[name].setChecked(True)

    def _build_colours_menu(self, view: QMenu) -> None:
        """View → Colours: light, dark or the system's; the usual colours for curves and
        classes, or colours for colour blindness."""
        menu = view.addMenu(Window.tr("&Colours"))
        menu.setObjectName("colours_menu")
        self.colour_actions: dict[str, QAction] = {}
        for options, current, key in (
            (SCHEMES, colours().scheme, "scheme"),
            (PALETTES, colours().palette_name, "palette"),
        ):
            group = QActionGroup(self)
            for name, label in options.items():
                action = menu.addAction(translate("Colours", label))
                action.setCheckable(True)
                action.setChecked(name == current)
                action.triggered.connect(
                    lambda checked=False, k=key, n=name: self.set_colours(**{k: n})
                )
                group.addAction(action)
                self.colour_actions[name] = action
            menu.addSeparator()

    def set_colours(
        self, *, scheme: str | None = None, palette: str | None = None, remember: bool = True
    ) -> None:
        """View → Colours (remembered)."""
        colours().set(scheme=scheme, palette=palette)
        if remember:
            settings().setValue("view/colour_scheme", colours().scheme)
            settings().setValue("view/palette", colours().palette_name)
        for name in (colours().scheme, colours().palette_name):
            if name in getattr(self, "colour_actions", {}):
                self.colour_actions[name].setChecked(True)

    def _build_language_menu(self, view: QMenu) -> None:
        """View → Language: the system's, or one chosen (each named in its own language)."""
        menu = view.addMenu(Window.tr("&Language"))
        menu.setObjectName("language_menu")
        chosen = i18n.saved_language()
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        system = menu.addAction(Window.tr("As the computer (system)"))
        system.setData("system")
        menu.addSeparator()
        options = [system]
        for code in i18n.available_languages():
            action = menu.addAction(i18n.LANGUAGES[code])
            action.setData(code)
            options.append(action)
        for action in options:
            code = str(action.data())
            action.setCheckable(True)
            action.setChecked(code == chosen or (code == "system" and chosen not in i18n.LANGUAGES))
            action.triggered.connect(lambda checked=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_actions[code] = action

    def set_language(self, choice: str) -> MainWindow:
        """View → Language: remembered, and the window is made again in that language with
        the project as it is: unsaved changes, runs, the last run's results and the lesson
        stay. Returns the window now showing (this one if nothing changed)."""
        if self.training_control.run is not None:
            self.language_actions[i18n.saved_language()].setChecked(True)
            QMessageBox.information(
                self,
                Window.tr("Language"),
                Window.tr(
                    "The language can change when this run has ended. Stop it or let it "
                    "finish, then choose the language again."
                ),
            )
            return self
        settings().setValue("view/language", choice)
        spoken = i18n.current_language()
        now = start_language(None if choice == "system" else choice)
        # The training process's sentences (a run's end, its problems) follow too.
        self.trainer.set_language(now)
        if now == spoken:
            return self
        return self.remake()

    def remake(self) -> MainWindow:
        """A new window in the language now spoken, holding this one's project, results and
        layout; this one closes without asking (nothing is lost)."""
        editor = self.editor
        window = MainWindow(editor.document.project, editor.document.path, trainer=self.trainer)
        if editor.modified:
            window.editor.mark_changed()
        window._update_title()
        window.restoreGeometry(self.saveGeometry())
        window.restoreState(self.saveState())
        window.training_control.adopt(self.training_control)
        window.tabs.setCurrentIndex(self.tabs.currentIndex())
        if self.isFullScreen():
            window.set_presentation(True)
        window.show()
        self._remade = True
        self.close()
        self.deleteLater()
        return window

    def set_presentation(self, on: bool) -> None:
        """View → Presentation (F11): full screen, larger text, thicker lines, bigger markers;
        F11 again (or Esc) ends it."""
        self.presentation_action.setChecked(on)
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif self.isFullScreen():
            self.showMaximized() if getattr(self, "_was_maximized", False) else self.showNormal()
        appearance().set(presentation=on)
        if on:
            self.statusBar().showMessage(
                Window.tr("Presentation: press F11 or Esc to end it."), 8000
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.presentation_action.isChecked():
            self.set_presentation(False)
            return
        super().keyPressEvent(event)

    # --- lessons ------------------------------------------------------------------------------

    def _connect_lessons(self) -> None:
        panel = self.lesson_panel
        self.highlighter = Highlighter(self)
        panel.look_at.connect(self.look_at)
        panel.said.connect(lambda text: self.statusBar().showMessage(text, 8000))
        panel.closed.connect(self.close_lesson)
        self.editor.refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.training_view.replay.moment_chosen.connect(
            lambda index: self._lesson_did("replay", index >= 0)
        )
        self.digit_tester.pad.drawing_changed.connect(lambda: panel.record("draw"))
        self.code_dock.visibilityChanged.connect(lambda shown: self._lesson_did("code", shown))
        self._lesson_clock = QElapsedTimer()
        self._lesson_timer = QTimer(self)
        self._lesson_timer.setInterval(5000)
        self._lesson_timer.timeout.connect(self._count_lesson_time)
        self.editor.document.replaced.connect(self._resume_lesson)

    def _lesson_did(self, action: str, really: bool = True) -> None:
        if really:
            self.lesson_panel.record(action)

    @property
    def lesson(self) -> LessonSession | None:
        return self.lesson_panel.session

    def _count_lesson_time(self) -> None:
        """Add the time since the last count to the lesson, while the window is in use."""
        session = self.lesson_panel.session
        elapsed = self._lesson_clock.restart() / 1000 if self._lesson_clock.isValid() else 0.0
        if session is not None and self.isActiveWindow() and 0 < elapsed < 60:
            session.spend(elapsed)

    def _resume_lesson(self) -> None:
        """Show the lesson the project belongs to (after Open, or a lesson's start), or none."""
        project = self.editor.document.project
        session = None
        if project.lesson is not None:
            try:
                lesson = lessons.for_project(project)
            except NNStudioError as exc:
                log.warning("the lesson kept in the project cannot be read: %s", exc)
                lesson = None
                self.statusBar().showMessage(
                    Window.tr(
                        "The lesson kept in this project cannot be read; the project opens "
                        "without it."
                    ),
                    10000,
                )
            if lesson is not None:
                session = LessonSession(lesson, project)
            elif not project.lesson.document:
                self.statusBar().showMessage(
                    Window.tr(
                        "This project was made in the lesson “{title}”, which this nnstudio "
                        "does not have."
                    ).format(title=project.lesson.title),
                    10000,
                )
        self.lesson_panel.set_session(session)
        self.lesson_dock.setVisible(session is not None)
        self.continue_lesson_action.setEnabled(False)
        if session is not None:
            self.lesson_dock.raise_()
            # The lesson's text and the settings it asks for share the right-hand side.
            # After the dock has been laid out (sizes set before that do not stick).
            QTimer.singleShot(250, self._size_lesson_dock)
            self._lesson_clock.start()
            self._lesson_timer.start()
        else:
            self._lesson_timer.stop()

    def _size_lesson_dock(self) -> None:
        """The lesson above the settings it asks for: most of the right-hand side to it."""
        total = self.lesson_dock.height() + self.properties_dock.height()
        if self.lesson_dock.isVisible() and total > 100:
            self.resizeDocks(
                [self.lesson_dock, self.properties_dock],
                [total * 70 // 100, total * 30 // 100],
                Qt.Orientation.Vertical,
            )

    def start_lesson(self, lesson: lessons.Lesson) -> None:
        """Begin ``lesson`` in a new project (after asking about unsaved changes)."""
        if not self._confirm_discard():
            return
        session = LessonSession.start(lesson)
        self.tabs.setCurrentWidget(self.diagram)
        self.editor.load(session.project, None)
        self.statusBar().showMessage(
            Window.tr("Lesson: {title}. Read the Lesson panel.").format(title=lesson.title), 8000
        )

    def open_lesson_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, Window.tr("Open a lesson"), self._last_dir(), translate("Window", LESSON_FILTER)
        )
        if path:
            self.open_lesson(Path(path))

    def open_lesson(self, path: Path) -> bool:
        """Start the lesson in ``path``; if it cannot be used, say every problem, change
        nothing."""
        try:
            lesson = lessons.load(path)
        except NNStudioError as exc:
            log.warning("could not open the lesson %s: %s", path, exc)
            QMessageBox.warning(self, Window.tr("Cannot open the lesson"), str(exc))
            return False
        self.start_lesson(lesson)
        return True

    def close_lesson(self) -> None:
        """Hide the lesson; the project keeps its progress (Learn → Continue brings it back)."""
        self.lesson_panel.set_session(None)
        self.lesson_dock.hide()
        self._lesson_timer.stop()
        self.continue_lesson_action.setEnabled(self.editor.document.project.lesson is not None)

    def continue_lesson(self) -> None:
        self._resume_lesson()

    def show_start_page(self) -> None:
        page = StartPage(lessons.builtin(), self)
        page.exec()
        if isinstance(page.choice, lessons.Lesson):
            self.start_lesson(page.choice)
        elif page.choice == "file":
            self.open_lesson_dialog()

    def show_start_page_once(self) -> None:
        """On first launch: the start page (the choice is remembered)."""
        s = settings()
        if s.value("start_page/seen", False, type=bool):
            return
        s.setValue("start_page/seen", True)
        self.show_start_page()

    def look_at(self, place: str) -> None:
        """Point at a part of the window: bring it to the front and outline it for a moment."""
        docks = {
            "palette": self.palette_dock, "stack": self.stack_dock,
            "layer_settings": self.properties_dock, "compile": self.compile_dock,
            "data": self.data_dock, "training": self.training_dock,
            "problems": self.problems_dock, "code": self.code_dock,
        }  # fmt: skip
        tabs = {
            "diagram": self.diagram, "curves": self.training_view,
            "weights": self.training_view, "boundary": self.training_view,
            "replay": self.training_view, "runs": self.runs_view,
            "results": self.results_view, "draw": self.digit_tester,
            "inside": self.inside_view,
        }  # fmt: skip
        target: QWidget | None = None
        if place in docks:
            dock = docks[place]
            if self.tabs.currentWidget() is not self.diagram:
                self.tabs.setCurrentWidget(self.diagram)
            dock.show()
            dock.raise_()
            target = dock
        elif place == "train_button":
            target = self.train_button
        elif place in tabs:
            page = tabs[place]
            if self.tabs.currentWidget() is page:
                target = self.training_view.replay if place == "replay" else page
            else:
                self.highlighter.flash_tab(self.tabs.tabBar(), self.tabs.indexOf(page))
                return
        if target is not None:
            self.highlighter.flash(target)

    # --- projects -----------------------------------------------------------------------------

    def _confirm_discard(self) -> bool:
        """True if the current project may be replaced (saved, discarded, or unchanged)."""
        if not self.editor.modified:
            return True
        answer = QMessageBox.question(
            self,
            Window.tr("Unsaved changes"),
            Window.tr("Save the changes to “{project}” first?").format(
                project=self.editor.document.project.name
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_empty(self) -> None:
        if self._confirm_discard():
            self.editor.load(Project(name=Window.tr("Untitled")), None)

    def new_from_template(self, name: str) -> None:
        if self._confirm_discard():
            self.editor.load(from_template(name), None)

    def open_dialog(self) -> None:
        if not self._confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(
            self, Window.tr("Open a project"), self._last_dir(), translate("Window", PROJECT_FILTER)
        )
        if path:
            self.open_path(Path(path), confirmed=True)

    def open_path(self, path: Path, confirmed: bool = False) -> bool:
        """Open ``path``; if it cannot be read, say why and keep the current project."""
        if not confirmed and not self._confirm_discard():
            return False
        try:
            project = project_file.load(path)
        except NNStudioError as exc:
            log.warning("could not open %s: %s", path, exc)
            QMessageBox.warning(self, Window.tr("Cannot open the project"), str(exc))
            self._forget_recent(path)
            return False
        self.editor.load(project, path.resolve())
        self._remember_recent(path.resolve())
        if project.runs:
            self.training_view.show_saved_run(project.runs[-1])
            self._open_replay(path)
        self.training_control.restore_trained_network()
        return True

    def save(self) -> bool:
        path = self.editor.document.path
        if path is None:
            return self.save_as()
        return self._save_to(path)

    def save_as(self) -> bool:
        doc = self.editor.document
        suggestion = str(
            doc.path or Path(self._last_dir()) / project_file.file_name(doc.project.name)
        )
        path, _ = QFileDialog.getSaveFileName(
            self, Window.tr("Save the project"), suggestion, translate("Window", PROJECT_FILTER)
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix != project_file.SUFFIX:
            target = target.with_name(target.name + project_file.SUFFIX)
        return self._save_to(target)

    def _save_to(self, path: Path) -> bool:
        project = self.editor.document.project
        model_path = path.with_suffix(".keras")
        # The trained network goes beside the project, named after it, and its run says so.
        if project.runs and self.training_control.save_model_beside_project(model_path):
            project.runs[-1].model_file = model_path.name
        self._save_replay(path)
        try:
            project_file.save(project, path)
        except NNStudioError as exc:
            QMessageBox.warning(self, Window.tr("Cannot save the project"), str(exc))
            return False
        self.editor.mark_saved(path.resolve())
        self._remember_recent(path.resolve())
        self._update_title()
        self.statusBar().showMessage(Window.tr("Saved {file}").format(file=path.name), 4000)
        return True

    def save_model_dialog(self) -> None:
        if self.training_control.trained_model() is None:
            return
        doc = self.editor.document
        suggestion = str(
            doc.path.with_suffix(".keras")
            if doc.path
            else Path(self._last_dir()) / project_file.file_name(doc.project.name, ".keras")
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            Window.tr("Save the trained network"),
            suggestion,
            Window.tr("Keras models (*.keras)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix != ".keras":
            target = target.with_name(target.name + ".keras")
        self.training_control.save_model(target)

    def export_dialog(self, fmt: Format) -> None:
        from nnstudio import export
        from nnstudio.data import resolve_data_path

        doc = self.editor.document
        suffix = export.SUFFIXES[fmt]
        suggestion = str(Path(self._last_dir()) / export.suggested_filename(doc.project, fmt))
        kind = (
            Window.tr("Jupyter notebook (*.ipynb)")
            if fmt == "notebook"
            else Window.tr("Python script (*.py)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self, Window.tr("Export Keras code"), suggestion, kind
        )
        if not path:
            return
        target = Path(path)
        if target.suffix != suffix:
            target = target.with_name(target.name + suffix)
        try:
            data_path = resolve_data_path(doc.project.data, doc.base_dir)
            export.export(doc.project, target, fmt=fmt, data_path=data_path)
        except NNStudioError as exc:
            QMessageBox.warning(self, Window.tr("Cannot export"), str(exc))
            return
        self.statusBar().showMessage(Window.tr("Exported {path}").format(path=target), 6000)

    def import_dialog(self) -> None:
        """File → Import: a network from a .keras file, a Keras script or a notebook."""
        if not self._confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            Window.tr("Import a network"),
            self._last_dir(),
            Window.tr("Keras networks (*.keras *.py *.ipynb);;All files (*)"),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> bool:
        """Put the network in ``path`` on the canvas as a new, unsaved project; if nothing can
        be imported, say every reason and keep the current project."""
        from nnstudio.export.importer import import_file

        try:
            imported = import_file(path)
        except NNStudioError as exc:
            log.warning("could not import %s: %s", path, exc)
            QMessageBox.warning(self, Window.tr("Nothing imported"), str(exc))
            return False
        self.tabs.setCurrentWidget(self.diagram)
        self.editor.load(imported.project, None)
        self.editor.mark_changed()  # not saved anywhere yet
        self._update_title()
        if imported.weights is not None:  # trained: its results, without training
            self.training_control.restore_trained_network(imported.weights)
        said = " ".join(imported.notes).strip()
        if said:
            text = Window.tr("Imported {file}. {notes}").format(file=path.name, notes=said)
        else:
            text = Window.tr("Imported {file}.").format(file=path.name)
        self.statusBar().showMessage(text, 15000)
        return True

    def export_folder_dialog(self) -> None:
        """Export the project as a folder (code, data, requirements, README), then offer to
        verify it."""
        from nnstudio.export import suggested_filename
        from nnstudio.export.folder import export_folder
        from nnstudio.ui.common.export_folder import ExportFolderDialog

        doc = self.editor.document
        parent = QFileDialog.getExistingDirectory(
            self, Window.tr("Export the project folder into…"), self._last_dir()
        )
        if not parent:
            return
        stem = suggested_filename(doc.project).removesuffix(".py")
        target = Path(parent) / stem
        number = 2
        while target.exists():  # never over an earlier export
            target = Path(parent) / f"{stem}-{number}"
            number += 1
        try:
            written = export_folder(doc.project, target, doc.base_dir)
        except NNStudioError as exc:
            QMessageBox.warning(self, Window.tr("Cannot export"), str(exc))
            return
        self.statusBar().showMessage(Window.tr("Exported {path}").format(path=target), 6000)
        ExportFolderDialog(written, self).exec()

    # --- recent files and layout ----------------------------------------------------------------

    def _recent(self) -> list[str]:
        value = settings().value("recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _remember_recent(self, path: Path) -> None:
        items = [str(path)] + [p for p in self._recent() if p != str(path)]
        s = settings()
        s.setValue("recent", items[:MAX_RECENT])
        s.setValue("last_dir", str(path.parent))

    def _forget_recent(self, path: Path) -> None:
        settings().setValue("recent", [p for p in self._recent() if p != str(path.resolve())])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self._recent()
        if not recent:
            self.recent_menu.addAction(Window.tr("No recent projects")).setEnabled(False)
        for item in recent:
            action = self.recent_menu.addAction(item)
            action.triggered.connect(lambda checked=False, p=item: self.open_path(Path(p)))

    def _last_dir(self) -> str:
        return str(settings().value("last_dir", str(Path.home())))

    def _hide_stray_tab_bars(self) -> None:
        """Qt (6.11) leaves the tab bar of a two-dock group behind when a third dock joins it,
        drawn over the palette; a bar whose tabs are all in another bar is such a leftover."""
        bars = [bar for bar in self.findChildren(QTabBar) if bar.parent() is self]
        titles = {bar: [bar.tabText(i) for i in range(bar.count())] for bar in bars}
        for bar in bars:
            mine = titles[bar]
            if mine and any(
                other is not bar
                and len(titles[other]) > len(mine)
                and set(mine) <= set(titles[other])
                for other in bars
            ):
                bar.hide()

    def _default_sizes(self) -> None:
        """The centre gets the room; the docks start at sizes that fit their contents: the
        right-hand group as wide as its tab titles, so none of them is cut short."""
        titles = [self.properties_dock, self.compile_dock, self.data_dock, self.training_dock]
        metrics = self.fontMetrics()
        right = sum(metrics.horizontalAdvance(d.windowTitle()) + TAB_PADDING for d in titles)
        if self._side_by_side:
            left, widths = [self.palette_dock, self.stack_dock], [165, 285]
        else:  # one column: as wide as a layer row's settings ("10 units, Softmax")
            left, widths = [self.stack_dock], [320]
        right = max(320, right)
        # The centre's tab titles must fit too (in French or Spanish they are longer): the
        # left-hand column gives up what they need, down to a narrowest usable width.
        centre = self.tabs.tabBar().sizeHint().width() + 2 * TAB_PADDING
        spare = self.width() - sum(widths) - right - centre
        if spare < 0:
            shrink = min(-spare, sum(widths) - LEFT_NARROWEST)
            widths = [round(w - shrink * w / sum(widths)) for w in widths]
        self.resizeDocks([*left, self.properties_dock], [*widths, right], Qt.Orientation.Horizontal)
        if not self._side_by_side:
            self.resizeDocks(
                [self.palette_dock, self.stack_dock], [45, 55], Qt.Orientation.Vertical
            )
        self.resizeDocks([self.problems_dock], [90], Qt.Orientation.Vertical)

    def _fit_to_screen(self) -> None:
        """Keep the whole window on its screen's free area (without the taskbar): a window
        restored from a bigger screen, or opened on a small one, is shrunk and moved in."""
        free = self.screen().availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), free.width() - extra_w)
        height = min(self.height(), free.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), free.x()), free.right() - frame.width() + 1)
        y = min(max(frame.y(), free.y()), free.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # Sizes only stick once the window has its own size.
            self._sized = True
            self._fit_to_screen()
            if not self._restored:
                self._default_sizes()
                self._default_state = self.saveState()
        self._hide_stray_tab_bars()

    def _restore_layout(self) -> None:
        self._sized = False
        self._default_sizes()
        self._default_state = self.saveState()
        s = settings()
        geometry = s.value("window/geometry")
        state = s.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            free = available_size(self)
            self.resize(min(1360, free.width()), min(860, free.height() - TITLE_BAR))
        self._fit_to_screen()
        self._restored = isinstance(state, QByteArray) and self.restoreState(state)

    def reset_layout(self) -> None:
        self.tabs.setCurrentWidget(self.diagram)
        self.restoreState(self._default_state)
        self._default_sizes()
        for dock in self.findChildren(QDockWidget):
            dock.show()
        self._hide_stray_tab_bars()

    def about(self) -> None:
        QMessageBox.about(
            self,
            Window.tr("About nnstudio"),
            f"<h3>nnstudio {__version__}</h3>"
            + Window.tr("<p>Learn neural networks by building them.</p>")
            + Window.tr(
                "<p>The MNIST database of handwritten digits is by Yann LeCun and Corinna "
                "Cortes (with Christopher J.C. Burges), made available under the Creative "
                "Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0); a copy ships with "
                "nnstudio.</p>"
            )
            + Window.tr("<p>Built with Qt (PySide6), pyqtgraph, numpy, TensorFlow and Keras.</p>")
            + Window.tr("<p>Settings and logs: {folder}</p>").format(folder=data_dir()),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if getattr(self, "_remade", False):  # its project lives on in the new window
            event.accept()
            return
        if not self._confirm_discard():
            event.ignore()
            return
        self.training_control.wait()
        self.analysis.wait()
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self._builder_state or self.saveState())
        event.accept()
