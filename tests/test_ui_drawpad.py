"""The draw-a-digit panel: drawing, clearing, the network's answer, and the preprocessing of a
drawing matching the data set's."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import numpy as np
import pytest
from conftest import show_widget
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from nnstudio.core.spec import DataSpec
from nnstudio.data.digits import normalize_drawing
from nnstudio.data.preprocess import InputTransform
from nnstudio.ui.results.draw_digit import (
    NO_NETWORK,
    PROMPT,
    THROTTLE_MS,
    DigitTester,
    DrawPad,
    answer_sentence,
    demo_tester,
    percent,
)


class FakeNetwork:
    """Always answers the same probabilities, and remembers what it was given."""

    def __init__(self, answer: list[float]) -> None:
        self.answer = np.array([answer], np.float32)
        self.batches: list[np.ndarray] = []

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        self.batches.append(batch.copy())
        return self.answer


def two_answer() -> list[float]:
    answer = [0.001] * 10
    answer[2] = 0.991
    return answer


def bar_stroke() -> np.ndarray:
    picture = np.zeros((280, 280), np.float32)
    picture[40:240, 120:160] = 1.0
    return picture


def draw_line(pad: DrawPad, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for t in np.linspace(0, 1, 8)[1:]:
        point = QPoint(
            round(start.x() + t * (end.x() - start.x())),
            round(start.y() + t * (end.y() - start.y())),
        )
        QTest.mouseMove(pad, point)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


@pytest.fixture
def tester(qtbot: QtBot) -> DigitTester:
    return show_widget(qtbot, DigitTester(), (900, 600))


def test_drawing_with_the_mouse_puts_ink_on_the_pad_and_reports_it(qtbot: QtBot) -> None:
    pad = show_widget(qtbot, DrawPad(), (280, 280))
    assert not pad.has_ink()
    with qtbot.waitSignal(pad.drawing_changed, timeout=1000):
        draw_line(pad, QPoint(140, 40), QPoint(140, 240))
    image = pad.image()
    assert image.shape == (280, 280) and image.dtype == np.float32
    assert image[140, 140] == pytest.approx(1.0)  # on the line: white
    assert image[140, 20] == 0.0  # far from it: black
    # The line is joined up, not a row of dots at the mouse positions.
    assert (image[50:230, 140] > 0.9).all()
    # The round pen is about as wide as an MNIST stroke relative to the pad.
    assert 15 <= (image[140] > 0.5).sum() <= 30

    with qtbot.waitSignal(pad.drawing_changed, timeout=1000):
        pad.clear()
    assert not pad.has_ink()


def test_a_pen_on_a_tablet_draws_too(qtbot: QtBot) -> None:
    pad = show_widget(qtbot, DrawPad(), (280, 280))
    device = QPointingDevice.primaryPointingDevice()

    def send(kind: QEvent.Type, x: float, y: float, buttons: Qt.MouseButton) -> bool:
        event = QTabletEvent(
            kind, device, QPointF(x, y), QPointF(x, y), 0.8, 0.0, 0.0, 0.0, 0.0, 0.0,
            Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons,
        )  # fmt: skip
        QApplication.sendEvent(pad, event)
        return event.isAccepted()

    with qtbot.waitSignal(pad.drawing_changed, timeout=1000):
        assert send(QEvent.Type.TabletPress, 50, 50, Qt.MouseButton.LeftButton)
        send(QEvent.Type.TabletMove, 200, 200, Qt.MouseButton.LeftButton)
        send(QEvent.Type.TabletRelease, 200, 200, Qt.MouseButton.NoButton)
    image = pad.image()
    assert image[125, 125] == pytest.approx(1.0)  # on the diagonal stroke
    assert image[50, 200] == 0.0


def test_moves_while_drawing_are_reported_at_most_every_few_hundredths_of_a_second(
    qtbot: QtBot,
) -> None:
    pad = show_widget(qtbot, DrawPad(), (280, 280))
    seen: list[int] = []
    pad.drawing_changed.connect(lambda: seen.append(1))
    start = time.perf_counter()
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(50, 50))
    for x in range(50, 250, 5):
        QTest.mouseMove(pad, QPoint(x, 100))
    elapsed_ms = (time.perf_counter() - start) * 1000
    # Forty moves: one report per 40 ms at most, not one per move.
    assert len(seen) <= elapsed_ms // THROTTLE_MS + 1
    qtbot.waitUntil(lambda: len(seen) >= 1, timeout=1000)
    before = len(seen)
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(250, 100)
    )
    assert len(seen) == before + 1  # and once more, at once, when the pen lifts


def test_without_a_network_the_pad_is_off_and_says_why(tester: DigitTester) -> None:
    assert tester.sentence.text() == NO_NETWORK
    assert not tester.pad.isEnabled()
    tester.clear_predictor("Train first.")
    assert tester.sentence.text() == "Train first."
    assert tester.network_input() is None


def test_the_answer_shows_as_bars_and_a_sentence(tester: DigitTester) -> None:
    network = FakeNetwork(two_answer())
    tester.set_predictor(network, None, (784,), [str(d) for d in range(10)])
    assert tester.pad.isEnabled()
    assert tester.sentence.text() == PROMPT
    assert network.batches == []  # nothing drawn, nothing asked

    tester.set_image(bar_stroke())
    assert tester.sentence.text() == "It's a 2 — 99% sure."
    assert [b.value() for b in tester.bars] == [1] * 2 + [991] + [1] * 7
    assert tester.bar_values[2].text() == "99%"
    assert tester.bar_values[0].text() == "<1%"
    assert tester.bar_names[2].font().bold() and not tester.bar_names[3].font().bold()

    tester.clear_button.click()
    assert tester.sentence.text() == PROMPT
    assert tester.network_input() is None
    assert all(b.value() == 0 for b in tester.bars)


def test_the_batch_is_the_normalized_drawing_reshaped_then_preprocessed(
    tester: DigitTester,
) -> None:
    network = FakeNetwork(two_answer())
    shift = np.linspace(0, 50, 784, dtype=np.float32)
    transform = InputTransform(shift, np.full(784, 255.0, np.float32))
    tester.set_predictor(network, transform, (784,), [str(d) for d in range(10)])
    tester.set_image(bar_stroke())
    normalized = normalize_drawing(bar_stroke())
    assert normalized is not None
    expected = transform.apply(normalized.reshape(784))[None]
    assert network.batches[-1].shape == (1, 784) and network.batches[-1].dtype == np.float32
    np.testing.assert_allclose(network.batches[-1], expected, atol=1e-5)
    np.testing.assert_array_equal(tester.network_input(), network.batches[-1])
    np.testing.assert_allclose(tester.digit(), normalized, atol=1e-4)

    # A network that takes pictures gets a picture, preprocessed in the data's layout.
    tester.set_predictor(network, transform, (28, 28, 1), [str(d) for d in range(10)])
    assert network.batches[-1].shape == (1, 28, 28, 1)
    np.testing.assert_allclose(network.batches[-1].reshape(1, 784), expected, atol=1e-5)
    tester.set_predictor(network, None, (28, 28, 1), [str(d) for d in range(10)])
    np.testing.assert_allclose(network.batches[-1][0, :, :, 0], normalized, atol=1e-4)


def test_a_network_that_fails_gets_one_plain_line_not_a_traceback(
    tester: DigitTester, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(batch: np.ndarray) -> np.ndarray:
        raise ValueError("Input 0 is incompatible with the layer\nTraceback details")

    tester.set_predictor(broken, None, (784,), [str(d) for d in range(10)])
    with caplog.at_level(logging.ERROR, logger="nnstudio.ui"):
        tester.set_image(bar_stroke())
    text = tester.sentence.text()
    assert (
        text == "The network could not answer: ValueError: Input 0 is incompatible with the layer"
    )
    assert "Traceback" not in text
    assert any(r.exc_info for r in caplog.records)
    assert tester.probabilities() is None


def test_a_network_for_other_inputs_is_refused_in_words(tester: DigitTester) -> None:
    tester.set_predictor(FakeNetwork([0.5, 0.5]), None, (2,), ["0", "1"])
    assert not tester.pad.isEnabled()
    assert "expects inputs of shape (2,)" in tester.sentence.text()


def test_percentages_never_claim_certainty_that_is_not_there() -> None:
    assert percent(0.9996) == "99%"
    assert percent(1.0) == "100%"
    assert percent(0.004) == "<1%"
    assert percent(0.0) == "0%"
    assert answer_sentence("3", 0.42) == "Perhaps a 3? Only 42% sure."


@pytest.mark.parametrize("preprocessing", ["scale01", "center"])
def test_the_pads_preprocessing_matches_the_datasets(
    tester: DigitTester, mnist_path: Path, preprocessing: str
) -> None:
    """An MNIST test digit put on the pad reaches the network as the data set has it.

    Measured over the first 200 test digits: through the pad (enlarged ten times, then
    normalized again) the batch differs from ``dataset.x_test`` by at most 2.4e-7 with scale01
    and 2.3e-5 with center. All of that is float rounding in the fitted ``InputTransform``
    (it multiplies where the data set divides): ``transform.apply`` on the raw digits differs
    from ``x_test`` by the same amounts, and through ``set_digit`` (no normalization) the batch
    is exactly ``transform.apply`` of the raw digit.
    """
    from nnstudio.data.dataset import load_dataset

    spec = DataSpec(
        dataset="mnist",
        path=str(mnist_path),
        flatten=True,
        preprocessing=preprocessing,
        train_limit=2000,
        test_limit=50,
    )
    data = load_dataset(spec)
    assert data.x_test_raw is not None
    network = FakeNetwork(two_answer())
    tester.set_predictor(network, data.transform, data.feature_shape, data.class_names)
    for i in range(50):
        tester.set_image(data.x_test_raw[i])
        batch = tester.network_input()
        assert batch is not None
        np.testing.assert_allclose(batch[0], data.x_test[i], atol=1e-4, err_msg=f"digit {i}")

        tester.set_digit(data.x_test_raw[i])
        exact = data.transform.apply(data.x_test_raw[i].reshape(784))[None]
        np.testing.assert_array_equal(tester.network_input(), exact)
        np.testing.assert_allclose(exact[0], data.x_test[i], atol=1e-4)


def test_the_demo_opens_with_a_stand_in_that_says_what_it_is(qtbot: QtBot) -> None:
    tester, title = demo_tester()
    qtbot.addWidget(tester)
    assert "not a trained network" in title or title.startswith("Dummy")
    assert tester.has_predictor
    if title.startswith("Stand-in"):
        # The class averages of 500 digits recognise MNIST's first test digit, a 7.
        assert tester.sentence.text().startswith("It's a 7")
