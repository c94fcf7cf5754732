"""The layer settings, the loss/optimizer, data and training panels and the data preview:
what a student types ends up in the project as one undoable step, wrong values stay visible
and are explained, and the preview shows the data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLineEdit

from nnstudio.core.spec import LayerSpec, Project
from nnstudio.core.templates import from_template
from nnstudio.ui.builder.data_preview import DataPreview
from nnstudio.ui.builder.layer_properties import PropertyEditor
from nnstudio.ui.builder.settings_panels import CompilePanel, DataPanel, TrainingPanel
from nnstudio.ui.common.editor import Editor
from nnstudio.ui.common.fields import BoolField, ChoiceField, FloatField, IntField, ShapeField

REPO = Path(__file__).resolve().parent.parent


def make_editor(template: str = "mnist-128") -> Editor:
    editor = Editor()
    editor.load(from_template(template))
    return editor


def type_into(qtbot, line: QLineEdit, text: str) -> None:
    """Replace the text as a student would: select all, delete, type, press Enter."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def tick(qtbot, check: QCheckBox) -> None:
    """Click a check box's tick (its middle may be past the end of a short label)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))


def choose(combo: QComboBox, name: str) -> None:
    """Pick the entry whose data is ``name``, as a click in the open list would."""
    index = combo.findData(name)
    assert index >= 0, name
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


@pytest.fixture
def properties(qtbot) -> PropertyEditor:
    editor = make_editor()
    panel = PropertyEditor(editor)
    qtbot.addWidget(panel)
    panel.resize(320, 800)
    panel.show()
    editor.select(2)  # Dense 128 ReLU
    return panel


# --- the layer settings ----------------------------------------------------------------------


def test_no_selection_asks_for_one(qtbot) -> None:
    editor = make_editor()
    panel = PropertyEditor(editor)
    qtbot.addWidget(panel)
    editor.select(-1)
    assert panel.empty.isVisibleTo(panel) and "Select a layer" in panel.empty.text()
    editor.select(3)
    assert not panel.empty.isVisibleTo(panel)
    assert panel.title.text() == "Dense (layer 4)"
    assert "fully connected" in panel.kind_help.text()


def test_editing_units_is_one_undoable_step_and_undo_updates_the_spin_box(
    qtbot, properties: PropertyEditor
) -> None:
    editor = properties.editor
    units = properties.fields["units"]
    assert isinstance(units, IntField) and units.spin.value() == 128
    type_into(qtbot, units.spin.lineEdit(), "64")
    assert editor.document.stack[2].params["units"] == 64
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert units.spin.value() == 128
    assert editor.document.stack[2].params["units"] == 128
    assert editor.undo_stack.count() == 1  # showing the undone value pushed nothing new


def test_the_name_placeholder_is_the_automatic_keras_name(
    qtbot, properties: PropertyEditor
) -> None:
    line = properties.name_field.line
    assert line.placeholderText() == "automatic: dense"
    type_into(qtbot, line, "hidden")
    assert properties.editor.document.stack[2].name == "hidden"
    properties.editor.select(3)
    # With layer 3 named, the last Dense layer is the first one Keras names automatically.
    assert properties.name_field.line.placeholderText() == "automatic: dense"
    assert properties.name_field.line.text() == ""
    properties.editor.undo_stack.undo()
    assert properties.name_field.line.placeholderText() == "automatic: dense_1"


def test_picking_an_activation_explains_it(qtbot, properties: PropertyEditor) -> None:
    field = properties.fields["activation"]
    assert isinstance(field, ChoiceField)
    assert "ReLU:" in field.choice_help.text()
    choose(field.combo, "softmax")
    assert properties.editor.document.stack[2].params["activation"] == "softmax"
    assert "Softmax:" in field.choice_help.text()
    assert "sum to 1" in field.choice_help.text()
    # Each entry explains itself in its tooltip too.
    sigmoid = field.combo.findData("sigmoid")
    assert "0 to 1" in field.combo.itemData(sigmoid, Qt.ItemDataRole.ToolTipRole)


def test_a_file_with_units_abc_shows_abc_and_the_problem(qtbot) -> None:
    data = from_template("mnist-128").to_dict()
    data["layers"][2]["params"]["units"] = "abc"
    editor = Editor()
    editor.load(Project.from_dict(data))
    panel = PropertyEditor(editor)
    qtbot.addWidget(panel)
    editor.select(2)
    units = panel.fields["units"]
    assert isinstance(units, IntField)
    assert units.uses_text and units.line.text() == "abc"
    assert units.has_problem and "Received: units='abc'" in units.problem_text()


def test_units_0_typed_as_text_is_kept_and_explained(qtbot) -> None:
    project = from_template("mnist-128")
    project.layers[2].params["units"] = -5  # below the spin box: shown as text
    editor = Editor()
    editor.load(project)
    panel = PropertyEditor(editor)
    qtbot.addWidget(panel)
    panel.show()
    editor.select(2)
    units = panel.fields["units"]
    assert isinstance(units, IntField) and units.uses_text and units.line.text() == "-5"
    type_into(qtbot, units.line, "0")
    assert editor.document.stack[2].params["units"] == 0
    assert units.uses_text and units.line.text() == "0"
    assert units.has_problem and "Received: units=0." in units.problem_text()
    # Typing a good number brings the spin box back and clears the problem.
    type_into(qtbot, units.line, "32")
    assert not units.uses_text and units.spin.value() == 32
    assert not units.has_problem


def test_an_impossible_shape_is_shown_with_its_problem(qtbot, properties: PropertyEditor) -> None:
    properties.editor.select(0)
    shape = properties.fields["shape"]
    assert isinstance(shape, ShapeField) and shape.line.text() == "28, 28"
    type_into(qtbot, shape.line, "28, 0")
    assert properties.editor.document.stack[0].params["shape"] == (28, 0)
    assert shape.line.text() == "28, 0" and shape.has_problem
    type_into(qtbot, shape.line, "")
    assert properties.editor.document.stack[0].params["shape"] is None
    assert shape.line.placeholderText() == "empty means: from the data"
    assert not shape.has_problem


def test_dropout_rate_1_is_explained(qtbot, properties: PropertyEditor) -> None:
    editor = properties.editor
    editor.insert_layer(3, LayerSpec.new("Dropout"))
    assert properties.index == 3
    rate = properties.fields["rate"]
    assert isinstance(rate, FloatField) and rate.line.text() == "0.2"
    type_into(qtbot, rate.line, "1.0")
    assert editor.document.stack[3].params["rate"] == 1.0
    assert rate.has_problem and "not including" in rate.problem_text()
    assert rate.label.styleSheet()  # the label is marked too


# --- loss and optimizer ------------------------------------------------------------------------


@pytest.fixture
def compile_panel(qtbot) -> CompilePanel:
    panel = CompilePanel(make_editor())
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_switching_optimizer_rebuilds_its_settings(compile_panel: CompilePanel) -> None:
    editor = compile_panel.editor
    assert list(compile_panel.optimizer_fields) == [
        "learning_rate", "beta_1", "beta_2", "epsilon", "decay"]  # fmt: skip
    choose(compile_panel.optimizer.combo, "sgd")
    assert editor.document.project.compile.optimizer == "sgd"
    assert list(compile_panel.optimizer_fields) == [
        "learning_rate", "momentum", "nesterov", "decay"]  # fmt: skip
    assert "SGD:" in compile_panel.optimizer.choice_help.text()
    editor.undo_stack.undo()
    assert "beta_1" in compile_panel.optimizer_fields
    assert compile_panel.optimizer.combo.currentData() == "adam"


def test_scientific_notation_round_trips(qtbot, compile_panel: CompilePanel) -> None:
    editor = compile_panel.editor
    decay = compile_panel.optimizer_fields["decay"]
    assert isinstance(decay, FloatField)
    type_into(qtbot, decay.line, "1e-7")
    assert editor.document.project.compile.optimizer_params["decay"] == 1e-7
    assert float(decay.line.text()) == 1e-7 and not decay.has_problem
    editor.undo_stack.undo()
    assert decay.line.text() == "0.0"
    editor.undo_stack.redo()
    assert float(decay.line.text()) == 1e-7
    # A decimal comma is read as a decimal point.
    type_into(qtbot, compile_panel.optimizer_fields["learning_rate"].line, "0,01")
    assert editor.document.project.compile.optimizer_params["learning_rate"] == 0.01


def test_learning_rate_abc_is_explained(qtbot, compile_panel: CompilePanel) -> None:
    lr = compile_panel.optimizer_fields["learning_rate"]
    type_into(qtbot, lr.line, "abc")
    assert compile_panel.editor.document.project.compile.optimizer_params["learning_rate"] == "abc"
    assert lr.line.text() == "abc"
    assert lr.has_problem and "learning rate must be a number above 0" in lr.problem_text()


def test_metrics_are_check_boxes_that_edit_the_list(qtbot, compile_panel: CompilePanel) -> None:
    editor = compile_panel.editor
    checks = compile_panel.metric_checks
    assert checks["accuracy"].isChecked() and not checks["binary_accuracy"].isChecked()
    tick(qtbot, checks["sparse_categorical_accuracy"])
    assert editor.document.project.compile.metrics == ["accuracy", "sparse_categorical_accuracy"]
    tick(qtbot, checks["accuracy"])
    assert editor.document.project.compile.metrics == ["sparse_categorical_accuracy"]
    editor.undo_stack.undo()
    assert checks["accuracy"].isChecked()


def test_a_loss_problem_is_shown_next_to_the_loss(compile_panel: CompilePanel) -> None:
    choose(compile_panel.loss.combo, "binary_crossentropy")
    assert compile_panel.loss.has_problem
    assert "Binary cross-entropy scores a single yes/no answer" in compile_panel.loss.problem_text()


# --- data and training -------------------------------------------------------------------------


def test_training_settings_follow_undo(qtbot) -> None:
    editor = make_editor()
    panel = TrainingPanel(editor)
    qtbot.addWidget(panel)
    panel.show()
    epochs = panel.fields["epochs"]
    assert isinstance(epochs, IntField)
    type_into(qtbot, epochs.spin.lineEdit(), "3")
    assert editor.document.project.train.epochs == 3 and editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert epochs.spin.value() == 10


def test_csv_file_lists_its_columns_for_the_label(qtbot, tmp_path: Path, monkeypatch) -> None:
    csv = tmp_path / "flowers.csv"
    csv.write_text("petal,sepal,species\n1.0,2.0,a\n1.5,2.5,b\n3,1,a\n", encoding="utf-8")
    editor = make_editor()
    panel = DataPanel(editor)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.path.isVisibleTo(panel)  # MNIST may come from a file
    assert not panel.label_column.isVisibleTo(panel)
    choose(panel.dataset.combo, "csv")
    assert panel.label_column.isVisibleTo(panel)
    assert not panel.folder_button.isVisibleTo(panel)
    assert panel.path.has_problem  # "Choose a file..."
    calls = []

    def fake_dialog(*args, **kwargs):
        calls.append(args)
        return str(csv), "CSV files (*.csv *.txt)"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_dialog))
    qtbot.mouseClick(panel.browse_button, Qt.MouseButton.LeftButton)
    assert len(calls) == 1
    assert editor.document.project.data.path == str(csv)
    assert panel.path.line.text() == str(csv) and not panel.path.has_problem
    assert panel.columns() == ["petal", "sepal", "species"]
    assert panel.column_problems.isVisibleTo(panel)  # "Choose which column..."
    choose(panel.column_combo, "species")
    assert editor.document.project.data.label_column == "species"
    assert not panel.column_problems.isVisibleTo(panel)
    assert "3 rows" in panel.source.text() and "2 classes" in panel.source.text()


def test_an_unreadable_csv_is_a_message_not_an_exception(qtbot, tmp_path: Path) -> None:
    editor = make_editor()
    panel = DataPanel(editor)
    qtbot.addWidget(panel)
    panel.show()
    choose(panel.dataset.combo, "csv")
    # Pasted the way Windows Explorer's "Copy as path" puts it on the clipboard.
    type_into(qtbot, panel.path.line, f'"{tmp_path / "missing.csv"}"')
    assert editor.document.project.data.path == str(tmp_path / "missing.csv")
    assert panel.columns() == []
    assert panel.path.has_problem and "does not exist" in panel.path.problem_text()
    assert not panel.source.isVisibleTo(panel)  # said once, under the file


def test_rows_with_missing_values_can_be_skipped_from_the_data_panel(qtbot, tmp_path: Path) -> None:
    csv = tmp_path / "pets.csv"
    csv.write_text("weight,height,animal\n4,30,cat\n,60,dog\n30,NA,dog\n5,25,cat\n31,61,dog\n")
    editor = make_editor("layers-8-6-6-4")
    panel = DataPanel(editor)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.skip_missing.isVisibleTo(panel)  # only CSV files have missing values
    for key, value in (("dataset", "csv"), ("path", str(csv)), ("label_column", "animal")):
        editor.set_setting("data", key, value)
    assert panel.skip_missing.isVisibleTo(panel)
    empty = 'Row 3, column "weight" of pets.csv is empty: expected a number.'
    assert panel.path.problem_text() == empty
    assert [p.message for p in editor.document.report.errors] == [empty]
    assert isinstance(panel.skip_missing, BoolField)
    tick(qtbot, panel.skip_missing.check)
    assert editor.document.project.data.skip_missing is True
    assert not panel.path.has_problem
    assert [p for p in editor.document.report.errors if p.section == "data"] == []
    assert "3 rows" in panel.source.text()
    assert panel.source.text().endswith("2 rows with missing values were skipped.")
    editor.undo_stack.undo()
    assert panel.path.problem_text() == empty and not panel.skip_missing.check.isChecked()


def test_data_shares_show_their_problems(qtbot) -> None:
    editor = make_editor()
    panel = DataPanel(editor)
    qtbot.addWidget(panel)
    panel.show()
    share = panel.fields["validation_split"]
    assert isinstance(share, FloatField)
    type_into(qtbot, share.line, "1")
    assert editor.document.project.data.validation_split == 1.0
    assert share.has_problem
    editor.undo_stack.undo()
    assert share.line.text() == "0.0" and not share.has_problem


# --- the data preview --------------------------------------------------------------------------


def test_preview_shows_24_mnist_digits(qtbot) -> None:
    if not (REPO / "resources" / "mnist.npz").is_file():
        pytest.skip("resources/mnist.npz is absent")
    preview = DataPreview(make_editor("mnist-128"))
    qtbot.addWidget(preview)
    assert preview.preview is None  # nothing is read until it can be seen
    preview.show()
    qtbot.waitUntil(lambda: preview.digits.count() == 24)
    assert preview.pages.currentWidget() is preview.digits
    labels = [preview.digits.item(i).text() for i in range(24)]
    assert labels[:4] == ["5", "0", "4", "1"]  # MNIST's first training digits
    icon = preview.digits.item(0).icon().pixmap(56, 56).toImage()
    assert len({icon.pixel(x, 28) for x in range(56)}) > 2  # a picture, not a blank square


def test_preview_shows_the_xor_table_and_reloads_only_for_data_changes(qtbot) -> None:
    editor = make_editor("xor")
    preview = DataPreview(editor)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.preview is not None)
    table = preview.table
    assert preview.pages.currentWidget() is table and table.rowCount() == 4
    assert table.columnCount() == 3
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(4)]
    assert rows == [["0", "0", "0"], ["0", "1", "1"], ["1", "0", "1"], ["1", "1", "0"]]
    shown = preview.preview
    editor.set_setting("train", "epochs", 3)
    editor.set_setting("data", "preprocessing", "scale01")
    qtbot.wait(10)
    assert preview.preview is shown  # nothing to reload for
    editor.set_setting("data", "dataset", "features8")
    qtbot.waitUntil(lambda: preview.table.columnCount() == 9)
    assert preview.table.horizontalHeaderItem(8).text() == "Class"


def test_preview_error_is_a_message(qtbot, tmp_path: Path) -> None:
    editor = make_editor()
    editor.set_setting("data", "path", str(tmp_path / "nothing.npz"))
    preview = DataPreview(editor)
    qtbot.addWidget(preview)
    preview.reload()
    assert preview.pages.currentWidget() is preview.message
    assert "does not exist" in preview.message.text()


def test_preview_of_a_csv_file_shows_its_columns_and_labels(qtbot, tmp_path: Path) -> None:
    csv = tmp_path / "pets.csv"
    csv.write_text("weight;height;animal\n4,5;30;cat\n30;60;dog\n5;25;cat\n", encoding="utf-8")
    editor = make_editor()
    editor.set_setting("data", "dataset", "csv")
    editor.set_setting("data", "path", str(csv))
    editor.set_setting("data", "label_column", "animal")
    preview = DataPreview(editor)
    qtbot.addWidget(preview)
    preview.reload()
    table = preview.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["weight", "height", "animal (class)"]
    assert [table.item(r, 2).text() for r in range(3)] == ["cat", "dog", "cat"]
    assert table.item(0, 0).text() == "4.5"  # a decimal comma read as a number


def test_tab_goes_from_the_optimizer_into_its_rebuilt_settings(
    qtbot, compile_panel: CompilePanel
) -> None:
    choose(compile_panel.optimizer.combo, "sgd")
    fields = compile_panel.optimizer_fields
    qtbot.waitUntil(lambda: fields["learning_rate"].line.isVisible())  # shown once laid out
    order = []
    widget = compile_panel.optimizer.combo
    while len(order) < 4:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            order.append(widget)
    assert order == [
        fields["learning_rate"].line,
        fields["momentum"].line,
        fields["nesterov"].check,
        fields["decay"].line,
    ]
