"""Replay a run: a slider under the Training tab that goes back to any recorded moment.

The engine records moments of the run (:mod:`nnstudio.training.replay`): the start, a few
within the first epoch and every epoch's end. While the slider is at the last moment ("Live"),
the views follow training; dragged back, the weights, the decision boundary and the confusion
matrix of a fixed sample of the test set show that moment, and a line on the curves marks it.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core.i18n import Context
from nnstudio.core.summaries import confusion_summary
from nnstudio.training.evaluation import confusion_matrix
from nnstudio.training.events import Moment, ReplayStarted
from nnstudio.training.replay import epoch_label
from nnstudio.ui.common.confusion import ConfusionModel
from nnstudio.ui.common.style import help_label

TrainReplay = Context("TrainReplay")


class ReplayBar(QWidget):
    """The slider over a run's recorded moments, and a button back to live."""

    #: The moment to show (an index into :attr:`moments`), or -1 for live.
    moment_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moments: list[Moment] = []
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setPageStep(1)
        self.slider.setAccessibleName(TrainReplay.tr("Replay the training"))
        self.slider.setToolTip(
            TrainReplay.tr(
                "Drag back to see the weights, the answers and the confusion matrix as they "
                "were at that moment of training"
            )
        )
        self.slider.valueChanged.connect(self._moved)
        self.live_button = QPushButton(TrainReplay.tr("Live"))
        self.live_button.setCheckable(True)
        self.live_button.setChecked(True)
        self.live_button.setToolTip(
            TrainReplay.tr("Follow training as it goes (the latest moment)")
        )
        self.live_button.toggled.connect(self._live_toggled)
        self.label = QLabel()
        self.label.setMinimumWidth(260)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(TrainReplay.tr("Replay:")))
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        row.addWidget(self.live_button)
        self.clear()

    @property
    def live(self) -> bool:
        return self.live_button.isChecked()

    @property
    def current(self) -> Moment | None:
        """The moment shown (the latest when live)."""
        if not self.moments:
            return None
        return self.moments[-1] if self.live else self.moments[self.slider.value()]

    def clear(self) -> None:
        self.moments = []
        self.slider.blockSignals(True)
        self.slider.setRange(0, 0)
        self.slider.blockSignals(False)
        self.live_button.setChecked(True)
        self.label.setText("")
        self.setEnabled(False)

    def add(self, moment: Moment) -> None:
        self.moments.append(moment)
        self.setEnabled(True)
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(self.moments) - 1)
        if self.live:
            self.slider.setValue(len(self.moments) - 1)
        self.slider.blockSignals(False)
        self._say()

    def say(self, text: str) -> None:
        """A sentence in place of the moment's (a replay that could not be read)."""
        self.label.setText(text)
        self.label.setWordWrap(True)
        self.label.setToolTip(text)

    def show_moment(self, index: int) -> None:
        """Go to moment ``index`` (as dragging the slider there does)."""
        self.slider.setValue(index)
        self._moved(index)

    def _moved(self, index: int) -> None:
        last = index >= len(self.moments) - 1
        if self.live != last:
            self.live_button.blockSignals(True)
            self.live_button.setChecked(last)
            self.live_button.blockSignals(False)
        self._say()
        self.moment_chosen.emit(-1 if last else index)

    def _live_toggled(self, live: bool) -> None:
        if live:
            self.slider.blockSignals(True)
            self.slider.setValue(max(0, len(self.moments) - 1))
            self.slider.blockSignals(False)
            self._say()
            self.moment_chosen.emit(-1)
        else:
            self._moved(self.slider.value())

    def _say(self) -> None:
        moment = self.current
        if moment is None:
            self.label.setText("")
            return
        index = len(self.moments) - 1 if self.live else self.slider.value()
        when = epoch_label(moment.epoch)
        self.label.setText(
            TrainReplay.tr("{when} (moment {number} of {count})").format(
                when=when[:1].upper() + when[1:], number=index + 1, count=len(self.moments)
            )
        )


class MomentMatrix(QWidget):
    """The confusion matrix of the replay sample at one moment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: npt.NDArray[np.int64] = np.zeros(0, np.int64)
        self.class_names: tuple[str, ...] = ()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.model = ConfusionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(TrainReplay.tr("Confusion matrix at this moment"))
        self.table.setAccessibleDescription(
            TrainReplay.tr("The test examples' answers at the replayed moment")
        )
        self.hint = help_label(
            TrainReplay.tr("Rows: the true class. Columns: the network's answer.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def start(self, event: ReplayStarted) -> None:
        self.labels = np.asarray(event.labels, np.int64).reshape(-1)
        self.class_names = event.class_names
        self.model.set_matrix(np.zeros((0, 0), np.int64), ())
        self.title.setText("")

    def show_moment(self, moment: Moment | None) -> None:
        answers = moment.answers if moment is not None else None
        if answers is None or len(answers) != len(self.labels) or not len(self.labels):
            self.model.set_matrix(np.zeros((0, 0), np.int64), ())
            self.title.setText("")
            return
        chosen = np.argmax(answers, axis=1)
        k = len(self.class_names)
        matrix = confusion_matrix(self.labels, chosen, k)
        self.model.set_matrix(matrix, self.class_names)
        self.table.setAccessibleDescription(confusion_summary(matrix, self.class_names))
        right = int(np.sum(chosen == self.labels))
        n = len(self.labels)
        self.title.setText(
            TrainReplay.tr(
                "The first {count:,} test examples: {right:,} right ({share:.1%})"
            ).format(count=n, right=right, share=right / n)
            if n > 10
            else TrainReplay.tr("The {count} test examples: {right} right").format(
                count=n, right=right
            )
        )

    @property
    def right(self) -> int:
        return int(np.trace(self.model.matrix)) if self.model.matrix.size else 0
