"""The main window: opens ready to train, live validation, projects, export, undo.

Training goes through a stand-in trainer (tests/fake_trainer.py) where what is tested is the
window; a handful of tests train in the real training process, end to end (``real_window``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from conftest import opened_window
from fake_trainer import FakeTrainer
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabBar, QTabWidget

from nnstudio import export
from nnstudio.core import project_file
from nnstudio.core.templates import from_template
from nnstudio.ui.builder.layer_stack_model import KIND_MIME
from nnstudio.ui.main_window import MainWindow
from nnstudio.ui.train.controller import PREPARE_DELAY_MS


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Settings and recent files go to a throwaway folder, never the real user's.
    monkeypatch.setenv("NNSTUDIO_HOME", str(tmp_path / "home"))


def _opened(qtbot, monkeypatch, trainer: FakeTrainer | None) -> Iterator[MainWindow]:
    yield from opened_window(qtbot, monkeypatch, trainer)


@pytest.fixture
def window(qtbot, monkeypatch) -> Iterator[MainWindow]:
    """The window, training with the stand-in trainer."""
    yield from _opened(qtbot, monkeypatch, FakeTrainer())


@pytest.fixture
def real_window(qtbot, monkeypatch) -> Iterator[MainWindow]:
    """The window, training in the real training process (TensorFlow)."""
    yield from _opened(qtbot, monkeypatch, None)


def _kinds(window: MainWindow) -> list[str]:
    return [layer.kind for layer in window.editor.document.stack]


def _drop(window: MainWindow, kind: str, row: int) -> None:
    """Drop a palette entry on the stack at ``row``, as a drag from the palette does."""
    model = window.stack_view.model()
    data = QMimeData()
    data.setData(KIND_MIME, kind.encode())
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, row, 0, QModelIndex())


def test_opens_with_mnist_128_ready_to_train(window: MainWindow) -> None:
    assert _kinds(window) == ["Input", "Flatten", "Dense", "Dense"]
    assert window.editor.document.project.data.dataset == "mnist"
    assert window.summary.text() == "101,770 weights and biases to learn"
    assert window.train_button.isEnabled()
    assert window.windowTitle() == "MNIST, 128 hidden neurons (not saved yet)[*] — nnstudio"
    assert not window.isWindowModified()


def test_an_invalid_edit_disables_train_with_the_reason_and_undo_restores(
    window: MainWindow,
) -> None:
    window.editor.set_layer_param(3, "units", 7)
    assert not window.train_button.isEnabled()
    assert "the output layer has 7 units, but the data has 10 classes" in (
        window.train_reason.text()
    )
    assert window.problems.list.count() == 1
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert window.train_button.isEnabled() and window.train_reason.text() == ""
    assert not window.isWindowModified()


def test_a_csv_file_that_cannot_be_read_is_a_problem_that_stops_training(
    window: MainWindow, tmp_path: Path
) -> None:
    table = tmp_path / "table.csv"
    table.write_text("a,b,label\n1,2,x\n3,y\n", encoding="utf-8")
    window.editor.load(from_template("layers-8-6-6-4"), None)
    editor = window.editor
    editor.set_setting("data", "dataset", "csv")
    # Still being chosen: what is missing is asked for, and training waits.
    assert "Choose a file for your own csv file." in window.problems.problems()[0].message
    assert not window.train_button.isEnabled()
    editor.set_setting("data", "path", str(table))
    editor.set_setting("data", "label_column", "label")
    ragged = "Row 3 of table.csv has 2 cells: expected 3, one for each column of the header."
    assert [p.message for p in window.problems.problems()] == [ragged]
    assert window.problems.list.item(0).text() == ragged
    assert not window.train_button.isEnabled()
    assert window.train_reason.text() == f"Cannot train yet: {ragged}"


def test_clicking_a_problem_selects_its_layer(window: MainWindow, qtbot) -> None:
    window.editor.set_layer_param(2, "units", 0)
    item = window.problems.list.item(0)
    window.problems.list.itemClicked.emit(item)
    assert window.editor.selected == 2


def test_build_xor_from_empty_by_drag_and_drop_save_reopen_and_export(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.new_empty()
    assert _kinds(window) == []
    assert not window.train_button.isEnabled()
    # Layers by drag-and-drop alone, dropped where they belong.
    _drop(window, "Dense", 0)
    _drop(window, "Input", 0)
    _drop(window, "Dense", 2)
    assert _kinds(window) == ["Input", "Dense", "Dense"]
    editor = window.editor
    editor.set_layer_param(1, "units", 16)
    editor.set_layer_param(2, "units", 1)
    editor.set_layer_param(2, "activation", "sigmoid")
    editor.set_setting("data", "dataset", "xor")
    editor.set_setting("data", "preprocessing", "none")
    editor.set_setting("compile", "loss", "mean_squared_error")
    editor.set_setting("compile", "metrics", ["binary_accuracy"])
    editor.set_setting("train", "batch_size", 4)
    assert window.train_button.isEnabled(), window.train_reason.text()
    assert window.summary.text() == "65 weights and biases to learn"

    path = tmp_path / "xor.nnproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    assert window.save_as()
    assert not window.isWindowModified() and "(xor.nnproj)" in window.windowTitle()
    saved = editor.document.project.copy()

    window.new_from_template("mnist-512")
    assert window.open_path(path)
    assert editor.document.project == saved

    script = tmp_path / "xor.py"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(script), ""))
    window.export_dialog("script")
    assert script.read_text() == export.script(saved)


def test_export_suggests_the_exporters_file_name(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def dialog(parent: object, caption: str, suggestion: str, kind: str) -> tuple[str, str]:
        asked.append(suggestion)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window.export_dialog("script")
    window.export_dialog("notebook")
    project = window.editor.document.project
    assert [Path(s).name for s in asked] == [
        export.suggested_filename(project),
        export.suggested_filename(project, "notebook"),
    ]
    assert Path(asked[0]).name == "mnist_128_hidden_neurons.py"


def test_an_unreadable_file_leaves_the_project_untouched(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    bad = tmp_path / "broken.nnproj"
    bad.write_text('{"format": "nnstudio-project", "schema_version": 1, "project": {"layers": 5}}')
    before = window.editor.document.project.copy()
    window.editor.set_layer_param(2, "units", 64)
    assert not window.open_path(bad, confirmed=True)
    assert messages == [
        "broken.nnproj: Expected 'layers' to be a list of layers. Received: a number (5)."
    ]
    assert window.editor.document.project.layers[2].params["units"] == 64
    assert window.editor.document.project.compile == before.compile
    assert window.isWindowModified()


def test_closing_with_unsaved_changes_asks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.editor.set_layer_param(2, "units", 64)
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()
    assert window.isVisible() and asked
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_recent_files_and_layout_are_remembered(window: MainWindow, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "digits.nnproj"
    project_file.save(from_template("mnist-512"), path)
    assert window.open_path(path)
    window.code_dock.raise_()
    assert window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again._fill_recent()
    assert [a.text() for a in again.recent_menu.actions()] == [str(path.resolve())]


def test_the_window_is_not_blank(window: MainWindow) -> None:
    image = window.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23)
               for y in range(0, image.height(), 23)}  # fmt: skip
    assert len(colours) > 20


def test_python_dash_m_nnstudio_opens_the_window_and_quits(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NNSTUDIO_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "nnstudio", "gui", "--quit-after", "0.3"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("window shown in ")
    assert "Traceback" not in result.stderr


def _under_way(window: MainWindow) -> bool:
    """The first epochs have reached the curves (the progress bar, in slow motion, shows
    1% only after a thousand of XOR's 100,000)."""
    return window.training_view.plots.loss_plot.epoch.size > 0


def _xor_window(window: MainWindow, epochs: int) -> None:
    window.new_from_template("xor")
    window.editor.set_setting("train", "epochs", epochs)


def test_train_xor_through_the_window(real_window: MainWindow, qtbot) -> None:
    window = real_window
    _xor_window(window, 300)
    window.train_button.click()
    assert window.train_button.text() == "Stop" and window.run is not None
    # The window stays usable while training: an edit goes through at once.
    window.editor.set_layer_param(1, "units", 8)
    qtbot.waitUntil(lambda: window.run is None, timeout=120_000)
    result = window.last_result
    assert result is not None and result.reason == "completed", result.message
    assert result.test["binary_accuracy"] == 1.0  # trained the 16-unit copy it started with
    assert window.train_button.text() == "Train" and window.train_button.isEnabled()
    # The status bar names the numbers as the Training tab does, not by Keras's names.
    status = window.statusBar().currentMessage()
    assert status.startswith("Finished 300 epochs. test loss "), status
    assert status.endswith(", test binary accuracy 1.0000"), status
    assert window.diagram.weights(1) is None or window.diagram.weights(1).shape == (2, 16)

    # What the training tab showed: it came to the front, and every epoch reached the curves.
    view = window.training_view
    assert window.tabs.currentWidget() is view
    view.plots.redraw()
    loss = view.plots.loss_plot
    assert loss.epoch.size == 300
    np.testing.assert_allclose(loss.epoch_curve.getData()[1], result.history["loss"], rtol=1e-6)
    assert loss.epoch.y[-1] < loss.epoch.y[0]
    # The weights of both Dense layers came; the first is shown, as its 2x16 matrix.
    assert set(view.weights.snapshots) == {1, 2}
    assert view.weights.image.image.shape == (2, 16)
    assert "Finished 300 epochs." in view.state.text()
    # XOR has two inputs: the boundary was drawn, with all four points on the right side.
    assert view.boundary.isVisibleTo(view) and view.boundary.snapshot is not None
    assert "4 of 4 training points" in view.boundary.caption.text()


def test_stop_then_train_again(real_window: MainWindow, qtbot) -> None:
    window = real_window
    _xor_window(window, 100_000)
    window.train_button.click()
    qtbot.waitUntil(lambda: _under_way(window), timeout=120_000)
    window.train_button.click()  # Stop
    qtbot.waitUntil(lambda: window.run is None, timeout=60_000)
    assert window.last_result.reason == "stopped"
    window.editor.set_setting("train", "epochs", 20)
    window.train_button.click()
    qtbot.waitUntil(lambda: window.run is None, timeout=120_000)
    assert window.last_result.reason == "completed"


def test_closing_during_training_stops_and_waits(qtbot, monkeypatch) -> None:
    w = MainWindow()
    w.show()
    _xor_window(w, 100_000)
    w.editor.undo_stack.setClean()
    w.train_button.click()
    qtbot.waitUntil(lambda: _under_way(w), timeout=120_000)
    run = w.run
    assert w.close()
    # Closing waited for the run to end: stopped, with what it had learned, and the training
    # process is free for the next run.
    assert not run.running and run.result.reason == "stopped"
    assert not w.trainer.training
    w.deleteLater()


def test_mnist_slice_through_the_window_to_results_and_a_drawn_digit(
    real_window: MainWindow, qtbot, mnist_path: Path
) -> None:
    window = real_window
    editor = window.editor
    editor.set_setting("data", "path", str(mnist_path))
    editor.set_setting("data", "train_limit", 3000)
    editor.set_setting("data", "test_limit", 300)
    editor.set_setting("train", "epochs", 2)
    window.train_button.click()
    qtbot.waitUntil(lambda: window.run is None, timeout=180_000)
    result = window.last_result
    assert result is not None and result.reason == "completed", result.message
    evaluation = result.evaluation

    # Results: the confusion matrix counts every test digit; its diagonal is the accuracy.
    results = window.results_view
    window.tabs.setCurrentWidget(results)  # filled when first looked at
    matrix = results.model
    counts = np.array(
        [[matrix.data(matrix.index(r, c)) for c in range(10)] for r in range(10)], dtype=object
    )
    assert sum(int(str(v).replace(",", "")) for v in counts.ravel()) == 300
    right = int(np.sum(evaluation.predicted == evaluation.labels))
    assert f"{right:,} of 300" in results.header.text()
    assert len(results.shown) == min(200, len(evaluation.mistakes()))

    # Draw a digit: a test digit drawn on the pad gets the network's answer for it.
    tester = window.digit_tester
    assert tester.has_predictor
    i = int(np.flatnonzero(evaluation.predicted == evaluation.labels)[0])
    tester.set_digit(evaluation.inputs[i])
    answer = np.ravel(tester.probabilities())
    assert int(np.argmax(answer)) == int(evaluation.predicted[i])
    np.testing.assert_allclose(answer, evaluation.probabilities[i], atol=1e-4)

    # Inside: the same digit through the real network, layer by layer, ends in the same answer,
    # and the hidden neuron's sum written out is the network's own number.
    window.show_inside(example=i)
    view = window.inside_view
    assert view.trace is not None
    np.testing.assert_allclose(view.trace.output, evaluation.probabilities[i], atol=1e-4)
    position, _neuron = view.selected
    assert view.current is not None and view.trace.layers[position].kind == "Dense"
    assert view.current.output == pytest.approx(max(view.current.z, 0.0), abs=1e-4)
    assert view.arithmetic.toPlainText().splitlines()[-1].startswith("relu(")


def test_a_run_is_kept_with_the_project_and_saved_with_its_network(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    _xor_window(window, 40)
    window.editor.mark_saved(tmp_path / "unused.nnproj")
    assert not window.editor.modified
    window.train_button.click()
    qtbot.waitUntil(lambda: window.run is None, timeout=120_000)
    project = window.editor.document.project
    assert len(project.runs) == 1 and window.editor.modified  # a run is a change to save
    run = project.runs[0]
    assert run.epochs_done == 40 and len(run.history["loss"]) == 40
    assert run.test.keys() == window.last_result.test.keys()
    assert window.save_model_action.isEnabled()

    path = tmp_path / "xor.nnproj"
    assert window._save_to(path)
    assert (tmp_path / "xor.keras").is_file()
    reopened = project_file.load(path)
    assert reopened.runs[0].model_file == "xor.keras"
    assert reopened.runs[0].history == run.history

    # (That the file is a real Keras model: tests/test_remote.py, with the training process.)
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32)
    trained = window.last_result.model.predict(x)
    # Another project: the old network and its results are gone from the window.
    window.new_from_template("xor")
    assert window.last_result is None and not window.save_model_action.isEnabled()
    assert not window.digit_tester.has_predictor
    # Opening the project again brings its trained network back, in the background, and
    # its curves at once.
    assert window.open_path(path, confirmed=True)
    curves = window.training_view.plots.loss_plot
    assert curves.epoch.y.tolist() == pytest.approx(run.history["loss"])
    assert "40 epochs" in window.training_view.state.text()
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=60_000)
    restored = window.last_result
    assert restored.model is not None and window.save_model_action.isEnabled()
    assert restored.evaluation.probabilities.shape == (4, 2)
    np.testing.assert_allclose(restored.model.predict(x), trained, atol=1e-6)
    assert "Loaded the trained network xor.keras" in window.statusBar().currentMessage()


