"""The problems panel: every validation problem, live, then advice on a network that can
train but probably not well (``nnstudio.core.advice``); clicking one shows where it is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core.advice import Advice, advise
from nnstudio.core.i18n import Context
from nnstudio.core.validate import Problem
from nnstudio.ui.common.editor import Editor
from nnstudio.ui.common.style import severity_color

ProblemList = Context("ProblemList")

#: Advice's dot: blue, neither the red of a problem nor the orange of a warning.
ADVICE_COLOR = "#1976d2"


def _dot(color: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    return QIcon(pixmap)


class ProblemsPanel(QWidget):
    #: A problem in a settings section ("compile", "data", "train") was activated.
    section_requested = Signal(str)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list = QListWidget()
        self.list.setAccessibleName(ProblemList.tr("Problems"))
        self.list.setAccessibleDescription(
            ProblemList.tr(
                "What stops the network from training, and advice; activate one to go where it is."
            )
        )
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        # Small enough for the dock to stay low on a small screen; hidden while empty.
        self.list.setMinimumHeight(40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self._icons = {s: _dot(severity_color(s, self.palette())) for s in ("error", "warning")}
        self._advice_icon = _dot(QColor(ADVICE_COLOR))
        editor.document.changed.connect(self.refresh)
        editor.document.replaced.connect(self.refresh)
        self.refresh()

    def problems(self) -> list[Problem]:
        return list(self.editor.document.report.problems)

    def advice(self) -> list[Advice]:
        """Advice on a network that can train (none while there are problems to fix)."""
        doc = self.editor.document
        report = doc.report
        return advise(doc.project, report.data, report) if report.ok else []

    def refresh(self) -> None:
        report = self.editor.document.report
        self.list.clear()
        for problem in report.problems:
            item = QListWidgetItem(self._icons[problem.severity], problem.message)
            item.setData(Qt.ItemDataRole.UserRole, problem)
            item.setToolTip(problem.message)
            self.list.addItem(item)
        advice = self.advice()
        for piece in advice:
            item = QListWidgetItem(
                self._advice_icon,
                ProblemList.tr("Advice: {message} {try_this}").format(
                    message=piece.message, try_this=piece.try_this
                ),
            )
            item.setData(Qt.ItemDataRole.UserRole, piece)
            item.setToolTip(
                ProblemList.tr("{message}\n\nWhy: {why}\n\nTry: {try_this}").format(
                    message=piece.message, why=piece.why, try_this=piece.try_this
                )
            )
            self.list.addItem(item)
        errors, warnings = len(report.errors), len(report.warnings)
        self.list.setVisible(bool(report.problems or advice))
        # Alone, the sentence takes the panel's height, written at its top.
        self.summary.setSizePolicy(
            QSizePolicy.Policy.Preferred,
            QSizePolicy.Policy.Preferred if report.problems else QSizePolicy.Policy.Expanding,
        )
        if not report.problems and advice:
            self.summary.setText(
                ProblemList.tr(
                    "No problems: the network can train. %n piece(s) of advice below.",
                    "",
                    len(advice),
                )
            )
        elif not report.problems:
            self.summary.setText(ProblemList.tr("No problems: the network is ready to train."))
        elif errors and warnings:
            self.summary.setText(
                ProblemList.tr("{problems} and {warnings}. Click one to see where it is.").format(
                    problems=ProblemList.tr("%n problem(s) to fix before training", "", errors),
                    warnings=ProblemList.tr("%n warning(s)", "", warnings),
                )
            )
        elif errors:
            self.summary.setText(
                ProblemList.tr(
                    "%n problem(s) to fix before training. Click one to see where it is.",
                    "",
                    errors,
                )
            )
        else:
            self.summary.setText(
                ProblemList.tr("%n warning(s). Click one to see where it is.", "", warnings)
            )

    def _activate(self, item: QListWidgetItem) -> None:
        problem: Problem | Advice = item.data(Qt.ItemDataRole.UserRole)
        if problem.layer is not None:
            self.editor.select(problem.layer)
        elif problem.section != "layers":
            self.section_requested.emit(problem.section)
