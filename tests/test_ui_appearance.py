"""View → Text size (remembered) and View → Presentation (F11) for a projector."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnstudio.ui.common.appearance import appearance
from nnstudio.ui.main_window import settings


def test_text_size_scales_the_font_and_is_remembered(window) -> None:  # type: ignore[no-untyped-def]
    base = QApplication.font().pointSizeF()
    window.set_text_size("largest")
    assert QApplication.font().pointSizeF() == base * 1.5
    assert settings().value("view/text_size") == "largest"
    assert window.text_size_actions["largest"].isChecked()
    window.set_text_size("normal")
    assert QApplication.font().pointSizeF() == base


def test_presentation_is_full_screen_with_bigger_text_and_thicker_lines(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    base = QApplication.font().pointSizeF()
    plot = window.training_view.plots.plots[0]
    window.presentation_action.trigger()
    assert window.isFullScreen() and appearance().presentation
    assert QApplication.font().pointSizeF() == base * 1.4
    assert appearance().line_scale == 2.0
    assert plot.epoch_curve.opts["pen"].widthF() == 4.0
    assert plot.epoch_curve.opts["symbolSize"] == 10.0
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen() and not appearance().presentation
    assert QApplication.font().pointSizeF() == base
    assert not window.presentation_action.isChecked()