def test_a_loss_that_becomes_nan_says_why_and_the_window_stays_usable(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    _xor_window(window, 2000)
    window.editor.set_layer_param(2, "activation", "linear")
    window.editor.set_optimizer("sgd")
    window.editor.set_optimizer_param("learning_rate", 5.0)
    assert window.train_button.isEnabled(), window.train_reason.text()
    window.trainer.nan_at_epoch = 3  # as this rate does (tests/test_engine.py trains it)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    window.train_button.click()
    qtbot.waitUntil(lambda: window.run is None, timeout=120_000)
    assert window.last_result.reason == "nan"
    assert messages and "NaN" in messages[0] and "learning rate" in messages[0]
    assert "Traceback" not in messages[0]
    assert window.train_button.text() == "Train" and window.train_button.isEnabled()
    assert not window.digit_tester.has_predictor  # nothing trustworthy to ask
    # Fix the rate and train again: it works.
    window.editor.set_optimizer_param("learning_rate", 0.01)
    window.editor.set_setting("train", "epochs", 50)
    window.train_button.click()
    qtbot.waitUntil(lambda: window.run is None, timeout=120_000)
    assert window.last_result.reason == "completed"


def test_no_stray_dock_tab_bar_is_drawn_and_other_tabs_get_the_whole_window(
    window: MainWindow, qtbot
) -> None:
    def shown_tabs() -> list[str]:
        """The tabs drawn: tab bars that are visible and lie inside the window."""
        bars = [
            b
            for b in window.findChildren(QTabBar)
            if b.parent() is window and b.isVisible() and window.rect().intersects(b.geometry())
        ]
        return [b.tabText(i) for b in bars for i in range(b.count())]

    # Each dock's tab appears once (Qt can leave an old group's tab bar drawn on top).
    assert sorted(shown_tabs()) == sorted(set(shown_tabs()))
    assert "Problems" in shown_tabs()
    window.tabs.setCurrentWidget(window.training_view)
    assert not window.palette_dock.isVisible() and not window.problems_dock.isVisible()
    window.tabs.setCurrentWidget(window.diagram)  # the builder's panels come back as they were
    qtbot.wait(100)  # the dock layout settles on the next turn of the event loop
    assert window.palette_dock.isVisible() and window.problems_dock.isVisible()
    assert sorted(shown_tabs()) == sorted(set(shown_tabs()))


def test_pause_and_resume_from_the_window(window: MainWindow, qtbot) -> None:
    _xor_window(window, 100_000)
    window.train_button.click()
    arrived: list[object] = []
    window.run.engine_event.connect(arrived.append)  # before anything can arrive
    assert window.pause_button.isVisible() and window.pause_button.text() == "Pause"
    qtbot.waitUntil(lambda: window.progress.value() > 0, timeout=30_000)
    window.pause_button.click()
    assert window.run.paused and window.pause_button.text() == "Resume"
    # The trainer holds after the current batch, having sent everything up to it, and sends
    # nothing while it holds: once all it sent has arrived, nothing more can come.
    trainer = window.trainer
    qtbot.waitUntil(trainer.holding.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: len(arrived) == trainer.delivered)
    held = window.training_view.plots.loss_plot.epoch.size
    qtbot.wait(200)
    assert len(arrived) == trainer.delivered and trainer.holding.is_set()
    assert window.training_view.plots.loss_plot.epoch.size == held  # standing still
    assert "Paused" in window.statusBar().currentMessage()
    window.pause_button.click()  # Resume
    qtbot.waitUntil(lambda: window.training_view.plots.loss_plot.epoch.size > held, timeout=30_000)
    window.train_button.click()  # Stop
    qtbot.waitUntil(lambda: window.run is None, timeout=60_000)
    assert window.last_result.reason == "stopped" and not window.pause_button.isVisible()


def test_the_data_is_loaded_ahead_once_its_settings_settle(window: MainWindow, qtbot) -> None:
    """While the student builds, the training process loads the data the next run needs:
    once per change of the data settings (after a pause, not once a keystroke), never for an
    edit elsewhere, and not again for the run that follows."""
    trainer = window.trainer
    window.training_control.warm_up()  # what the app does when it opens
    assert trainer.starts == 1
    assert [spec.dataset for spec, _ in trainer.prepared] == ["mnist"]
    for limit in (3, 30, 300, 3000):  # typing a number
        window.editor.set_setting("data", "train_limit", limit)
    window.editor.set_layer_param(2, "units", 64)
    assert len(trainer.prepared) == 1  # not yet: the settings may still change
    qtbot.waitUntil(lambda: len(trainer.prepared) == 2, timeout=5_000)
    assert trainer.prepared[-1][0].train_limit == 3000
    qtbot.wait(2 * PREPARE_DELAY_MS)
    window.editor.set_layer_param(2, "units", 32)
    qtbot.wait(2 * PREPARE_DELAY_MS)
    assert len(trainer.prepared) == 2  # layers are not data

    window.editor.set_setting("data", "train_limit", 600)
    window.train_button.click()  # before the pause is over: the run loads it itself
    qtbot.waitUntil(lambda: window.run is None, timeout=60_000)
    qtbot.wait(2 * PREPARE_DELAY_MS)
    assert len(trainer.prepared) == 2 and trainer.projects[-1].data.train_limit == 600


def test_when_the_training_process_dies_the_window_says_so_and_trains_again(
    real_window: MainWindow, qtbot, monkeypatch
) -> None:
    window = real_window
    _xor_window(window, 100_000)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    window.train_button.click()
    qtbot.waitUntil(lambda: _under_way(window), timeout=120_000)
    os.kill(window.trainer.pid, 9)  # as the system ends a process that runs out of memory
    qtbot.waitUntil(lambda: window.run is None, timeout=60_000)
    assert window.last_result.reason == "error"
    assert messages and "stopped unexpectedly" in messages[0] and "Traceback" not in messages[0]
    assert window.train_button.text() == "Train" and window.train_button.isEnabled()
    assert len(window.editor.document.project.layers) == 3  # the project is as it was
    window.editor.set_setting("train", "epochs", 20)
    window.train_button.click()
    qtbot.waitUntil(lambda: window.run is None, timeout=120_000)
    assert window.last_result.reason == "completed"


def test_slow_motion_is_offered_before_the_first_run_only_for_tiny_data(window: MainWindow) -> None:
    box = window.training_view.slow_motion
    assert not box.isVisibleTo(window.training_view)  # mnist-128: nothing to slow down
    window.new_from_template("xor")
    assert box.isVisibleTo(window.training_view) and box.isChecked()
    window.new_from_template("mnist-128")
    assert not box.isVisibleTo(window.training_view)


def test_saving_during_a_run_saves_the_project_without_waiting_for_the_network(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    _xor_window(window, 50)
    window.train_button.click()
    qtbot.waitUntil(lambda: window.run is None, timeout=120_000)
    assert window.save_model_action.isEnabled()
    window.editor.set_setting("train", "epochs", 100_000)
    window.train_button.click()
    qtbot.waitUntil(lambda: window.progress.value() > 0, timeout=120_000)
    # The training process let go of the last network when this run began: nothing to save,
    # and nothing to wait for.
    assert not window.save_model_action.isEnabled()
    assert window._save_to(tmp_path / "mid-run.nnproj")
    assert not (tmp_path / "mid-run.keras").exists()
    assert window.run is not None  # still training
    window.train_button.click()  # Stop
    qtbot.waitUntil(lambda: window.run is None, timeout=60_000)
    assert window.save_model_action.isEnabled()


def test_a_finished_run_and_its_results_are_freed_once_the_next_one_starts(
    window: MainWindow, qtbot
) -> None:
    import gc
    import weakref

    _xor_window(window, 20)
    window.train_button.click()
    first = weakref.ref(window.run)
    qtbot.waitUntil(lambda: window.run is None, timeout=120_000)
    window.train_button.click()
    qtbot.waitUntil(lambda: window.run is None, timeout=120_000)
    gc.collect()
    assert first() is None  # a window trained all lesson long does not keep every result


def test_the_status_bar_does_not_repeat_the_progress_line_shown_above_the_plots(
    window: MainWindow, qtbot
) -> None:
    _xor_window(window, 100_000)
    window.train_button.click()
    view = window.training_view
    qtbot.waitUntil(lambda: window.progress.value() > 0, timeout=120_000)
    assert window.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: "Epoch" in view.state.text(), timeout=30_000)
    assert "Epoch" not in window.statusBar().currentMessage()
    assert "XOR truth table" in window.statusBar().currentMessage()  # where the data came from
    window.tabs.setCurrentWidget(window.diagram)  # elsewhere, the status bar tells the progress
    qtbot.waitUntil(lambda: "Epoch" in window.statusBar().currentMessage(), timeout=30_000)
    window.train_button.click()  # Stop
    qtbot.waitUntil(lambda: window.run is None, timeout=60_000)


@pytest.mark.parametrize("template", ["xor", "mnist-128"])
def test_a_project_fresh_from_a_template_is_not_marked_changed(
    window: MainWindow, qtbot, template: str
) -> None:
    window.new_from_template(template)
    qtbot.wait(50)  # let every panel fill in its fields
    assert not window.isWindowModified() and window.editor.undo_stack.count() == 0
    assert window.windowTitle().startswith(f"{window.editor.document.project.name} (not saved")
    # Looking through the settings tabs changes nothing either.
    for dock_tabs in window.findChildren(QTabWidget):
        for i in range(dock_tabs.count()):
            dock_tabs.setCurrentIndex(i)
            qtbot.wait(10)
    assert not window.isWindowModified()


def test_a_second_run_can_start_as_the_last_one_did(window: MainWindow, qtbot) -> None:
    _xor_window(window, 20)
    trainer = window.trainer
    assert not window.same_start.isVisibleTo(window)  # no last run to start as yet
    window.train_button.click()
    qtbot.waitUntil(lambda: window.run is None, timeout=60_000)
    assert not trainer.options[-1].same_start
    assert window.same_start.isVisibleTo(window)

    window.same_start.setChecked(True)
    window.editor.set_layer_param(1, "units", 8)  # the one change
    said: list[str] = []
    window.training_control.status_message.connect(lambda text, _ms: said.append(text))
    window.train_button.click()
    assert window.run is not None
    qtbot.waitUntil(lambda: window.run is None, timeout=60_000)
    started = next(text for text in said if text.startswith("Training on"))
    assert "Same start as the last run for dense, dense_1; any other layer starts new" in started
    assert trainer.options[-1].same_start
    window.same_start.setChecked(False)
    window.train_button.click()
    qtbot.waitUntil(lambda: window.run is None, timeout=60_000)
    assert not trainer.options[-1].same_start


def test_advice_is_listed_under_the_problems_and_leads_to_its_setting(
    window: MainWindow, qtbot
) -> None:
    window.new_from_template("mnist-128")
    problems = window.problems
    assert problems.summary.text() == "No problems: the network is ready to train."
    assert not problems.list.isVisibleTo(window)
    window.editor.set_setting("data", "preprocessing", "none")
    assert problems.summary.text() == (
        "No problems: the network can train. 1 piece of advice below."
    )
    item = problems.list.item(0)
    assert item.text() == (
        "Advice: The digits' pixels go into the network as they are, from 0 to 255. "
        "Choose the preprocessing 'Scale to 0..1'."
    )
    assert "Why: Inputs in the hundreds" in item.toolTip()
    shown: list[str] = []
    problems.section_requested.connect(shown.append)
    problems.list.itemClicked.emit(item)
    assert shown == ["data"]
    window.editor.set_layer_param(2, "units", 0)  # a problem: advice waits until it is fixed
    assert all(
        not problems.list.item(i).text().startswith("Advice") for i in range(problems.list.count())
    )
