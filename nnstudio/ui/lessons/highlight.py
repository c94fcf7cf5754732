"""Pointing at a part of the window for a moment: an outline drawn over it, or a tab's title
coloured, that goes away by itself."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QTabBar, QWidget

#: How long the outline stays (milliseconds).
FLASH_MS = 2500
COLOR = QColor("#e66100")


class Highlighter(QWidget):
    """An outline over ``window``'s children, let through by the mouse."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("highlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._done)
        self._tab: tuple[QTabBar, int, QColor] | None = None
        #: What is outlined now (for tests), or None.
        self.target: QWidget | None = None

    def flash(self, target: QWidget) -> None:
        self._done()
        window = self.parentWidget()
        assert window is not None
        top_left = target.mapTo(window, QPoint(0, 0))
        self.setGeometry(QRect(top_left, target.size()).adjusted(-3, -3, 3, 3))
        self.target = target
        self.show()
        self.raise_()
        self._timer.start(FLASH_MS)

    def flash_tab(self, bar: QTabBar, index: int) -> None:
        """Colour a tab's title (a page that is not on show)."""
        self._done()
        self._tab = (bar, index, bar.tabTextColor(index))
        bar.setTabTextColor(index, COLOR)
        self.target = bar
        self._timer.start(FLASH_MS * 2)

    def _done(self) -> None:
        self.hide()
        self.target = None
        if self._tab is not None:
            bar, index, color = self._tab
            self._tab = None
            if index < bar.count():
                bar.setTabTextColor(index, color)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(COLOR, 3))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 6, 6)
