"""The layer palette and the layer stack: drag-and-drop, keyboard editing, undo, live rows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nnstudio.core import catalog
from nnstudio.core.templates import from_template
from nnstudio.ui.builder.layer_palette import LayerPalette
from nnstudio.ui.builder.layer_stack_model import KIND_MIME, ROW_MIME, LayerStackModel, Role
from nnstudio.ui.builder.layer_stack_view import LayerStackView
from nnstudio.ui.common.editor import Editor
from nnstudio.ui.common.icons import layer_icon

COPY, MOVE = Qt.DropAction.CopyAction, Qt.DropAction.MoveAction
MNIST = ["Input", "Flatten", "Dense128", "Dense10"]


@pytest.fixture
def editor(qtbot) -> Editor:
    e = Editor()
    e.load(from_template("mnist-128"))
    return e


@pytest.fixture
def model(editor: Editor, qtmodeltester) -> Iterator[LayerStackModel]:
    m = LayerStackModel(editor)
    # Checks every signal the model sends from here on against Qt's model rules.
    qtmodeltester.check(m, force_py=True)
    yield m
    m.deleteLater()


@pytest.fixture
def view(editor: Editor, qtbot) -> LayerStackView:
    v = LayerStackView(editor)
    qtbot.addWidget(v)
    v.resize(420, 640)
    v.show()
    qtbot.waitExposed(v)
    v.activateWindow()
    v.setFocus()
    return v


def layers(editor: Editor) -> list[str]:
    """The stack as short names: Dense layers carry their units (Dense128)."""
    names = []
    for layer in editor.document.stack:
        units = layer.params.get("units") if layer.kind == "Dense" else ""
        names.append(f"{layer.kind}{units}")
    return names


def rows(model: LayerStackModel) -> list[str]:
    """What the model shows, in the same short form."""
    out = []
    for r in range(model.rowCount()):
        kind = model.data(model.index(r), Role.KIND)
        units = model.editor.document.stack[r].params.get("units") if kind == "Dense" else ""
        out.append(f"{kind}{units}")
    return out


def kind_mime(kind: str) -> QMimeData:
    data = QMimeData()
    data.setData(KIND_MIME, kind.encode())
    return data


def undo_redo_restores(editor: Editor, before: dict, after: dict) -> None:
    editor.undo_stack.undo()
    assert editor.document.project.to_dict() == before
    editor.undo_stack.redo()
    assert editor.document.project.to_dict() == after


# --- the model: drops from the palette --------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (0, ["Dropout", *MNIST]),
        (2, ["Input", "Flatten", "Dropout", "Dense128", "Dense10"]),
        (4, [*MNIST, "Dropout"]),
        (-1, [*MNIST, "Dropout"]),  # dropped below the last row
    ],
)
def test_palette_drop_inserts_at_the_drop_row_and_undoes(
    editor: Editor, model: LayerStackModel, row: int, expected: list[str]
) -> None:
    before = editor.document.project.to_dict()
    assert model.canDropMimeData(kind_mime("Dropout"), COPY, row, 0, QModelIndex())
    assert model.dropMimeData(kind_mime("Dropout"), COPY, row, 0, QModelIndex())
    assert layers(editor) == expected == rows(model)
    assert editor.undo_stack.count() == 1
    assert editor.selected == expected.index("Dropout")  # the new layer is selected
    after = editor.document.project.to_dict()
    undo_redo_restores(editor, before, after)
    editor.undo_stack.undo()
    assert rows(model) == MNIST


def test_unknown_kind_or_foreign_data_is_refused(editor: Editor, model: LayerStackModel) -> None:
    plain = QMimeData()
    plain.setText("Dense")
    for data in (kind_mime("Transformer"), plain):
        assert not model.canDropMimeData(data, COPY, 0, 0, QModelIndex())
        assert not model.dropMimeData(data, COPY, 0, 0, QModelIndex())
    assert layers(editor) == MNIST and editor.undo_stack.count() == 0


# --- the model: moving rows -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "drop_row", "expected"),
    [
        (3, 0, ["Dense10", "Input", "Flatten", "Dense128"]),  # up to the top
        (2, 1, ["Input", "Dense128", "Flatten", "Dense10"]),  # up by one
        # Down: Qt's drop row counts the dragged layer, which leaves its place first.
        (0, 3, ["Flatten", "Dense128", "Input", "Dense10"]),
        (1, 3, ["Input", "Dense128", "Flatten", "Dense10"]),  # down by one
        (0, 4, ["Flatten", "Dense128", "Dense10", "Input"]),  # to the end
        (1, -1, ["Input", "Dense128", "Dense10", "Flatten"]),  # below the last row
    ],
)
def test_row_drop_moves_the_layer_and_undoes(
    editor: Editor, model: LayerStackModel, source: int, drop_row: int, expected: list[str]
) -> None:
    before = editor.document.project.to_dict()
    data = model.mimeData([model.index(source)])
    assert data.hasFormat(ROW_MIME)
    assert model.dropMimeData(data, MOVE, drop_row, 0, QModelIndex())
    assert layers(editor) == expected == rows(model)
    assert editor.undo_stack.count() == 1
    assert editor.undo_stack.text(0).startswith("Move ")
    assert layers(editor)[editor.selected] == MNIST[source]  # the moved layer stays selected
    undo_redo_restores(editor, before, editor.document.project.to_dict())


@pytest.mark.parametrize("drop_row", [1, 2])
def test_dropping_a_layer_next_to_itself_changes_nothing(
    editor: Editor, model: LayerStackModel, drop_row: int
) -> None:
    data = model.mimeData([model.index(1)])
    assert not model.dropMimeData(data, MOVE, drop_row, 0, QModelIndex())
    assert layers(editor) == MNIST and editor.undo_stack.count() == 0


def test_copy_drag_and_drag_from_another_window_insert_a_copy(
    editor: Editor, model: LayerStackModel, qtbot
) -> None:
    editor.set_layer_param(2, "name", "hidden")
    # Ctrl held while dragging within the stack: a copy, with a name of its own.
    data = model.mimeData([model.index(2)])
    assert model.dropMimeData(data, COPY, 4, 0, QModelIndex())
    assert layers(editor) == [*MNIST, "Dense128"]
    assert editor.document.stack[4].name == "" and editor.document.stack[2].name == "hidden"

    other = Editor()
    other.load(from_template("xor"))
    other_model = LayerStackModel(other)
    # The same payload in another window cannot move a row it does not have: it copies.
    assert other_model.dropMimeData(data, MOVE, 1, 0, QModelIndex())
    assert [layer.kind for layer in other.document.stack] == ["Input", "Dense", "Dense", "Dense"]
    assert other.document.stack[1].params["units"] == 128
    assert layers(editor) == [*MNIST, "Dense128"]  # the source is left alone
    other_model.deleteLater()


# --- the model follows edits made anywhere -------------------------------------------------


def test_rows_follow_editor_calls_undo_and_load(editor: Editor, model: LayerStackModel) -> None:
    editor.insert_layer(2, "Dropout")
    editor.move_layer(0, 3)
    editor.remove_layer(1)
    editor.duplicate_layer(0)
    assert rows(model) == layers(editor) == ["Flatten", "Flatten", "Dense128", "Input", "Dense10"]
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
        assert rows(model) == layers(editor)
    assert rows(model) == MNIST
    editor.load(from_template("xor"))
    assert model.rowCount() == 3 and rows(model) == layers(editor)


def test_a_closed_stack_view_stops_listening(editor: Editor, qtbot) -> None:
    view = LayerStackView(editor)
    with qtbot.waitSignal(view.stack_model.destroyed):
        view.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # The document outlives the panel; editing it must not reach the deleted model.
    editor.insert_layer(0, "Dropout")
    editor.undo_stack.undo()
    editor.load(from_template("xor"))
    assert layers(editor) == ["Input", "Dense16", "Dense1"]


def test_roles_give_shape_params_name_and_words(model: LayerStackModel) -> None:
    def role(row: int, r: int) -> object:
        return model.data(model.index(row), r)

    assert role(2, Qt.ItemDataRole.DisplayRole) == "Dense  128 units, ReLU"
    assert role(0, Role.SHAPE) == "(None, 28, 28)"
    assert role(1, Role.SHAPE) == "(None, 784)"
    assert role(2, Role.SHAPE) == "(None, 128)" and role(2, Role.PARAMS) == 100_480
    assert role(3, Role.PARAMS) == 1_290
    assert [role(r, Role.NAME) for r in range(4)] == ["input_layer", "flatten", "dense", "dense_1"]
    assert catalog.LAYER_KINDS["Dense"].help in role(2, Qt.ItemDataRole.ToolTipRole)
    assert "100,480 parameters" in role(2, Qt.ItemDataRole.AccessibleTextRole)
    assert role(2, Role.SEVERITY) == "" and role(2, Role.PROBLEMS) == []
    assert not role(2, Qt.ItemDataRole.DecorationRole).isNull()


def test_problem_role_flags_a_layer_with_zero_units(
    editor: Editor, model: LayerStackModel, qtbot
) -> None:
    with qtbot.waitSignal(model.dataChanged):
        editor.set_layer_param(2, "units", 0)
    index = model.index(2)
    assert model.data(index, Role.SEVERITY) == "error"
    (message,) = model.data(index, Role.PROBLEMS)
    assert message.startswith("units must be a whole number") and "Layer 3" not in message
    assert "Error:" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    # Later shapes cannot be worked out any more, and say so rather than show stale numbers.
    assert model.data(model.index(3), Role.SHAPE) == ""
    assert model.data(model.index(3), Role.PARAMS) is None
    assert model.data(model.index(1), Role.SEVERITY) == ""
    editor.undo_stack.undo()
    assert model.data(index, Role.SEVERITY) == "" and model.data(index, Role.PARAMS) == 100_480


# --- the palette ----------------------------------------------------------------------------------


def test_palette_lists_every_kind_by_group_with_help(editor: Editor, qtbot) -> None:
    palette = LayerPalette(editor)
    qtbot.addWidget(palette)
    tree = palette.tree
    headings = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert headings == list(catalog.LAYER_GROUPS.values())
    for kind in catalog.LAYER_KINDS.values():
        item = palette.item_for_kind(kind.name)
        assert item.text(0) == kind.label
        assert item.parent().text(0) == catalog.LAYER_GROUPS[kind.group]
        assert kind.help.split(",")[0] in item.toolTip(0)


def test_palette_drag_data_drops_into_the_model(
    editor: Editor, model: LayerStackModel, qtbot
) -> None:
    palette = LayerPalette(editor)
    qtbot.addWidget(palette)
    item = palette.item_for_kind("BatchNormalization")
    data = palette.tree.mimeData([item])
    assert bytes(data.data(KIND_MIME).data()) == b"BatchNormalization"
    assert palette.tree.mimeData([item.parent()]) is None  # a heading is not a layer
    assert model.dropMimeData(data, COPY, 3, 0, QModelIndex())
    assert layers(editor) == ["Input", "Flatten", "Dense128", "BatchNormalization", "Dense10"]


def test_palette_enter_and_double_click_insert_below_the_selection(editor: Editor, qtbot) -> None:
    palette = LayerPalette(editor)
    qtbot.addWidget(palette)
    palette.show()
    qtbot.waitExposed(palette)
    editor.select(1)
    palette.tree.setCurrentItem(palette.item_for_kind("Dropout"))
    QTest.keyClick(palette.tree, Qt.Key.Key_Return)
    assert layers(editor) == ["Input", "Flatten", "Dropout", "Dense128", "Dense10"]
    # The new layer is selected, so pressing Enter again builds downwards.
    item = palette.item_for_kind("Dense")
    palette.tree.scrollToItem(item)
    where = palette.tree.visualItemRect(item).center()
    # Qt's item views take a double click only on the item the press landed on.
    QTest.mouseClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert editor.undo_stack.count() == 1  # a single click (or a drag) inserts nothing
    QTest.mouseDClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert layers(editor)[3] == "Dense32" and editor.selected == 3
    editor.select(-1)
    palette.insert_kind("Activation")
    assert layers(editor)[-1] == "Activation"
    assert editor.undo_stack.count() == 3


# --- the view: real drag-and-drop events ---------------------------------------------------


def _drag_event(cls: type, point: QPoint, *args: object) -> QDragMoveEvent:
    # Qt 6.12 takes a QPointF and deprecates the QPoint form; older versions have only that.
    try:
        return cls(QPointF(point), *args)
    except TypeError:
        return cls(point, *args)


def drop_on(view: LayerStackView, data: QMimeData, point: QPoint, action=COPY) -> QDropEvent:
    """Deliver a whole drag (enter, move, drop) to the viewport at ``point``."""
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = view.viewport()
    enter = _drag_event(QDragEnterEvent, point, action, data, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = _drag_event(QDragMoveEvent, point, action, data, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(point), action, data, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return drop


def test_real_drop_event_over_a_row_inserts_there(editor: Editor, view: LayerStackView) -> None:
    palette = LayerPalette(editor)
    data = palette.tree.mimeData([palette.item_for_kind("Dropout")])
    rect = view.visualRect(view.model().index(2))
    # The upper half of row 2 means "before row 2".
    drop = drop_on(view, data, QPoint(rect.center().x(), rect.top() + rect.height() // 4))
    assert drop.isAccepted()
    assert layers(editor) == ["Input", "Flatten", "Dropout", "Dense128", "Dense10"]
    assert view.currentIndex().row() == 2 == editor.selected
    # The lower half of the last row, and the empty space below it, mean "at the end".
    rect = view.visualRect(view.model().index(4))
    drop_on(view, data, QPoint(rect.center().x(), rect.bottom() - rect.height() // 4))
    drop_on(view, kind_mime("Activation"), QPoint(20, view.viewport().height() - 10))
    assert layers(editor)[-3:] == ["Dense10", "Dropout", "Activation"]
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert layers(editor) == MNIST
    palette.deleteLater()


def test_real_drop_event_moves_a_dragged_row(editor: Editor, view: LayerStackView) -> None:
    model = view.model()
    data = model.mimeData([model.index(0)])
    rect = view.visualRect(model.index(3))
    drop_on(view, data, QPoint(rect.center().x(), rect.top() + 4), MOVE)
    assert layers(editor) == ["Flatten", "Dense128", "Input", "Dense10"]
    assert editor.undo_stack.count() == 1


# --- the view: keyboard, menus, selection ----------------------------------------------------


def test_keyboard_delete_duplicate_and_move_with_undo(editor: Editor, view: LayerStackView) -> None:
    editor.select(2)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert layers(editor) == ["Input", "Flatten", "Dense10"]
    editor.undo_stack.undo()
    assert layers(editor) == MNIST

    editor.select(2)
    QTest.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert layers(editor) == ["Input", "Flatten", "Dense128", "Dense128", "Dense10"]
    assert editor.selected == 3
    editor.undo_stack.undo()

    editor.select(3)
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    # The moved layer stays selected, so pressing again keeps moving the same one.
    assert layers(editor) == ["Input", "Dense10", "Flatten", "Dense128"]
    assert editor.selected == 1 == view.currentIndex().row()
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert layers(editor) == ["Input", "Flatten", "Dense10", "Dense128"]
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # at the bottom
    assert layers(editor) == MNIST
    assert not view.move_down_action.isEnabled()
    assert editor.undo_stack.index() == 4  # four moves; the key at the bottom added nothing
    editor.undo_stack.undo()
    assert layers(editor) == ["Input", "Flatten", "Dense10", "Dense128"]


def test_insert_key_opens_a_menu_of_kinds_that_inserts_below(
    editor: Editor, view: LayerStackView, qtbot
) -> None:
    editor.select(0)
    QTest.keyClick(view, Qt.Key.Key_Insert)
    menu = view._insert_menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    offered = [a.data() for a in menu.actions() if a.data()]
    grouped = [
        k.name for g in catalog.LAYER_GROUPS for k in catalog.LAYER_KINDS.values() if k.group == g
    ]
    assert offered == grouped
    next(a for a in menu.actions() if a.data() == "Reshape").trigger()
    menu.close()
    assert layers(editor) == ["Input", "Reshape", "Flatten", "Dense128", "Dense10"]


def test_context_menu_offers_the_same_actions(editor: Editor, view: LayerStackView) -> None:
    editor.select(0)
    menu = view.context_menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "&Insert layer below",
        "D&uplicate layer",
        "Move layer &up",
        "Move layer &down",
        "&Delete layer",
    ]
    assert not view.move_up_action.isEnabled() and view.move_down_action.isEnabled()
    menu.deleteLater()


def test_selection_follows_the_editor_both_ways(editor: Editor, view: LayerStackView) -> None:
    rect = view.visualRect(view.model().index(1))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.selected == 1
    editor.select(3)
    assert [i.row() for i in view.selectionModel().selectedRows()] == [3]
    editor.remove_layer(3)  # the editor picks the layer above; the view follows
    assert editor.selected == 2 == view.currentIndex().row()
    editor.select(-1)
    assert view.selectionModel().selectedRows() == []
    editor.load(from_template("xor"))  # a loaded project starts on its first Dense layer
    assert [i.row() for i in view.selectionModel().selectedRows()] == [1]
    assert editor.undo_stack.count() == 0


# --- what the student sees ----------------------------------------------------------------------


def _is_reddish(color: QColor) -> bool:
    return color.red() > 150 and color.red() - color.green() > 60


def test_a_layer_with_an_error_gets_a_red_bar_and_its_message(
    editor: Editor, view: LayerStackView, qtbot
) -> None:
    editor.select(-1)
    editor.set_layer_param(2, "units", 0)
    qtbot.wait(10)  # the row grows by a line for the message
    rect = view.visualRect(view.model().index(2))
    assert rect.height() > view.visualRect(view.model().index(1)).height()
    image: QImage = view.viewport().grab().toImage()
    assert _is_reddish(image.pixelColor(rect.left() + 2, rect.center().y()))
    assert not _is_reddish(
        image.pixelColor(rect.left() + 2, view.visualRect(view.model().index(1)).center().y())
    )


def test_empty_stack_shows_a_hint(qtbot) -> None:
    editor = Editor()
    view = LayerStackView(editor)
    qtbot.addWidget(view)
    view.resize(360, 300)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    base = image.pixelColor(5, 5)
    middle = [
        image.pixelColor(x, y)
        for x in range(40, image.width() - 40, 2)
        for y in range(image.height() // 2 - 20, image.height() // 2 + 20, 2)
    ]
    assert any(c != base for c in middle)


def test_every_kind_has_an_icon_of_its_own(qtbot) -> None:
    images = {}
    for kind in catalog.LAYER_KINDS:
        icon = layer_icon(kind)
        assert icon is layer_icon(kind)  # made once
        images[kind] = icon.pixmap(32, 32).toImage()
    kinds = list(images)
    for i, a in enumerate(kinds):
        for b in kinds[i + 1 :]:
            assert images[a] != images[b], (a, b)
