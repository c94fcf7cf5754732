"""Inside the network: one example going through the trained network, and a neuron's sum.

The student picks an example (a test digit, an XOR row, the digit they drew). The strip shows
what every layer put out for it: the input picture or values, each hidden layer's neurons as
coloured cells (how strongly each fired), the output's probabilities. A click on a neuron (or
Step, which walks the forward pass neuron by neuron, as the tutorials do on paper) shows its
arithmetic with the real numbers: its weights and bias, the sum z, the activation. For a
neuron that looks at a digit's pixels, its 784 weights are a 28x28 picture beside what this
digit gave it, and the strongest neurons of the layer are listed with their pictures.

The numbers come from the training process (:meth:`RemoteModel.trace`); this module draws.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core import catalog
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.data.preprocess import InputTransform, network_input
from nnstudio.training.evaluation import Evaluation, class_probabilities
from nnstudio.training.inside import (
    PASSING,
    SUMMING,
    NeuronSum,
    Trace,
    equation,
    input_names,
    neuron_sum,
    number,
    scale_of,
    strongest,
)
from nnstudio.ui.common.colours import colours
from nnstudio.ui.common.pictures import diverging_pixmap
from nnstudio.ui.common.style import ERROR_COLOR, help_label, paint_focus, percent, section_title
from nnstudio.ui.results.results_tab import describe_row

log = logging.getLogger("nnstudio.ui")

Inside = Context("Inside")

Tracer = Callable[[npt.NDArray[np.float32]], Trace]
#: Gives the digit the student drew, ready for the network (a batch of one), or None.
DrawnDigit = Callable[[], "npt.NDArray[np.float32] | None"]

NO_NETWORK = QT_TRANSLATE_NOOP(
    "Inside",
    "Train a network first. Then pick an example here and follow it through the network, "
    "layer by layer, down to one neuron's arithmetic.",
)
#: Up to this many neurons a layer is a single column of cells with their values written in.
COLUMN_MAX = 32
#: A neuron with more inputs than COLUMN_MAX: its strongest few are listed in its sum and
#: drawn as lines to it.
LINKS_SHOWN = 6
#: The smallest cell height a value is written in; a layer whose cells would be smaller in one
#: column gets several.
MIN_CELL = 13.0
#: Width to height of the cells of a layer of at most COLUMN_MAX neurons.
CELL_ASPECT = 2.4
#: How many of a layer's strongest neurons are listed with their pictures.
FIRED_SHOWN = 6
FIRED_ACROSS = 3
#: Weight pictures in the neuron panel: screen pixels per weight.
PICTURE_ZOOM = 3


@dataclass
class StripColumn:
    """One layer (or the input) in the strip."""

    #: -1 for the input, else the layer's position in the trace.
    position: int
    title: str
    values: npt.NDArray[np.float32]
    #: (height, width) when drawn as a picture.
    picture: tuple[int, int] | None
    #: Whether a click on a neuron shows its arithmetic.
    summing: bool
    #: The size of value that gets the strongest colour.
    scale: float
    #: Class names beside an output layer's cells.
    labels: tuple[str, ...] = ()
    #: The values are probabilities (written as percentages).
    probabilities: bool = False
    body: QRectF = field(default_factory=QRectF)
    cells: list[QRectF] = field(default_factory=list)


def activation_label(name: str | None) -> str:
    """An activation as the catalog names it: "ReLU", "Softmax"."""
    choice = catalog.ACTIVATIONS.get(name or "linear")
    return choice.label if choice is not None else str(name)


def layer_title(name: str, kind: str, activation: str | None, count: int) -> str:
    """A strip column's title: "dense: 128 neurons, ReLU"."""
    if kind not in SUMMING:
        return Inside.tr("{name} ({kind}): {count:,} number(s)", "", count).format(
            name=name, kind=kind, count=count
        )
    if activation in (None, "linear"):
        return Inside.tr("{name}: {count:,} neuron(s)", "", count).format(name=name, count=count)
    return Inside.tr("{name}: {count:,} neuron(s), {activation}", "", count).format(
        name=name, count=count, activation=activation_label(activation)
    )


