"""Compare runs: the runs kept in the project side by side.

A table lists every run, newest first: what changed from the run before it ("Layer 3 (Dense):
units 128 → 32", "Adam → SGD"), its epochs, test accuracy and loss, and how long it trained.
The ticked runs' curves are overlaid, one colour per run, training solid and validation
dashed. A run's settings can be put back into the builder (one undoable edit), and a run can
be deleted from the history (undoable too).
"""

from __future__ import annotations

import logging
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core.compare import change_text
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.core.spec import RunRecord
from nnstudio.ui.common.colours import colours, follow_plot
from nnstudio.ui.common.editor import Editor, follow
from nnstudio.ui.common.style import ERROR_COLOR, help_label

log = logging.getLogger("nnstudio.ui")

TrainRuns = Context("TrainRuns")

#: One colour per run, told apart also by people who do not see red and green apart
#: (Okabe and Ito's palette).
COLUMNS = (
    QT_TRANSLATE_NOOP("TrainRuns", "Show"),
    QT_TRANSLATE_NOOP("TrainRuns", "Run"),
    QT_TRANSLATE_NOOP("TrainRuns", "What changed from the run before"),
    QT_TRANSLATE_NOOP("TrainRuns", "Epochs"),
    QT_TRANSLATE_NOOP("TrainRuns", "Test accuracy"),
    QT_TRANSLATE_NOOP("TrainRuns", "Test loss"),
    QT_TRANSLATE_NOOP("TrainRuns", "Training time"),
)
NO_RUNS = QT_TRANSLATE_NOOP(
    "TrainRuns",
    "No runs yet. Each time you train, the run is kept here with its settings, so you can "
    "change one thing, train again and compare the two.",
)


def restore_tip() -> str:
    """The Restore button's tooltip (when the run kept its settings)."""
    return TrainRuns.tr(
        "Put this run's network and settings back into the builder (Edit → Undo takes them back)"
    )


def run_color(number: int) -> str:
    """The colour of run ``number`` (from 1), the same in the table and the plots."""
    return colours().series(number - 1).name()


def test_accuracy(record: RunRecord) -> float | None:
    key = next((k for k in record.test if "accuracy" in k), None)
    return record.test[key] if key is not None else None


def metric_key(history: dict[str, list[float]]) -> str | None:
    """The metric a run's second plot shows: its first that is not the loss."""
    return next((k for k in history if k != "loss" and not k.startswith("val_")), None)


