"""The results view: accuracy in words, the confusion matrix, and the examples behind a cell."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import show_widget
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from nnstudio.training.evaluation import Evaluation
from nnstudio.ui.common.confusion import cell_color, text_color
from nnstudio.ui.results.results_tab import (
    GALLERY_LIMIT,
    NO_RESULTS,
    ResultsView,
    demo_evaluation,
)

DIGITS = tuple(str(d) for d in range(10))


def one_hot_ish(answers: list[int], confidences: list[float], k: int) -> np.ndarray:
    """Probabilities that pick ``answers`` with the given confidence, the rest shared out."""
    p = np.zeros((len(answers), k), np.float32)
    for row, (answer, sure) in enumerate(zip(answers, confidences, strict=True)):
        p[row] = (1 - sure) / (k - 1)
        p[row, answer] = sure
    return p


def small_digits() -> Evaluation:
    """Eight pictures of three classes: 0 0 0 1 1 2 2 2, answered 0 0 1 1 2 2 2 0."""
    labels = np.array([0, 0, 0, 1, 1, 2, 2, 2], np.int64)
    answers = [0, 0, 1, 1, 2, 2, 2, 0]
    confidences = [0.9, 0.8, 0.6, 0.95, 0.9, 0.7, 0.99, 0.5]
    inputs = (np.arange(8)[:, None, None] * 30 + np.zeros((8, 28, 28))).astype(np.uint8)
    return Evaluation(one_hot_ish(answers, confidences, 3), labels, inputs, ("0", "1", "2"))


@pytest.fixture
def view(qtbot: QtBot) -> ResultsView:
    return show_widget(qtbot, ResultsView(), (900, 600))


def cell_text(view: ResultsView, row: int, column: int) -> str:
    return str(view.model.index(row, column).data(Qt.ItemDataRole.DisplayRole))


def test_before_training_it_says_what_to_do(view: ResultsView) -> None:
    assert view.pages.currentWidget() is view.message
    assert view.message.text() == NO_RESULTS
    view.set_evaluation(small_digits())
    view.set_evaluation(None)
    assert view.pages.currentWidget() is view.message
    assert view.model.rowCount() == 0


def test_the_header_says_the_accuracy_in_words(view: ResultsView) -> None:
    view.set_evaluation(small_digits(), {"loss": 0.31416, "accuracy": 0.625})
    assert view.header.text() == "Test accuracy 62.50% — 5 of 8 test pictures right"
    assert view.loss.text().startswith("Test loss 0.3142")
    assert not view.loss.isHidden()
    view.set_evaluation(small_digits())
    assert view.loss.isHidden()


def test_mnist_sized_numbers_are_written_with_thousands_separators(view: ResultsView) -> None:
    labels = np.arange(10_000) % 10
    answers = labels.copy()
    answers[:238] = (answers[:238] + 1) % 10
    inputs = np.zeros((10_000, 28, 28), np.uint8)
    evaluation = Evaluation(
        one_hot_ish(list(answers), [0.9] * 10_000, 10), labels.astype(np.int64), inputs, DIGITS
    )
    view.set_evaluation(evaluation)
    assert view.header.text() == "Test accuracy 97.62% — 9,762 of 10,000 test digits right"
    assert view.gallery_title.text().startswith(
        "The 238 test digits it got wrong, the most confident mistakes first"
    )
    assert view.gallery.count() == GALLERY_LIMIT
    assert "38 more not shown" in view.gallery_title.text()
    # The rest are a click away, beside the list that says they are missing.
    assert view.more_button.isVisibleTo(view) and view.more_button.text() == "Show 38 more"
    first_shown = view.shown[:]
    view.more_button.click()
    assert view.gallery.count() == 238 and view.shown[:GALLERY_LIMIT] == first_shown
    assert view.shown == [int(i) for i in evaluation.mistakes()]
    assert "not shown" not in view.gallery_title.text()
    assert not view.more_button.isVisibleTo(view)


def test_the_confusion_matrix_counts_true_rows_against_answered_columns(
    view: ResultsView,
) -> None:
    view.set_evaluation(small_digits())
    counts = [[int(cell_text(view, r, c)) for c in range(3)] for r in range(3)]
    assert counts == [[2, 1, 0], [0, 1, 1], [1, 0, 2]]
    model = view.model
    assert model.headerData(0, Qt.Orientation.Vertical) == "true 0"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "2"
    assert "predicted 2" in model.headerData(
        2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    tip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "1 of the 3 test pictures that are 0 were answered 1 (wrong): 33.3% of that row."


def test_right_and_wrong_cells_differ_in_hue_and_in_lightness(view: ResultsView) -> None:
    view.set_evaluation(small_digits())
    right = view.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    wrong = view.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole)
    empty = view.model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole)
    assert right.hueF() != pytest.approx(wrong.hueF(), abs=0.1)
    assert right.lightnessF() < wrong.lightnessF() < empty.lightnessF()
    # A bigger share of the row is darker, so the shading reads without colour too.
    assert cell_color(0.5, False).lightnessF() < cell_color(0.02, False).lightnessF()
    # Text stays readable on every shade.
    for share in np.linspace(0, 1, 21):
        for diagonal in (True, False):
            background = cell_color(float(share), diagonal)
            text = text_color(background)
            assert abs(_brightness(text) - _brightness(background)) > 0.35


def _brightness(color: QColor) -> float:
    return 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF()


def test_at_first_the_gallery_shows_the_mistakes_most_confident_first(view: ResultsView) -> None:
    evaluation = small_digits()
    view.set_evaluation(evaluation)
    # The mistakes: example 2 (0 taken for 1, 60%), 4 (1 for 2, 90%), 7 (2 for 0, 50%).
    assert view.shown == [4, 2, 7]
    assert view.gallery.count() == 3
    first = view.gallery.item(0)
    assert first.text() == "answered 2 (90%)\ntrue 1"
    assert first.data(Qt.ItemDataRole.UserRole) == 4
    assert not first.icon().isNull()
    assert view.gallery_title.text() == (
        "The 3 test pictures it got wrong, the most confident mistakes first"
    )
    assert not view.mistakes_button.isEnabled()


def test_clicking_a_cell_shows_exactly_its_examples(view: ResultsView, qtbot: QtBot) -> None:
    view.set_evaluation(small_digits())
    index = view.model.index(2, 2)
    view.table.clicked.emit(index)
    assert view.shown == [6, 5]  # true 2 answered 2: 99% then 70%
    assert (
        view.gallery_title.text()
        == "True 2, answered 2 (right): 2 examples, the most confident first"
    )
    assert view.mistakes_button.isEnabled()

    # A real click on the viewport does the same.
    rect = view.table.visualRect(view.model.index(2, 0))
    QTest.mouseClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )
    assert view.shown == [7]
    assert view.gallery_title.text() == "True 2, answered 0: 1 example"

    view.table.clicked.emit(view.model.index(1, 0))
    assert view.shown == []
    assert view.gallery_title.text() == "True 1, answered 0: no examples"

    view.mistakes_button.click()
    assert view.shown == [4, 2, 7]


def test_table_data_is_listed_as_text_rows(view: ResultsView, qtbot: QtBot) -> None:
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32)
    labels = np.array([0, 1, 1, 0], np.int64)
    probabilities = np.array([[0.9, 0.1], [0.02, 0.98], [0.6, 0.4], [0.3, 0.7]], np.float32)
    view.set_evaluation(Evaluation(probabilities, labels, x, ("0", "1")))
    assert view.header.text() == "Test accuracy 50.00% — 2 of 4 test rows right"
    assert [view.gallery.item(i).text() for i in range(view.gallery.count())] == [
        "x = (1, 1) → answered 1 (70%), true 0",
        "x = (1, 0) → answered 0 (60%), true 1",
    ]
    assert view.gallery.item(0).icon().isNull()
    view.table.clicked.emit(view.model.index(1, 1))
    assert view.gallery.item(0).text() == "x = (0, 1) → answered 1 (98%), true 1"

    with qtbot.waitSignal(view.example_activated) as blocker:
        view.gallery.itemActivated.emit(view.gallery.item(0))
    assert blocker.args == [1]


def test_a_long_row_is_shortened(view: ResultsView) -> None:
    x = np.arange(16, dtype=np.float32).reshape(2, 8)
    probabilities = np.array([[0.1, 0.9], [0.8, 0.2]], np.float32)
    view.set_evaluation(Evaluation(probabilities, np.array([0, 1]), x, ("a", "b")))
    assert (
        view.gallery.item(0).text()
        == "x = (0, 1, 2, 3, 4, 5, … 8 numbers) → answered b (90%), true a"
    )


def test_the_demo_has_results_to_show(view: ResultsView) -> None:
    evaluation, description = demo_evaluation(300)
    view.set_evaluation(evaluation, {"loss": 0.2})
    assert "made-up answers" in description
    assert 0.8 < evaluation.accuracy < 1.0
    assert view.gallery.count() == len(evaluation.mistakes())
    image = view.grab().toImage()
    # The diagonal's blue shows on screen.
    rect = view.table.visualRect(view.model.index(0, 0))
    centre = view.table.viewport().mapTo(view, rect.center() + QPoint(rect.width() // 4, 0))
    pixel = image.pixelColor(centre)
    assert pixel.blue() > pixel.red() + 60


def test_the_examples_can_be_ordered_least_confident_first(view: ResultsView) -> None:
    """Where the network hesitated: the order applies to the mistakes and to a chosen cell,
    and the list keeps showing what it showed."""
    evaluation = small_digits()
    view.set_evaluation(evaluation)
    most = list(view.shown)
    view.order.setCurrentIndex(1)  # least confident first
    assert view.gallery_title.text() == (
        "The 3 test pictures it got wrong, the least confident mistakes first"
    )
    assert view.shown == most[::-1]  # no two are equally sure: the same list, reversed
    sureness = [float(evaluation.confidence[i]) for i in view.shown]
    assert sureness == sorted(sureness)
    view.table.clicked.emit(view.model.index(2, 2))
    assert view.shown == [5, 6]  # true 2 answered 2: 70% then 99%
    assert view.gallery_title.text() == (
        "True 2, answered 2 (right): 2 examples, the least confident first"
    )
    view.order.setCurrentIndex(0)
    assert view.shown == [6, 5]  # still that cell, the most confident first again
    assert view.mistakes_button.isEnabled()
