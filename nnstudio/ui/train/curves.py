"""Live loss and accuracy curves while the network trains.

Three curves per plot, labelled for what they are:
- training, per batch: Keras's running mean over the epoch so far (it restarts every epoch,
  which is why it looks like a saw tooth early on);
- training, per epoch: the epoch's mean;
- validation, per epoch: measured on the held-back examples after each epoch.

Events only append to numpy buffers; a timer redraws what changed 33 ms after new points
arrive, so a burst of points costs one redraw and no new points cost nothing (nor do points
that arrive while the plots are hidden, until they are shown). The batch curve is drawn in
short pieces, so a new point costs as little in a run's tenth epoch as in its first.
``python -m nnstudio.ui.train.curves`` shows a demo.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPen, QShowEvent
from PySide6.QtWidgets import QGraphicsPathItem, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnstudio.core.captions import metric_label
from nnstudio.core.i18n import Context
from nnstudio.training.events import RunStarted, Update
from nnstudio.ui.common.appearance import appearance
from nnstudio.ui.common.colours import colours, follow_plot

TrainCurves = Context("TrainCurves")

#: Redraw at most this often (milliseconds).
REDRAW_MS = 33

#: Epoch curves get a dot per epoch up to this many epochs.
MAX_DOTS = 60


class Series:
    """A growing (x, y) series in numpy arrays that double when full."""

    def __init__(self, capacity: int = 1024) -> None:
        self._x = np.empty(capacity)
        self._y = np.empty(capacity)
        self.size = 0

    def append(self, x: float, y: float) -> None:
        if self.size == len(self._x):
            self._x = np.concatenate([self._x, np.empty_like(self._x)])
            self._y = np.concatenate([self._y, np.empty_like(self._y)])
        self._x[self.size] = x
        self._y[self.size] = y
        self.size += 1

    def clear(self) -> None:
        self.size = 0

    @property
    def x(self) -> npt.NDArray[np.float64]:
        return self._x[: self.size]

    @property
    def y(self) -> npt.NDArray[np.float64]:
        return self._y[: self.size]


class BatchCurve:
    """A long, growing curve drawn as a row of short pieces, each a path item of its own.

    A new point changes only the last piece: Qt then repaints that piece's few hundred points
    and the small patch of plot under it, instead of the whole curve of tens of thousands of
    points across the whole plot ten times a second. Each piece starts at the previous
    piece's last point, so the line stays unbroken. The pieces are plain Qt path items, drawn
    by Qt itself: a curve item of pyqtgraph would run Python code for every piece on screen
    at every repaint.

    Pieces are made hidden, a few dozen at a time, and shown once they have their points:
    adding an item to a plot repaints all of it, showing one repaints only where it is."""

    #: Points per piece (one more, shared with the next piece).
    PIECE = 256
    #: Hidden pieces made at a time.
    SPARE = 32

    def __init__(self, plot: pg.PlotItem, color: str) -> None:
        self._view = plot.getViewBox()
        # Width 0 is Qt's one-pixel line at any zoom; it also keeps each piece's bounds to its
        # points (a wider pen would count its width in data units, not pixels).
        self._pen = QPen(QColor(color), 0)
        self._pieces: list[QGraphicsPathItem] = []  # in use, in order
        self._data: list[tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]] = []
        self._spare: list[QGraphicsPathItem] = []  # hidden, ready for use
        self._start = 0  # where the last piece begins in the series
        self._drawn = 0  # points drawn so far
        self._open = False  # the last piece can still grow
        self._visible = True

    def set_colour(self, colour: str) -> None:
        """Draw in ``colour`` (the palette chosen in View → Colours)."""
        self._pen = QPen(self._pen)
        self._pen.setColor(QColor(colour))
        for piece in (*self._pieces, *self._spare):
            piece.setPen(self._pen)

    def set_width(self, pixels: float) -> None:
        """Draw with lines this many pixels wide (whatever the zoom)."""
        self._pen = QPen(self._pen.color(), pixels if pixels > 1 else 0)
        self._pen.setCosmetic(True)
        for piece in (*self._pieces, *self._spare):
            piece.setPen(self._pen)

    def clear(self) -> None:
        for piece in reversed(self._pieces):
            piece.setVisible(False)
            self._spare.append(piece)
        self._pieces.clear()
        self._data.clear()
        self._start = self._drawn = 0
        self._open = False

    def update(self, series: Series) -> None:
        """Draw the points of ``series`` that are not drawn yet."""
        size = series.size
        if size < self._drawn:  # the series was cleared: start again
            self.clear()
        if size == self._drawn or not self._visible:
            return
        x, y = series.x, series.y
        while size - self._start > self.PIECE + 1:  # the last piece is full: close it
            end = self._start + self.PIECE + 1
            self._set_last(x[self._start : end], y[self._start : end])
            self._open = False
            self._start = end - 1
        self._set_last(x[self._start : size], y[self._start : size])
        self._drawn = size

    def _set_last(self, x: npt.NDArray[np.float64], y: npt.NDArray[np.float64]) -> None:
        """Give the open piece these points, taking a new one if none is open."""
        x, y = x.copy(), y.copy()
        finite = bool(np.isfinite(y).all())
        path = pg.arrayToQPath(x, y, connect="all" if finite else "finite", finiteCheck=False)
        if self._open:
            self._pieces[-1].setPath(path)
            self._data[-1] = (x, y)
            return
        if not self._spare:
            for _ in range(self.SPARE):
                piece = QGraphicsPathItem()
                piece.setPen(self._pen)
                piece.setVisible(False)
                self._view.addItem(piece, ignoreBounds=True)
                self._spare.append(piece)
        piece = self._spare.pop()
        piece.setPath(path)  # before it shows, so that only its own patch is repainted
        piece.setVisible(self._visible)
        self._pieces.append(piece)
        self._data.append((x, y))
        self._open = True

    def setVisible(self, visible: bool) -> None:
        """Show or hide the curve; while hidden, new points are not drawn."""
        self._visible = visible
        for piece in self._pieces:
            piece.setVisible(visible)

    def isVisible(self) -> bool:
        return self._visible

    def getData(self) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """Every point drawn, in order (as a single curve's ``getData``)."""
        if not self._data:
            return np.empty(0), np.empty(0)
        data = self._data
        # Each piece but the first begins with its predecessor's last point.
        x = np.concatenate([data[0][0]] + [d[0][1:] for d in data[1:]])
        y = np.concatenate([data[0][1]] + [d[1][1:] for d in data[1:]])
        return x, y

    @property
    def pieces(self) -> int:
        """Pieces in use."""
        return len(self._pieces)


# pyqtgraph has no type stubs, so its classes are Any to mypy.
class MetricPlot(pg.PlotWidget):  # type: ignore[misc]
    """One quantity (loss, or a metric) over the epochs: batch, epoch and validation curves."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setMinimumSize(200, 120)
        item = self.getPlotItem()
        item.setTitle(title)
        item.setLabel("bottom", TrainCurves.tr("epoch"))
        # No grid: pyqtgraph draws it with the axes, so every new point would redraw the axes
        # too; that doubled the window's share of the processor while training.
        item.setMenuEnabled(False)
        follow_plot(self)
        self.batch = Series()
        self.epoch = Series()
        self.validation = Series()
        # Long runs have tens of thousands of batch points: drawn in pieces, so that a new
        # point costs the same in the tenth epoch as in the first.
        train, batch, validation, marker = colours().curves()
        self.batch_curve = BatchCurve(item, batch)
        self.epoch_curve = item.plot(
            pen=pg.mkPen(train, width=2),
            symbol="o",
            symbolSize=5,
            symbolBrush=train,
            symbolPen=None,
        )
        self.validation_curve = item.plot(
            pen=pg.mkPen(validation, width=2, style=Qt.PenStyle.DashLine),
            symbol="s",
            symbolSize=5,
            symbolBrush=validation,
            symbolPen=None,
        )
        # The epoch curves sit above the batch pieces, which are added later.
        self.epoch_curve.setZValue(10)
        self.validation_curve.setZValue(10)
        #: Where a replayed moment is on the run (hidden when live).
        self.marker = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(marker, width=2))
        self.marker.setZValue(20)
        self.marker.setVisible(False)
        item.addItem(self.marker, ignoreBounds=True)
        self.dirty = False
        self._dots = True
        # Points drawn so far of the epoch and validation series (they change once an epoch).
        self._drawn = (-1, -1)
        # Ranges are set by hand, not followed automatically: a range that moves with every
        # new point makes pyqtgraph redraw the axes each time, which costs more than the curves.
        item.disableAutoRange()
        self.fixed_y: tuple[float, float] | None = None
        self._top = 0.0
        self._seen = (0, 0, 0)  # points of each series already looked at by _fit_y
        self._highest = 0.0
        self._title = title
        appearance().changed.connect(self.apply_appearance)
        colours().follow(self, lambda: self.apply_appearance())
        self.apply_appearance()

    def apply_appearance(self) -> None:
        """Lines, markers and text as big as the window's text size and presentation ask
        (thicker and bigger for a projector)."""
        look = appearance()
        scale = look.line_scale
        train, batch, validation, marker = colours().curves()
        self.epoch_curve.setPen(pg.mkPen(train, width=2 * scale))
        self.epoch_curve.setSymbolBrush(train)
        self.epoch_curve.setSymbolSize(5 * scale)
        self.validation_curve.setPen(
            pg.mkPen(validation, width=2 * scale, style=Qt.PenStyle.DashLine)
        )
        self.validation_curve.setSymbolBrush(validation)
        self.validation_curve.setSymbolSize(5 * scale)
        self.marker.setPen(pg.mkPen(marker, width=2 * scale))
        self.batch_curve.set_colour(batch)
        self.batch_curve.set_width(scale)
        item = self.getPlotItem()
        font = look.font()
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setStyle(tickFont=font)
            axis.label.setFont(font)
        item.setTitle(self._title, size=f"{font.pointSizeF() * 1.2:.1f}pt")

    def clear_data(self) -> None:
        for series in (self.batch, self.epoch, self.validation):
            series.clear()
        self._top = self._highest = 0.0
        self._seen = (0, 0, 0)
        self.dirty = True

    def set_epochs(self, epochs: int, fixed_y: tuple[float, float] | None) -> None:
        """The x axis covers the whole run from the start; ``fixed_y`` (an accuracy's 0 to 1)
        keeps the y axis still, otherwise it grows to the largest value seen."""
        self.fixed_y = fixed_y
        item = self.getPlotItem()
        item.setXRange(0, max(1, epochs), padding=0.02)
        item.setYRange(*(fixed_y or (0.0, 1.0)), padding=0.02)

    def _fit_y(self) -> None:
        if self.fixed_y is not None:
            return
        # Only the points added since the last look: a long run has tens of thousands.
        seen = []
        every = (self.batch, self.epoch, self.validation)
        for series, start in zip(every, self._seen, strict=True):
            new = series.y[start:]
            finite = new[np.isfinite(new)]
            if finite.size:
                self._highest = max(self._highest, float(finite.max()))
            seen.append(series.size)
        self._seen = (seen[0], seen[1], seen[2])
        top = self._highest
        # Grow in steps, so the axis changes only now and then.
        if top > self._top or (self._top and top < self._top / 8):
            self._top = top * 1.25 if top > 0 else 1.0
            self.getPlotItem().setYRange(min(0.0, top), self._top, padding=0)

    def redraw(self) -> None:
        if not self.dirty:
            return
        self.dirty = False
        self.batch_curve.update(self.batch)
        drawn = (self.epoch.size, self.validation.size)
        if drawn != self._drawn:
            self._drawn = drawn
            # Hundreds of epochs: a dot for each would hide the line.
            dots = self.epoch.size <= MAX_DOTS
            if dots != self._dots:
                self._dots = dots
                self.epoch_curve.setSymbol("o" if dots else None)
                self.validation_curve.setSymbol("s" if dots else None)
            self.epoch_curve.setData(self.epoch.x, self.epoch.y)
            self.validation_curve.setData(self.validation.x, self.validation.y)
        self._fit_y()


class TrainingPlots(QWidget):
    """The loss plot and the first metric's plot, fed with the engine's events."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loss_plot = MetricPlot(TrainCurves.tr("Loss (lower is better)"))
        self.metric_plot = MetricPlot(TrainCurves.tr("Accuracy"))
        # One legend for both plots, above them: inside a small plot it would hide the curves.
        self.legend = QLabel()
        self.legend.setObjectName("curve-legend")
        self.legend.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.loss_plot)
        row.addWidget(self.metric_plot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        layout.addLayout(row, 1)
        self.metric_name: str | None = None
        self.steps_per_epoch = 1
        # Runs only when new points wait to be drawn: one redraw per burst, none when idle.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REDRAW_MS)
        self.timer.timeout.connect(self._redraw_if_shown)

    @property
    def plots(self) -> tuple[MetricPlot, MetricPlot]:
        return self.loss_plot, self.metric_plot

    def start(self, event: RunStarted) -> None:
        """A new run: empty curves, titled for its metric."""
        self.steps_per_epoch = max(1, event.steps_per_epoch)
        metrics = [m for m in event.metric_names if m != "loss"]
        self.metric_name = metrics[0] if metrics else None
        self.metric_plot.setVisible(self.metric_name is not None)
        self._title_metric()
        # One batch per epoch makes the running mean the epoch's mean: no second curve.
        batches = self.steps_per_epoch > 1
        self.legend.setText(self._legend_html(event.validation_examples > 0, batches))
        for plot in self.plots:
            plot.clear_data()
            plot.batch_curve.setVisible(batches)
        self.loss_plot.set_epochs(event.epochs, None)
        accuracy_like = self.metric_name is not None and "accuracy" in self.metric_name
        self.metric_plot.set_epochs(event.epochs, (0.0, 1.0) if accuracy_like else None)
        self.redraw()

    def _title_metric(self) -> None:
        if self.metric_name:
            rising = "accuracy" in self.metric_name
            label = metric_label(self.metric_name)
            self.metric_plot.getPlotItem().setTitle(
                TrainCurves.tr("{metric} (higher is better)").format(metric=label)
                if rising
                else label
            )

    @staticmethod
    def _legend_html(validation: bool, batches: bool) -> str:
        train, batch, dashed, _marker = colours().curves()
        entries = [(train, "━━", TrainCurves.tr("training, per epoch"))]
        if validation:
            entries.append((dashed, "╍╍", TrainCurves.tr("validation, per epoch")))
        if batches:
            entries.append(
                (
                    batch,
                    "──",
                    TrainCurves.tr("training, per batch (running mean since the epoch began)"),
                )
            )
        return "&nbsp;&nbsp;&nbsp;".join(
            f'<span style="color:{color}"><b>{line}</b></span>&nbsp;{text}'
            for color, line, text in entries
        )

    def show_history(self, history: dict[str, list[float]]) -> None:
        """Per-epoch curves of a finished run, from Keras's ``History.history`` layout."""
        epochs = max((len(v) for v in history.values()), default=0)
        metrics = [k for k in history if k != "loss" and not k.startswith("val_")]
        self.metric_name = metrics[0] if metrics else None
        self.metric_plot.setVisible(self.metric_name is not None)
        self._title_metric()
        self.legend.setText(self._legend_html(validation=any(k.startswith("val_") for k in history),
                                              batches=False))  # fmt: skip
        for plot, key in ((self.loss_plot, "loss"), (self.metric_plot, self.metric_name)):
            plot.clear_data()
            plot.batch_curve.setVisible(False)
            for i, value in enumerate(history.get(key or "", [])):
                plot.epoch.append(i + 1.0, value)
            for i, value in enumerate(history.get(f"val_{key}", [])):
                plot.validation.append(i + 1.0, value)
        self.loss_plot.set_epochs(epochs, None)
        accuracy_like = self.metric_name is not None and "accuracy" in self.metric_name
        self.metric_plot.set_epochs(epochs, (0.0, 1.0) if accuracy_like else None)
        self.redraw()

    def add(self, update: Update) -> None:
        steps = self.steps_per_epoch
        name = self.metric_name
        for point in update.points:
            x = point.epoch + (point.batch + 1) / steps
            if "loss" in point.logs:
                self.loss_plot.batch.append(x, point.logs["loss"])
            if name and name in point.logs:
                self.metric_plot.batch.append(x, point.logs[name])
        for result in update.epochs:
            x = result.epoch + 1.0
            for plot, key in ((self.loss_plot, "loss"), (self.metric_plot, name)):
                if key and key in result.logs:
                    plot.epoch.append(x, result.logs[key])
                if key and key in result.validation:
                    plot.validation.append(x, result.validation[key])
        if update.points or update.epochs:
            self.loss_plot.dirty = self.metric_plot.dirty = True
            if not self.timer.isActive():
                self.timer.start()

    def redraw(self) -> None:
        """Draw what arrived since the last redraw, now."""
        for plot in self.plots:
            plot.redraw()

    def mark(self, epoch: float | None) -> None:
        """A line across both plots at ``epoch`` (a replayed moment); None hides it."""
        for plot in self.plots:
            plot.marker.setVisible(epoch is not None)
            if epoch is not None:
                plot.marker.setPos(epoch)

    def _redraw_if_shown(self) -> None:
        # Behind another tab the points only pile up; they are drawn when the tab is shown.
        if self.isVisible():
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.redraw()


def demo() -> None:  # pragma: no cover - a manual look
    import math
    import sys

    from nnstudio.training.events import BatchPoint, EpochResult, Progress
    from nnstudio.ui.common.demo import demo_app, run_animated_demo

    demo_app()
    plots = TrainingPlots()
    plots.start(RunStarted(5, 100, 32, 3200, 320, 1000, ("loss", "accuracy"), "demo", False,
                           None))  # fmt: skip
    state = {"step": 0}

    def tick() -> None:
        step = state["step"]
        if step >= 500:
            return
        epoch, batch = divmod(step, 100)
        loss = 2.0 * math.exp(-step / 120) + 0.05 * np.random.rand()
        acc = 1 - 0.9 * math.exp(-step / 100)
        points = (BatchPoint(epoch, batch, step + 1, {"loss": loss, "accuracy": acc}),)
        epochs: tuple[EpochResult, ...] = ()
        if batch == 99:
            val = {"loss": loss * 1.1, "accuracy": acc * 0.98}
            epochs = (EpochResult(epoch, {"loss": loss, "accuracy": acc}, val, 1.0),)
        plots.add(Update(points, epochs, Progress(epoch, 5, batch + 1, 100, step / 10, None)))
        state["step"] += 1

    sys.exit(run_animated_demo(plots, tick, 5, (900, 320)))


if __name__ == "__main__":  # pragma: no cover
    demo()
