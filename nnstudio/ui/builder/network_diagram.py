"""The network diagram: the layer stack drawn the way the Keras tutorials draw networks.

Left to right, one column of neurons per layer that has them, every neuron joined to every
neuron of the next Dense layer. Pictures and feature maps (Input 28x28, Conv2D, MaxPooling2D)
are stacks of squares; Dropout, Activation and BatchNormalization, which have no neurons of
their own, are thin bands between the columns. After training, the lines take the colour and
thickness of the weights.

All geometry comes from :meth:`NetworkDiagram.columns` and :meth:`NetworkDiagram.links`, pure
functions of the document and the widget's size, so tests can check it without pixels.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QToolTip, QWidget

from nnstudio.core import catalog
from nnstudio.core.captions import layer_caption, layer_title
from nnstudio.core.i18n import Context
from nnstudio.core.shapes import LayerShape, fmt_shape
from nnstudio.core.spec import LayerSpec
from nnstudio.core.validate import Report
from nnstudio.ui.common.appearance import appearance
from nnstudio.ui.common.colours import colours
from nnstudio.ui.common.editor import Editor
from nnstudio.ui.common.style import ERROR_COLOR, paint_focus

Diagram = Context("Diagram")

#: At most this many neurons are drawn in one column (an ellipsis stands for the rest).
MAX_DRAWN = 12
#: At most this many feature maps are drawn in one stack.
MAX_MAPS = 5

# A marker's slot is this share of a column's.
_MARKER_SLOT = 0.45
_MARGIN = 10.0

# Colours: soft fills with a darker outline, as in the tutorials' pictures.
_ROLE_COLORS = {
    "data": (QColor("#c8e6c9"), QColor("#2e7d32")),
    "hidden": (QColor("#bbdefb"), QColor("#1565c0")),
    "output": (QColor("#ffe0b2"), QColor("#e65100")),
}
#: The band colour of each kind the catalog draws as a marker (a test checks none is missing).
MARKER_COLORS = {
    "Dropout": QColor("#e1bee7"),
    "Activation": QColor("#fff59d"),
    "BatchNormalization": QColor("#b2dfdb"),
}
_UNKNOWN = QColor("#9e9e9e")
_ERROR = QColor(ERROR_COLOR)
_LINK = QColor(120, 120, 120, 110)


@dataclass
class Column:
    """One layer's place in the diagram."""

    #: Index of the layer in the stack.
    index: int
    #: The layer's kind ("Dense", "Conv2D", ...).
    layer_kind: str
    #: "neurons", "maps" (pictures, feature maps), "marker" (a band) or "unknown" (no shape).
    kind: str
    #: The whole slot, label included: clicking anywhere in it selects the layer.
    rect: QRectF
    #: The true number of neurons (for "neurons") or of feature maps (for "maps").
    count: int | None = None
    #: Which neurons are drawn (their indices in the layer), top to bottom.
    units: tuple[int, ...] = ()
    #: The centres of the drawn neurons, in the order of ``units``.
    centres: list[QPointF] = field(default_factory=list)
    radius: float = 0.0
    #: Where the vertical ellipsis goes, when not every neuron is drawn.
    ellipsis: QPointF | None = None
    #: The feature-map squares, back to front.
    maps: list[QRectF] = field(default_factory=list)
    #: Height and width of one feature map.
    map_size: tuple[int, int] | None = None
    #: The band of a marker, or the box of an unknown column.
    body: QRectF = field(default_factory=QRectF)
    #: "data", "hidden" or "output": which colours the neurons get.
    role: str = "hidden"
    label: str = ""
    shape_text: str = ""
    #: Written under the column: the true count of an elided column, or a picture's size.
    note: str = ""
    error: bool = False

    @property
    def drawn(self) -> int:
        return len(self.units)

    @property
    def centre(self) -> QPointF:
        return self.rect.center()

    def bounds(self) -> QRectF:
        """The drawn element (neurons, maps or band), without the labels."""
        if self.centres:
            r = self.radius
            top, bottom = self.centres[0], self.centres[-1]
            return QRectF(top.x() - r, top.y() - r, 2 * r, bottom.y() - top.y() + 2 * r)
        if self.maps:
            rect = QRectF(self.maps[0])
            for m in self.maps[1:]:
                rect = rect.united(m)
            return rect
        return QRectF(self.body)


