"""The Runs tab: runs kept with the project compared, restored and deleted."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from nnstudio.core.spec import RunRecord
from nnstudio.ui.main_window import MainWindow
from nnstudio.ui.train.runs_view import NO_RUNS, run_color


def _train(window: MainWindow, qtbot) -> None:
    window.train_button.click()
    qtbot.waitUntil(lambda: window.run is None, timeout=60_000)


def _three_runs(window: MainWindow, qtbot) -> None:
    window.new_from_template("xor")
    window.editor.set_setting("train", "epochs", 30)
    _train(window, qtbot)
    window.editor.set_layer_param(1, "units", 32)
    _train(window, qtbot)
    window.editor.set_optimizer("sgd")
    window.editor.set_setting("train", "epochs", 40)
    _train(window, qtbot)


def _column(window: MainWindow, column: int) -> list[str]:
    window.runs_view.ensure_filled()
    table = window.runs_view.table
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_before_any_run_it_says_what_the_tab_is_for(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.runs_view)
    assert window.runs_view.empty.isVisible() and window.runs_view.empty.text() == NO_RUNS


def test_each_run_is_listed_with_what_changed_and_how_it_did(window: MainWindow, qtbot) -> None:
    _three_runs(window, qtbot)
    window.tabs.setCurrentWidget(window.runs_view)
    view = window.runs_view
    assert _column(window, 1) == ["■ 3", "■ 2", "■ 1"]  # newest first
    assert _column(window, 2) == [
        "Adam → SGD; epochs 30 → 40",
        "Layer 2 (Dense): units 16 → 32",
        "the first run kept",
    ]
    assert _column(window, 3) == ["40", "30", "30"]
    runs = window.editor.document.project.runs
    accuracy = runs[2].test["binary_accuracy"]
    assert _column(window, 4)[0] == f"{accuracy:.2%}"
    assert _column(window, 6)[0] == f"{runs[2].train_seconds:.1f} s"
    # The newest two are drawn, to compare the last change.
    assert view.shown_numbers == [2, 3]
    assert "Run 2</span>: Layer 2 (Dense): units 16 → 32" in view.legend.text()


def _has_color(widget, color: str) -> bool:
    image = widget.grab().toImage()
    target = QColor(color)
    pixels = np.array(
        [
            [image.pixelColor(x, y).rgb() for x in range(0, image.width(), 2)]
            for y in range(0, image.height(), 2)
        ]
    )
    return bool(np.any(pixels == target.rgb()))


def test_ticked_runs_are_drawn_in_their_own_colours(window: MainWindow, qtbot) -> None:
    _three_runs(window, qtbot)
    window.tabs.setCurrentWidget(window.runs_view)
    view = window.runs_view
    qtbot.wait(50)
    assert _has_color(view.loss_plot, run_color(2)) and _has_color(view.loss_plot, run_color(3))
    assert not _has_color(view.loss_plot, run_color(1))
    # Tick run 1 (the last row), untick run 3 (the first).
    view.table.item(2, 0).setCheckState(Qt.CheckState.Checked)
    view.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert view.shown_numbers == [1, 2]
    qtbot.wait(50)
    assert _has_color(view.loss_plot, run_color(1))
    assert not _has_color(view.loss_plot, run_color(3))
    assert len(view.loss_plot.getPlotItem().listDataItems()) == 2  # XOR: no validation


def test_a_runs_settings_come_back_as_one_undoable_edit(window: MainWindow, qtbot) -> None:
    _three_runs(window, qtbot)
    view = window.runs_view
    project = window.editor.document.project
    view.select(1)
    view.restore_button.click()
    assert project.layers[1].params["units"] == 16
    assert project.compile.optimizer == "adam" and project.train.epochs == 30
    assert "settings of run 1 are back" in view.message.text()
    assert window.stack_view.model().rowCount() == len(project.layers)
    window.editor.undo_stack.undo()  # one step takes all of it back
    assert project.layers[1].params["units"] == 32
    assert project.compile.optimizer == "sgd" and project.train.epochs == 40


def test_a_run_can_be_deleted_and_brought_back(window: MainWindow, qtbot) -> None:
    _three_runs(window, qtbot)
    view = window.runs_view
    runs = window.editor.document.project.runs
    second = runs[1]
    view.select(2)
    view.delete_button.click()
    assert len(runs) == 2 and second not in runs
    assert _column(window, 1) == ["■ 2", "■ 1"]
    # Run 3 became run 2: what changed is now measured from run 1.
    assert _column(window, 2)[0] == "Layer 2 (Dense): units 16 → 32; Adam → SGD; epochs 30 → 40"
    window.editor.undo_stack.undo()
    assert runs[1] is second and len(_column(window, 1)) == 3


def test_a_run_kept_without_its_settings_cannot_be_restored(window: MainWindow) -> None:
    window.editor.record_run(RunRecord(epochs_done=2, test={"loss": 0.5}))
    window.editor.record_run(RunRecord(epochs_done=3, test={"loss": 0.4}))
    view = window.runs_view
    assert _column(window, 2) == [
        "settings not recorded (a run from an older nnstudio)", "the first run kept",
    ]  # fmt: skip
    view.select(2)
    assert not view.restore_button.isEnabled() and view.delete_button.isEnabled()
    assert _column(window, 4) == ["—", "—"]


def test_a_hidden_runs_tab_is_filled_when_shown(window: MainWindow, qtbot) -> None:
    window.new_from_template("xor")
    window.editor.set_setting("train", "epochs", 10)
    _train(window, qtbot)
    view = window.runs_view
    assert not view.isVisible() and view._stale  # not drawn at the run's end, behind its tab
    assert view.table.rowCount() == 0
    window.tabs.setCurrentWidget(view)
    assert not view._stale and view.table.rowCount() == 1
    window.editor.record_run(RunRecord(epochs_done=1))  # while it is shown: filled at once
    assert view.table.rowCount() == 2
