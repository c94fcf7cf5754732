"""The editor turns every edit into one undoable command."""

from __future__ import annotations

import pytest

from nnstudio.core.templates import from_template
from nnstudio.ui.common.editor import Editor


@pytest.fixture
def editor(qtbot) -> Editor:
    e = Editor()
    e.load(from_template("xor"))
    return e


def kinds(editor: Editor) -> list[str]:
    return [layer.kind for layer in editor.document.stack]


def test_insert_move_delete_and_undo_each(editor: Editor) -> None:
    editor.insert_layer(2, "Dropout")
    editor.move_layer(2, 1)
    editor.remove_layer(3)
    assert kinds(editor) == ["Input", "Dropout", "Dense"]
    undo = editor.undo_stack
    assert [undo.text(i) for i in range(undo.count())] == [
        "Insert Dropout", "Move Dropout", "Delete Dense"]  # fmt: skip
    undo.undo()
    assert kinds(editor) == ["Input", "Dropout", "Dense", "Dense"]
    undo.undo()
    assert kinds(editor) == ["Input", "Dense", "Dropout", "Dense"]
    undo.undo()
    assert kinds(editor) == ["Input", "Dense", "Dense"] and not editor.modified
    undo.redo()
    undo.redo()
    undo.redo()
    assert kinds(editor) == ["Input", "Dropout", "Dense"]


def test_edits_of_one_setting_merge_into_one_step(editor: Editor) -> None:
    editor.set_layer_param(1, "units", 1)
    editor.set_layer_param(1, "units", 12)
    editor.set_layer_param(1, "units", 128)
    editor.set_layer_param(2, "activation", "tanh")
    assert editor.undo_stack.count() == 2
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.document.stack[1].params["units"] == 16
    assert editor.document.stack[2].params["activation"] == "sigmoid"


def test_undo_of_a_setting_after_delete_and_undelete(editor: Editor) -> None:
    editor.set_layer_param(1, "units", 4)
    editor.remove_layer(1)
    editor.undo_stack.undo()  # the layer comes back as a copy
    editor.undo_stack.undo()  # ...and its units still go back to 16
    assert editor.document.stack[1].params["units"] == 16


def test_compile_data_and_training_settings_are_undoable(editor: Editor) -> None:
    editor.set_setting("train", "epochs", 50)
    editor.set_setting("data", "validation_split", 0.25)
    editor.set_optimizer("sgd")
    editor.set_optimizer_param("momentum", 0.9)
    project = editor.document.project
    assert project.compile.optimizer_params["momentum"] == 0.9
    for _ in range(4):
        editor.undo_stack.undo()
    assert project.train.epochs == 500 and project.data.validation_split == 0.0
    assert project.compile.optimizer == "adam"
    assert project.compile.optimizer_params == from_template("xor").compile.optimizer_params


def test_selection_follows_inserts_and_deletes(editor: Editor, qtbot) -> None:
    with qtbot.waitSignal(editor.selection_changed) as blocker:
        editor.insert_layer(1, "Dense")
    assert blocker.args == [1] and editor.selected == 1
    editor.remove_layer(3)
    assert editor.selected == 2
    editor.load(from_template("mnist-128"))
    # A loaded project shows its first layer that learns (Input, Flatten, then Dense).
    assert editor.selected == 2 and not editor.modified
