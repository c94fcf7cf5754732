"""A small picture for each layer kind, painted at runtime (no image files to ship or lose).

Each glyph is drawn in white on a rounded tile of its group's colour, so it reads the same on
a light or a dark palette. Glyphs are drawn in a 0..1 square and scaled, so every size is sharp.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from nnstudio.core import catalog

#: Tile colours per catalog group: mid-tones that keep white strokes legible and still stand
#: out from a dark window background.
GROUP_COLORS: dict[str, QColor] = {
    "core": QColor("#1f6fd1"),
    "convolution": QColor("#8250c8"),
    "recurrent": QColor("#23874a"),
    "regularisation": QColor("#a45e1c"),
}
_FALLBACK_COLOR = QColor("#5f6b78")
_SIZES = (16, 20, 24, 32, 40, 48, 64, 96)

Glyph = Callable[[QPainter], None]


def group_color(group: str) -> QColor:
    return QColor(GROUP_COLORS.get(group, _FALLBACK_COLOR))


# --- glyphs, drawn in a unit square with a white pen ---------------------------------------


def _dot(p: QPainter, x: float, y: float, r: float = 0.07) -> None:
    p.drawEllipse(QPointF(x, y), r, r)


def _arrow_head(p: QPainter, tip: QPointF, angle: float, size: float = 0.13) -> None:
    """A filled triangle pointing along ``angle`` (radians) with its point at ``tip``."""
    path = QPainterPath(tip)
    for side in (2.6, -2.6):
        path.lineTo(
            tip.x() + size * math.cos(angle + side), tip.y() + size * math.sin(angle + side)
        )
    path.closeSubpath()
    p.fillPath(path, p.pen().color())


def _input(p: QPainter) -> None:
    p.drawLine(QPointF(0.12, 0.5), QPointF(0.58, 0.5))
    _arrow_head(p, QPointF(0.68, 0.5), 0.0, 0.17)
    p.drawLine(QPointF(0.82, 0.2), QPointF(0.82, 0.8))


def _flatten(p: QPainter) -> None:
    # A 2x2 picture turns into a column of numbers.
    p.drawRect(QRectF(0.12, 0.3, 0.34, 0.34))
    p.drawLine(QPointF(0.29, 0.3), QPointF(0.29, 0.64))
    p.drawLine(QPointF(0.12, 0.47), QPointF(0.46, 0.47))
    p.drawLine(QPointF(0.52, 0.47), QPointF(0.62, 0.47))
    _arrow_head(p, QPointF(0.7, 0.47), 0.0, 0.11)
    p.drawLine(QPointF(0.82, 0.14), QPointF(0.82, 0.86))


def _dense(p: QPainter) -> None:
    left = [(0.2, y) for y in (0.2, 0.5, 0.8)]
    right = [(0.8, y) for y in (0.32, 0.68)]
    thin = QPen(p.pen())
    thin.setWidthF(p.pen().widthF() * 0.6)
    p.save()
    p.setPen(thin)
    for a in left:
        for b in right:
            p.drawLine(QPointF(*a), QPointF(*b))
    p.restore()
    p.setBrush(p.pen().color())
    for x, y in left + right:
        _dot(p, x, y, 0.085)


def _activation(p: QPainter) -> None:
    path = QPainterPath(QPointF(0.12, 0.8))
    path.cubicTo(QPointF(0.5, 0.8), QPointF(0.5, 0.2), QPointF(0.88, 0.2))
    p.drawPath(path)


def _reshape(p: QPainter) -> None:
    # A resize mark: a horizontal and a vertical double arrow.
    p.drawLine(QPointF(0.22, 0.5), QPointF(0.78, 0.5))
    p.drawLine(QPointF(0.5, 0.22), QPointF(0.5, 0.78))
    for tip, angle in (
        (QPointF(0.1, 0.5), math.pi),
        (QPointF(0.9, 0.5), 0.0),
        (QPointF(0.5, 0.1), -math.pi / 2),
        (QPointF(0.5, 0.9), math.pi / 2),
    ):
        _arrow_head(p, tip, angle, 0.15)


def _dropout(p: QPainter) -> None:
    p.setBrush(p.pen().color())
    dropped = {(1, 0), (0, 1), (2, 2)}
    for row in range(3):
        for col in range(3):
            x, y = 0.2 + 0.3 * col, 0.2 + 0.3 * row
            if (col, row) in dropped:
                d = 0.08
                p.drawLine(QPointF(x - d, y - d), QPointF(x + d, y + d))
                p.drawLine(QPointF(x - d, y + d), QPointF(x + d, y - d))
            else:
                _dot(p, x, y, 0.075)


def _batch_norm(p: QPainter) -> None:
    p.drawLine(QPointF(0.08, 0.82), QPointF(0.92, 0.82))
    path = QPainterPath()
    for i in range(41):
        x = i / 40
        y = 0.78 - 0.58 * math.exp(-((x - 0.5) ** 2) / 0.025)
        point = QPointF(0.1 + 0.8 * x, y)
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    p.drawPath(path)


def _conv2d(p: QPainter) -> None:
    # A picture with a filter window sliding over it.
    fill = QColor(p.pen().color())
    fill.setAlphaF(0.45)
    p.fillRect(QRectF(0.36, 0.36, 0.4, 0.4), fill)
    thin = QPen(p.pen())
    thin.setWidthF(p.pen().widthF() * 0.55)
    p.save()
    p.setPen(thin)
    for i in range(6):
        v = 0.16 + 0.136 * i
        p.drawLine(QPointF(0.16, v), QPointF(0.84, v))
        p.drawLine(QPointF(v, 0.16), QPointF(v, 0.84))
    p.restore()
    p.drawRect(QRectF(0.36, 0.36, 0.4, 0.4))


def _pooling(p: QPainter) -> None:
    # Four cells become one.
    p.drawRect(QRectF(0.08, 0.28, 0.4, 0.4))
    p.drawLine(QPointF(0.28, 0.28), QPointF(0.28, 0.68))
    p.drawLine(QPointF(0.08, 0.48), QPointF(0.48, 0.48))
    fill = QColor(p.pen().color())
    fill.setAlphaF(0.6)
    p.fillRect(QRectF(0.28, 0.28, 0.2, 0.2), fill)
    p.drawLine(QPointF(0.54, 0.48), QPointF(0.62, 0.48))
    _arrow_head(p, QPointF(0.7, 0.48), 0.0, 0.1)
    p.setBrush(p.pen().color())
    p.drawRect(QRectF(0.74, 0.39, 0.18, 0.18))


def _loop(p: QPainter) -> None:
    # Most of a circle, with an arrow feeding back into it.
    p.drawArc(QRectF(0.18, 0.18, 0.64, 0.64), 120 * 16, 290 * 16)
    angle = math.radians(-50)  # where the arc ends (Qt counts degrees anticlockwise)
    tip = QPointF(0.5 + 0.32 * math.cos(angle), 0.5 + 0.32 * math.sin(angle))
    _arrow_head(p, tip, angle - math.pi / 2 - 0.25, 0.16)


def _simple_rnn(p: QPainter) -> None:
    _loop(p)
    p.setBrush(p.pen().color())
    _dot(p, 0.5, 0.5, 0.09)


def _lstm(p: QPainter) -> None:
    _loop(p)
    # The memory cell with its gate.
    p.drawRect(QRectF(0.4, 0.4, 0.2, 0.2))
    p.drawLine(QPointF(0.5, 0.4), QPointF(0.5, 0.6))


#: Keyed by ``LayerKind.glyph`` in the catalog.
GLYPHS: dict[str, Glyph] = {
    "arrow_in": _input,
    "flatten": _flatten,
    "dense": _dense,
    "curve": _activation,
    "reshape": _reshape,
    "dropout": _dropout,
    "bell_curve": _batch_norm,
    "filter_window": _conv2d,
    "pooling": _pooling,
    "loop": _simple_rnn,
    "gated_loop": _lstm,
}


# --- painting --------------------------------------------------------------------------------


def paint_layer_glyph(painter: QPainter, rect: QRectF, kind: str) -> None:
    """Paint ``kind``'s tile and glyph into ``rect`` (a square works best)."""
    info = catalog.LAYER_KINDS.get(kind)
    color = group_color(info.group) if info else _FALLBACK_COLOR
    side = min(rect.width(), rect.height())
    tile = QRectF(0, 0, side, side)
    tile.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    radius = side * 0.2
    painter.drawRoundedRect(tile, radius, radius)

    glyph = GLYPHS.get(info.glyph) if info else None
    if glyph is None:
        # A name the catalog does not know still gets a readable tile.
        font = QFont(painter.font())
        font.setPixelSize(max(6, int(side * 0.6)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(tile, Qt.AlignmentFlag.AlignCenter, (info.label if info else kind)[:1])
    else:
        inset = side * 0.14
        painter.translate(tile.left() + inset, tile.top() + inset)
        painter.scale(side - 2 * inset, side - 2 * inset)
        pen = QPen(QColor("white"))
        # Thicker strokes at small sizes, or the glyph turns to mush at 16 px.
        pen.setWidthF(0.085 if side < 24 else 0.07)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        glyph(painter)
    painter.restore()


def _pixmap(kind: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_layer_glyph(painter, QRectF(0.5, 0.5, size - 1, size - 1), kind)
    painter.end()
    return pixmap


_cache: dict[str, QIcon] = {}


def layer_icon(kind: str) -> QIcon:
    """The icon of a layer kind, made once (needs a running QGuiApplication)."""
    icon = _cache.get(kind)
    if icon is None:
        icon = QIcon()
        for size in _SIZES:
            icon.addPixmap(_pixmap(kind, size))
        _cache[kind] = icon
    return icon


def group_icon(group: str, size: int = 12) -> QIcon:
    """A plain round swatch of a group's colour, for headings."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(group_color(group))
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), size * 0.25, size * 0.25)
    painter.end()
    return QIcon(pixmap)
