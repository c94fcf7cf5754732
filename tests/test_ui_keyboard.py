"""The window from the keyboard: Tab goes through it as it reads (left, centre with Train,
right, below), the views nnstudio paints show the focus, and every menu opens with Alt and a
letter of its own, in every language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from nnstudio.core import i18n
from nnstudio.ui.common.language import apply_language


def tab_stops(window) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets Tab stops at, in order, from the window's first."""
    stops, widget = [], window
    for _ in range(5000):
        widget = widget.nextInFocusChain()
        if widget is window:
            break
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            stops.append(widget)
    return stops


def test_tab_goes_through_the_window_as_it_reads(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_from_template("xor")  # ready to train: Train is enabled
    qtbot.wait(10)
    stops = tab_stops(window)

    def first(test) -> int:  # type: ignore[no-untyped-def]
        return next(i for i, w in enumerate(stops) if test(w))

    palette = first(lambda w: window.layer_palette.isAncestorOf(w))
    stack = first(lambda w: w is window.stack_view)
    tabs = first(lambda w: w is window.tabs or window.tabs.isAncestorOf(w))
    diagram = first(lambda w: w is window.diagram)
    train = first(lambda w: w is window.train_button)
    settings = first(lambda w: window.properties_dock.isAncestorOf(w))
    below_docks = (window.problems_dock, window.analysis_dock, window.code_dock)
    below = first(lambda w: any(d.isAncestorOf(w) for d in below_docks))
    assert palette < stack < tabs <= diagram < train < settings < below, [
        type(w).__name__ for w in stops[:40]
    ]
    # Every control on show is a stop (nothing only a mouse can reach).
    for control in (window.train_button, window.diagram, window.stack_view):
        assert control in stops


def test_the_painted_views_show_the_keyboard_focus(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    diagram = window.diagram
    window.stack_view.setFocus()
    qtbot.waitUntil(lambda: not diagram.hasFocus())
    without = diagram.grab().toImage()
    diagram.setFocus()
    qtbot.waitUntil(diagram.hasFocus)
    diagram.repaint()
    with_focus = diagram.grab().toImage()
    highlight = diagram.palette().color(diagram.palette().ColorRole.Highlight)
    edge = with_focus.pixelColor(1, with_focus.height() // 2)
    assert edge == highlight
    assert without.pixelColor(1, without.height() // 2) != highlight


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_each_menu_has_a_letter_of_its_own(language, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Alt and a letter opens each menu of the menu bar; no two menus share a letter, in any
    language (Qt would cycle between them, which no one expects)."""
    from fake_trainer import FakeTrainer
    from PySide6.QtWidgets import QMessageBox

    from nnstudio.ui.main_window import MainWindow

    monkeypatch.setenv("NNSTUDIO_HOME", str(tmp_path / "home"))
    apply_language(language)
    try:
        window = MainWindow(trainer=FakeTrainer())
        titles = [action.text() for action in window.menuBar().actions()]
        letters = [re.search(r"&(\w)", t) for t in titles]
        assert all(letters), titles
        keys = [m.group(1).lower() for m in letters if m]
        assert len(set(keys)) == len(keys), titles
        if language != "en":
            assert i18n.current_language() == language
            assert titles != ["&File", "&Edit", "&View", "&Learn", "&Help"]
        monkeypatch.setattr(
            QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard
        )
        window.close()
    finally:
        apply_language("en")
