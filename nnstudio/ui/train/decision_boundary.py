"""The decision boundary of a network with two inputs, redrawn live as it learns.

What TensorFlow Playground shows, on the real Keras model: the colour at every point of the
input plane is the network's answer there (blue for one class, orange for the other, paler
where it is unsure), the line is where it changes its mind, and the training examples sit on
top in their true class's colour. ``python -m nnstudio.ui.train.decision_boundary`` shows a demo.

XOR sends about 30 pictures a second: each is drawn with numpy and Qt alone (the line too),
and only while the view is on screen; behind another tab only the latest is kept.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainterPath, QPen, QShowEvent
from PySide6.QtWidgets import QGraphicsPathItem, QLabel, QVBoxLayout, QWidget

from nnstudio.core.i18n import Context
from nnstudio.training.events import BoundarySnapshot
from nnstudio.ui.common.colours import colours, follow_plot

TrainBoundary = Context("TrainBoundary")

#: One colour per class (colour-blind friendly: Okabe-Ito's blue, orange, green, purple...).


def class_color(index: int) -> QColor:
    """Class ``index``'s colour in the palette chosen in View → Colours."""
    return colours().series(index)


def answer_image(probabilities: npt.NDArray[np.floating]) -> npt.NDArray[np.uint8]:
    """(rows, cols, classes) probabilities as an RGB picture: each point takes the colour of
    the class the network picks, mixed with white the less sure it is."""
    colors = [class_color(i) for i in range(probabilities.shape[-1])]
    rgb = np.array([(c.red(), c.green(), c.blue()) for c in colors], np.float64)
    chosen = np.argmax(probabilities, axis=-1)
    confidence = np.max(probabilities, axis=-1)
    k = probabilities.shape[-1]
    # 1/k (a guess) is white, 1 (certain) is a light tint of the class colour.
    strength = np.clip((confidence - 1 / k) / (1 - 1 / k), 0, 1)[..., None] * 0.6
    picture: npt.NDArray[np.float64] = 255 * (1 - strength) + rgb[chosen] * strength
    return picture.astype(np.uint8)


