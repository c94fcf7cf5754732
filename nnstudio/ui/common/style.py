"""The window's look in one place: the colours that mean something, and the small text pieces
every panel uses (a grey line of help, a section title, a percentage, a scrolling column).

Colours that carry a meaning (an error, a warning) come in a light and a dark variant, so that
they stay legible whichever scheme the system uses; :func:`severity_color` picks by palette.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QWidget

from nnstudio.core.i18n import Context

Style = Context("Style")

#: An error: text, the problem bar, a diagram column that cannot be built.
ERROR_COLOR = "#c62828"
#: A warning's dot and bar (orange).
WARNING_COLOR = "#e65100"
#: Warning text: darker than the dot so that a sentence stays readable on white.
WARNING_TEXT_COLOR = "#a84300"
#: The same meanings on a dark background.
ERROR_COLOR_DARK = "#ff6b6b"
WARNING_COLOR_DARK = "#ffab40"


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark background."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def severity_color(severity: str, palette: QPalette | None = None) -> QColor:
    """Red for an error, orange for a warning, lighter on a dark background to stay legible."""
    dark = palette is not None and is_dark(palette)
    if severity == "error":
        return QColor(ERROR_COLOR_DARK if dark else ERROR_COLOR)
    return QColor(WARNING_COLOR_DARK if dark else WARNING_COLOR)


def severity_text_color(severity: str) -> str:
    """The colour of a sentence about a problem of ``severity`` (as a CSS colour)."""
    return ERROR_COLOR if severity == "error" else WARNING_TEXT_COLOR


def mute(widget: QWidget) -> None:
    """Grey text that stays readable: two thirds of the way from the background to the text
    colour (the palette's placeholder grey is too faint to read a sentence in); worked out
    again when the window turns light or dark."""
    from nnstudio.ui.common.colours import colours

    _mute(widget)
    colours().follow(widget, lambda: _mute(widget))


def _mute(widget: QWidget) -> None:
    palette = QPalette(widget.palette())
    app_palette = QApplication.palette()
    text = app_palette.color(QPalette.ColorRole.WindowText)
    back = app_palette.color(QPalette.ColorRole.Window)
    grey = QColor(
        round(back.red() + (text.red() - back.red()) * 0.68),
        round(back.green() + (text.green() - back.green()) * 0.68),
        round(back.blue() + (text.blue() - back.blue()) * 0.68),
    )
    palette.setColor(QPalette.ColorRole.WindowText, grey)
    widget.setPalette(palette)


def paint_focus(widget: QWidget) -> None:
    """Show that a view nnstudio paints itself has the keyboard's focus: a frame two pixels
    wide in the highlight colour (Qt draws one for its own controls)."""
    if not widget.hasFocus():
        return
    painter = QPainter(widget)
    painter.setPen(QPen(widget.palette().color(QPalette.ColorRole.Highlight), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(widget.rect().adjusted(1, 1, -1, -1))
    painter.end()


def help_label(text: str = "") -> QLabel:
    """A small grey, wrapping line of explanation."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    mute(label)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def section_title(text: str) -> QLabel:
    """A bold, slightly larger heading that wraps."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def scroll_area(content: QWidget) -> QScrollArea:
    """A vertical scroll area whose content follows its width, so long text wraps."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def percent(p: float) -> str:
    """A probability as a whole percentage that says 100% only when it is certain."""
    value = round(p * 100)
    if value >= 100 and p < 1.0:
        value = 99
    if value <= 0 and p > 0.0:
        return Style.tr("<1%")
    return Style.tr("{percent}%").format(percent=value)
