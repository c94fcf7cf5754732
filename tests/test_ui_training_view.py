"""The training tab's pieces, fed by hand: curves, the weight heatmap and its 28x28 tiles,
the decision boundary."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from nnstudio.core.templates import from_template
from nnstudio.training.events import (
    BatchPoint,
    BoundarySnapshot,
    EpochResult,
    Progress,
    RunStarted,
    Update,
    WeightSnapshot,
)
from nnstudio.ui.train.curves import BatchCurve, Series, TrainingPlots
from nnstudio.ui.train.decision_boundary import BoundaryView, answer_image, isoline
from nnstudio.ui.train.training_tab import TrainingView
from nnstudio.ui.train.weights_view import WeightsView, nice_level, scale_of, tile_layout, tiles


def _started(
    steps: int = 10, validation: int = 0, layers: tuple[int, ...] = (2, 3), shape=(28, 28)
) -> RunStarted:
    return RunStarted(3, steps, 32, 320, validation, 100, ("loss", "accuracy"), "test data",
                      False, layers[0], layers, shape)  # fmt: skip


def test_series_grow_past_their_capacity_and_keep_every_point() -> None:
    series = Series(capacity=4)
    for i in range(11):
        series.append(i, i * i)
    assert series.size == 11
    assert series.x.tolist() == list(range(11)) and series.y[-1] == 100


def test_plots_place_batches_within_their_epoch_and_epochs_at_its_end(qtbot) -> None:
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.start(_started(steps=4, validation=32))
    points = tuple(
        BatchPoint(e, b, e * 4 + b + 1, {"loss": 1.0 / (e * 4 + b + 1), "accuracy": 0.5})
        for e in range(2)
        for b in range(4)
    )
    epochs = tuple(
        EpochResult(e, {"loss": 0.3 - e / 10, "accuracy": 0.6}, {"loss": 0.4, "accuracy": 0.55}, 1)
        for e in range(2)
    )
    plots.add(Update(points, epochs, Progress(2, 3, 0, 4, 1.0, 1.0)))
    plots.redraw()
    loss = plots.loss_plot
    x, y = loss.batch_curve.getData()
    assert x.tolist() == [0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0]
    assert y[0] == 1.0
    assert loss.epoch_curve.getData()[0].tolist() == [1.0, 2.0]
    assert loss.validation_curve.getData()[1].tolist() == [0.4, 0.4]
    assert plots.metric_plot.epoch.y.tolist() == [0.6, 0.6]
    assert "Accuracy" in plots.metric_plot.getPlotItem().titleLabel.text
    # The legend says what each curve is.
    legend = plots.legend.text()
    assert "training, per batch (running mean" in legend and "validation, per epoch" in legend


def _batches(first: int, count: int, steps: int) -> Update:
    points = tuple(
        BatchPoint(*divmod(s, steps), s + 1, {"loss": 1.0 + (s % 7) / 10, "accuracy": 0.5})
        for s in range(first, first + count)
    )
    return Update(points, (), Progress(0, 3, 0, steps, 1.0, 1.0))


def test_a_long_batch_curve_keeps_every_point_in_order_and_a_new_run_starts_empty(qtbot) -> None:
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.start(_started(steps=1000))
    for first in range(0, 2000, 37):  # deliveries of 37 points, as the engine sends them
        plots.add(_batches(first, min(37, 2000 - first), 1000))
        plots.redraw()
    x, y = plots.loss_plot.batch_curve.getData()
    np.testing.assert_allclose(x, [(s + 1) / 1000 for s in range(2000)])
    assert y.tolist() == [1.0 + (s % 7) / 10 for s in range(2000)]
    assert plots.loss_plot.batch_curve.pieces > 1  # drawn in pieces, joined without a gap
    plots.start(_started(steps=1000))
    assert plots.loss_plot.batch_curve.getData()[0].size == 0
    plots.add(_batches(0, 3, 1000))
    plots.redraw()
    assert plots.loss_plot.batch_curve.getData()[0].tolist() == [0.001, 0.002, 0.003]


class PaintCounter(QObject):
    """Counts the paint events of the widgets it watches."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_curves_are_drawn_once_per_burst_of_points_and_not_at_all_without_new_ones(
    qtbot, monkeypatch
) -> None:
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.show()
    qtbot.waitExposed(plots)
    plots.start(_started(steps=100))
    qtbot.wait(50)
    updates: list[int] = []
    original = BatchCurve.update
    monkeypatch.setattr(BatchCurve, "update", lambda c, s: updates.append(1) or original(c, s))
    paints = PaintCounter(*(plot.viewport() for plot in plots.plots))
    for first in (0, 5, 10):  # three deliveries in quick succession: one redraw
        plots.add(_batches(first, 5, 100))
    qtbot.waitUntil(lambda: plots.loss_plot.batch_curve.getData()[0].size == 15)
    qtbot.waitUntil(lambda: paints.count >= 2)
    # On a busy machine the two plots' paints can land apart: let them settle first.
    settled = -1
    while settled != paints.count:
        settled = paints.count
        qtbot.wait(100)
    assert len(updates) == 2  # the batch curve of each plot, once
    updates.clear()
    paints.count = 0
    qtbot.wait(200)  # six turns of the redraw timer with nothing new
    assert updates == [] and paints.count == 0 and not plots.timer.isActive()


