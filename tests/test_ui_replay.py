"""Replaying a run in the Training tab: the slider brings back the weights, the answers and
the confusion matrix of any recorded moment, and marks it on the curves."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtGui import QColor

from nnstudio.training.evaluation import confusion_matrix
from nnstudio.ui.common.colours import colours
from nnstudio.ui.main_window import MainWindow


def _trained(window: MainWindow, qtbot, template: str, epochs: int, **data: object) -> None:
    window.new_from_template(template)
    window.editor.set_setting("train", "epochs", epochs)
    for key, value in data.items():
        window.editor.set_setting("data", key, value)
    window.train_button.click()
    qtbot.waitUntil(lambda: window.run is None, timeout=60_000)
    assert window.last_result.reason == "completed"


def _has(widget, color: str) -> bool:
    image = widget.grab().toImage()
    target = QColor(color).rgb()
    return any(
        image.pixelColor(x, y).rgb() == target
        for y in range(0, image.height(), 2)
        for x in range(image.width())
    )


def test_the_slider_goes_back_to_any_moment_and_live_returns(window: MainWindow, qtbot) -> None:
    _trained(window, qtbot, "xor", 40)
    view = window.training_view
    bar = view.replay
    assert window.trainer.options[-1].record_replay
    assert bar.isEnabled() and len(bar.moments) == 41  # the start and every epoch
    assert bar.live and bar.slider.value() == 40
    assert not view.plots.loss_plot.marker.isVisible()

    bar.show_moment(10)
    moment = bar.moments[10]
    assert not bar.live and moment.epoch == 10
    assert bar.label.text() == "The end of epoch 10 (moment 11 of 41)"
    # The weights of that moment, not the latest.
    np.testing.assert_array_equal(view.weights.image.image, moment.weights[1])
    assert not np.array_equal(moment.weights[1], view.weights.snapshots[1].kernel)
    # The decision boundary of that moment.
    assert view.boundary.pinned is not None
    np.testing.assert_array_equal(view.boundary.pinned.probabilities, moment.boundary)
    assert "epoch 10" in view.boundary.caption.text()
    # A line on both curves where that moment is.
    marker = view.plots.loss_plot.marker
    assert marker.isVisible() and marker.value() == 10
    qtbot.wait(20)
    assert _has(view.plots.loss_plot, colours().curves()[3])

    bar.live_button.click()
    assert bar.live and bar.slider.value() == 40
    assert not marker.isVisible() and view.boundary.pinned is None
    np.testing.assert_array_equal(view.weights.image.image, view.weights.snapshots[1].kernel)
    qtbot.wait(20)
    assert not _has(view.plots.loss_plot, colours().curves()[3])


def test_the_confusion_matrix_of_a_moment_counts_the_sample(
    window: MainWindow, qtbot, mnist_path: Path
) -> None:
    _trained(window, qtbot, "mnist-128", 3, path=str(mnist_path), train_limit=600, test_limit=80)
    view = window.training_view
    matrix = view.matrix
    assert matrix.isVisible()
    bar = view.replay
    assert [m.epoch for m in bar.moments] == [0.0, 1.0, 2.0, 3.0]
    labels = window.last_result.evaluation.labels
    for index in (0, 2):
        bar.show_moment(index)
        answers = bar.moments[index].answers
        expected = confusion_matrix(labels, np.argmax(answers, 1), 10)
        np.testing.assert_array_equal(matrix.model.matrix, expected)
        right = int(np.trace(expected))
        assert matrix.title.text() == (
            f"The first 80 test examples: {right} right ({right / 80:.1%})"
        )
    # Live: the latest moment's matrix.
    bar.live_button.click()
    expected = confusion_matrix(labels, np.argmax(bar.moments[-1].answers, 1), 10)
    np.testing.assert_array_equal(matrix.model.matrix, expected)


def test_a_new_run_starts_a_new_replay(window: MainWindow, qtbot) -> None:
    _trained(window, qtbot, "xor", 10)
    bar = window.training_view.replay
    bar.show_moment(3)
    window.train_button.click()
    assert not bar.isEnabled() and not bar.moments  # forgotten as the new run begins
    qtbot.waitUntil(lambda: window.run is None, timeout=60_000)
    assert len(bar.moments) == 11 and bar.live
    assert not window.training_view.plots.loss_plot.marker.isVisible()


def test_the_replay_is_saved_beside_the_project_and_comes_back_with_it(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    _trained(window, qtbot, "xor", 30)
    before = window.training_view.replay.moments
    path = tmp_path / "xor.nnproj"
    assert window._save_to(path)
    run = window.editor.document.project.runs[-1]
    assert run.replay_file == "xor.replay.npz" and (tmp_path / "xor.replay.npz").is_file()

    window.new_from_template("mnist-128")  # something else, then open the saved one
    assert not window.training_view.replay.moments
    assert window.open_path(path, confirmed=True)
    view = window.training_view
    after = view.replay.moments
    assert [m.epoch for m in after] == [m.epoch for m in before]
    np.testing.assert_array_equal(after[7].weights[1], before[7].weights[1])
    np.testing.assert_array_equal(after[7].boundary, before[7].boundary)
    window.tabs.setCurrentWidget(view)
    view.replay.show_moment(7)
    np.testing.assert_array_equal(view.weights.image.image, before[7].weights[1])
    assert view.boundary.pinned is not None and view.plots.loss_plot.marker.value() == 7
    assert view.matrix.title.text().startswith("The 4 test examples:")


def test_a_damaged_replay_is_said_and_the_project_still_opens(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    _trained(window, qtbot, "xor", 10)
    path = tmp_path / "xor.nnproj"
    assert window._save_to(path)
    replay = tmp_path / "xor.replay.npz"
    replay.write_bytes(replay.read_bytes()[:200])  # cut short
    window.new_from_template("mnist-128")
    assert window.open_path(path, confirmed=True)
    said = window.training_view.replay.label.text()
    assert said.startswith("The replay file xor.replay.npz cannot be read")
    assert said.endswith("The curves are shown without it.")
    assert not window.training_view.replay.moments
    assert window.editor.document.project.runs[-1].epochs_done == 10