def isoline(
    values: npt.NDArray[np.floating], level: float
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Where ``values`` (rows, columns) crosses ``level``, as line segments between sample
    points (x: column, y: row), linearly interpolated along the grid's edges (marching
    squares). Returned as (x, y) with the two ends of each segment one after the other, for
    ``pg.arrayToQPath(x, y, connect="pairs")``."""
    v = np.asarray(values, np.float64)
    if v.ndim != 2 or min(v.shape) < 2:
        return np.empty(0), np.empty(0)
    high = v > level
    # A cell's corners: a top left, b top right, c bottom right, d bottom left (row 0 on top).
    ha, hb, hc, hd = high[:-1, :-1], high[:-1, 1:], high[1:, 1:], high[1:, :-1]
    # Only the few cells the line passes through are worked out.
    rows, cols = np.nonzero((ha != hb) | (hb != hc) | (hd != hc) | (ha != hd))
    a, b = v[rows, cols], v[rows, cols + 1]
    c, d = v[rows + 1, cols + 1], v[rows + 1, cols]
    rows, cols = rows.astype(np.float64), cols.astype(np.float64)

    def cross(p: npt.NDArray[np.float64], q: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        with np.errstate(divide="ignore", invalid="ignore"):
            return (level - p) / (q - p)

    # The crossing on each edge of each cell: top, right, bottom, left.
    xs = np.stack([cols + cross(a, b), cols + 1, cols + cross(d, c), cols], -1)
    ys = np.stack([rows, rows + cross(b, c), rows + 1, rows + cross(a, d)], -1)
    above = [a > level, b > level, c > level, d > level]
    crossed = np.stack([above[0] != above[1], above[1] != above[2], above[3] != above[2],
                        above[0] != above[3]], -1)  # fmt: skip
    count = crossed.sum(-1)
    ends: list[npt.NDArray[np.float64]] = []
    two = count == 2
    if two.any():
        # The two crossed edges of each such cell, in edge order.
        which = np.argsort(~crossed[two], axis=1, kind="stable")[:, :2]
        ends.append(np.stack([np.take_along_axis(xs[two], which, 1),
                              np.take_along_axis(ys[two], which, 1)], -1))  # fmt: skip
    four = count == 4
    if four.any():
        # A saddle: the centre decides which corners the two lines cut off.
        centre = (a + b + c + d)[four] / 4 > level
        joined = centre == above[0][four]  # a and c joined through the middle: cut b and d
        pairs = np.where(joined[:, None, None], [[0, 1], [2, 3]], [[0, 3], [1, 2]])
        for k in (0, 1):
            which = pairs[:, k, :]
            ends.append(np.stack([np.take_along_axis(xs[four], which, 1),
                                  np.take_along_axis(ys[four], which, 1)], -1))  # fmt: skip
    if not ends:
        return np.empty(0), np.empty(0)
    segments = np.concatenate(ends)  # (n, 2 ends, x and y)
    segments = segments[np.isfinite(segments).all(axis=(1, 2))]
    return segments[..., 0].ravel(), segments[..., 1].ravel()


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
        item.setTitle(TrainBoundary.tr("The network's answer"))
        item.setLabel("bottom", TrainBoundary.tr("input 1"))
        item.setLabel("left", TrainBoundary.tr("input 2"))
        item.getViewBox().setAspectLocked(True)
        follow_plot(self.canvas)
        self.image = pg.ImageItem()
        item.addItem(self.image)
        # A child of the image, so it shares its placement; samples sit at pixel centres.
        # A plain Qt path, drawn by Qt: pyqtgraph's IsocurveItem traces the line in Python
        # at every repaint, which cost more than all the rest of the view.
        self.line = QGraphicsPathItem(self.image)
        pen = QPen(QColor("#333333"), 2)
        pen.setCosmetic(True)
        self.line.setPen(pen)
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
        #: A replayed moment's answers, shown instead of the latest (None: live).
        self.pinned: BoundarySnapshot | None = None
        self._drawn: BoundarySnapshot | None = None
        self._extent: tuple[float, float, float, float, int, int] | None = None
        self.clear()

    def clear(self) -> None:
        self.snapshot = self._drawn = self.pinned = None
        self._extent = None
        self.image.clear()
        self.line.setPath(QPainterPath())
        self.points.clear()
        self.caption.setText(
            TrainBoundary.tr(
                "For data with two inputs, such as XOR: the colour shows the class the network "
                "would answer at each point; the line is where its answer changes."
            )
        )

    def add(self, snapshot: BoundarySnapshot) -> None:
        """Keep the latest answers; draw them if the view is on screen (else when shown)."""
        self.snapshot = snapshot
        if self.isVisible() and self.pinned is None:
            self.redraw()

    def pin(self, snapshot: BoundarySnapshot | None) -> None:
        """Show these answers (a replayed moment's) instead of the latest; None: the latest."""
        self.pinned = snapshot
        if self.isVisible():
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.redraw()

    def redraw(self) -> None:
        """Draw the answers on show (a replayed moment's, or the latest), if not drawn yet."""
        snapshot = self.pinned if self.pinned is not None else self.snapshot
        if snapshot is None or snapshot is self._drawn:
            return
        first = self._drawn is None
        self._drawn = snapshot
        probabilities = snapshot.probabilities
        self.image.setImage(answer_image(probabilities), autoLevels=False)
        x0, x1, y0, y1 = snapshot.extent
        rows, cols = probabilities.shape[:2]
        rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        if (*snapshot.extent, rows, cols) != self._extent:
            self._extent = (*snapshot.extent, rows, cols)
            # Grid samples include both ends of the extent: each pixel is centred on its sample.
            dx, dy = (x1 - x0) / max(cols - 1, 1), (y1 - y0) / max(rows - 1, 1)
            self.image.setRect(QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy))
        if probabilities.shape[-1] == 2:
            # Where the second class's probability crosses 0.5: the network changes its answer.
            x, y = isoline(probabilities[..., 1], 0.5)
            path = pg.arrayToQPath(x, y, connect="pairs") if x.size else QPainterPath()
            self.line.setPath(path)
        else:
            self.line.setPath(QPainterPath())
        if first:
            brushes = [pg.mkBrush(class_color(int(c))) for c in snapshot.labels]
            self.points.setData(pos=snapshot.points, brush=brushes, data=snapshot.labels.tolist())
            self.canvas.getPlotItem().setRange(rect, padding=0)
        right = int(np.sum(np.argmax(self._at_points(snapshot), axis=1) == snapshot.labels))
        self.caption.setText(
            TrainBoundary.tr(
                "After {steps:,} training step(s) (epoch {epoch}): {right} of {total} training "
                "points on the right side.",
                "",
                snapshot.step,
            ).format(
                steps=snapshot.step, epoch=snapshot.epoch, right=right, total=len(snapshot.labels)
            )
        )

    @staticmethod
    def _at_points(snapshot: BoundarySnapshot) -> npt.NDArray[np.floating]:
        """The network's answer at the grid point nearest each training point."""
        x0, x1, y0, y1 = snapshot.extent
        rows, cols = snapshot.probabilities.shape[:2]
        c = np.rint((snapshot.points[:, 0] - x0) / (x1 - x0) * (cols - 1)).astype(int)
        r = np.rint((snapshot.points[:, 1] - y0) / (y1 - y0) * (rows - 1)).astype(int)
        picked: npt.NDArray[np.floating] = snapshot.probabilities[
            np.clip(r, 0, rows - 1), np.clip(c, 0, cols - 1)
        ]
        return picked


def demo() -> None:  # pragma: no cover - a manual look
    import sys

    from nnstudio.ui.common.demo import demo_app, run_animated_demo

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