def test_points_that_arrive_behind_another_tab_are_drawn_when_it_is_shown(qtbot) -> None:
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.start(_started(steps=100))
    plots.add(_batches(0, 20, 100))
    qtbot.wait(100)
    assert plots.loss_plot.batch_curve.getData()[0].size == 0  # hidden: nothing drawn yet
    plots.show()
    qtbot.waitExposed(plots)
    assert plots.loss_plot.batch_curve.getData()[0].size == 20


def test_one_batch_per_epoch_shows_no_separate_batch_curve(qtbot) -> None:
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.start(_started(steps=1))
    assert "training, per epoch" in plots.legend.text()
    assert "per batch" not in plots.legend.text() and "validation" not in plots.legend.text()
    assert not plots.loss_plot.batch_curve.isVisible()


def test_tiles_fold_each_neurons_784_weights_into_a_28x28_picture() -> None:
    kernel = np.random.default_rng(0).normal(size=(784, 128)).astype(np.float32)
    picture = tiles(kernel)
    rows, columns = tile_layout(128)
    assert (rows, columns) == (8, 16)
    assert picture.shape == (8 * 29 - 1, 16 * 29 - 1)
    # Neuron 17 sits in row 1, column 1 of the grid.
    np.testing.assert_array_equal(picture[29:57, 29:57], kernel[:, 17].reshape(28, 28))
    assert np.isnan(picture[28, :]).all()  # the gap between rows
    with pytest.raises(ValueError):
        tiles(kernel[:100])


def test_nice_levels_round_up() -> None:
    assert nice_level(0.37) == pytest.approx(0.4)
    assert nice_level(1.2) == pytest.approx(1.5)
    assert nice_level(0.0) == 1.0


def _shown_weights(qtbot) -> WeightsView:
    view = WeightsView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_heatmap_shows_tiles_for_a_layer_fed_by_digits_and_keeps_its_colour_scale(qtbot) -> None:
    view = _shown_weights(qtbot)
    view.start(_started(), {2: "Layer 3 (Dense, 128 neurons)", 3: "Layer 4 (Dense, 10 neurons)"})
    rng = np.random.default_rng(1)
    kernel = rng.uniform(-0.3, 0.3, (784, 128)).astype(np.float32)
    view.add(WeightSnapshot(2, "dense", 0, 10, kernel, None))
    assert view.image.image.shape == (8 * 29 - 1, 16 * 29 - 1)  # 8 rows of 16 tiles
    assert view.colorbar.levels() == pytest.approx((-0.3, 0.3))
    assert "each of its 128 neurons as a picture" in view.caption.text()
    # Smaller weights later: the scale stays, so a colour keeps meaning the same weight.
    view.add(WeightSnapshot(2, "dense", 1, 20, kernel / 10, None))
    assert view.colorbar.levels() == pytest.approx((-0.3, 0.3))
    # The matrix view: one row per input, one column per neuron.
    view.matrix_button.click()
    assert view.image.image.shape == (784, 128)
    # The output layer (128 inputs: no pictures) is a matrix, whatever the choice.
    view.tiles_button.setChecked(True)
    view.add(WeightSnapshot(3, "dense_1", 1, 20, np.ones((128, 10), np.float32), None))
    view.layer_choice.setCurrentIndex(1)
    assert view.image.image.shape == (128, 10) and not view.tiles_button.isEnabled()
    assert view.caption.text().startswith("Layer 4 (Dense, 10 neurons): 128 inputs x 10 neurons")


def test_tile_colours_are_scaled_to_the_bulk_of_the_weights_not_the_few_largest(qtbot) -> None:
    view = _shown_weights(qtbot)
    view.start(_started(), {2: "Layer 3", 3: "Layer 4"})
    rng = np.random.default_rng(2)
    kernel = rng.uniform(-0.1, 0.1, (784, 128)).astype(np.float32)
    kernel[:8, :8] = 2.5  # 64 large weights among 100,352
    assert scale_of(kernel) == pytest.approx(0.099, abs=0.001)
    view.add(WeightSnapshot(2, "dense", 0, 10, kernel, None))
    assert view.colorbar.levels() == pytest.approx((-0.1, 0.1))
    # A little growth a moment later keeps the colours; growth past the scale widens it.
    view.add(WeightSnapshot(2, "dense", 0, 20, kernel * 1.005, None))
    assert view.colorbar.levels() == pytest.approx((-0.1, 0.1))
    view.add(WeightSnapshot(2, "dense", 0, 30, kernel * 1.4, None))
    assert view.colorbar.levels() == pytest.approx((-0.15, 0.15))


