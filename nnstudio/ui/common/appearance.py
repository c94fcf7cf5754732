"""How big the window draws: the text size chosen in View → Text size, and Presentation (F11)
for a class watching a projector from the back: full screen, larger text, thicker lines and
bigger markers. One object the views ask, with a signal when it changes; remembered between
runs by the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from nnstudio.core.i18n import QT_TRANSLATE_NOOP, translate

#: The text sizes offered, as a factor of the system's font size.
TEXT_SIZES: dict[str, float] = {"normal": 1.0, "large": 1.25, "largest": 1.5}
#: Their names in View → Text size (translated where shown: :func:`text_size_label`).
TEXT_SIZE_LABELS = {
    "normal": QT_TRANSLATE_NOOP("TextSize", "&Normal"),
    "large": QT_TRANSLATE_NOOP("TextSize", "&Large"),
    "largest": QT_TRANSLATE_NOOP("TextSize", "L&argest"),
}
#: Presentation makes the text this much larger again, and lines and markers thicker.
PRESENTATION_TEXT = 1.4
PRESENTATION_LINES = 2.0


def text_size_label(name: str) -> str:
    """The text size ``name`` ("large") as View → Text size says it, in today's language."""
    return translate("TextSize", TEXT_SIZE_LABELS[name])


class Appearance(QObject):
    """The text size and presentation mode, applied to the application's font."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.text_size = "normal"
        self.presentation = False
        self._base: float | None = None

    @property
    def text_scale(self) -> float:
        factor = TEXT_SIZES.get(self.text_size, 1.0)
        return factor * (PRESENTATION_TEXT if self.presentation else 1.0)

    @property
    def line_scale(self) -> float:
        """How much thicker lines and bigger markers are drawn."""
        return PRESENTATION_LINES if self.presentation else 1.0

    def set(self, *, text_size: str | None = None, presentation: bool | None = None) -> None:
        if text_size is not None and text_size in TEXT_SIZES:
            self.text_size = text_size
        if presentation is not None:
            self.presentation = presentation
        self.apply()

    def apply(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            font = QFont(app.font())
            if self._base is None:
                self._base = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
            font.setPointSizeF(self._base * self.text_scale)
            app.setFont(font)
        self.changed.emit()

    def font(self, relative: float = 1.0) -> QFont:
        """The application's font at ``relative`` times its size (for plot axes)."""
        app = QApplication.instance()
        font = QFont(app.font()) if isinstance(app, QApplication) else QFont()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * relative)
        return font


_appearance: Appearance | None = None


def appearance() -> Appearance:
    """The one appearance of the application."""
    global _appearance
    if _appearance is None:
        _appearance = Appearance()
    return _appearance
