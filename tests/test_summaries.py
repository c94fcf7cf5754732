"""Plots and heatmaps in words: for a screen reader, and the warning when a network starts to
memorise its training data."""

from __future__ import annotations

import numpy as np

from nnstudio.core.spec import RunRecord
from nnstudio.core.summaries import (
    confusion_summary,
    history_summary,
    overfitting,
    rising_for,
    weights_summary,
)


def test_the_curves_in_words_with_their_trend() -> None:
    history = {"loss": [0.9, 0.5, 0.3], "accuracy": [0.7, 0.85, 0.9]}
    assert history_summary(history, 10) == (
        "After epoch 3 of 10: loss 0.3 (falling), accuracy 90.0% (rising)."
    )
    assert history_summary({}) == "No epoch has finished yet."


def test_memorising_is_said_when_validation_loss_rises_while_training_loss_falls() -> None:
    history = {
        "loss": [0.9, 0.6, 0.4, 0.3, 0.2, 0.1],
        "val_loss": [0.8, 0.5, 0.45, 0.5, 0.55, 0.6],
    }
    assert rising_for(history["val_loss"]) == 3
    assert overfitting(history) == 3
    text = history_summary(history)
    assert "validation loss 0.6 (rising)" in text
    assert text.endswith(
        "The validation loss has risen for 3 epochs while the training loss fell: the network "
        "may be memorising the training data."
    )
    # Two epochs of rise are not yet a trend; a training loss that rises too is not memorising.
    assert overfitting({"loss": [0.5, 0.4, 0.3], "val_loss": [0.5, 0.6, 0.7]}) == 0
    assert overfitting({**history, "loss": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]}) == 0
    assert overfitting({"loss": [0.3, 0.2]}) == 0  # no validation


def test_a_confusion_matrix_in_words() -> None:
    matrix = np.array([[50, 2, 0], [1, 40, 9], [0, 3, 45]])
    assert confusion_summary(matrix, ("0", "1", "2")) == (
        "135 of 150 test examples right (90.0%). Most often mixed up: 1 taken for 2 (9 "
        "times); 2 taken for 1 (3 times); 0 taken for 1 (2 times)."
    )
    assert confusion_summary(np.eye(2, dtype=np.int64) * 2, ("no", "yes")) == (
        "4 of 4 test examples right (100.0%)."
    )


def test_weights_in_words() -> None:
    kernel = np.array([[-0.5, 0.25], [0.0, 0.75]])
    assert weights_summary("dense", kernel) == (
        "dense: 4 weights (2×2) from -0.5 to 0.75, spread 0.451."
    )


def test_a_saved_run_with_memorising_shows_the_warning_in_the_window(window) -> None:  # type: ignore[no-untyped-def]
    run = RunRecord(
        finished="2026-11-29T10:00:00",
        epochs_done=6,
        history={
            "loss": [0.9, 0.6, 0.4, 0.3, 0.2, 0.1],
            "val_loss": [0.8, 0.5, 0.45, 0.5, 0.55, 0.6],
        },
    )
    view = window.training_view
    view.show_saved_run(run)
    assert not view.warning.isHidden()
    assert "memorising" in view.warning.text() and "Dropout" in view.warning.text()
    assert view.plots.accessibleDescription().startswith("After epoch 6: loss 0.1 (falling)")
    view.reset()
    assert view.warning.isHidden() and view.plots.accessibleDescription() == (
        "No epoch has finished yet."
    )


def test_the_results_matrix_describes_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    from nnstudio.training.evaluation import Evaluation
    from nnstudio.ui.results.results_tab import ResultsView

    probabilities = np.array([[0.9, 0.1], [0.2, 0.8], [0.7, 0.3], [0.4, 0.6]], np.float32)
    labels = np.array([0, 1, 1, 1])
    evaluation = Evaluation(probabilities, labels, np.zeros((4, 2)), ("no", "yes"))
    view = ResultsView()
    qtbot.addWidget(view)
    view.set_evaluation(evaluation)
    assert view.table.accessibleDescription() == (
        "3 of 4 test examples right (75.0%). Most often mixed up: yes taken for no (1 time)."
    )
    view.set_evaluation(None)
    assert view.table.accessibleDescription().startswith("Train the network")


def test_the_weights_heatmap_describes_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    from nnstudio.training.events import RunStarted, WeightSnapshot
    from nnstudio.ui.train.weights_view import WeightsView

    view = WeightsView()
    qtbot.addWidget(view)
    started = RunStarted(1, 1, 2, 2, 0, 0, ("loss",), "test", False, 1, (1,), (2,))
    view.start(started, {1: "Layer 2 (Dense)"})
    view.show()
    qtbot.waitExposed(view)
    kernel = np.array([[-0.5, 0.25], [0.0, 0.75]], np.float32)
    view.add(WeightSnapshot(1, "dense", 0, 1, kernel, None))
    assert view.canvas.accessibleDescription() == (
        "dense: 4 weights (2×2) from -0.5 to 0.75, spread 0.451."
    )