def test_weights_that_arrive_behind_another_tab_are_drawn_when_it_is_shown(qtbot) -> None:
    view = WeightsView()
    qtbot.addWidget(view)
    view.start(_started(), {2: "Layer 3", 3: "Layer 4"})
    kernel = np.full((784, 128), 0.1, np.float32)
    view.add(WeightSnapshot(2, "dense", 0, 10, kernel, None))
    view.add(WeightSnapshot(2, "dense", 0, 20, -kernel, None))  # only the latest is kept
    assert view.image.image is None
    view.show()
    qtbot.waitExposed(view)
    assert view.image.image.shape == (8 * 29 - 1, 16 * 29 - 1)
    assert np.nanmax(view.image.image) == pytest.approx(-0.1)
    assert "after 20 steps" in view.caption.text()


def test_answer_image_is_white_where_unsure_and_coloured_where_sure() -> None:
    probabilities = np.array([[[0.5, 0.5], [0.0, 1.0]]], np.float32)
    picture = answer_image(probabilities)
    assert picture.shape == (1, 2, 3)
    assert picture[0, 0].tolist() == [255, 255, 255]
    assert picture[0, 1].tolist() != [255, 255, 255]


def test_isoline_runs_where_the_values_cross_the_level() -> None:
    ramp = np.tile(np.arange(6.0), (4, 1))  # rises to the right: a vertical line at x = 2.5
    x, y = isoline(ramp, 2.5)
    assert x.tolist() == [2.5] * 6
    assert sorted(zip(y[::2], y[1::2], strict=True)) == [(0, 1), (1, 2), (2, 3)]
    rows, cols = np.mgrid[0:41, 0:41]
    circle = np.hypot(rows - 20.0, cols - 20.0)
    x, y = isoline(circle, 10.0)
    radius = np.hypot(x - 20, y - 20)
    assert x.size > 100 and np.allclose(radius, 10.0, atol=0.1)
    saddle = np.array([[1.0, 0.0], [0.0, 1.0]])  # XOR's shape: two lines cross one cell
    assert isoline(saddle, 0.5)[0].size == 4
    assert isoline(np.zeros((5, 5)), 0.5)[0].size == 0


def test_boundary_counts_the_points_on_the_right_side(qtbot) -> None:
    view = BoundaryView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    n = 21
    gx, gy = np.meshgrid(np.linspace(-1, 2, n), np.linspace(-1, 2, n))
    p = ((gx > 0.5) ^ (gy > 0.5)).astype(np.float32)  # a perfect XOR answer
    points = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32)
    labels = np.array([0, 1, 1, 0])
    snap = BoundarySnapshot(7, 7, (-1.0, 2.0, -1.0, 2.0), np.stack([1 - p, p], -1), points, labels)
    view.add(snap)
    assert "4 of 4 training points" in view.caption.text()
    wrong = BoundarySnapshot(8, 8, snap.extent, np.stack([p, 1 - p], -1), points, labels)
    view.add(wrong)
    assert "0 of 4 training points" in view.caption.text()
    assert view.image.image.shape == (n, n, 3)
    assert not view.line.path().isEmpty()  # the line where the answer changes
    # Behind another tab only the latest answers are kept, and drawn when it is shown.
    view.hide()
    view.add(snap)
    assert "0 of 4 training points" in view.caption.text()
    view.show()
    assert "4 of 4 training points" in view.caption.text()


def test_the_slow_motion_choice_shows_only_for_tiny_data(qtbot) -> None:
    view = TrainingView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.slow_motion.isChecked() and not view.slow_motion.isVisible()  # nothing known
    xor = from_template("xor")
    tiny = RunStarted(500, 1, 4, 4, 0, 4, ("loss", "binary_accuracy"), "XOR", True, 1, (1, 2),
                      (2,))  # fmt: skip
    view.start(tiny, xor)
    assert view.slow_motion.isVisible()
    view.slow_motion.setChecked(False)  # the student's choice, kept for the next runs
    mnist = RunStarted(10, 1875, 32, 60_000, 0, 10_000, ("loss", "accuracy"), "MNIST", False, 2,
                       (2, 3), (28, 28))  # fmt: skip
    view.start(mnist, from_template("mnist-128"))
    assert not view.slow_motion.isVisible()
    view.start(tiny, xor)
    assert view.slow_motion.isVisible() and not view.slow_motion.isChecked()


def test_the_chosen_layer_is_kept_for_the_same_network_but_not_for_another(qtbot) -> None:
    view = _shown_weights(qtbot)
    mnist = {1: "Layer 2 (Dense, 128 neurons)", 2: "Layer 3 (Dense, 10 neurons)"}
    view.start(_started(layers=(1, 2)), mnist)
    view.layer_choice.setCurrentIndex(1)  # the student looks at the output layer
    view.start(_started(layers=(1, 2)), mnist)  # train again: still the output layer
    assert view.layer_choice.currentData() == 2
    xor = {1: "Layer 2 (Dense, 16 neurons)", 2: "Layer 3 (Dense, 1 neuron)"}
    view.start(_started(layers=(1, 2), shape=(2,)), xor)  # another network: its first layer
    assert view.layer_choice.currentData() == 1


def test_the_time_left_reads_as_a_person_would_say_it() -> None:
    from nnstudio.ui.train.training_tab import time_left

    assert time_left(None) == ""
    assert time_left(0.12) == " — less than a second left"
    assert time_left(42.4) == " — about 42 s left"
    assert time_left(600) == " — about 10 min left"
