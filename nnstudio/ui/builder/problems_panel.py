"""The problems panel: every validation problem, live; clicking one shows where it is."""

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

from nnstudio.core.validate import Problem
from nnstudio.ui.common.editor import Editor
from nnstudio.ui.common.style import severity_color


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
        editor.document.changed.connect(self.refresh)
        editor.document.replaced.connect(self.refresh)
        self.refresh()

    def problems(self) -> list[Problem]:
        return list(self.editor.document.report.problems)

    def refresh(self) -> None:
        report = self.editor.document.report
        self.list.clear()
        for problem in report.problems:
            item = QListWidgetItem(self._icons[problem.severity], problem.message)
            item.setData(Qt.ItemDataRole.UserRole, problem)
            item.setToolTip(problem.message)
            self.list.addItem(item)
        errors, warnings = len(report.errors), len(report.warnings)
        self.list.setVisible(bool(report.problems))
        # Alone, the sentence takes the panel's height, written at its top.
        self.summary.setSizePolicy(
            QSizePolicy.Policy.Preferred,
            QSizePolicy.Policy.Preferred if report.problems else QSizePolicy.Policy.Expanding,
        )
        if not report.problems:
            self.summary.setText("No problems: the network is ready to train.")
        else:
            parts = []
            if errors:
                parts.append(f"{errors} problem{'s' if errors != 1 else ''} to fix before training")
            if warnings:
                parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
            self.summary.setText(" and ".join(parts) + ". Click one to see where it is.")

    def _activate(self, item: QListWidgetItem) -> None:
        problem: Problem = item.data(Qt.ItemDataRole.UserRole)
        if problem.layer is not None:
            self.editor.select(problem.layer)
        elif problem.section != "layers":
            self.section_requested.emit(problem.section)