class RunsView(QWidget):
    """The project's runs: a table, their curves overlaid, Restore and Delete."""

    #: A sentence for the status bar.
    said = Signal(str)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        #: The runs whose curves are drawn (the records themselves, so deleting one or
        #: adding another keeps the choice).
        self._shown: list[RunRecord] = []
        self._known: list[RunRecord] = []

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("TrainRuns", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(TrainRuns.tr("Runs kept with the project"))
        self.table.setAccessibleDescription(
            TrainRuns.tr(
                "One row per run, newest first: what changed, epochs, test accuracy and loss, "
                "training time. Tick Show to draw its curves."
            )
        )
        self.table.itemChanged.connect(self._ticked)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.restore_button = QPushButton(TrainRuns.tr("Restore its settings"))
        self.restore_button.setToolTip(restore_tip())
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(TrainRuns.tr("Delete run"))
        self.delete_button.setToolTip(
            TrainRuns.tr("Remove this run from the project (Edit → Undo brings it back)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.hint = help_label(
            TrainRuns.tr(
                "Change one thing, train again, and compare: each run is labelled by what "
                "changed from the run before it. Tick the runs to draw."
            )
        )

        self.loss_plot = pg.PlotWidget()
        self.metric_plot = pg.PlotWidget()
        titles = (
            (self.loss_plot, TrainRuns.tr("Loss (lower is better)")),
            (self.metric_plot, TrainRuns.tr("Accuracy (higher is better)")),
        )
        for plot, title in titles:
            item = plot.getPlotItem()
            item.setTitle(title)
            item.setLabel("bottom", TrainRuns.tr("epoch"))
            item.setMenuEnabled(False)
            plot.setMinimumSize(200, 140)
            follow_plot(plot)
        self.legend = QLabel()
        self.legend.setObjectName("runs-legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.delete_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.message)
        plots = QWidget()
        plots_layout = QVBoxLayout(plots)
        plots_layout.setContentsMargins(0, 0, 0, 0)
        plots_layout.addWidget(self.legend)
        row = QHBoxLayout()
        row.addWidget(self.loss_plot)
        row.addWidget(self.metric_plot)
        plots_layout.addLayout(row, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(plots)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        self.empty = QLabel(translate("TrainRuns", NO_RUNS))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)

        #: The runs changed while the tab was hidden: it is filled when next shown (a run's end
        #: is a busy moment for the window; drawing a hidden tab's plots would add to it).
        self._stale = False
        editor.run_recorded.connect(self._runs_changed)
        follow(self, editor.document.replaced, self._runs_changed)
        self.refresh()

    def _runs_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_filled()

    def ensure_filled(self) -> None:
        """Fill the table now if the runs changed since it was last filled."""
        if self._stale:
            self.refresh()

    # --- the table --------------------------------------------------------------------------

    @property
    def runs(self) -> list[RunRecord]:
        return self.editor.document.project.runs

    def refresh(self) -> None:
        """Fill the table from the project's runs (after a run, a deletion, another project)."""
        self._stale = False
        runs = self.runs
        new = [r for r in runs if all(r is not k for k in self._known)]
        self._shown = [r for r in self._shown if any(r is x for x in runs)]
        if new:
            # A new run is drawn beside the one before it, and no other: the last change.
            self._shown = list(runs[-2:])
        self._known = list(runs)
        self.empty.setVisible(not runs)
        self.splitter.setVisible(bool(runs))
        self.table.blockSignals(True)
        self.table.setRowCount(len(runs))
        for row, index in enumerate(reversed(range(len(runs)))):
            self._fill_row(row, index)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self._selection_changed()
        self.redraw()

    def _fill_row(self, row: int, index: int) -> None:
        runs = self.runs
        record = runs[index]
        number = index + 1
        show = QTableWidgetItem()
        show.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        shown = any(record is s for s in self._shown)
        show.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
        show.setData(Qt.ItemDataRole.UserRole, index)
        show.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            TrainRuns.tr("Show run {number}").format(number=number),
        )
        self.table.setItem(row, 0, show)
        name = QTableWidgetItem(f"■ {number}")
        name.setForeground(QColor(run_color(number)))
        when = record.finished.replace("T", " ")
        name.setToolTip(
            (
                TrainRuns.tr("Finished {when}: {message}")
                if when
                else TrainRuns.tr("Finished at an unknown time: {message}")
            ).format(when=when, message=record.message)
        )
        self.table.setItem(row, 1, name)
        before = runs[index - 1].settings if index > 0 else None
        change = change_text(before, record.settings, first=index == 0)
        changed = QTableWidgetItem(change)
        changed.setToolTip(change)
        self.table.setItem(row, 2, changed)
        accuracy = test_accuracy(record)
        loss = record.test.get("loss")
        values = (
            f"{record.epochs_done:,}",
            "—" if accuracy is None else f"{accuracy:.2%}",
            "—" if loss is None else f"{loss:.4f}",
            TrainRuns.tr("{seconds:.1f} s").format(seconds=record.train_seconds),
        )
        for column, text in enumerate(values, start=3):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        index = int(item.data(Qt.ItemDataRole.UserRole))
        record = self.runs[index]
        self._shown = [r for r in self._shown if r is not record]
        if item.checkState() == Qt.CheckState.Checked:
            self._shown.append(record)
        self.redraw()

    def set_shown(self, numbers: list[int]) -> None:
        """Draw the runs numbered ``numbers`` (from 1), and no other."""
        self.ensure_filled()
        self._shown = [self.runs[n - 1] for n in numbers if 0 < n <= len(self.runs)]
        self.refresh()

    @property
    def shown_numbers(self) -> list[int]:
        """The numbers (from 1) of the runs drawn, in order."""
        self.ensure_filled()
        return [i + 1 for i, r in enumerate(self.runs) if any(r is s for s in self._shown)]

    def selected_index(self) -> int | None:
        self.ensure_filled()
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        item = self.table.item(min(rows), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, number: int) -> None:
        """Select run ``number`` (from 1) in the table."""
        self.ensure_filled()
        self.table.selectRow(len(self.runs) - number)

    def _selection_changed(self) -> None:
        index = self.selected_index()
        record = self.runs[index] if index is not None and index < len(self.runs) else None
        self.delete_button.setEnabled(record is not None)
        self.restore_button.setEnabled(record is not None and record.settings is not None)
        if record is not None and record.settings is None:
            self.restore_button.setToolTip(
                TrainRuns.tr("This run was kept without its settings (an older nnstudio).")
            )
        else:
            self.restore_button.setToolTip(restore_tip())

    # --- actions ----------------------------------------------------------------------------

    def restore_selected(self) -> None:
        index = self.selected_index()
        if index is None:
            return
        record = self.runs[index]
        if record.settings is None:
            return
        try:
            self.editor.restore_settings(
                record.settings,
                TrainRuns.tr("Restore the settings of run {number}").format(number=index + 1),
            )
        except NNStudioError as exc:
            log.warning("could not restore run %d: %s", index + 1, exc)
            self._say(
                TrainRuns.tr("Run {number}'s settings could not be restored: {reason}").format(
                    number=index + 1, reason=exc
                ),
                error=True,
            )
            return
        self._say(
            TrainRuns.tr(
                "The settings of run {number} are back in the builder. Edit → Undo takes them back."
            ).format(number=index + 1)
        )

    def delete_selected(self) -> None:
        index = self.selected_index()
        if index is None:
            return
        self.editor.delete_run(index)
        self._say(
            TrainRuns.tr("Run {number} deleted. Edit → Undo brings it back.").format(
                number=index + 1
            )
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.said.emit(text)

    # --- the plots ----------------------------------------------------------------------------

    def redraw(self) -> None:
        for plot in (self.loss_plot, self.metric_plot):
            plot.getPlotItem().clear()
        entries = []
        metric_names: set[str] = set()
        for i, record in enumerate(self.runs):
            if all(record is not s for s in self._shown):
                continue
            number = i + 1
            color = run_color(number)
            history = record.history
            metric = metric_key(history)
            if metric:
                metric_names.add(metric)
            for plot, key in ((self.loss_plot, "loss"), (self.metric_plot, metric)):
                if key is None:
                    continue
                self._curve(plot, history.get(key, []), color, Qt.PenStyle.SolidLine)
                self._curve(plot, history.get(f"val_{key}", []), color, Qt.PenStyle.DashLine)
            before = self.runs[i - 1].settings if i > 0 else None
            change = change_text(before, record.settings, first=i == 0)
            run = _escape(TrainRuns.tr("Run {number}").format(number=number))
            entries.append(f'<span style="color:{color}">■ {run}</span>: {_escape(change)}')
        entries.append(_escape(TrainRuns.tr("solid: training, dashed: validation")))
        self.legend.setText("<br>".join(entries))
        title = (
            TrainRuns.tr("Accuracy (higher is better)")
            if all("accuracy" in m for m in metric_names)
            else TrainRuns.tr("Metric")
        )
        self.metric_plot.getPlotItem().setTitle(title)

    @staticmethod
    def _curve(plot: pg.PlotWidget, values: list[float], color: str, style: Any) -> None:
        if not values:
            return
        x = list(range(1, len(values) + 1))
        plot.getPlotItem().plot(
            x, values, pen=pg.mkPen(color, width=2, style=style),
            symbol="o" if len(values) <= 30 else None, symbolSize=5, symbolBrush=color,
            symbolPen=None,
        )  # fmt: skip


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
