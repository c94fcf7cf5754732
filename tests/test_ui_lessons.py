"""A lesson in the real window: the panel, the goal ticking, locks, the prediction before
Train, Show me, progress saved with the project, the start page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from nnstudio import lessons
from nnstudio.core import project_file
from nnstudio.core.spec import LayerSpec

XOR = next(lesson for lesson in lessons.builtin() if lesson.id == "xor")


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_xor_lesson_walked_in_the_window(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = window.lesson_panel
    window.start_lesson(XOR)
    assert window.lesson_dock.isVisible()
    assert [layer.kind for layer in window.editor.document.project.layers] == ["Input"]
    assert "Step 1 of 8" in panel.progress.format()
    assert "exactly one" in panel.text.toPlainText()
    # Step 1 points at the Data settings: they are brought to the front and outlined.
    qtbot.waitUntil(lambda: window.highlighter.target is window.data_dock, timeout=2000)
    assert window.data_dock.isVisible() and not window.data_dock.visibleRegion().isEmpty()

    click(qtbot, panel.next_button)
    assert "A hidden layer" in panel.text.toPlainText()
    assert not panel.next_button.isEnabled()
    assert "○ Add a Dense layer with 16 neurons and ReLU right after Input." in (
        panel.goal.text().replace("&#x27;", "'").replace("<br>", "\n") and panel.goal.text()
    )
    # Hints, one at a time.
    click(qtbot, panel.hint_button)
    assert panel.hint_button.text() == "Hint (1)" and "Hint 1:" in panel.text.toPlainText()
    # The student builds it: the goal ticks and Next is enabled.
    window.editor.insert_layer(1, "Dense")
    assert not panel.next_button.isEnabled()
    window.editor.set_layer_param(1, "units", 16)
    assert panel.next_button.isEnabled() and "✔" in panel.goal.text()
    click(qtbot, panel.next_button)

    # Step 3 by Show me: one undoable edit.
    assert panel.show_button.isVisible()
    click(qtbot, panel.show_button)
    layers = window.editor.document.project.layers
    assert [(x.kind, x.params.get("units")) for x in layers] == [
        ("Input", None),
        ("Dense", 16),
        ("Dense", 1),
    ]
    assert panel.next_button.isEnabled()
    window.editor.undo_stack.undo()
    assert len(window.editor.document.project.layers) == 2 and not panel.next_button.isEnabled()
    window.editor.undo_stack.redo()
    click(qtbot, panel.next_button)

    # Step 4 locks the epochs (greyed out, saying why) and asks before Train.
    epochs = window.training_panel.fields["epochs"]
    assert not epochs.isEnabled() and "500 epochs, as in the tutorial" in epochs.toolTip()
    assert window.training_panel.fields["batch_size"].isEnabled()
    window.editor.set_setting("train", "epochs", 20)
    assert window.editor.document.project.train.epochs == 500
    assert "keeps epochs as it is" in window.statusBar().currentMessage()
    assert panel.prediction.isVisible()
    click(qtbot, window.train_button)
    assert window.run is None, "Train waits for the prediction"
    assert "Answer the question" in panel.prediction.error.text()
    panel.prediction.number.setValue(120)
    click(qtbot, panel.prediction.keep)
    assert not panel.prediction.isVisible()
    click(qtbot, window.train_button)
    qtbot.waitUntil(lambda: window.run is None and bool(window.editor.document.project.runs),
                    timeout=60_000)  # fmt: skip
    progress = window.editor.document.project.lesson
    assert progress is not None and progress.attempts[3] == 1 and "train" in progress.actions
    assert progress.predictions["xor-first-epoch"]["measured"] is True
    qtbot.waitUntil(panel.next_button.isEnabled, timeout=10_000)
    click(qtbot, panel.next_button)
    assert epochs.isEnabled(), "the lock ends with its step"

    # Saved and opened again: the lesson comes back where it was.
    path = tmp_path / "me.nnproj"
    assert window._save_to(path)
    saved = json.loads(path.read_text())["project"]["lesson"]
    assert saved["step"] == 4 and saved["hints"][1] == 1
    window.new_empty()
    assert not window.lesson_dock.isVisible()
    assert window.open_path(path)
    assert window.lesson_dock.isVisible() and "Step 5 of 8" in panel.progress.format()


def test_a_challenge_has_no_show_me(window) -> None:  # type: ignore[no-untyped-def]
    challenge = next(lesson for lesson in lessons.builtin() if lesson.is_challenge)
    window.start_lesson(challenge)
    panel = window.lesson_panel
    for _ in range(len(challenge.steps)):
        assert not panel.show_button.isVisible()
        if panel.next_button.isEnabled():
            panel.next_button.click()


def test_a_broken_lesson_file_changes_nothing(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    before = window.editor.document.project.copy()
    bad = tmp_path / "bad.nnlesson"
    bad.write_text(
        '{"format": "nnstudio-lesson", "schema_version": 1, "id": "x", '
        '"title": "X", "steps": [{"text": "t", "goal": {"check": "nope"}}]}'
    )
    assert not window.open_lesson(bad)
    assert "bad.nnlesson, step 1, goal: there is no check called 'nope'" in said[0]
    assert window.editor.document.project == before and not window.lesson_dock.isVisible()


def test_closing_the_lesson_keeps_its_progress(window) -> None:  # type: ignore[no-untyped-def]
    window.start_lesson(XOR)
    window.lesson_panel.close_button.click()
    assert not window.lesson_dock.isVisible()
    assert window.editor.document.project.lesson is not None
    assert window.continue_lesson_action.isEnabled()
    window.continue_lesson_action.trigger()
    assert window.lesson_dock.isVisible()


def test_the_start_page_lists_every_lesson_and_starts_one(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from nnstudio.ui.lessons.start_page import StartPage

    page = StartPage(lessons.builtin(), window)
    assert [lesson for _, lesson in page.items] == list(lessons.builtin())
    assert page.tree.topLevelItem(0).text(0) == "Lessons"
    assert page.tree.topLevelItem(1).childCount() == 3  # the challenges
    assert page.items[0][0].text(0) == "Reading handwritten digits"
    page.select(3)
    assert "XOR" in page.detail.text() and "8 steps" in page.detail.text()
    page.tree.setCurrentItem(page.tree.topLevelItem(1))  # a group row is not a lesson
    assert not page.start_button.isEnabled()
    page.select(3)
    page.start_button.click()
    assert page.choice is lessons.builtin()[3]

    shown: list[bool] = []
    monkeypatch.setattr(StartPage, "exec", lambda self: shown.append(True) or 0)
    window.show_start_page_once()
    window.show_start_page_once()
    assert shown == [True], "shown on first launch only"


@pytest.mark.parametrize("tab", ["results_view", "runs_view", "inside_view"])
def test_looking_at_a_tab_counts_for_a_did_goal(window, tab: str) -> None:  # type: ignore[no-untyped-def]
    window.start_lesson(XOR)
    window.tabs.setCurrentWidget(getattr(window, tab))
    progress = window.editor.document.project.lesson
    assert progress is not None
    assert {"results_view": "results", "runs_view": "runs", "inside_view": "inside"}[tab] in (
        progress.actions
    )
    assert window.lesson_dock.isVisible(), "the lesson stays beside every tab"
    window.editor.document.project.layers.append(LayerSpec.new("Dense"))
    project_file.dumps(window.editor.document.project)  # still saves
