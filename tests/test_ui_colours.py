"""View → Colours: a dark window where every view nnstudio paints stays readable, the light one
back, the choice remembered; and colours for curves, classes and runs that students with any
common colour blindness tell apart."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from nnstudio.ui.common import colours as colours_module
from nnstudio.ui.common.colours import colours
from nnstudio.ui.main_window import settings

# Machado, Oliveira and Fernandes (2009): how a colour looks with full protanopia,
# deuteranopia and tritanopia, in linear RGB.
SIMULATIONS = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
    "typical": [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
}  # fmt: skip
#: The smallest colour difference (CIE76 ΔE) between two series that still reads as two colours
#: at a glance.
APART = 15.0


def lab(colour: str, seen_as: str) -> np.ndarray:
    rgb = np.array(QColor(colour).getRgbF()[:3])
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    linear = np.clip(np.array(SIMULATIONS[seen_as]) @ linear, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ linear  # fmt: skip
    xyz /= np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def closest_pair(palette: list[str]) -> tuple[float, str]:
    worst = (float("inf"), "")
    for seen_as in SIMULATIONS:
        for a, b in itertools.combinations(palette, 2):
            apart = float(np.linalg.norm(lab(a, seen_as) - lab(b, seen_as)))
            worst = min(worst, (apart, f"{a} and {b} with {seen_as}"))
    return worst


@pytest.fixture
def safe_palette(qapp):
    colours().set(scheme="light", palette="colour-blind")
    yield colours()
    colours().set(scheme="system", palette="colour-blind")


def test_the_safe_colours_stay_apart_with_every_colour_blindness(safe_palette):
    classes = [safe_palette.series(i).name() for i in range(8)]
    train, _batch, validation, marker = safe_palette.curves()
    negative, positive = (c.name() for c in safe_palette.signs())
    for palette in (classes, [train, validation, marker], [negative, positive]):
        apart, pair = closest_pair(palette)
        assert apart >= APART, pair
    # The usual colours are not safe (orange and green look alike with protanopia): the
    # reason the safe ones are the default.
    safe_palette.set(palette="standard")
    usual = [safe_palette.series(i).name() for i in range(8)]
    assert closest_pair(usual)[0] < APART
    assert colours_module.Colours().palette_name == "colour-blind"


def brightness(colour: QColor) -> int:
    return colour.lightness()


def test_dark_mode_paints_every_view_dark_and_readable(window, qtbot):
    window.set_colours(scheme="dark")
    qtbot.wait(10)  # Qt tells the widgets of the new palette by events
    try:
        palette = QApplication.palette()
        assert brightness(palette.color(QPalette.ColorRole.Window)) < 60
        assert brightness(palette.color(QPalette.ColorRole.WindowText)) > 200
        # The plots: a dark background with light axes.
        from nnstudio.ui.builder.code_view import PythonHighlighter
        from nnstudio.ui.train.curves import MetricPlot

        window._show_tab("training")
        plot = window.findChildren(MetricPlot)[0]
        image = plot.grab().toImage()
        corner = image.pixelColor(3, image.height() // 2)
        assert brightness(corner) < 60
        axis = plot.getPlotItem().getAxis("bottom")
        assert brightness(axis.textPen().color()) > 180
        # The code view: keywords in a light colour on the dark editor.
        highlighter = window.code_view.findChild(PythonHighlighter)
        assert highlighter is not None
        assert brightness(highlighter.formats["keyword"].foreground().color()) > 120
        # A muted line of help: lighter than the background, darker than the text.
        helps = [label for label in window.findChildren(QLabel) if label.wordWrap()]
        muted = [
            label.palette().color(QPalette.ColorRole.WindowText)
            for label in helps
            if label.palette().color(QPalette.ColorRole.WindowText)
            != palette.color(QPalette.ColorRole.WindowText)
        ]
        assert muted and all(60 < brightness(c) < 230 for c in muted)
        # The confusion matrix's empty cells are the background, not white.
        from nnstudio.ui.common.confusion import ConfusionModel

        model = ConfusionModel()
        model.set_matrix(np.array([[3, 0], [1, 2]]), ["0", "1"])
        from PySide6.QtCore import Qt

        empty = model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole)
        assert brightness(empty) < 60
        right = model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
        text = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
        assert abs(brightness(right) - brightness(text)) > 100
        assert settings().value("view/colour_scheme") == "dark"
    finally:
        window.set_colours(scheme="light")
    assert brightness(QApplication.palette().color(QPalette.ColorRole.Window)) > 180
    assert settings().value("view/colour_scheme") == "light"
    window.set_colours(scheme="system")