@dataclass
class Link:
    """One connection line between two drawn neurons."""

    source: int
    target: int
    p1: QPointF
    p2: QPointF
    #: The trained weight, when weights are known for this layer.
    weight: float | None
    color: QColor
    width: float


@dataclass
class _Metrics:
    """Sizes that follow the widget's size."""

    font_px: int
    line: float
    area: QRectF  # where neurons and maps go
    note_y: float  # top of the row of notes under the columns
    label_y: float  # top of the labels
    unit_width: float  # width of a column's slot
    max_slots: int  # neuron places (drawn neurons + ellipsis) that fit in a column


@dataclass(frozen=True)
class _Layer:
    """What the diagram needs to know about one layer, before any geometry."""

    index: int
    layer_kind: str
    kind: str
    count: int | None
    map_size: tuple[int, int] | None
    label: str
    shape_text: str
    error: bool


class NetworkDiagram(QWidget):
    """The layer stack as a picture of neurons and connections; clicking a layer selects it,
    double-clicking a neuron asks to see inside it (:attr:`neuron_activated`)."""

    #: A drawn neuron was double-clicked: the layer's index in the stack and the neuron's.
    neuron_activated = Signal(int, int)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        appearance().changed.connect(self.update)
        self.editor = editor
        # Kept with the layer object itself, so inserting or moving layers keeps them right.
        self._weights: dict[int, tuple[LayerSpec, np.ndarray]] = {}
        self.setMinimumSize(300, 180)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(Diagram.tr("Network diagram"))
        document = editor.document
        document.changed.connect(self._on_changed)
        document.replaced.connect(self._on_replaced)
        editor.selection_changed.connect(self._on_selection)
        self._on_changed()

    def sizeHint(self) -> QSize:
        return QSize(700, 320)

    # --- weights ---------------------------------------------------------------------------

    def set_weights(self, layer_index: int, kernel: np.ndarray) -> None:
        """Colour the connections into layer ``layer_index`` by its trained ``kernel``
        (shape (inputs, units)). A kernel that does not fit the layer as it is now (a late
        snapshot after an edit) is ignored."""
        stack = self.editor.document.stack
        if not 0 <= layer_index < len(stack):
            return
        kernel = np.array(kernel, dtype=np.float64)
        if kernel.shape != self._kernel_shape(layer_index):
            return
        self._weights[id(stack[layer_index])] = (stack[layer_index], kernel)
        self.update()

    def clear_weights(self) -> None:
        self._weights.clear()
        self.update()

    def weights(self, layer_index: int) -> np.ndarray | None:
        """The kernel shown for layer ``layer_index``, or None."""
        stack = self.editor.document.stack
        if not 0 <= layer_index < len(stack):
            return None
        entry = self._weights.get(id(stack[layer_index]))
        return None if entry is None else entry[1]

    def _kernel_shape(self, index: int) -> tuple[int, int] | None:
        """(inputs, units) of a Dense-like layer with known shapes, else None."""
        doc = self.editor.document
        shapes = doc.report.shapes
        if index < 1 or index >= len(shapes) or not _joined(doc.stack[index].kind):
            return None
        before, after = shapes[index - 1], shapes[index]
        if before is None or after is None:
            return None
        return (before.output_shape[-1], after.output_shape[-1])

    def _prune_weights(self) -> None:
        """Forget the weights of layers that are gone or whose shape changed."""
        stack = self.editor.document.stack
        for key, (layer, kernel) in list(self._weights.items()):
            try:
                index = stack.index(layer)
            except ValueError:
                del self._weights[key]
                continue
            if kernel.shape != self._kernel_shape(index):
                del self._weights[key]

    # --- following the document --------------------------------------------------------------

    def _on_changed(self) -> None:
        self._prune_weights()
        self.setAccessibleDescription(self.summary())
        self.update()

    def _on_replaced(self) -> None:
        self._weights.clear()
        self._on_changed()

    def _on_selection(self, index: int) -> None:
        self.update()

    def summary(self) -> str:
        """The network in words, for screen readers: 'Input (28, 28) → Flatten (784,) → ...'."""
        parts = []
        for layer in self._layers():
            parts.append(f"{layer.label} {layer.shape_text}".strip())
        return " → ".join(parts) if parts else Diagram.tr("No layers yet.")

    # --- what to draw ----------------------------------------------------------------------

    def _layers(self) -> list[_Layer]:
        doc = self.editor.document
        report = doc.report
        return [_describe(i, layer, report) for i, layer in enumerate(doc.stack)]

    def columns(self, width: float, height: float) -> list[Column]:
        """Where each layer goes in a widget of this size, left to right."""
        layers = self._layers()
        if not layers:
            return []
        m = self._metrics(width, height, layers)
        columns: list[Column] = []
        # A few layers in a wide widget stay together in the middle.
        x = (width - m.unit_width * _slots(layers)) / 2
        for layer in layers:
            w = m.unit_width * (_MARKER_SLOT if layer.kind == "marker" else 1.0)
            rect = QRectF(x, _MARGIN, w, height - 2 * _MARGIN)
            columns.append(_place(layer, rect, m))
            x += w
        _assign_roles(columns)
        _size_columns(columns, m)
        return columns

    def _metrics(self, width: float, height: float, layers: list[_Layer]) -> _Metrics:
        font_px = int(max(10, min(15, round(min(width / 55, height / 21)))))
        fm = QFontMetricsF(self._font(font_px))
        line = fm.height()
        unit_width = min((width - 2 * _MARGIN) / _slots(layers), max(220.0, height * 0.5))
        # Room for the longest label (wrapped to fit its slot) and the shape under it.
        label_lines = max(
            (len(_wrap(x.label, fm, unit_width - 4)) for x in layers if x.kind != "marker"),
            default=1,
        )
        label_h = (label_lines + 1) * line + 4
        note_h = line + 2
        area_bottom = height - _MARGIN - label_h - note_h
        area = QRectF(_MARGIN, _MARGIN + 4, width - 2 * _MARGIN, area_bottom - _MARGIN - 4)
        max_slots = int(max(3, min(MAX_DRAWN, area.height() // 15)))
        return _Metrics(
            font_px=font_px,
            line=line,
            area=area,
            note_y=area_bottom,
            label_y=area_bottom + note_h,
            unit_width=unit_width,
            max_slots=max_slots,
        )

    def links(self, columns: list[Column]) -> list[Link]:
        """The connection lines: every drawn neuron to every drawn neuron of the next Dense
        (or recurrent) layer, coloured by the weights where they are known."""
        out: list[Link] = []
        for j, target in enumerate(columns):
            if target.kind != "neurons" or not _joined(target.layer_kind):
                continue
            source = _previous(columns, j)
            if source is None or source.kind != "neurons":
                continue
            kernel = self.weights(target.index)
            scale = _scale(kernel)
            for a, p in zip(source.units, source.centres, strict=True):
                for b, q in zip(target.units, target.centres, strict=True):
                    p1 = QPointF(p.x() + source.radius, p.y())
                    p2 = QPointF(q.x() - target.radius, q.y())
                    if kernel is None:
                        out.append(Link(a, b, p1, p2, None, _LINK, 0.8))
                    else:
                        w = float(kernel[a, b])
                        color, width = _weight_style(w, scale)
                        out.append(Link(a, b, p1, p2, w, color, width))
        return out

    def column_at(self, pos: QPointF) -> Column | None:
        for column in self.columns(self.width(), self.height()):
            if column.rect.contains(pos):
                return column
        return None

    def _kind(self, index: int) -> str:
        return self.editor.document.stack[index].kind

    # --- input -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            column = self.column_at(event.position())
            if column is not None:
                self.editor.select(column.index)
                event.accept()
                return
        super().mousePressEvent(event)

    def neuron_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(layer index, neuron index) of the drawn neuron under ``pos``."""
        for column in self.columns(self.width(), self.height()):
            for unit, centre in zip(column.units, column.centres, strict=False):
                reach = max(column.radius, 6.0)
                if (pos - centre).manhattanLength() <= reach * 1.4:
                    return column.index, unit
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.neuron_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.neuron_activated.emit(*hit)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.column_at(event.position()) is not None
        cursor = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right (or Up/Down) walk through the layers, Home and End jump to the ends."""
        last = len(self.editor.document.stack) - 1
        current = self.editor.selected
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            target = last if current < 0 else max(0, current - 1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            target = 0 if current < 0 else min(last, current + 1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            target = 0 if key == Qt.Key.Key_Home else last
        else:
            super().keyPressEvent(event)
            return
        self.editor.select(target)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            column = self.column_at(QPointF(event.pos()))
            if column is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(column), self)
            return True
        return super().event(event)

    def _tooltip(self, column: Column) -> str:
        doc = self.editor.document
        layer = doc.stack[column.index]
        lines = [layer_title(column.index, layer), catalog.LAYER_KINDS[layer.kind].help]
        if column.kind == "neurons" and _drawn_as(layer.kind) != "data":
            lines.append(
                Diagram.tr(
                    "Double-click a neuron to see its arithmetic (once the network is trained)."
                )
            )
        if column.shape_text:
            lines.append(Diagram.tr("Output shape: {shape}").format(shape=column.shape_text))
        lines += [p.message for p in doc.report.for_layer(column.index)]
        return "\n".join(lines)

    # --- painting ------------------------------------------------------------------------------

    def _font(self, px: int, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        font.setBold(bold)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        self._paint()
        paint_focus(self)

    def _paint(self) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        columns = self.columns(self.width(), self.height())
        if not columns:
            painter.setPen(palette.placeholderText().color())
            painter.setFont(self._font(13))
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                Diagram.tr("Add layers from the palette to see the network here."),
            )
            return
        m = self._metrics(self.width(), self.height(), self._layers())
        selected = self.editor.selected
        for column in columns:
            if column.index == selected:
                self._paint_selection(painter, column, m)
        transitions = list(_transitions(columns))
        for how, source, target in transitions:
            if how == "funnel":
                self._paint_funnel(painter, source, target)
        thick = appearance().line_scale  # thicker on a projector
        for link in self.links(columns):
            pen = QPen(link.color, link.width * thick)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(link.p1, link.p2)
        for column in columns:
            self._paint_column(painter, column, column.index == selected, m)
        # Windows go on top of the maps they look at.
        for how, source, target in transitions:
            if how == "window":
                self._paint_window(painter, source, target)

    def _paint_selection(self, painter: QPainter, column: Column, m: _Metrics) -> None:
        """A soft box around the selected layer and its labels, no wider than its slot."""
        fm = QFontMetricsF(self._font(m.font_px, bold=True))
        texts = [column.note, column.shape_text, *_wrap(column.label, fm, column.rect.width())]
        text_width = 0.0 if column.kind == "marker" else max(map(fm.horizontalAdvance, texts))
        half = max(column.bounds().width() / 2 + 12, text_width / 2 + 8)
        half = min(half, column.rect.width() / 2 - 1)
        cx = column.rect.center().x()
        box = QRectF(cx - half, column.rect.top() - 4, 2 * half, column.rect.height() + 8)
        color = QColor(self.palette().highlight().color())
        color.setAlpha(40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(box, 8, 8)

    def _paint_funnel(self, painter: QPainter, source: Column, target: Column) -> None:
        """The same numbers, laid out anew (Flatten, Reshape): a funnel between the two."""
        a, b = source.bounds(), target.bounds()
        funnel = QPolygonF([a.topRight(), b.topLeft(), b.bottomLeft(), a.bottomRight()])
        fill = QColor(_LINK)
        fill.setAlpha(35)
        painter.setPen(QPen(_LINK, 0.8))
        painter.setBrush(fill)
        painter.drawPolygon(funnel)

    def _paint_window(self, painter: QPainter, source: Column, target: Column) -> None:
        """A small window on the front map of ``source``, joined to one point of ``target``."""
        front, dest = source.maps[-1], target.maps[-1]
        layer = self.editor.document.stack[target.index]
        size = layer.params.get("kernel_size", layer.params.get("pool_size", 3))
        rows = source.map_size[0] if source.map_size else 28
        side = front.width() * min(1.0, _int(size, 3) / max(1, rows))
        side = max(4.0, min(side, front.width() * 0.5))
        window = QRectF(
            front.left() + front.width() * 0.3, front.top() + front.height() * 0.3, side, side
        )
        point = QPointF(dest.left() + dest.width() * 0.4, dest.top() + dest.height() * 0.4)
        painter.setPen(QPen(QColor(80, 80, 80), 1.0))
        painter.setBrush(QColor(255, 255, 255, 150))
        painter.drawRect(window)
        painter.setPen(QPen(QColor(80, 80, 80, 170), 0.9))
        painter.drawLine(window.topRight(), point)
        painter.drawLine(window.bottomRight(), point)
        painter.setBrush(QColor(60, 60, 60))
        painter.drawEllipse(point, 1.6, 1.6)

    def _paint_column(self, painter: QPainter, column: Column, selected: bool, m: _Metrics) -> None:
        text = self.palette().text().color()
        if column.kind == "marker":
            self._paint_marker(painter, column, m)
        elif column.kind == "unknown":
            self._paint_unknown(painter, column, m)
        elif column.kind == "maps":
            self._paint_maps(painter, column, selected)
        else:
            self._paint_neurons(painter, column, selected, text)
        if column.error:
            pen = QPen(_ERROR, 1.6, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(column.bounds().adjusted(-5, -5, 5, 5), 6, 6)
        self._paint_texts(painter, column, m, text)

    def _paint_neurons(
        self, painter: QPainter, column: Column, selected: bool, text: QColor
    ) -> None:
        fill, outline = _ROLE_COLORS[column.role]
        if column.error:
            fill, outline = QColor("#ffcdd2"), _ERROR
        if selected:
            outline = self.palette().highlight().color()
        painter.setPen(QPen(outline, 2.2 if selected else 1.3))
        painter.setBrush(fill)
        for centre in column.centres:
            painter.drawEllipse(centre, column.radius, column.radius)
        if column.ellipsis is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(text)
            gap = max(3.0, min(column.radius * 0.55, 7.0))
            dot = max(1.3, min(column.radius * 0.16, 2.6))
            for k in (-1, 0, 1):
                painter.drawEllipse(column.ellipsis + QPointF(0, k * gap), dot, dot)

    def _paint_maps(self, painter: QPainter, column: Column, selected: bool) -> None:
        fill, outline = _ROLE_COLORS[column.role]
        if column.error:
            fill, outline = QColor("#ffcdd2"), _ERROR
        if selected:
            outline = self.palette().highlight().color()
        painter.setPen(QPen(outline, 2.0 if selected else 1.2))
        painter.setBrush(fill)
        for square in column.maps:
            painter.drawRect(square)
        # Faint lines on the front map hint that it is a grid of numbers (pixels).
        front = column.maps[-1]
        grid = QColor(outline)
        grid.setAlpha(60)
        painter.setPen(QPen(grid, 0.7))
        cells = 6 if front.width() >= 36 else 4
        for k in range(1, cells):
            x = front.left() + front.width() * k / cells
            y = front.top() + front.height() * k / cells
            painter.drawLine(QPointF(x, front.top()), QPointF(x, front.bottom()))
            painter.drawLine(QPointF(front.left(), y), QPointF(front.right(), y))

    def _paint_marker(self, painter: QPainter, column: Column, m: _Metrics) -> None:
        kind = self._kind(column.index)
        fill = QColor(MARKER_COLORS.get(kind, QColor("#e0e0e0")))
        # See-through, so the connections that pass behind it still show.
        fill.setAlpha(170)
        band = column.body
        outline = (
            self.palette().highlight().color()
            if column.index == self.editor.selected
            else fill.darker(150)
        )
        painter.setPen(QPen(_ERROR if column.error else outline, 1.2))
        painter.setBrush(fill)
        painter.drawRoundedRect(band, band.width() / 2.5, band.width() / 2.5)
        # The label runs up the band, so a narrow slot never clips it.
        painter.save()
        painter.translate(band.center())
        painter.rotate(-90)
        font = self._font(max(10, m.font_px - 1))
        painter.setFont(font)
        painter.setPen(_ERROR if column.error else QColor("#212121"))
        fm = QFontMetricsF(font)
        text = fm.elidedText(column.label, Qt.TextElideMode.ElideRight, band.height() - 8)
        box = QRectF(-band.height() / 2, -band.width() / 2, band.height(), band.width())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def _paint_unknown(self, painter: QPainter, column: Column, m: _Metrics) -> None:
        box = column.body
        painter.setPen(QPen(_UNKNOWN, 1.3, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(224, 224, 224, 160))
        painter.drawRoundedRect(box, box.width() / 2, box.width() / 2)
        painter.setPen(_UNKNOWN.darker(130))
        painter.setFont(self._font(int(min(28, max(14, box.width() * 0.8))), bold=True))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "?")

    def _paint_texts(self, painter: QPainter, column: Column, m: _Metrics, text: QColor) -> None:
        if column.kind == "marker":
            return
        width = column.rect.width() - 4
        left = column.rect.left() + 2
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        if column.note:
            font = self._font(m.font_px, bold=True)
            painter.setFont(font)
            painter.setPen(text)
            note = QFontMetricsF(font).elidedText(column.note, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRectF(left, m.note_y, width, m.line), centre, note)
        font = self._font(m.font_px)
        fm = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(_ERROR if column.error else text)
        lines = _wrap(column.label, fm, width)
        y = m.label_y
        for line in lines:
            painter.drawText(QRectF(left, y, width, m.line), centre, line)
            y += m.line
        muted = QColor(text)
        muted.setAlpha(150)
        painter.setPen(muted)
        shape = fm.elidedText(column.shape_text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(left, y, width, m.line), centre, shape)


# --- pure helpers ----------------------------------------------------------------------------


def _int(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _drawn_as(kind: str) -> catalog.DiagramRole:
    return catalog.LAYER_KINDS[kind].diagram


def _joined(kind: str) -> bool:
    """Whether each neuron of a ``kind`` layer is joined to every neuron before it."""
    return _drawn_as(kind) == "joined"


def _describe(index: int, layer: LayerSpec, report: Report) -> _Layer:
    shape: LayerShape | None = report.shapes[index] if index < len(report.shapes) else None
    error = any(p.severity == "error" for p in report.for_layer(index))
    count: int | None = None
    map_size: tuple[int, int] | None = None
    if _drawn_as(layer.kind) == "marker":
        kind = "marker"
    elif shape is None:
        kind = "unknown"
    else:
        out = shape.output_shape
        if _joined(layer.kind) or len(out) == 1:
            # Dense and recurrent layers have as many neurons as the last axis.
            kind, count = "neurons", out[-1] if _joined(layer.kind) else math.prod(out)
        elif len(out) == 2:
            kind, count, map_size = "maps", 1, (out[0], out[1])
        else:
            kind, count, map_size = "maps", out[-1], (out[0], out[1])
    return _Layer(
        index=index,
        layer_kind=layer.kind,
        kind=kind,
        count=count,
        map_size=map_size,
        label=layer_caption(layer),
        shape_text=fmt_shape(shape.output_shape if shape is not None else None),
        error=error,
    )


def _place(layer: _Layer, rect: QRectF, m: _Metrics) -> Column:
    """A column with its slot and kind; sizes come later, once all columns are known."""
    kind = layer.kind
    column = Column(
        index=layer.index,
        layer_kind=layer.layer_kind,
        kind=kind,
        rect=rect,
        count=layer.count,
        label=layer.label,
        shape_text=layer.shape_text,
        error=layer.error,
        map_size=layer.map_size,
    )
    if kind == "neurons" and layer.count is not None:
        units, elided = _drawn_units(layer.count, m.max_slots)
        column.units = units
        column.note = f"{layer.count:,}" if elided else ""
        column.ellipsis = QPointF() if elided else None
    elif kind == "maps" and layer.map_size is not None:
        h, w = layer.map_size
        column.note = (
            f"{h}×{w}" if layer.count == 1 else Diagram.tr("%n map(s)", "", layer.count or 0)
        )
    return column


def _drawn_units(count: int, slots: int) -> tuple[tuple[int, ...], bool]:
    """Which neurons to draw: all if they fit, else the first and last few."""
    if count <= slots:
        return tuple(range(count)), False
    k = max(1, (slots - 1) // 2)
    return (*range(k), *range(count - k, count)), True


def _assign_roles(columns: list[Column]) -> None:
    """Data (up to the first layer that learns) is green, the output orange, the rest blue."""
    learned = False
    for column in columns:
        if column.kind not in ("neurons", "maps"):
            continue
        learned = learned or _drawn_as(column.layer_kind) != "data"
        column.role = "hidden" if learned else "data"
    last = next((c for c in reversed(columns) if c.kind != "marker"), None)
    if last is not None and last.kind == "neurons" and last.role == "hidden":
        last.role = "output"


def _size_columns(columns: list[Column], m: _Metrics) -> None:
    area = m.area
    cy = area.center().y()
    places = [
        c.drawn + (1 if c.ellipsis is not None else 0) for c in columns if c.kind == "neurons"
    ]
    most = max(places, default=1)
    spacing = min(area.height() / max(most, 1), 58.0)
    radius = max(3.0, min(spacing * 0.36, m.unit_width * 0.16, 20.0))
    map_sides = [max(c.map_size) for c in columns if c.map_size is not None]
    biggest = max(map_sides, default=1)
    for column in columns:
        cx = column.rect.center().x()
        if column.kind == "neurons":
            _size_neurons(column, cx, cy, spacing, radius)
        elif column.kind == "maps":
            _size_maps(column, cx, cy, m, biggest)
        elif column.kind == "marker":
            width = max(16.0, min(column.rect.width() * 0.55, m.line * 1.7))
            column.body = QRectF(cx - width / 2, area.top(), width, area.height())
        else:
            width = max(14.0, min(radius * 2.4, m.unit_width * 0.3))
            height = max(width * 2, area.height() * 0.55)
            column.body = QRectF(cx - width / 2, cy - height / 2, width, height)


def _size_neurons(column: Column, cx: float, cy: float, spacing: float, radius: float) -> None:
    n = column.drawn
    elided = column.ellipsis is not None
    places = n + (1 if elided else 0)
    top = cy - (places - 1) * spacing / 2
    column.radius = radius
    centres = []
    for k in range(places):
        y = top + k * spacing
        if elided and k == n // 2:
            column.ellipsis = QPointF(cx, y)
        else:
            centres.append(QPointF(cx, y))
    column.centres = centres


def _size_maps(column: Column, cx: float, cy: float, m: _Metrics, biggest: int) -> None:
    assert column.map_size is not None
    h, w = column.map_size
    count = column.count or 1
    drawn = min(count, MAX_MAPS)
    base = min(m.unit_width * 0.55, m.area.height() * 0.6)
    # Smaller pictures look smaller, but never so small they cannot be seen.
    scale = max(0.4, max(h, w) / biggest)
    side = base * scale
    width, height = side * w / max(h, w), side * h / max(h, w)
    step = min(7.0, side * 0.12) if drawn > 1 else 0.0
    total_w = width + step * (drawn - 1)
    total_h = height + step * (drawn - 1)
    left, top = cx - total_w / 2, cy - total_h / 2
    # Back maps sit up and to the right; the front one is bottom left, as in the LeNet figure.
    column.maps = [
        QRectF(left + step * (drawn - 1 - k), top + step * k, width, height) for k in range(drawn)
    ]


def _transitions(columns: list[Column]) -> Iterator[tuple[str, Column, Column]]:
    """("funnel" | "window", source, target) for each pair of columns not joined by links:
    a funnel where the numbers are only laid out anew, a window where a Conv2D or
    MaxPooling2D layer slides one over the maps."""
    for j, target in enumerate(columns):
        source = _previous(columns, j)
        if source is None or "unknown" in (source.kind, target.kind) or target.kind == "marker":
            continue
        both = target.kind if target.kind == source.kind else ""
        if both == "neurons" and _joined(target.layer_kind):
            continue
        how = "window" if both == "maps" and _drawn_as(target.layer_kind) == "window" else "funnel"
        yield how, source, target


def _slots(layers: list[_Layer]) -> float:
    return sum(_MARKER_SLOT if layer.kind == "marker" else 1.0 for layer in layers)


def _previous(columns: list[Column], j: int) -> Column | None:
    """The column that feeds column ``j``: the one before it, skipping bands."""
    for column in reversed(columns[:j]):
        if column.kind != "marker":
            return column
    return None


def _scale(kernel: np.ndarray | None) -> float:
    if kernel is None or kernel.size == 0:
        return 1.0
    biggest = float(np.nanmax(np.abs(kernel))) if np.isfinite(kernel).any() else 0.0
    return biggest if biggest > 0 and math.isfinite(biggest) else 1.0


def _weight_style(weight: float, scale: float) -> tuple[QColor, float]:
    """Blue for negative, red-orange for positive; the bigger |w|, the bolder the line."""
    strength = min(1.0, abs(weight) / scale) if math.isfinite(weight) else 0.0
    negative, positive = colours().signs()
    color = QColor(negative if weight < 0 else positive)
    color.setAlpha(int(50 + 205 * strength))
    return color, 0.5 + 3.0 * strength


def _wrap(text: str, fm: QFontMetricsF, width: float, max_lines: int = 3) -> list[str]:
    """``text`` in as few lines as fit ``width``, broken where the lines come out about
    equally wide ('Max pooling' / '2×2' rather than 'Max' / 'pooling 2×2'); the lines are
    elided if even ``max_lines`` lines are too wide."""
    words = text.split(" ")
    best: tuple[str, ...] = (text,)
    for n in range(1, min(max_lines, len(words)) + 1):
        options = [
            tuple(
                " ".join(words[a:b]) for a, b in zip((0, *cuts), (*cuts, len(words)), strict=True)
            )
            for cuts in itertools.combinations(range(1, len(words)), n - 1)
        ]
        best = min(options, key=lambda lines: max(map(fm.horizontalAdvance, lines)))
        if max(map(fm.horizontalAdvance, best)) <= width:
            break
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in best]


if __name__ == "__main__":
    from nnstudio.ui.common.demo import run_demo

    raise SystemExit(run_demo(NetworkDiagram, size=(760, 340)))
