"""The Inside tab: an example through the trained network, and a neuron's arithmetic.

The window trains with the stand-in trainer (its network is numpy, with known weights), so
every number shown can be checked against a sum worked out here.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from nnstudio.core.errors import NNStudioError
from nnstudio.ui.main_window import MainWindow
from nnstudio.ui.results.inside_view import NO_NETWORK, InsideView


def _trained(window: MainWindow, qtbot, template: str = "xor", **data: object) -> None:
    window.new_from_template(template)
    window.editor.set_setting("train", "epochs", 2)
    for key, value in data.items():
        window.editor.set_setting("data", key, value)
    window.train_button.click()
    qtbot.waitUntil(lambda: window.run is None, timeout=60_000)
    assert window.last_result is not None and window.last_result.reason == "completed"


def _weights(window: MainWindow) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    model = window.last_result.model
    return model.weights


def test_before_training_it_says_what_to_do(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.inside_view)
    assert window.inside_view.message.text() == NO_NETWORK
    assert not window.inside_view.page.isVisible()


def test_xor_row_through_the_network_with_every_sum_written_out(window: MainWindow, qtbot) -> None:
    _trained(window, qtbot)
    (k1, b1), (k2, b2) = _weights(window)[1], _weights(window)[2]
    window.show_inside(example=2)  # the row (1, 0)
    view = window.inside_view
    assert window.tabs.currentWidget() is view
    x = np.array([1.0, 0.0], np.float32)
    hidden = np.maximum(x @ k1 + b1, 0)
    out = 1 / (1 + np.exp(-(hidden @ k2 + b2)))
    assert view.description.text().startswith("Inputs (1, 0); the right answer is 1.")

    # The strip: the input, 16 ReLU neurons, 1 sigmoid output, holding the network's numbers.
    columns = view.strip.columns
    assert [c.title for c in columns] == [
        "Input: 2 numbers", "dense: 16 neurons, ReLU", "dense_1: 1 neuron, Sigmoid",
    ]  # fmt: skip
    np.testing.assert_allclose(columns[1].values, hidden, atol=1e-6)
    np.testing.assert_allclose(columns[2].values, out, atol=1e-6)
    assert len(columns[1].cells) == 16 and columns[2].probabilities

    # Step walks the forward pass: 16 hidden neurons, then the output.
    view.choose(0, 0)
    assert view.step_label.text() == "Neuron 1 of 17 in the forward pass"
    assert not view.back_button.isEnabled()
    for j in range(16):
        assert view.selected == (0, j)
        lines = view.arithmetic.toPlainText().splitlines()
        z = float(k1[0, j] + b1[j])
        assert lines[0].endswith(f"= {_num(z)}"), lines[0]
        assert lines[1] == f"relu({_num(z)}) = {_num(max(z, 0.0))}"
        view.step_button.click()
    assert view.selected == (1, 0) and not view.step_button.isEnabled()
    text = view.arithmetic.toPlainText()
    assert "dense neuron 16: " in text and "sigmoid(" in text
    assert f"= {_num(float(out[0]), 3)}" in text
    assert view.neuron_title.text() == "dense_1, neuron 1 of 1 (Sigmoid)"
    view.back_button.click()
    assert view.selected == (0, 15)


def _num(value: float, places: int = 2) -> str:
    text = f"{value:.{places}f}"
    if float(text) == 0:
        text = text.lstrip("-")
    return text.replace("-", "−")


def test_the_chosen_neuron_is_outlined_and_cells_are_coloured_by_their_values(
    window: MainWindow, qtbot
) -> None:
    _trained(window, qtbot)
    window.show_inside(example=3)
    view = window.inside_view
    strip = view.strip
    hidden = strip.columns[1]
    fired = int(np.argmax(hidden.values))
    silent = int(np.argmin(hidden.values))
    view.choose(0, fired)
    image = strip.grab().toImage()
    ratio = image.devicePixelRatio()

    def pixel(point: QPointF) -> QColor:
        return image.pixelColor(QPoint(int(point.x() * ratio), int(point.y() * ratio)))

    cell = hidden.cells[fired]
    inside = pixel(cell.center() + QPointF(0, cell.height() * 0.35))
    assert inside.red() > inside.blue() + 40  # a neuron that fired: red
    if hidden.values[silent] == 0:
        quiet = hidden.cells[silent]
        white = pixel(QPointF(quiet.left() + 3, quiet.top() + 3))
        assert min(white.red(), white.green(), white.blue()) > 235
    edge = pixel(QPointF(cell.left() - 1.5, cell.center().y()))
    assert edge.lightness() < 80  # the thick dark outline of the chosen neuron
    other = hidden.cells[(fired + 1) % 16]
    assert pixel(QPointF(other.left() - 1.5, other.center().y())).lightness() > 80

    # Clicking a cell chooses that neuron.
    target = hidden.cells[silent].center()
    from pytestqt.qtbot import QtBot

    QtBot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=target.toPoint())
    assert view.selected == (0, silent)


def test_a_digit_shows_its_picture_the_weights_and_the_neurons_that_fired_most(
    window: MainWindow, qtbot, mnist_path: Path
) -> None:
    _trained(window, qtbot, "mnist-128", path=str(mnist_path), train_limit=300, test_limit=50)
    window.show_inside(example=4)
    view = window.inside_view
    evaluation = view.evaluation
    assert evaluation is not None
    truth = evaluation.class_names[int(evaluation.labels[4])]
    assert view.description.text().startswith(f"A picture of a {truth}. The network answered")
    columns = view.strip.columns
    assert columns[0].picture == (28, 28) and columns[0].title == "Input: 28 × 28 pixels"
    assert [c.title for c in columns[1:]] == [
        "dense: 128 neurons, ReLU", "dense_1: 10 neurons, Softmax",
    ]  # fmt: skip
    assert columns[2].labels == tuple(str(d) for d in range(10))

    # The first neuron shown is the hidden layer's strongest, with its weights as pictures.
    hidden = columns[1].values
    assert view.selected == (1, int(np.argmax(hidden)))
    assert view.pictures_box.isVisible()
    assert view.weights_picture.pixmap().width() == 28 * 3
    assert view.arithmetic.toPlainText().startswith(
        "z = the sum of 784 weights × their inputs, plus the bias\n  pixel (row "
    )
    buttons = view.fired_buttons
    assert len(buttons) == 6
    order = np.argsort(-hidden, kind="stable")[:6]
    assert [b.accessibleName() for b in buttons] == [f"Neuron {j + 1}" for j in order]
    buttons[3].click()
    assert view.selected == (1, int(order[3]))

    # An output neuron: how softmax made the answer, one line per digit.
    view.choose(2, 7)
    text = view.arithmetic.toPlainText()
    assert "How the answer came about (each output's sum z, then softmax):" in text
    assert text.count(": z = ") == 10 and "← this neuron" in text
    assert not view.pictures_box.isVisible()

    # The digit drawn in the Draw a digit tab goes through the same way.
    tester = window.digit_tester
    view.show_drawn()
    assert view.description.text() == "Draw a digit in the Draw a digit tab first."
    tester.set_digit(evaluation.inputs[7])
    view.show_drawn()
    assert view.example == "drawn" and view.trace is not None
    assert view.description.text().startswith("The digit you drew. The network answered")
    np.testing.assert_array_equal(view.trace.input, tester.network_input()[0])


def test_a_gallery_digit_and_a_diagram_neuron_open_the_inside_tab(
    window: MainWindow, qtbot
) -> None:
    _trained(window, qtbot)
    window.tabs.setCurrentWidget(window.results_view)
    window.results_view.example_activated.emit(1)
    assert window.tabs.currentWidget() is window.inside_view
    assert window.inside_view.example == 1
    assert window.inside_view.example_box.value() == 2

    window.tabs.setCurrentWidget(window.diagram)
    diagram = window.diagram
    columns = diagram.columns(diagram.width(), diagram.height())
    output = next(c for c in columns if c.index == 2)
    hidden = next(c for c in columns if c.index == 1)
    assert diagram.neuron_at(output.centres[0]) == (2, output.units[0])
    from pytestqt.qtbot import QtBot

    QtBot.mouseDClick(diagram, Qt.MouseButton.LeftButton, pos=hidden.centres[2].toPoint())
    assert window.tabs.currentWidget() is window.inside_view
    assert window.inside_view.selected == (0, hidden.units[2])


def test_a_network_that_is_gone_is_said_in_words(qtbot) -> None:
    view = InsideView()
    qtbot.addWidget(view)

    def gone(example: np.ndarray) -> object:
        raise NNStudioError("That trained network is no longer loaded: it was replaced.")

    from nnstudio.training.evaluation import Evaluation

    evaluation = Evaluation(
        np.array([[0.2, 0.8]], np.float32), np.array([1]), np.array([[1.0, 0.0]]), ("0", "1")
    )
    view.set_network(gone, evaluation, None, (2,))  # type: ignore[arg-type]
    assert view.description.text() == "That trained network is no longer loaded: it was replaced."
    assert "c62828" in view.description.styleSheet()
    assert view.trace is None


def test_a_click_on_a_neurons_weights_picture_shows_its_arithmetic(
    window: MainWindow, qtbot, mnist_path: Path
) -> None:
    _trained(window, qtbot, "mnist-128", path=str(mnist_path), train_limit=300, test_limit=50)
    window.tabs.setCurrentWidget(window.training_view)
    weights = window.training_view.weights
    qtbot.waitUntil(lambda: weights._shown is not None)
    assert weights.layer == 2 and weights.tiles_button.isChecked()  # the stack's dense layer
    # Tiles are 28 pixels with a 1-pixel gap, 16 to a row for 128 neurons.
    assert weights.neuron_at(5 * 29 + 14, 14) == 5
    assert weights.neuron_at(2 * 29 + 3, 29 + 3) == 18
    assert weights.neuron_at(28.5, 3) is None  # in the gap
    scene = weights.image.mapToScene(QPointF(5 * 29 + 14, 14))
    where = weights.canvas.mapFromScene(scene)
    from pytestqt.qtbot import QtBot

    QtBot.mouseClick(weights.canvas.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.tabs.currentWidget() is window.inside_view
    assert window.inside_view.selected == (1, 5)  # after Flatten, the network's second layer
    assert window.inside_view.neuron_title.text().startswith("dense, neuron 6 of 128")
