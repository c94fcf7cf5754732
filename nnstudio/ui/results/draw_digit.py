"""Draw a digit and see what the trained network answers.

:class:`DrawPad` is a black square the student draws on in white, like MNIST's pictures.
:class:`DigitTester` puts the drawing through the same steps MNIST's digits went through
(:func:`nnstudio.data.digits.normalize_drawing`), then through the same reshaping and
preprocessing as the training data, and shows the network's answer as one bar per class.

The network is any callable from a batch to class probabilities, so this module needs no
TensorFlow: the main window hands it the trained model's ``predict``.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPointF, QRectF, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QTabletEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.data.digits import SIZE, normalize_drawing
from nnstudio.data.preprocess import InputTransform, network_input
from nnstudio.training.evaluation import class_probabilities
from nnstudio.ui.common.pictures import digit_pixmap
from nnstudio.ui.common.style import ERROR_COLOR, help_label, percent

log = logging.getLogger("nnstudio.ui")

DrawDigit = Context("DrawDigit")

#: The drawing is kept at this resolution whatever the widget's size: ten canvas pixels to
#: one MNIST pixel.
CANVAS = 280
#: A round pen this wide: a digit drawn about as tall as the box, scaled down to MNIST's 20
#: pixels, gets strokes about 2 pixels wide, like MNIST's.
PEN_WIDTH = 22
#: ``drawing_changed`` is sent at most this often while drawing (milliseconds).
THROTTLE_MS = 40
#: The network's view of the digit is drawn this many screen pixels per pixel.
PREVIEW_ZOOM = 4

Predictor = Callable[[npt.NDArray[np.float32]], Any]

DIGIT_NAMES: tuple[str, ...] = tuple(str(digit) for digit in range(10))

NO_NETWORK = QT_TRANSLATE_NOOP(
    "DrawDigit", "Train a network on MNIST digits first; then draw one here."
)
PROMPT = QT_TRANSLATE_NOOP("DrawDigit", "Draw a digit in the box.")
#: Below this confidence the sentence says the network is unsure.
SURE = 0.6
WINNER_COLOR = "#1565c0"
OTHER_COLOR = "#90a4ae"


class DrawPad(QWidget):
    """A square to draw on with the mouse or a pen, white on black.

    The picture stays ``CANVAS`` pixels square; the widget shows it as large as fits.
    """

    #: The drawing changed: sent while drawing (at most every ``THROTTLE_MS``), and at once
    #: when a stroke ends, on :meth:`clear` and on :meth:`set_image`.
    drawing_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage(CANVAS, CANVAS, QImage.Format.Format_Grayscale8)
        self._image.fill(0)
        self._last: QPointF | None = None
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(THROTTLE_MS)
        self._pending.timeout.connect(self.drawing_changed.emit)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(140, 140)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(DrawDigit.tr("Drawing pad"))
        self.setAccessibleDescription(DrawDigit.tr("Draw a digit here with the mouse or a pen."))
        self.setToolTip(
            DrawDigit.tr("Draw a digit here with the mouse or a pen, as large as the box.")
        )

    def sizeHint(self) -> QSize:
        return QSize(CANVAS, CANVAS)

    # --- the picture ------------------------------------------------------------------------

    def image(self) -> npt.NDArray[np.float32]:
        """The drawing, ``CANVAS`` x ``CANVAS``, 0 (black paper) to 1 (white ink)."""
        width, height = self._image.width(), self._image.height()
        raw = np.frombuffer(self._image.constBits(), dtype=np.uint8)
        rows = raw.reshape(height, self._image.bytesPerLine())[:, :width]
        return rows.astype(np.float32) / 255.0

    def has_ink(self) -> bool:
        return bool(self.image().max() > 0)

    def clear(self) -> None:
        """Wipe the pad."""
        self._image.fill(0)
        self._last = None
        self.update()
        self._changed_now()

    def set_image(self, picture: npt.NDArray[Any]) -> None:
        """Show ``picture`` (2-D, ink high, 0..1 or 0..255) stretched over the whole pad, each
        pixel a sharp square: for tests and demos, such as an MNIST digit."""
        pixels = np.asarray(picture, dtype=np.float32)
        if pixels.ndim != 2:
            raise ValueError(f"expected a 2-D picture, received an array of shape {pixels.shape}")
        white = 255.0 if pixels.size and pixels.max() > 1.0 else 1.0
        data = np.ascontiguousarray(np.clip(pixels * (255.0 / white), 0, 255).astype(np.uint8))
        height, width = data.shape
        small = QImage(data.data, width, height, width, QImage.Format.Format_Grayscale8)
        self._image = small.scaled(
            CANVAS,
            CANVAS,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        ).convertToFormat(QImage.Format.Format_Grayscale8)
        self._last = None
        self.update()
        self._changed_now()

    # --- drawing ----------------------------------------------------------------------------

    def _square(self) -> QRectF:
        """Where the canvas is shown: the largest centred square."""
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _to_canvas(self, point: QPointF) -> QPointF:
        square = self._square()
        scale = CANVAS / square.width() if square.width() > 0 else 1.0
        return QPointF((point.x() - square.x()) * scale, (point.y() - square.y()) * scale)

    def _stroke_to(self, point: QPointF) -> None:
        target = self._to_canvas(point)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(255, 255, 255), PEN_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        if self._last is None:
            painter.drawPoint(target)
        else:
            painter.drawLine(self._last, target)
        painter.end()
        self._last = target
        self.update()
        if not self._pending.isActive():
            self._pending.start()

    def _end_stroke(self) -> None:
        if self._last is not None:
            self._last = None
            self._changed_now()

    def _changed_now(self) -> None:
        self._pending.stop()
        self.drawing_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = None
            self._stroke_to(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._last is not None:
            self._stroke_to(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end_stroke()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Handled here, so Qt does not also send the same stroke as mouse events.
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._last = None
            self._stroke_to(event.position())
        elif kind == QTabletEvent.Type.TabletMove and self._last is not None:
            self._stroke_to(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end_stroke()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        square = self._square()
        painter.drawImage(square, self._image)
        if not self.isEnabled():
            painter.fillRect(square, QColor(128, 128, 128, 150))
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawRect(square.adjusted(0, 0, -1, -1))
        painter.end()


class DigitTester(QWidget):
    """The "draw a digit" panel: the pad, what the network sees, and its answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._predict: Predictor | None = None
        self._transform: InputTransform | None = None
        self._input_shape: tuple[int, ...] = (SIZE, SIZE)
        self._class_names: tuple[str, ...] = ()
        self._digit: npt.NDArray[np.float32] | None = None
        self._batch: npt.NDArray[np.float32] | None = None
        self._probabilities: npt.NDArray[np.float32] | None = None

        self.pad = DrawPad()
        self.pad.drawing_changed.connect(self._drawing_changed)
        self.clear_button = QPushButton(DrawDigit.tr("Clear"))
        self.clear_button.setToolTip(DrawDigit.tr("Wipe the pad to draw another digit."))
        self.clear_button.clicked.connect(self.pad.clear)
        hint = help_label(
            DrawDigit.tr(
                "Draw one digit, large, in the middle of the black box. It is cut out, shrunk "
                "to 20 by 20 pixels and centred in 28 by 28, as MNIST's digits were."
            )
        )

        self.sentence = QLabel(translate("DrawDigit", PROMPT))
        self.sentence.setWordWrap(True)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.sentence.setFont(font)
        self.sentence.setAccessibleName(DrawDigit.tr("The network's answer"))

        sees_title = QLabel(DrawDigit.tr("What the network sees (28 × 28 pixels):"))
        self.preview = QLabel()
        self.preview.setFixedSize(SIZE * PREVIEW_ZOOM, SIZE * PREVIEW_ZOOM)
        self.preview.setAccessibleName(DrawDigit.tr("The drawing as the network sees it"))
        self.preview.setToolTip(
            DrawDigit.tr(
                "Your drawing cut out, shrunk and centred: these 784 pixels go into the network."
            )
        )
        self._show_preview(None)

        self.bars_title = QLabel(DrawDigit.tr("How sure it is of each answer:"))
        self._bars_box = QWidget()
        self._bars_layout = QGridLayout(self._bars_box)
        self._bars_layout.setContentsMargins(0, 0, 0, 0)
        self._bars_layout.setHorizontalSpacing(6)
        self._bars_layout.setVerticalSpacing(2)
        self.bar_names: list[QLabel] = []
        self.bars: list[QProgressBar] = []
        self.bar_values: list[QLabel] = []

        left = QVBoxLayout()
        left.addWidget(hint)
        left.addWidget(self.pad, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        left.addLayout(buttons)

        right = QVBoxLayout()
        right.addWidget(self.sentence)
        right.addSpacing(6)
        right.addWidget(sees_title)
        right.addWidget(self.preview)
        right.addSpacing(6)
        right.addWidget(self.bars_title)
        right.addWidget(self._bars_box)
        right.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(left, 3)
        layout.addSpacing(12)
        layout.addLayout(right, 2)

        self.clear_predictor()

    # --- the network ------------------------------------------------------------------------

    def set_predictor(
        self,
        predict: Predictor | None,
        transform: InputTransform | None = None,
        input_shape: Sequence[int] = (784,),
        class_names: Sequence[str] = DIGIT_NAMES,
    ) -> None:
        """Answer drawings with ``predict``: a float32 batch ``(1, *input_shape)``, reshaped
        from the 28x28 digit and then preprocessed by ``transform`` as the training data was,
        goes in; class probabilities ``(1, k)`` come out. None shows :data:`NO_NETWORK`."""
        if predict is None:
            self.clear_predictor()
            return
        shape = tuple(int(d) for d in input_shape)
        if math.prod(shape) != SIZE * SIZE:
            self.clear_predictor(
                DrawDigit.tr(
                    "This network expects inputs of shape {shape}; a drawn digit is 28 × 28 "
                    "pixels, so it cannot be tested here."
                ).format(shape=shape)
            )
            return
        self._predict = predict
        self._transform = transform
        self._input_shape = shape
        self._class_names = tuple(class_names)
        self._make_bars()
        self.pad.setEnabled(True)
        self.clear_button.setEnabled(True)
        self.bars_title.show()
        self._bars_box.show()
        self._drawing_changed()

    def clear_predictor(self, message: str | None = None) -> None:
        """No network to ask: show ``message`` (by default :data:`NO_NETWORK`) and keep the pad
        from being drawn on."""
        if message is None:
            message = translate("DrawDigit", NO_NETWORK)
        self._predict = None
        self._batch = None
        self._probabilities = None
        self.pad.setEnabled(False)
        self.clear_button.setEnabled(False)
        self.bars_title.hide()
        self._bars_box.hide()
        self._say(message)

    @property
    def has_predictor(self) -> bool:
        return self._predict is not None

    # --- what the network gets ----------------------------------------------------------------

    def digit(self) -> npt.NDArray[np.float32] | None:
        """The 28x28 digit (0..255) the network is shown, or None when the pad is blank."""
        return None if self._digit is None else self._digit.copy()

    def network_input(self) -> npt.NDArray[np.float32] | None:
        """The exact batch handed to ``predict`` for the current drawing (None if blank or
        without a network)."""
        return None if self._batch is None else self._batch.copy()

    def probabilities(self) -> npt.NDArray[np.float32] | None:
        """The network's last answer, one probability per class."""
        return None if self._probabilities is None else self._probabilities.copy()

    def set_image(self, picture: npt.NDArray[Any]) -> None:
        """Put ``picture`` on the pad as if drawn (it is normalized like a drawing)."""
        self.pad.set_image(picture)

    def set_digit(self, digit: npt.NDArray[Any]) -> None:
        """Test a 28x28 digit exactly as given (0..255, already normalized, such as an MNIST
        test digit): it is shown on the pad and goes to the network without normalization."""
        pixels = np.asarray(digit, dtype=np.float32)
        if pixels.shape != (SIZE, SIZE):
            raise ValueError(f"expected a 28x28 digit, received shape {pixels.shape}")
        with QSignalBlocker(self.pad):
            self.pad.set_image(pixels)
        self._show_digit(pixels if pixels.max() > 0 else None)

    def _drawing_changed(self) -> None:
        image = self.pad.image()
        self._show_digit(normalize_drawing(image, white=1.0))

    def _show_digit(self, digit: npt.NDArray[np.float32] | None) -> None:
        self._digit = digit
        self._show_preview(digit)
        self._batch = None
        self._probabilities = None
        if self._predict is None:
            return
        if digit is None:
            self._show_answer(None)
            self._say(translate("DrawDigit", PROMPT))
            return
        batch = self._prepare(digit)
        self._batch = batch
        try:
            answer = class_probabilities(np.asarray(self._predict(batch)))
        except Exception as exc:
            log.exception("The network could not answer a drawn digit")
            self._show_answer(None)
            self._say(
                DrawDigit.tr("The network could not answer: {error}").format(error=_one_line(exc)),
                error=True,
            )
            return
        if answer.shape != (1, len(self._class_names)):
            log.error("predict returned shape %s for %d classes", answer.shape, len(self.bars))
            self._show_answer(None)
            self._say(
                DrawDigit.tr(
                    "The network answered {numbers} numbers for {classes} classes, so its answer "
                    "cannot be shown."
                ).format(numbers=answer.shape[-1], classes=len(self._class_names)),
                error=True,
            )
            return
        self._probabilities = answer[0]
        self._show_answer(answer[0])

    def _prepare(self, digit: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """The digit laid out and preprocessed as the training data was, as a batch of one."""
        return network_input(digit, self._transform, self._input_shape)[None]

    # --- showing ----------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.sentence.setText(text)
        self.sentence.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")

    def _show_preview(self, digit: npt.NDArray[np.float32] | None) -> None:
        if digit is None:
            pixmap = QPixmap(SIZE * PREVIEW_ZOOM, SIZE * PREVIEW_ZOOM)
            pixmap.fill(QColor(0, 0, 0))
        else:
            pixmap = digit_pixmap(np.clip(digit, 0, 255).astype(np.uint8), zoom=PREVIEW_ZOOM)
        self.preview.setPixmap(pixmap)

    def _make_bars(self) -> None:
        for widget in (*self.bar_names, *self.bars, *self.bar_values):
            widget.setParent(None)
            widget.deleteLater()
        self.bar_names, self.bars, self.bar_values = [], [], []
        widest = self.fontMetrics().horizontalAdvance("100%") + 4
        for row, name in enumerate(self._class_names):
            label = QLabel(name)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setTextVisible(False)
            bar.setFixedHeight(max(12, self.fontMetrics().height() - 2))
            bar.setMinimumWidth(120)
            value = QLabel()
            value.setMinimumWidth(widest)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._bars_layout.addWidget(label, row, 0)
            self._bars_layout.addWidget(bar, row, 1)
            self._bars_layout.addWidget(value, row, 2)
            self.bar_names.append(label)
            self.bars.append(bar)
            self.bar_values.append(value)
        self._bars_layout.setColumnStretch(1, 1)
        self._show_answer(None)

    def _show_answer(self, probabilities: npt.NDArray[np.float32] | None) -> None:
        winner = -1 if probabilities is None else int(np.argmax(probabilities))
        for i, (name, bar, value) in enumerate(
            zip(self.bar_names, self.bars, self.bar_values, strict=True)
        ):
            p = 0.0 if probabilities is None else float(probabilities[i])
            bar.setValue(round(min(max(p, 0.0), 1.0) * 1000))
            value.setText("" if probabilities is None else percent(p))
            font = QFont(name.font())
            font.setBold(i == winner)
            name.setFont(font)
            value.setFont(font)
            color = WINNER_COLOR if i == winner else OTHER_COLOR
            # The bar's empty part is the window's own base colour (dark in dark mode).
            base = bar.palette().color(QPalette.ColorRole.Base).name()
            bar.setStyleSheet(
                "QProgressBar { border: 1px solid #b0bec5; border-radius: 2px; "
                f"background: {base}; }}"
                f"QProgressBar::chunk {{ background: {color}; }}"
            )
            bar.setAccessibleName(
                DrawDigit.tr("{name}: {value}").format(name=name.text(), value=value.text())
                if value.text()
                else DrawDigit.tr("{name}: no answer yet").format(name=name.text())
            )
        if probabilities is not None:
            self._say(answer_sentence(self._class_names[winner], float(probabilities[winner])))


def answer_sentence(name: str, confidence: float) -> str:
    if confidence >= SURE:
        return DrawDigit.tr("It's a {name} — {sure} sure.").format(
            name=name, sure=percent(confidence)
        )
    return DrawDigit.tr("Perhaps a {name}? Only {sure} sure.").format(
        name=name, sure=percent(confidence)
    )


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    first = text[0] if text else ""
    if len(first) > 120:
        first = first[:117] + "…"
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


# --- the demo: a stand-in for a trained network ------------------------------------------------


def class_mean_predictor(
    x: npt.NDArray[np.float32], y: npt.NDArray[np.int64], num_classes: int = 10
) -> Callable[[npt.NDArray[np.float32]], npt.NDArray[np.float32]]:
    """A numpy stand-in for a network: it compares a batch (n, 784) with the average picture
    of each class in ``x`` (n, 784), the nearer the likelier. Good enough to try the panel."""
    flat = x.reshape(len(x), -1).astype(np.float32)
    means = np.stack([flat[y == k].mean(axis=0) for k in range(num_classes)])
    spread = float(np.mean((flat - means[y]) ** 2, dtype=np.float64)) or 1.0

    def predict(batch: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        rows = batch.reshape(len(batch), -1)
        distance = ((rows[:, None, :] - means[None]) ** 2).mean(axis=2) / spread
        logits = -8.0 * distance
        logits -= logits.max(axis=1, keepdims=True)
        odds = np.exp(logits)
        answer: npt.NDArray[np.float32] = (odds / odds.sum(axis=1, keepdims=True)).astype(
            np.float32
        )
        return answer

    return predict


def demo_tester() -> tuple[DigitTester, str]:
    """A DigitTester answered by the class-average stand-in trained on 500 MNIST digits (or
    by a dummy when MNIST is not on this computer), and a title that says which."""
    tester = DigitTester()
    transform = InputTransform(np.zeros(784, np.float32), np.full(784, 255.0, np.float32))
    try:
        from nnstudio.data.mnist import find_mnist, load_mnist

        if find_mnist()[0] == "download":
            raise FileNotFoundError("MNIST is not on this computer")
        data = load_mnist()
        x = transform.apply(data.x_train[:500].reshape(500, -1))
        predict = class_mean_predictor(x, data.y_train[:500])
        title = "Stand-in: nearest class average of 500 MNIST digits, not a trained network"
        tester.set_predictor(predict, transform, (784,))
        tester.set_image(data.x_test[0])
    except (NNStudioError, OSError) as exc:  # the demo must open without MNIST
        log.info("demo without MNIST: %s", exc)

        def dummy(batch: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
            ink = float(batch.mean())
            logits = -((np.arange(10) - ink * 30) ** 2) / 4
            odds = np.exp(logits - logits.max())
            answer: npt.NDArray[np.float32] = (odds / odds.sum())[None].astype(np.float32)
            return answer

        title = "Dummy: guesses from the amount of ink only (MNIST not found)"
        tester.set_predictor(dummy, transform, (784,))
    return tester, title


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    widget, demo_title = demo_tester()
    widget.setWindowTitle(f"nnstudio: DigitTester — {demo_title}")
    widget.resize(900, 600)
    widget.show()
    sys.exit(app.exec())
