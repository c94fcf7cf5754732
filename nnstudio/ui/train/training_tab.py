"""The training tab: what the run is doing, the live curves, a layer's weights and, for data
with two inputs, the decision boundary. It only draws the events it is given; the main window
starts and stops the run."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from nnstudio.core.captions import loss_first, metric_label, sized_layer_title, test_results_text
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.core.spec import Project, RunRecord
from nnstudio.core.summaries import history_summary, overfitting
from nnstudio.training.events import (
    BoundarySnapshot,
    Event,
    Moment,
    ReplayStarted,
    RunFinished,
    RunStarted,
    Update,
    WeightSnapshot,
)
from nnstudio.training.replay import Recording
from nnstudio.ui.common.style import WARNING_COLOR
from nnstudio.ui.train.curves import TrainingPlots
from nnstudio.ui.train.decision_boundary import BoundaryView
from nnstudio.ui.train.replay import MomentMatrix, ReplayBar
from nnstudio.ui.train.weights_view import WeightsView

TrainTab = Context("TrainTab")

#: Update the text at most this often (seconds); epoch ends always show.
TEXT_INTERVAL = 0.25

IDLE = QT_TRANSLATE_NOOP(
    "TrainTab",
    "Press Train to watch the network learn: the curves, its weights and its answers update live.",
)


def layer_titles(project: Project) -> dict[int, str]:
    """'Layer 2 (Dense, 128 neurons)' for each layer, by index."""
    return {index: sized_layer_title(index, layer) for index, layer in enumerate(project.layers)}


class TrainingView(QWidget):
    #: The run's progress in words and as a fraction, a few times a second (the status bar
    #: and its progress bar show it too).
    progress_changed = Signal(str, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = QLabel(translate("TrainTab", IDLE))
        self.state.setObjectName("training-state")
        self.state.setWordWrap(True)
        # Two lines, always: a label that changes height re-lays out (and repaints) the plots.
        self.state.setFixedHeight(2 * self.state.fontMetrics().lineSpacing() + 4)
        self._last_text = 0.0
        self.slow_motion = QCheckBox(TrainTab.tr("Slow motion for tiny data"))
        self.slow_motion.setChecked(True)
        self.slow_motion.setToolTip(
            TrainTab.tr(
                "XOR trains in a fraction of a second; slow motion spreads its epochs out "
                "(about 500 a second) so you can watch the network learn. Bigger data is never "
                "slowed."
            )
        )
        # Shown once a run shows that it applies (tiny data); it does nothing for MNIST.
        # Hidden, it keeps its state: the main window reads it before every run.
        self.slow_motion.setVisible(False)
        self.plots = TrainingPlots()
        self.weights = WeightsView()
        self.boundary = BoundaryView()
        self.boundary.setVisible(False)
        self.weights_and_boundary = QSplitter(Qt.Orientation.Horizontal)
        self.weights_and_boundary.addWidget(self.weights)
        self.weights_and_boundary.addWidget(self.boundary)
        self.matrix = MomentMatrix()
        self.matrix.setVisible(False)
        self.weights_and_boundary.addWidget(self.matrix)
        self.replay = ReplayBar()
        self.replay.moment_chosen.connect(self.show_moment)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.plots)
        self.splitter.addWidget(self.weights_and_boundary)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.slow_motion)
        layout.addLayout(top)
        #: Said when the validation loss rises while the training loss falls (memorising).
        self.warning = QLabel()
        self.warning.setObjectName("overfitting")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARNING_COLOR};")
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.replay)
        #: The run's per-epoch numbers so far, as Keras's History keeps them.
        self.history: dict[str, list[float]] = {}
        self.started: RunStarted | None = None
        self._replay_started: ReplayStarted | None = None
        self._input_shape: tuple[int, ...] = ()

    def show_slow_motion(self, applies: bool) -> None:
        """Offer the slow-motion choice only for data it applies to: data small enough for
        the tiny-data loop (the engine decides, and says so in ``RunStarted.fast_path``)."""
        self.slow_motion.setVisible(applies)

    def reset(self) -> None:
        """Back to how it was before any run (another project was opened)."""
        self.started = None
        self.show_slow_motion(False)
        self.state.setText(translate("TrainTab", IDLE))
        self._describe({})
        self._forget_replay()
        for plot in self.plots.plots:
            plot.clear_data()
        self.plots.redraw()
        self.weights.clear()
        self.boundary.clear()

    def show_saved_run(self, run: RunRecord) -> None:
        """The curves of a run kept in the project file (after opening it)."""
        self.started = None
        self._forget_replay()
        self.plots.show_history(run.history)
        self._describe({k: list(v) for k, v in run.history.items()})
        self.weights.clear()
        self.boundary.clear()
        self.boundary.setVisible(False)
        tested = test_results_text(run.test)
        when = (
            run.finished.replace("T", " ")
            if run.finished
            else TrainTab.tr("earlier", "when the last run finished, if not known")
        )
        self.state.setText(
            TrainTab.tr(
                "The last run saved with this project ({when}): %n epoch(s). {tested}",
                "",
                run.epochs_done,
            ).format(when=when, tested=tested)
        )

    def prepare(self) -> None:
        """Train was pressed: TensorFlow and the data load before the first event."""
        self.state.setText(TrainTab.tr("Getting ready: loading TensorFlow and the data…"))
        self._describe({})
        self._forget_replay()

    def recording(self) -> Recording | None:
        """The replay of the run on show, to save with the project (None if there is none)."""
        if not self.replay.moments or self._replay_started is None:
            return None
        live = self.boundary.snapshot
        return Recording(
            self._replay_started, tuple(self.replay.moments), self._input_shape,
            live.extent if live else None, live.points if live else None,
            live.labels if live else None,
        )  # fmt: skip

    def show_recording(self, recording: Recording, project: Project) -> None:
        """The replay saved with a project's last run (after opening it): the slider over its
        moments, the weights and answers of its last one."""
        started = recording.started
        layers = started.layers
        shell = RunStarted(
            0, 1, 0, 0, 0, len(started.labels), (), "", False, layers[0] if layers else None,
            layers, recording.input_shape, started.class_names,
        )  # fmt: skip
        self.weights.start(shell, layer_titles(project))
        self._input_shape = recording.input_shape
        self.handle(started)
        for moment in recording.moments:
            self.handle(moment)
        last = recording.moments[-1] if recording.moments else None
        if last is None:
            return
        for layer, kernel in last.weights.items():
            self.weights.add(WeightSnapshot(layer, "", int(last.epoch), last.step, kernel,
                                            last.biases.get(layer)))  # fmt: skip
        if (
            last.boundary is not None
            and recording.extent is not None
            and recording.points is not None
            and recording.point_labels is not None
        ):
            self.boundary.setVisible(True)
            self.boundary.add(
                BoundarySnapshot(int(last.epoch), last.step, recording.extent, last.boundary,
                                 recording.points, recording.point_labels)
            )  # fmt: skip

    def _forget_replay(self) -> None:
        self._replay_started = None
        self.replay.clear()
        self.matrix.show_moment(None)
        self.plots.mark(None)
        self.weights.pin(None)
        self.boundary.pin(None)

    def start(self, event: RunStarted, project: Project) -> None:
        self.started = event
        self._input_shape = tuple(event.input_shape)
        self.plots.start(event)
        self.weights.start(event, layer_titles(project))
        self.boundary.clear()
        self.boundary.setVisible(event.input_shape == (2,))
        self.show_slow_motion(event.fast_path)
        self.state.setText(started_text(event))

    def _describe(self, history: dict[str, list[float]], epochs: int | None = None) -> None:
        """The curves in words for a screen reader, and the warning when it memorises."""
        self.history = history
        self.plots.setAccessibleDescription(history_summary(history, epochs))
        rising = overfitting(history)
        if rising:
            self.warning.setText(
                TrainTab.tr(
                    "The validation loss has risen for %n epoch(s) while the training loss "
                    "fell: the network may be memorising the training data. Fewer epochs, a "
                    "Dropout layer or fewer neurons can help.",
                    "",
                    rising,
                )
            )
        if self.warning.isVisibleTo(self) != bool(rising):
            self.warning.setVisible(bool(rising))

    def handle(self, event: Event) -> None:
        if isinstance(event, Update):
            self.plots.add(event)
            if event.epochs:
                history = self.history
                for result in event.epochs:
                    for key, value in result.logs.items():
                        history.setdefault(key, []).append(value)
                    for key, value in result.validation.items():
                        history.setdefault("val_" + key, []).append(value)
                self._describe(history, event.progress.epochs)
            # Text a few times a second is plenty to read, and far cheaper than every update.
            now = time.monotonic()
            if now - self._last_text < TEXT_INTERVAL and not event.epochs:
                return
            self._last_text = now
            p = event.progress
            latest = event.epochs[-1].logs if event.epochs else event.points[-1].logs
            numbers = ", ".join(f"{metric_label(k).lower()} {v:.4f}" for k, v in loss_first(latest))
            text = TrainTab.tr(
                "Epoch {epoch} of {epochs}, batch {batch:,} of {batches:,}: {numbers}"
            ).format(
                epoch=min(p.epoch + 1, p.epochs),
                epochs=p.epochs,
                batch=p.batch,
                batches=p.steps_per_epoch,
                numbers=numbers,
            )
            text += time_left(p.eta)
            self.state.setText(text)
            self.progress_changed.emit(text, p.fraction)
        elif isinstance(event, WeightSnapshot):
            self.weights.add(event)
        elif isinstance(event, BoundarySnapshot):
            self.boundary.add(event)
        elif isinstance(event, ReplayStarted):
            self._replay_started = event
            self.replay.clear()
            self.matrix.start(event)
            # Shown or hidden only when that changes: each change re-lays out the heatmap.
            if self.matrix.isVisibleTo(self) != (len(event.labels) > 0):
                self.matrix.setVisible(len(event.labels) > 0)
        elif isinstance(event, Moment):
            self.replay.add(event)
            if self.replay.live:
                self.matrix.show_moment(event)

    def show_moment(self, index: int) -> None:
        """Show recorded moment ``index`` of the run in every view; -1: follow training."""
        if index < 0 or index >= len(self.replay.moments):
            self.weights.pin(None)
            self.boundary.pin(None)
            self.plots.mark(None)
            self.matrix.show_moment(self.replay.current)
            return
        moment = self.replay.moments[index]
        names = {i: s.layer_name for i, s in self.weights.snapshots.items()}
        epoch = int(moment.epoch)
        self.weights.pin({
            layer: WeightSnapshot(layer, names.get(layer, ""), epoch, moment.step, kernel,
                                  moment.biases.get(layer))
            for layer, kernel in moment.weights.items()
        })  # fmt: skip
        live = self.boundary.snapshot
        if moment.boundary is not None and live is not None:
            self.boundary.pin(
                BoundarySnapshot(epoch, moment.step, live.extent, moment.boundary, live.points,
                                 live.labels)
            )  # fmt: skip
        self.plots.mark(moment.epoch)
        self.matrix.show_moment(moment)

    def finish(self, result: RunFinished) -> None:
        self.plots.redraw()
        tested = test_results_text(result.test)
        self.state.setText(f"{result.message} {tested}".strip())


def started_text(event: RunStarted) -> str:
    """What a run trains on, as it starts: its examples, those held back, its batches."""
    if event.validation_examples and event.fast_path:
        text = TrainTab.tr(
            "Training on {examples:,} examples, {validation:,} held back for validation, in "
            "batches of {batch}: {steps:,} step(s) per epoch (tiny data: many epochs per step "
            "of the display).",
            "",
            event.steps_per_epoch,
        )
    elif event.validation_examples:
        text = TrainTab.tr(
            "Training on {examples:,} examples, {validation:,} held back for validation, in "
            "batches of {batch}: {steps:,} step(s) per epoch.",
            "",
            event.steps_per_epoch,
        )
    elif event.fast_path:
        text = TrainTab.tr(
            "Training on {examples:,} examples, in batches of {batch}: {steps:,} step(s) per "
            "epoch (tiny data: many epochs per step of the display).",
            "",
            event.steps_per_epoch,
        )
    else:
        text = TrainTab.tr(
            "Training on {examples:,} examples, in batches of {batch}: {steps:,} step(s) per "
            "epoch.",
            "",
            event.steps_per_epoch,
        )
    return text.format(
        examples=event.train_examples,
        validation=event.validation_examples,
        batch=event.batch_size,
        steps=event.steps_per_epoch,
    )


def time_left(seconds: float | None) -> str:
    """The end of the progress line: how long the run has still to go, roughly."""
    if seconds is None:
        return ""
    if seconds < 1:
        return " — " + TrainTab.tr("less than a second left")
    if seconds < 90:
        return " — " + TrainTab.tr("about {seconds:.0f} s left").format(seconds=seconds)
    return " — " + TrainTab.tr("about {minutes:.0f} min left").format(minutes=seconds / 60)
