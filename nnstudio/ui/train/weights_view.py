"""The weights of one layer as a picture, updated live while the network trains.

Two views of a Dense kernel (inputs x neurons):
- the matrix itself, one row per input and one column per neuron;
- for a layer fed by 28x28 pictures, each neuron's 784 incoming weights folded back into a
  28x28 tile: what each neuron "looks for" in a digit (a grid of 128 tiles for mnist-128).

Colours are diverging (blue negative, white zero, red positive) with a colour bar. The scale
is set by the bulk of the weights (the 99th percentile of their sizes, rounded up), not by the
few largest, which would leave every tile pale; the few beyond it take the strongest colour.
It only ever widens within a run, so a colour means the same weight from one update to the
next. ``python -m nnstudio.ui.train.weights_view`` shows a demo.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.core.summaries import weights_summary
from nnstudio.training.events import RunStarted, WeightSnapshot
from nnstudio.ui.common.colours import follow_plot
from nnstudio.ui.common.pictures import DIVERGING

TrainWeights = Context("TrainWeights")

NO_WEIGHTS = QT_TRANSLATE_NOOP("TrainWeights", "Train the network to watch its weights change.")

COLORMAP = DIVERGING
#: Pixels between two tiles.
GAP = 1
#: The colour scale covers this percentile of the weights' sizes.
SCALE_PERCENTILE = 99.0


def tiles(kernel: npt.NDArray[np.floating], side: int = 28) -> npt.NDArray[np.float32]:
    """Each column of ``kernel`` (side*side inputs) as a side x side tile, in a near-square
    grid with a NaN gap between tiles (NaN draws as the background)."""
    inputs, units = kernel.shape
    if inputs != side * side:
        raise ValueError(f"expected {side * side} inputs for {side}x{side} tiles, got {inputs}")
    rows, columns = tile_layout(units)
    cell = side + GAP
    # One cell (tile and its gap) per place in the grid, then one reshape into the mosaic.
    cells = np.full((rows * columns, cell, cell), np.nan, np.float32)
    cells[:units, :side, :side] = kernel.T.reshape(units, side, side)
    out = cells.reshape(rows, columns, cell, cell).transpose(0, 2, 1, 3)
    mosaic: npt.NDArray[np.float32] = out.reshape(rows * cell, columns * cell)
    return mosaic[: rows * cell - GAP, : columns * cell - GAP]


def tile_layout(units: int) -> tuple[int, int]:
    """(rows, columns) of the tile grid for ``units`` neurons: wider than tall, as screens are."""
    columns = min(units, max(1, math.ceil(math.sqrt(units * 2))))
    return math.ceil(units / columns), columns


def nice_level(value: float) -> float:
    """A round bound at or above ``value`` (0.37 -> 0.4, 1.2 -> 1.5), so the colour bar reads
    well."""
    if not math.isfinite(value) or value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def scale_of(kernel: npt.NDArray[np.floating]) -> float:
    """The size of weight that gets the strongest colour: the 99th percentile of the weights'
    sizes, so that a few large weights do not leave all the others pale."""
    sizes = np.abs(kernel[np.isfinite(kernel)], dtype=np.float32)
    if not sizes.size:
        return 0.0
    k = min(sizes.size - 1, int(SCALE_PERCENTILE / 100 * (sizes.size - 1) + 0.5))
    return float(np.partition(sizes.ravel(), k)[k])


class WeightsView(QWidget):
    """A layer chooser, the kernel as an image with a colour bar, and its caption. A click on
    a neuron's tile (or its column of the matrix) sends :attr:`neuron_clicked`."""

    #: The layer's index in the stack and the neuron's index in the layer.
    neuron_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer_choice = QComboBox()
        self.layer_choice.setToolTip(TrainWeights.tr("Whose weights to show"))
        self.layer_choice.setAccessibleName(TrainWeights.tr("Weights of"))
        self.layer_choice.setMinimumContentsLength(24)
        self.layer_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.matrix_button = QRadioButton(TrainWeights.tr("Matrix"))
        self.matrix_button.setToolTip(TrainWeights.tr("One row per input, one column per neuron"))
        self.tiles_button = QRadioButton(TrainWeights.tr("Picture per neuron"))
        self.tiles_button.setToolTip(
            TrainWeights.tr(
                "Each neuron's weights from the 28x28 pixels, folded back into a 28x28 picture"
            )
        )
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.matrix_button)
        self.mode.addButton(self.tiles_button)
        self.tiles_button.setChecked(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(TrainWeights.tr("Weights of")))
        top.addWidget(self.layer_choice, 1)
        top.addWidget(self.tiles_button)
        top.addWidget(self.matrix_button)

        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setMinimumSize(200, 120)
        self.plot = self.canvas.addPlot()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.plot.invertY(True)  # row 0 (the first input, the top of a digit) at the top
        cmap = pg.colormap.get(COLORMAP)
        self.colorbar = pg.ColorBarItem(
            values=(-1, 1),
            colorMap=cmap,
            interactive=False,
            label=TrainWeights.tr("weight"),
            width=14,
        )
        self.colorbar.setImageItem(self.image, insert_in=self.plot)
        follow_plot(self.canvas)
        self.canvas.scene().sigMouseClicked.connect(self._clicked)
        self.canvas.setToolTip(
            TrainWeights.tr(
                "Click a neuron's picture (or its column) to see its arithmetic in the Inside "
                "tab, once training has finished."
            )
        )
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setToolTip(
            TrainWeights.tr(
                "Red: this input pushes the neuron's output up; blue: pushes it down; white: "
                "the neuron ignores it."
            )
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.caption)

        self.snapshots: dict[int, WeightSnapshot] = {}
        #: A replayed moment's weights, shown instead of the latest ones (None: live).
        self.pinned: dict[int, WeightSnapshot] | None = None
        self.levels: dict[int, float] = {}
        self.titles: dict[int, str] = {}
        self.picture_side: int | None = None
        self._shown: tuple[int, int, str] | None = None  # (layer, step, mode) last drawn
        self._frame: tuple[str, tuple[int, ...]] | None = None  # (mode, shape) last laid out
        self._level = 0.0  # the colour bar's
        self.layer_choice.currentIndexChanged.connect(self.redraw)
        self.mode.buttonClicked.connect(lambda _button: self.redraw())
        self.clear()

    # --- feeding ------------------------------------------------------------------------

    def clear(self, message: str | None = None) -> None:
        """No weights to show: say ``message`` (by default, that training shows them)."""
        if message is None:
            message = translate("TrainWeights", NO_WEIGHTS)
        self.snapshots.clear()
        self.pinned = None
        self.levels.clear()
        self.image.clear()
        self._shown = self._frame = None
        self.caption.setText(message)

    def start(self, event: RunStarted, titles: dict[int, str]) -> None:
        """A new run: the layers whose weights will come, titled ``titles[index]``."""
        self.clear(TrainWeights.tr("Waiting for the first weights…"))
        self.titles = dict(titles)
        previous = self.layer_choice.currentData(), self.layer_choice.currentText()
        self.layer_choice.blockSignals(True)
        self.layer_choice.clear()
        for index in event.snapshot_layers:
            title = (
                titles[index]
                if index in titles
                else TrainWeights.tr("Layer {number}").format(number=index + 1)
            )
            self.layer_choice.addItem(title, index)
        # The same layer as last run if it is still there (another network starts at its first).
        keep = self.layer_choice.findData(previous[0])
        if keep >= 0 and self.layer_choice.itemText(keep) != previous[1]:
            keep = -1
        self.layer_choice.setCurrentIndex(keep if keep >= 0 else 0)
        self.layer_choice.blockSignals(False)
        shape = event.input_shape
        # Tiles need pictures of side x side pixels coming straight into the layer.
        if len(shape) in (2, 3) and shape[0] == shape[1] and (len(shape) == 2 or shape[2] == 1):
            self.picture_side = shape[0]
        elif len(shape) == 1 and math.isqrt(shape[0]) ** 2 == shape[0] and shape[0] >= 64:
            self.picture_side = math.isqrt(shape[0])
        else:
            self.picture_side = None

    def add(self, snapshot: WeightSnapshot) -> None:
        """Keep the latest weights of a layer; draw them if they are on screen. Behind another
        tab they are drawn when it is shown."""
        self.snapshots[snapshot.layer] = snapshot
        if (
            self.pinned is None
            and snapshot.layer == self.layer_choice.currentData()
            and self.isVisible()
        ):
            self.redraw()

    def pin(self, snapshots: dict[int, WeightSnapshot] | None) -> None:
        """Show these weights (a replayed moment's) instead of the latest; None: the latest."""
        self.pinned = snapshots
        if self.isVisible():
            self.redraw()

    @property
    def shown(self) -> dict[int, WeightSnapshot]:
        """The weights on show: a replayed moment's, or the latest."""
        return self.pinned if self.pinned is not None else self.snapshots

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.redraw()

    # --- drawing ------------------------------------------------------------------------

    @property
    def layer(self) -> int | None:
        data = self.layer_choice.currentData()
        return int(data) if data is not None else None

    def _lay_out(self, mode: str, shape: tuple[int, ...], inputs: int, units: int) -> None:
        h, w = shape
        self.image.setRect(QRectF(0, 0, w, h))
        self.plot.getViewBox().setAspectLocked(mode == "tiles")
        self.plot.setRange(xRange=(0, w), yRange=(0, h), padding=0.02)
        if mode == "tiles":
            self.plot.hideAxis("left")
            self.plot.hideAxis("bottom")
        else:
            self.plot.showAxis("left")
            self.plot.showAxis("bottom")
            self.plot.setLabel("left", TrainWeights.tr("input (1 to {count})").format(count=inputs))
            self.plot.setLabel(
                "bottom", TrainWeights.tr("neuron (1 to {count})").format(count=units)
            )

    def neuron_at(self, x: float, y: float) -> int | None:
        """The neuron whose tile (or matrix column) is at ``x``, ``y`` in the image's own
        coordinates (one unit per weight)."""
        layer = self.layer
        snapshot = self.shown.get(layer) if layer is not None else None
        if snapshot is None or self._shown is None or x < 0 or y < 0:
            return None
        units = snapshot.kernel.shape[-1]
        if self._shown[2] == "matrix":
            return int(x) if x < units else None
        side = self.picture_side or 0
        cell = side + GAP
        column, row = int(x // cell), int(y // cell)
        if x % cell >= side or y % cell >= side:
            return None  # the gap between two tiles
        unit = row * tile_layout(units)[1] + column
        return unit if column < tile_layout(units)[1] and unit < units else None

    def _clicked(self, event: Any) -> None:
        point = self.image.mapFromScene(event.scenePos())
        unit = self.neuron_at(point.x(), point.y())
        layer = self.layer
        if unit is not None and layer is not None:
            self.neuron_clicked.emit(layer, unit)

    def can_tile(self, kernel: npt.NDArray[np.floating]) -> bool:
        side = self.picture_side
        return side is not None and kernel.ndim == 2 and kernel.shape[0] == side * side

    def redraw(self) -> None:
        layer = self.layer
        snapshot = self.shown.get(layer) if layer is not None else None
        if snapshot is None:
            return
        kernel = snapshot.kernel
        if kernel.ndim != 2:  # a convolution's (height, width, in, out): one row per weight
            kernel = kernel.reshape(-1, kernel.shape[-1])
        tiled = self.can_tile(kernel)
        self.tiles_button.setEnabled(tiled)
        mode = "tiles" if tiled and self.tiles_button.isChecked() else "matrix"
        key = (snapshot.layer, snapshot.step, mode)
        if key == self._shown:
            return
        self._shown = key
        name = snapshot.layer_name or self.layer_choice.currentText()
        self.canvas.setAccessibleDescription(weights_summary(name, kernel))
        # The scale grows to fit the bulk of the weights and never shrinks within a run:
        # colours keep their meaning.
        level = self.levels.get(snapshot.layer, 0.0)
        bulk = scale_of(kernel)
        if bulk > level:
            level = self.levels[snapshot.layer] = nice_level(bulk)
        level = level or 1.0
        picture = tiles(kernel, self.picture_side or 0) if mode == "tiles" else kernel
        self.image.setImage(picture, autoLevels=False)
        if level != self._level:
            self._level = level
            self.colorbar.setLevels((-level, level))
        inputs, units = kernel.shape
        frame = (mode, picture.shape)
        if frame != self._frame:
            # Only when the picture changes shape: each of these re-lays out the plot.
            self._frame = frame
            self._lay_out(mode, picture.shape, inputs, units)
        title = self.titles.get(snapshot.layer, snapshot.layer_name)
        if mode == "tiles":
            caption = TrainWeights.tr(
                "{title}: each of its {units} neurons as a picture of its {inputs} incoming "
                "weights, after {steps:,} step(s). Red pushes the neuron up, blue down.",
                "",
                snapshot.step,
            )
        else:
            caption = TrainWeights.tr(
                "{title}: {inputs} inputs x {units} neurons, after {steps:,} step(s). Red pushes "
                "the neuron up, blue down.",
                "",
                snapshot.step,
            )
        self.caption.setText(
            caption.format(title=title, units=units, inputs=inputs, steps=snapshot.step)
        )


def demo() -> None:  # pragma: no cover - a manual look
    import sys

    from nnstudio.ui.common.demo import demo_app, run_animated_demo

    demo_app()
    view = WeightsView()
    started = RunStarted(1, 1, 1, 1, 0, 0, ("loss",), "demo", False, 2, (2, 3),
                         (28, 28))  # fmt: skip
    view.start(started, {2: "Layer 3: Dense, 128 neurons", 3: "Layer 4: Dense, 10 neurons"})
    rng = np.random.default_rng(0)
    kernel = rng.normal(0, 0.05, (784, 128)).astype(np.float32)
    state = {"step": 0}

    def tick() -> None:
        kernel[:] += rng.normal(0, 0.003, kernel.shape).astype(np.float32)
        state["step"] += 100
        view.add(WeightSnapshot(2, "dense", 0, state["step"], kernel.copy(), None))

    sys.exit(run_animated_demo(view, tick, 250, (900, 520)))


if __name__ == "__main__":  # pragma: no cover
    demo()
