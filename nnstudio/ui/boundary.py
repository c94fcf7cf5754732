"""The decision boundary of a network with two inputs, redrawn live as it learns.

What TensorFlow Playground shows, on the real Keras model: the colour at every point of the
input plane is the network's answer there (blue for one class, orange for the other, paler
where it is unsure), the line is where it changes its mind, and the training examples sit on
top in their true class's colour. ``python -m nnstudio.ui.boundary`` shows a demo.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nnstudio.training.events import BoundarySnapshot
from nnstudio.ui import plots as _plots  # noqa: F401  (pyqtgraph's options: row-major images)

#: One colour per class (colour-blind friendly: Okabe-Ito's blue, orange, green, purple...).
CLASS_COLORS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442",
                "#000000")  # fmt: skip


def class_color(index: int) -> QColor:
    return QColor(CLASS_COLORS[index % len(CLASS_COLORS)])


def answer_image(probabilities: npt.NDArray[np.floating]) -> npt.NDArray[np.uint8]:
    """(rows, cols, classes) probabilities as an RGB picture: each point takes the colour of
    the class the network picks, mixed with white the less sure it is."""
    rgb = np.array([class_color(i).getRgb()[:3] for i in range(probabilities.shape[-1])], float)
    chosen = np.argmax(probabilities, axis=-1)
    confidence = np.max(probabilities, axis=-1)
    k = probabilities.shape[-1]
    # 1/k (a guess) is white, 1 (certain) is a light tint of the class colour.
    strength = np.clip((confidence - 1 / k) / (1 - 1 / k), 0, 1)[..., None] * 0.6
    picture = 255 * (1 - strength) + rgb[chosen] * strength
    return picture.astype(np.uint8)


class BoundaryView(QWidget):
    """The input plane coloured by the network's answer, with the training points on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = pg.PlotWidget()
        self.canvas.setMinimumSize(220, 200)
        item = self.canvas.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(False, False)
        item.hideButtons()
        item.setTitle("The network's answer")
        item.setLabel("bottom", "input 1")
        item.setLabel("left", "input 2")
        item.getViewBox().setAspectLocked(True)
        self.image = pg.ImageItem()
        item.addItem(self.image)
        # A child of the image, so it shares its placement; samples sit at pixel centres.
        self.line = pg.IsocurveItem(level=0.5, pen=pg.mkPen("#333333", width=2))
        self.line.setParentItem(self.image)
        self.line.setPos(0.5, 0.5)
        self.points = pg.ScatterPlotItem(size=14, pen=pg.mkPen("w", width=2))
        item.addItem(self.points)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.caption)
        self.snapshot: BoundarySnapshot | None = None
        self.clear()

    def clear(self) -> None:
        self.snapshot = None
        self.image.clear()
        self.line.setData(None)
        self.points.clear()
        self.caption.setText(
            "For data with two inputs, such as XOR: the colour shows the class the network "
            "would answer at each point; the line is where its answer changes."
        )

    def add(self, snapshot: BoundarySnapshot) -> None:
        first = self.snapshot is None
        self.snapshot = snapshot
        probabilities = snapshot.probabilities
        self.image.setImage(answer_image(probabilities), autoLevels=False)
        x0, x1, y0, y1 = snapshot.extent
        rows, cols = probabilities.shape[:2]
        # Grid samples include both ends of the extent: each pixel is centred on its sample.
        dx, dy = (x1 - x0) / max(cols - 1, 1), (y1 - y0) / max(rows - 1, 1)
        self.image.setRect(QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy))
        rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        if probabilities.shape[-1] == 2:
            # Where the second class's probability crosses 0.5: the network changes its answer.
            self.line.setData(probabilities[..., 1])
        else:
            self.line.setData(None)
        if first:
            brushes = [pg.mkBrush(class_color(int(c))) for c in snapshot.labels]
            self.points.setData(pos=snapshot.points, brush=brushes, data=snapshot.labels.tolist())
            self.canvas.getPlotItem().setRange(rect, padding=0)
        right = int(np.sum(np.argmax(self._at_points(snapshot), axis=1) == snapshot.labels))
        self.caption.setText(
            f"After {snapshot.step:,} training steps (epoch {snapshot.epoch}): "
            f"{right} of {len(snapshot.labels)} training points on the right side."
        )

    @staticmethod
    def _at_points(snapshot: BoundarySnapshot) -> npt.NDArray[np.floating]:
        """The network's answer at the grid point nearest each training point."""
        x0, x1, y0, y1 = snapshot.extent
        rows, cols = snapshot.probabilities.shape[:2]
        c = np.rint((snapshot.points[:, 0] - x0) / (x1 - x0) * (cols - 1)).astype(int)
        r = np.rint((snapshot.points[:, 1] - y0) / (y1 - y0) * (rows - 1)).astype(int)
        return snapshot.probabilities[np.clip(r, 0, rows - 1), np.clip(c, 0, cols - 1)]


def demo() -> None:  # pragma: no cover - a manual look
    import sys

    from nnstudio.ui.demo import demo_app, run_animated_demo

    demo_app()
    view = BoundaryView()
    n = 64
    gx, gy = np.meshgrid(np.linspace(-0.5, 1.5, n), np.linspace(-0.5, 1.5, n))
    points = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32)
    labels = np.array([0, 1, 1, 0])
    state = {"step": 0}

    def tick() -> None:
        state["step"] += 1
        t = min(1.0, state["step"] / 60)
        xor = (gx - 0.5) * (gy - 0.5)
        p = 1 / (1 + np.exp(8 * t * xor / 0.1 - 2 * (1 - t) * (gx - 0.5)))
        probabilities = np.stack([1 - p, p], axis=-1)
        view.add(BoundarySnapshot(state["step"], state["step"], (-0.5, 1.5, -0.5, 1.5),
                                  probabilities, points, labels))  # fmt: skip

    sys.exit(run_animated_demo(view, tick, 50, (480, 480)))


if __name__ == "__main__":  # pragma: no cover
    demo()