def grid_shape(count: int, width: float, height: float) -> tuple[int, int, float]:
    """(rows, columns, cell side) of the grid that shows ``count`` cells largest in the box."""
    best = (count, 1, 0.0)
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        side = min(width / columns, height / rows)
        if side > best[2]:
            best = (rows, columns, side)
    return best


def cell_color(value: float, scale: float) -> QColor:
    """White for 0, red for positive, blue for negative, stronger towards ``scale``."""
    strength = min(1.0, abs(value) / scale) if scale > 0 else 0.0
    negative, positive = colours().signs()
    end = positive if value >= 0 else negative
    mix = QColor(
        round(255 + (end.red() - 255) * strength),
        round(255 + (end.green() - 255) * strength),
        round(255 + (end.blue() - 255) * strength),
    )
    return mix


class LayerStrip(QWidget):
    """Every layer's outputs for one example, left to right; click a neuron to choose it."""

    neuron_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[StripColumn] = []
        self.selected: tuple[int, int] | None = None
        #: The inputs that added most to the chosen neuron, outlined in the column before it,
        #: each with its weight (a line is drawn from it to the neuron).
        self.highlighted: list[int] = []
        self.weights: list[float] = []
        self.setMinimumSize(360, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(Inside.tr("The example's way through the network"))

    def sizeHint(self) -> QSize:
        return QSize(760, 300)

    def set_columns(self, columns: list[StripColumn]) -> None:
        self.columns = columns
        self._lay_out()
        self.update()

    def set_selected(
        self,
        selected: tuple[int, int] | None,
        highlighted: list[int],
        weights: list[float] | None = None,
    ) -> None:
        self.selected = selected
        self.highlighted = highlighted
        self.weights = weights or []
        self.update()
        if selected is not None:
            column = self._column(selected[0])
            if column is not None:
                self.setAccessibleDescription(
                    Inside.tr("{layer}: neuron {number} chosen").format(
                        layer=column.title, number=selected[1] + 1
                    )
                )

    def _column(self, position: int) -> StripColumn | None:
        return next((c for c in self.columns if c.position == position), None)

    def resizeEvent(self, event: object) -> None:
        self._lay_out()

    def _font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        return font

    def _lay_out(self) -> None:
        if not self.columns:
            return
        width, height = float(self.width()), float(self.height())
        slot = width / len(self.columns)
        title_h = 2.6 * self.fontMetrics().height()
        for i, column in enumerate(self.columns):
            left = i * slot + 8
            box = QRectF(left, title_h + 6, slot - 16, height - title_h - 12)
            column.cells = []
            if column.picture is not None:
                h, w = column.picture
                side = min(box.width() / w, box.height() / h)
                column.body = QRectF(box.center().x() - side * w / 2, box.top(), side * w, side * h)
                continue
            count = column.values.size
            # A few neurons get cells wide enough to write their values in; many get squares.
            aspect = CELL_ASPECT if count <= COLUMN_MAX else 1.0
            label_w = box.width() * 0.3 if column.labels else 0.0
            single = min(box.height() / count, (box.width() - label_w) / aspect, 36.0)
            if column.labels or (count <= COLUMN_MAX and single >= MIN_CELL):
                across, high = 1, single  # one column, like the network diagram's
            else:
                _rows, across, high = grid_shape(count, box.width() / aspect, box.height())
                high = min(high, 36.0)
            wide = high * aspect
            x0 = box.center().x() + label_w / 2 - wide * across / 2
            gap = 1.0 if high > 8 else 0.5
            column.cells = [
                QRectF(x0 + (j % across) * wide, box.top() + (j // across) * high, wide, high)
                .adjusted(gap, gap, -gap, -gap)
                for j in range(count)
            ]  # fmt: skip
            column.body = box

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        for column in self.columns:
            for j, cell in enumerate(column.cells):
                if cell.contains(pos):
                    return column.position, j
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.cell_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.neuron_clicked.emit(*hit)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down choose the neuron above or below in the chosen layer."""
        if self.selected is not None and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            column = self._column(self.selected[0])
            if column is not None and column.cells:
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                neuron = min(max(0, self.selected[1] + step), len(column.cells) - 1)
                self.neuron_clicked.emit(column.position, neuron)
                return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._paint()
        paint_focus(self)

    def _paint(self) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        text = self.palette().color(QPalette.ColorRole.Text)
        if not self.columns:
            return
        slot = self.width() / len(self.columns)
        title_h = 2.6 * self.fontMetrics().height()
        for i, column in enumerate(self.columns):
            painter.setPen(text)
            painter.setFont(self._font(0.95, bold=True))
            title_box = QRectF(i * slot + 4, 2, slot - 8, title_h)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
            painter.drawText(title_box, int(flags) | Qt.TextFlag.TextWordWrap, column.title)
            if column.picture is not None:
                self._paint_picture(painter, column)
            else:
                self._paint_cells(painter, column, text)
        self._paint_links(painter)
        self._paint_choice(painter, text)

    def _paint_picture(self, painter: QPainter, column: StripColumn) -> None:
        h, w = column.picture or (1, 1)
        values = column.values.reshape(h, w).astype(np.float64)
        low, high = float(values.min()), float(values.max())
        grey = np.zeros((h, w), np.uint8) if high <= low else (values - low) / (high - low) * 255
        data = np.ascontiguousarray(grey, dtype=np.uint8)
        image = QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
        painter.drawImage(column.body, image)
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawRect(column.body)

    def _paint_cells(self, painter: QPainter, column: StripColumn, text: QColor) -> None:
        values = column.values.reshape(-1)
        source = self._source_of_selected()
        # Lines show where a few inputs go; among many cells the strongest are also outlined.
        many = len(column.cells) > COLUMN_MAX
        marked = set(self.highlighted) if source is column and many else set()
        small = self._font(0.8)
        painter.setFont(small)
        for j, cell in enumerate(column.cells):
            value = float(values[j])
            painter.setPen(QPen(QColor("#9e9e9e"), 0.6))
            painter.setBrush(cell_color(value, column.scale))
            painter.drawRect(cell)
            if cell.height() >= 15 and cell.width() >= 30:
                painter.setPen(QColor("black"))
                shown = percent(value) if column.probabilities else number(value)
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, shown)
            if column.labels and j < len(column.labels):
                painter.setPen(text)
                label_box = QRectF(
                    column.body.left(),
                    cell.top(),
                    cell.left() - column.body.left() - 4,
                    cell.height(),
                )
                painter.drawText(
                    label_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    column.labels[j],
                )  # fmt: skip
            if j in marked:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor("#2e7d32"), 2.0))
                painter.drawRect(cell.adjusted(-1, -1, 1, 1))

    def _paint_choice(self, painter: QPainter, text: QColor) -> None:
        column = self._column(self.selected[0]) if self.selected else None
        if column is None or self.selected is None:
            return
        if 0 <= self.selected[1] < len(column.cells):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(text, 3.0))
            painter.drawRect(column.cells[self.selected[1]].adjusted(-2, -2, 2, 2))

    def _paint_links(self, painter: QPainter) -> None:
        """Lines from the chosen neuron's strongest inputs to it, red for a positive weight and
        blue for a negative one, thicker for a larger one."""
        source = self._source_of_selected()
        if source is None or self.selected is None or not self.weights:
            return
        target = self._column(self.selected[0])
        if target is None or not 0 <= self.selected[1] < len(target.cells):
            return
        end = target.cells[self.selected[1]]
        biggest = max(abs(w) for w in self.weights) or 1.0
        for index, weight in zip(self.highlighted, self.weights, strict=False):
            start = self._point_of(source, index)
            if start is None:
                continue
            negative, positive = colours().signs()
            color = QColor(positive if weight >= 0 else negative)
            color.setAlpha(150)
            painter.setPen(QPen(color, 0.8 + 3.2 * abs(weight) / biggest))
            painter.drawLine(start, QPointF(end.left(), end.center().y()))

    def _point_of(self, column: StripColumn, index: int) -> QPointF | None:
        """Where a line from input ``index`` of ``column`` starts."""
        if column.cells:
            if not 0 <= index < len(column.cells):
                return None
            cell = column.cells[index]
            return QPointF(cell.right(), cell.center().y())
        if column.picture is not None:  # a pixel of the picture
            h, w = column.picture
            body = column.body
            return QPointF(
                body.left() + (index % w + 0.5) * body.width() / w,
                body.top() + (index // w + 0.5) * body.height() / h,
            )
        return None

    def _source_of_selected(self) -> StripColumn | None:
        """The column whose outputs feed the chosen neuron."""
        if self.selected is None:
            return None
        index = next((i for i, c in enumerate(self.columns) if c.position == self.selected[0]), 0)
        return self.columns[index - 1] if index > 0 else None


class InsideView(QWidget):
    """Choose an example, see it go through the network, and a neuron's arithmetic."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tracer: Tracer | None = None
        self._drawn: DrawnDigit | None = None
        self.evaluation: Evaluation | None = None
        self._transform: InputTransform | None = None
        self._input_shape: tuple[int, ...] = ()
        #: The example shown: a test-set index, or "drawn".
        self.example: int | str = 0
        self.trace: Trace | None = None
        #: The chosen neuron: (position in the trace, index), or None.
        self.selected: tuple[int, int] | None = None
        self.current: NeuronSum | None = None

        self.message = QLabel(translate("Inside", NO_NETWORK))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.example_box = QSpinBox()
        self.example_box.setAccessibleName(Inside.tr("Test example number"))
        self.example_box.setToolTip(Inside.tr("Which test example to follow through the network"))
        self.example_box.valueChanged.connect(lambda v: self.show_example(v - 1))
        self.drawn_button = QPushButton(Inside.tr("Use the digit I drew"))
        self.drawn_button.setToolTip(
            Inside.tr("Follow the digit drawn in the Draw a digit tab instead")
        )
        self.drawn_button.clicked.connect(self.show_drawn)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAccessibleName(Inside.tr("The example and the network's answer"))

        self.strip = LayerStrip()
        self.strip.neuron_clicked.connect(self.choose)

        self.neuron_title = section_title("")
        self.neuron_title.setAccessibleName(Inside.tr("The chosen neuron"))
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.arithmetic = QPlainTextEdit()
        self.arithmetic.setReadOnly(True)
        self.arithmetic.setAccessibleName(Inside.tr("The neuron's arithmetic"))
        self.arithmetic.setAccessibleDescription(
            Inside.tr("The chosen neuron's sum with the network's real numbers, and its activation")
        )
        self.arithmetic.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.arithmetic.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.back_button = QPushButton(Inside.tr("◀ Step back"))
        self.back_button.setToolTip(Inside.tr("The neuron before this one in the forward pass"))
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.step_button = QPushButton(Inside.tr("Step ▶"))
        self.step_button.setToolTip(
            Inside.tr(
                "The next neuron in the forward pass: every neuron of a layer, then the next layer"
            )
        )
        self.step_button.clicked.connect(lambda: self.step(1))
        self.step_label = help_label()

        self.weights_title = QLabel(Inside.tr("Its weights"))
        self.weights_picture = QLabel()
        self.weights_picture.setAccessibleName(Inside.tr("The neuron's weights as a picture"))
        self.product_title = QLabel(Inside.tr("Digit × weights"))
        self.product_picture = QLabel()
        self.product_picture.setAccessibleName(
            Inside.tr("What each pixel of the digit gave the neuron")
        )
        self.pictures_help = help_label(Inside.tr("Red pushes the neuron up, blue down."))
        for picture in (self.weights_picture, self.product_picture):
            picture.setToolTip(
                Inside.tr(
                    "Left: the neuron's 784 weights, one per pixel. Right: this digit's pixels "
                    "times those weights; their sum, plus the bias, is z. Red pushes the neuron "
                    "up, blue pushes it down."
                )
            )
        self.fired_title = QLabel()
        self.fired_row = QGridLayout()
        self.fired_buttons: list[QToolButton] = []

        top = QHBoxLayout()
        top.addWidget(QLabel(Inside.tr("Test example:")))
        top.addWidget(self.example_box)
        top.addWidget(self.drawn_button)
        top.addWidget(self.description, 1)

        steps = QHBoxLayout()
        steps.addWidget(self.back_button)
        steps.addWidget(self.step_button)
        steps.addWidget(self.step_label, 1)

        text_side = QVBoxLayout()
        text_side.addWidget(self.neuron_title)
        text_side.addWidget(self.sentence)
        text_side.addWidget(self.arithmetic, 1)
        text_side.addLayout(steps)

        pictures = QVBoxLayout()
        picture_row = QHBoxLayout()
        for title, picture in (
            (self.weights_title, self.weights_picture),
            (self.product_title, self.product_picture),
        ):
            box = QVBoxLayout()
            box.addWidget(title)
            box.addWidget(picture)
            picture_row.addLayout(box)
        pictures.addLayout(picture_row)
        pictures.addWidget(self.pictures_help)
        pictures.addWidget(self.fired_title)
        pictures.addLayout(self.fired_row)
        pictures.addStretch(1)
        self.pictures_box = QWidget()
        self.pictures_box.setLayout(pictures)
        self.pictures_box.setMaximumWidth(2 * 28 * PICTURE_ZOOM + 80)

        bottom = QHBoxLayout()
        bottom.addLayout(text_side, 3)
        bottom.addWidget(self.pictures_box, 0)

        self.page = QWidget()
        page = QVBoxLayout(self.page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(top)
        page.addWidget(self.strip, 3)
        page.addLayout(bottom, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.message)
        layout.addWidget(self.page)
        self.clear()

    # --- the network --------------------------------------------------------------------------

    def set_network(
        self,
        tracer: Tracer,
        evaluation: Evaluation,
        transform: InputTransform | None,
        input_shape: tuple[int, ...],
        drawn: DrawnDigit | None = None,
        example: int = 0,
    ) -> None:
        """Follow examples of ``evaluation``'s test set through the network ``tracer`` asks,
        test example ``example`` first."""
        self._tracer = tracer
        self.evaluation = evaluation
        self._transform = transform
        self._input_shape = tuple(input_shape)
        self._drawn = drawn if evaluation.is_images else None
        self.drawn_button.setVisible(self._drawn is not None)
        self.selected = None
        count = len(evaluation.labels)
        self.example_box.blockSignals(True)
        self.example_box.setRange(1, max(1, count))
        self.example_box.setSuffix(" " + Inside.tr("of {count:,}").format(count=count))
        self.example_box.setValue(1)
        self.example_box.blockSignals(False)
        self.message.hide()
        self.page.show()
        self.show_example(example)

    def clear(self, message: str | None = None) -> None:
        """No network to look inside: say ``message`` (by default, to train one first)."""
        if message is None:
            message = translate("Inside", NO_NETWORK)
        self._tracer = None
        self.evaluation = None
        self.trace = None
        self.selected = None
        self.current = None
        self.strip.set_columns([])
        self.message.setText(message)
        self.message.show()
        self.page.hide()

    @property
    def picture(self) -> tuple[int, int] | None:
        """(height, width) of the examples when they are pictures."""
        ev = self.evaluation
        return (int(ev.inputs.shape[1]), int(ev.inputs.shape[2])) if ev and ev.is_images else None

    # --- choosing an example ------------------------------------------------------------------

    def show_example(self, index: int) -> None:
        """Follow test example ``index`` (0-based) through the network."""
        ev = self.evaluation
        if ev is None or self._tracer is None or not 0 <= index < len(ev.labels):
            return
        if self.example_box.value() != index + 1:
            self.example_box.blockSignals(True)
            self.example_box.setValue(index + 1)
            self.example_box.blockSignals(False)
        self.example = index
        example = network_input(ev.inputs[index], self._transform, self._input_shape)
        if self._follow(example):
            self.description.setText(self._describe_test(index))

    def show_drawn(self) -> None:
        """Follow the digit drawn in the Draw a digit tab."""
        batch = self._drawn() if self._drawn is not None else None
        if batch is None:
            self.description.setText(Inside.tr("Draw a digit in the Draw a digit tab first."))
            return
        self.example = "drawn"
        if self._follow(np.asarray(batch, np.float32)[0]):
            answer = self._answer()
            self.description.setText(
                Inside.tr("The digit you drew. {answer}").format(answer=answer)
            )

    def _follow(self, example: npt.NDArray[np.float32]) -> bool:
        assert self._tracer is not None
        try:
            trace = self._tracer(example)
        except NNStudioError as exc:
            self._fail(str(exc))
            return False
        except Exception as exc:
            log.exception("the network could not be followed for an example")
            self._fail(
                Inside.tr("The network could not be followed ({error}): {details}").format(
                    error=type(exc).__name__, details=exc
                )
            )
            return False
        self.trace = trace
        self.strip.set_columns(self._columns(trace))
        order = self.steps()
        if self.selected is None or self.selected not in order:
            self.selected = self._first_choice(trace)
        self.choose(*self.selected) if self.selected else self._show_neuron(None)
        return True

    def _fail(self, text: str) -> None:
        self.description.setText(text)
        self.description.setStyleSheet(f"color: {ERROR_COLOR};")

    def _first_choice(self, trace: Trace) -> tuple[int, int] | None:
        """The neuron shown first: the strongest of the first layer that adds up inputs."""
        for position, layer in enumerate(trace.layers):
            if neuron_sum(trace, position, 0) is not None:
                return position, strongest(layer.output, 1)[0]
        return None

    def _describe_test(self, index: int) -> str:
        ev = self.evaluation
        assert ev is not None
        self.description.setStyleSheet("")
        truth = ev.class_names[int(ev.labels[index])]
        if ev.is_images:
            what = (
                Inside.tr("A picture of a {digit}.").format(digit=truth)
                if truth.isdigit()
                else Inside.tr("A picture of class {name}.").format(name=truth)
            )
        else:
            what = Inside.tr("Inputs {inputs}; the right answer is {answer}.").format(
                inputs=describe_row(ev.inputs[index]), answer=truth
            )
        return f"{what} {self._answer()}"

    def _answer(self) -> str:
        """What the network answered for the traced example, from the trace's last layer."""
        ev = self.evaluation
        if self.trace is None or ev is None:
            return ""
        probabilities = class_probabilities(self.trace.output.reshape(1, -1))[0]
        if probabilities.size != len(ev.class_names):
            return ""
        chosen = int(np.argmax(probabilities))
        return Inside.tr("The network answered {answer} ({sure} sure).").format(
            answer=ev.class_names[chosen], sure=percent(float(probabilities[chosen]))
        )

    # --- the strip ------------------------------------------------------------------------

    def _columns(self, trace: Trace) -> list[StripColumn]:
        picture = self.picture
        ev = self.evaluation
        size = trace.input.size
        title = (
            Inside.tr("Input: {height} × {width} pixels").format(
                height=picture[0], width=picture[1]
            )
            if picture and size == picture[0] * picture[1]
            else Inside.tr("Input: {count:,} number(s)", "", size).format(count=size)
        )
        first = StripColumn(
            -1, title,
            trace.input.reshape(-1), picture if trace.shows_picture(-1, picture) else None,
            summing=False, scale=scale_of(trace.input),
        )  # fmt: skip
        columns = [first]
        last = len(trace.layers) - 1
        for position, layer in enumerate(trace.layers):
            if layer.kind in PASSING:
                continue  # the same numbers as the column before, laid out again
            values = layer.output.reshape(-1)
            title = layer_title(layer.name, layer.kind, layer.activation, values.size)
            labels: tuple[str, ...] = ()
            scale = scale_of(values)
            if position == last and ev is not None and values.size == len(ev.class_names):
                labels = ev.class_names
            chances = layer.activation in ("softmax", "sigmoid") and position == last
            if chances:
                scale = 1.0  # probabilities: full colour means certain
            summing = layer.kind in SUMMING and layer.output.ndim == 1
            columns.append(
                StripColumn(position, title, values, None, summing, scale, labels, chances)
            )
        return columns

    # --- a neuron -------------------------------------------------------------------------------

    def steps(self) -> list[tuple[int, int]]:
        """Every neuron whose arithmetic can be shown, in the order of the forward pass."""
        trace = self.trace
        if trace is None:
            return []
        return [
            (position, j)
            for position, layer in enumerate(trace.layers)
            if layer.kind in SUMMING and layer.output.ndim == 1
            for j in range(layer.output.size)
        ]

    def step(self, direction: int) -> None:
        order = self.steps()
        if not order:
            return
        at = order.index(self.selected) if self.selected in order else -1
        target = min(max(0, at + direction), len(order) - 1)
        self.choose(*order[target])

    def choose(self, position: int, neuron: int) -> None:
        """Show the arithmetic of neuron ``neuron`` of the layer at ``position`` (-1: an
        input value, which is only read, not computed)."""
        trace = self.trace
        if trace is None:
            return
        if position < 0:
            value = float(trace.input.reshape(-1)[neuron])
            self.selected = (position, neuron)
            self.strip.set_selected(self.selected, [])
            self._show_neuron(
                None,
                Inside.tr("Input {number} = {value}: a number from the data, not computed.").format(
                    number=neuron + 1, value=number(value)
                ),
            )
            return
        ns = neuron_sum(trace, position, neuron)
        self.selected = (position, neuron)
        self._show_neuron(ns)

    def choose_layer(self, name: str, neuron: int) -> None:
        """Show neuron ``neuron`` of the layer called ``name`` (the stack's name for it)."""
        trace = self.trace
        position = trace.position(name) if trace is not None else None
        if trace is None or position is None:
            return
        layer = trace.layers[position]
        if layer.kind in SUMMING and 0 <= neuron < layer.output.size:
            self.choose(position, neuron)

    def _show_neuron(self, ns: NeuronSum | None, note: str = "") -> None:
        self.current = ns
        order = self.steps()
        at = order.index(self.selected) if self.selected in order else -1
        self.back_button.setEnabled(at > 0)
        self.step_button.setEnabled(0 <= at < len(order) - 1 or (at < 0 and bool(order)))
        self.step_label.setText(
            Inside.tr("Neuron {number} of {count} in the forward pass").format(
                number=at + 1, count=len(order)
            )
            if at >= 0
            else ""
        )
        if ns is None or self.trace is None:
            self.strip.set_selected(self.selected, [])
            self.neuron_title.setText("")
            self.sentence.setText(note or Inside.tr("Click a neuron above to see its arithmetic."))
            self.arithmetic.setPlainText("")
            self._show_pictures(None)
            return
        position = self.selected[0] if self.selected else 0
        layer = self.trace.layers[position]
        count = layer.output.size
        shown = ns.inputs.size if ns.inputs.size <= COLUMN_MAX else LINKS_SHOWN
        top = [int(i) for i in ns.largest(min(shown, ns.inputs.size))]
        self.strip.set_selected(self.selected, top, [float(ns.weights[i]) for i in top])
        ev = self.evaluation
        words = {
            "layer": layer.name,
            "number": ns.neuron + 1,
            "count": count,
            "activation": activation_label(ns.activation),
        }
        if position == len(self.trace.layers) - 1 and ev and count == len(ev.class_names) > 1:
            title = Inside.tr(
                "{layer}, neuron {number} of {count} ({activation}): the answer {answer}"
            ).format(answer=ev.class_names[ns.neuron], **words)
        else:
            title = Inside.tr("{layer}, neuron {number} of {count} ({activation})").format(**words)
        self.neuron_title.setText(title)
        self.sentence.setText(self._sentence(ns))
        names = input_names(self.trace, position, self.picture)
        lines = equation(ns, names, shown=LINKS_SHOWN)
        lines += self._outcome_lines(ns, position)
        self.arithmetic.setPlainText("\n".join(lines))
        self._show_pictures(ns)

    def _sentence(self, ns: NeuronSum) -> str:
        if ns.activation == "relu" and ns.z <= 0:
            return Inside.tr(
                "It stayed silent: its sum z came to {z}, below 0, and ReLU turns anything below "
                "0 into 0."
            ).format(z=number(ns.z))
        if ns.activation == "softmax":
            return Inside.tr("An output neuron: softmax turns the layer's sums into probabilities.")
        if (
            ns.activation == "sigmoid"
            and self.trace is not None
            and ns.layer == self.trace.layers[-1].name
        ):
            return Inside.tr(
                "The output neuron: sigmoid squashes its sum into a probability from 0 to 1."
            )
        return Inside.tr(
            "It adds up its {count:,} inputs, each times its weight, plus its bias; then "
            "{activation} gives what it passes on: {output}."
        ).format(
            count=ns.inputs.size,
            activation=activation_label(ns.activation),
            output=number(ns.output),
        )

    def _outcome_lines(self, ns: NeuronSum, position: int) -> list[str]:
        """For an output layer: how the answer came about from the sums."""
        ev = self.evaluation
        trace = self.trace
        if trace is None or ev is None or position != len(trace.layers) - 1:
            return []
        if ns.layer_z is not None and ns.layer_z.size == len(ev.class_names):
            lines = [
                "",
                Inside.tr("How the answer came about (each output's sum z, then softmax):"),
            ]
            probabilities = trace.output.reshape(-1)
            for k, name in enumerate(ev.class_names):
                mark = "  " + Inside.tr("← this neuron") if k == ns.neuron else ""
                lines.append(
                    f"  {name}: z = {number(float(ns.layer_z[k])):>6}  →  "
                    f"{float(probabilities[k]):6.1%}{mark}"
                )
            return lines
        if ns.activation == "sigmoid" and trace.output.size == 1 and len(ev.class_names) == 2:
            p = ns.output
            chosen = ev.class_names[1] if p >= 0.5 else ev.class_names[0]
            return [
                "",
                Inside.tr(
                    "The output is the chance of {positive}: {chance:.1%}. At 50% or more the "
                    "answer is {positive}, so the network says {chosen}."
                ).format(positive=ev.class_names[1], chance=p, chosen=chosen),
            ]
        return []

    def _show_pictures(self, ns: NeuronSum | None) -> None:
        picture = self.picture
        shows = (
            ns is not None
            and picture is not None
            and self.trace is not None
            and self.selected is not None
            and self.trace.shows_picture(self.selected[0] - 1, picture)
        )
        self.pictures_box.setVisible(bool(shows))
        for button in self.fired_buttons:
            button.deleteLater()
        self.fired_buttons = []
        if (
            not shows
            or ns is None
            or picture is None
            or self.trace is None
            or self.selected is None
        ):
            return
        level = scale_of(ns.weights)
        self.weights_picture.setPixmap(
            diverging_pixmap(ns.weights.reshape(picture), level, PICTURE_ZOOM)
        )
        products = ns.contributions.reshape(picture)
        self.product_picture.setPixmap(diverging_pixmap(products, scale_of(products), PICTURE_ZOOM))
        position = self.selected[0]
        layer = self.trace.layers[position]
        if layer.kernel is None:
            return
        fired = strongest(layer.output, FIRED_SHOWN)
        self.fired_title.setText(
            Inside.tr("Fired most for this digit:")
            if self._digits
            else Inside.tr("Fired most for this example:")
        )
        for j in fired:
            weights = layer.kernel[:, j].reshape(picture)
            button = QToolButton()
            button.setIcon(diverging_pixmap(weights, scale_of(weights), 1))
            button.setIconSize(QSize(picture[1], picture[0]))
            button.setText(f"{j + 1}: {number(float(layer.output[j]))}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setToolTip(
                Inside.tr("Neuron {number}, which put out {value}").format(
                    number=j + 1, value=number(float(layer.output[j]))
                )
            )
            button.setAccessibleName(Inside.tr("Neuron {number}").format(number=j + 1))
            button.clicked.connect(lambda _=False, p=position, n=j: self.choose(p, n))
            at = len(self.fired_buttons)
            self.fired_row.addWidget(button, at // FIRED_ACROSS, at % FIRED_ACROSS)
            self.fired_buttons.append(button)

    @property
    def _digits(self) -> bool:
        ev = self.evaluation
        return ev is not None and all(name.isdigit() for name in ev.class_names)
