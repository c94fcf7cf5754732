"""The Analysis tab: per layer, its output, the numbers it outputs per example, its parameters
and the memory training needs at the batch size; the totals; and, measured on this computer
by a short run in the training process, the time of an epoch and of the whole run, before
Train is pressed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core.analysis import Analysis, Timing, analyze, duration_text, size_text
from nnstudio.core.compare import settings_of
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.core.spec import Project
from nnstudio.ui.common.editor import Editor, follow
from nnstudio.ui.common.style import ERROR_COLOR, help_label

log = logging.getLogger(__name__)
AnalysisTab = Context("AnalysisTab")

#: Measures a project's training speed here (the training process's ``measure``).
Measure = Callable[[Project, Path | None], Timing]

COLUMNS = (
    QT_TRANSLATE_NOOP("AnalysisTab", "Layer"),
    QT_TRANSLATE_NOOP("AnalysisTab", "Output shape"),
    QT_TRANSLATE_NOOP("AnalysisTab", "Outputs per example"),
    QT_TRANSLATE_NOOP("AnalysisTab", "Parameters"),
    QT_TRANSLATE_NOOP("AnalysisTab", "Memory for training"),
)


class _Measuring(QThread):
    done = Signal(object, str)

    def __init__(self, measure: Measure, project: Project, base_dir: Path | None) -> None:
        super().__init__()
        self.measure, self.project, self.base_dir = measure, project, base_dir

    def run(self) -> None:
        try:
            self.done.emit(self.measure(self.project, self.base_dir), "")
        except NNStudioError as exc:
            self.done.emit(None, str(exc))
        except Exception as exc:  # never a dead thread: the student gets a sentence
            log.exception("measuring failed")
            self.done.emit(
                None,
                AnalysisTab.tr("Something unexpected went wrong ({error}).").format(
                    error=type(exc).__name__
                ),
            )


class AnalysisView(QWidget):
    """The network analysed before training."""

    #: (text) the expected training time for the summary line, or "" when not measured.
    timing_changed = Signal(str)

    def __init__(
        self, editor: Editor, measure: Measure | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.document = editor.document
        self._measure = measure
        self.analysis: Analysis | None = None
        #: The last measurement and the settings it was made with.
        self.timing: Timing | None = None
        self._timed: dict[str, Any] | None = None
        self._thread: _Measuring | None = None
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("analysis-table")
        self.table.setAccessibleName(AnalysisTab.tr("Each layer's outputs, parameters and memory"))
        self.table.setAccessibleDescription(
            AnalysisTab.tr(
                "One row per layer: its output shape, the numbers it outputs for one example, its "
                "parameters and the memory training needs"
            )
        )
        self.table.setHorizontalHeaderLabels([translate("AnalysisTab", c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setMinimumHeight(36)
        self.totals = help_label()
        self.totals.setObjectName("analysis-totals")
        self.measure_button = QPushButton(AnalysisTab.tr("Measure the time on this computer"))
        self.measure_button.setObjectName("measure")
        self.measure_button.setToolTip(
            AnalysisTab.tr(
                "Train for a few seconds in the training process and time the steps, to tell "
                "how long an epoch and the whole run will take here"
            )
        )
        self.measure_button.clicked.connect(self.measure)
        self.timing_label = QLabel()
        self.timing_label.setObjectName("analysis-timing")
        self.timing_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.measure_button)
        row.addWidget(self.timing_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.totals)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        follow(self, self.document.changed, self.refresh)
        follow(self, self.document.replaced, self.refresh)
        self.refresh()

    # --- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        project, report = self.document.project, self.document.report
        self.analysis = a = analyze(project, report)
        self.table.setRowCount(len(a.rows))
        for i, r in enumerate(a.rows):
            cells = (
                r.title,
                r.output_shape,
                "?" if r.outputs is None else f"{r.outputs:,}",
                "?" if r.params is None else f"{r.params:,}",
                size_text(r.memory),
            )
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, j, item)
        self.totals.setText(
            AnalysisTab.tr(
                "{params} parameters in all; training in batches of {batch_size} needs about "
                "{memory}."
            ).format(params=f"{a.params:,}", batch_size=a.batch_size, memory=size_text(a.memory))
        )
        self.totals.setToolTip(
            AnalysisTab.tr(
                "The memory counts the weights, their gradients and %n number(s) per weight for "
                "the optimizer, and every output kept for learning, in 4-byte numbers; "
                "TensorFlow itself needs more.",
                "",
                a.slots,
            )
        )
        if self._timed is not None and self._timed != settings_of(project):
            self._forget_timing()
        self.measure_button.setEnabled(self._measure is not None and report.ok)
        self._show_timing()

    def _forget_timing(self) -> None:
        self.timing = None
        self._timed = None
        self.timing_label.setStyleSheet("")
        self.timing_label.setText(AnalysisTab.tr("Changed since it was measured: measure again."))
        self.timing_changed.emit("")

    def _show_timing(self) -> None:
        a, t = self.analysis, self.timing
        if a is None or t is None or not a.steps_per_epoch:
            self.timing_changed.emit("")
            return
        epoch = t.epoch_seconds(a.steps_per_epoch)
        whole = t.run_seconds(a.steps_per_epoch, a.epochs)
        self.timing_label.setStyleSheet("")
        steps = AnalysisTab.tr("{count} step(s)", "", a.steps_per_epoch).format(
            count=f"{a.steps_per_epoch:,}"
        )
        self.timing_label.setText(
            AnalysisTab.tr(
                "Measured here: {step} a step, so about <b>{epoch} an epoch</b> of {steps} and "
                "<b>{whole} for {epochs} epochs</b> (starting up: {start})."
            ).format(
                step=duration_text(t.step_seconds),
                epoch=duration_text(epoch),
                steps=steps,
                whole=duration_text(whole),
                epochs=a.epochs,
                start=duration_text(t.start_seconds),
            )
        )
        self.timing_changed.emit(
            AnalysisTab.tr("about {duration} to train here").format(duration=duration_text(whole))
        )

    # --- measuring ---------------------------------------------------------------------------

    def measure(self) -> None:
        if self._measure is None or self._thread is not None or not self.document.report.ok:
            return
        project = self.document.project.copy()
        project.runs = []
        self._timed = settings_of(project)
        self.measure_button.setEnabled(False)
        self.timing_label.setStyleSheet("")
        self.timing_label.setText(AnalysisTab.tr("Measuring: a short run in the training process…"))
        self._thread = _Measuring(self._measure, project, self.document.base_dir)
        self._thread.done.connect(self._measured)
        self._thread.start()

    def _measured(self, timing: Timing | None, error: str) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread = None
        self.measure_button.setEnabled(self.document.report.ok)
        if timing is None:
            self.timing = None
            self.timing_label.setStyleSheet(f"color: {ERROR_COLOR};")
            self.timing_label.setText(
                AnalysisTab.tr("Could not measure: {error}").format(error=error)
            )
            return
        if self._timed != settings_of(self.document.project):
            self._forget_timing()  # changed while measuring
            return
        self.timing = timing
        self._show_timing()

    def wait(self) -> None:
        """Wait for a measurement under way (the window is closing)."""
        if self._thread is not None:
            self._thread.wait()
