"""The network diagram and the live code view."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QTextCharFormat
from PySide6.QtTest import QTest

from nnstudio import export
from nnstudio.core.spec import CompileSpec, DataSpec, LayerSpec, Project
from nnstudio.core.templates import from_template
from nnstudio.ui.builder.code_view import PROBLEMS_HEADER, CodeView
from nnstudio.ui.builder.network_diagram import MAX_DRAWN, Column, NetworkDiagram
from nnstudio.ui.common.editor import Editor

SIZES = [(700, 300), (400, 250), (1400, 600)]


def conv_net() -> Project:
    L = LayerSpec.new
    return Project(
        name="Small conv net",
        layers=[
            L("Input", shape=(28, 28)),
            L("Reshape", target_shape=(28, 28, 1)),
            L("Conv2D", filters=8),
            L("MaxPooling2D"),
            L("Flatten"),
            L("Dense", units=10, activation="softmax"),
        ],
        compile=CompileSpec.new("sparse_categorical_crossentropy", "adam"),
        data=DataSpec(dataset="mnist"),
    )


def make_editor(project: Project | str) -> Editor:
    editor = Editor()
    editor.load(from_template(project) if isinstance(project, str) else project)
    return editor


@pytest.fixture
def diagram(qtbot, request) -> NetworkDiagram:
    editor = make_editor(getattr(request, "param", "mnist-128"))
    widget = NetworkDiagram(editor)
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def columns(widget: NetworkDiagram) -> list[Column]:
    return widget.columns(widget.width(), widget.height())


def neuron_counts(cols: list[Column]) -> list[int | None]:
    return [c.count for c in cols if c.kind == "neurons"]


def differs(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 30


# --- the diagram ---------------------------------------------------------------------------


def test_mnist_columns_show_big_layers_with_an_ellipsis_and_their_count(diagram) -> None:
    cols = columns(diagram)
    assert [c.index for c in cols] == [0, 1, 2, 3]
    picture, flatten, hidden, output = cols
    assert picture.kind == "maps" and picture.note == "28×28"
    assert neuron_counts(cols) == [784, 128, 10]
    for column in (flatten, hidden):
        assert column.ellipsis is not None and column.drawn <= MAX_DRAWN
        assert column.units[0] == 0 and column.units[-1] == column.count - 1
    assert flatten.note == "784" and hidden.note == "128"
    assert output.ellipsis is None and output.units == tuple(range(10))
    assert hidden.label == "Dense 128, ReLU" and hidden.shape_text == "(128,)"
    assert output.role == "output" and flatten.role == "data"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("template", ["mnist-128", "xor", "layers-8-6-6-4"])
def test_every_size_keeps_columns_apart_and_inside(qtbot, template, size) -> None:
    widget = NetworkDiagram(make_editor(template))
    qtbot.addWidget(widget)
    width, height = size
    cols = widget.columns(width, height)
    for left, right in itertools.pairwise(cols):
        assert left.rect.right() <= right.rect.left() + 0.01
        # Neurons of neighbouring columns never touch.
        assert left.bounds().right() < right.bounds().left()
    for column in cols:
        assert column.rect.left() >= 0 and column.rect.right() <= width
        assert column.drawn <= MAX_DRAWN
        for centre in column.centres:
            assert column.rect.contains(centre)
            assert column.radius < centre.y() < height - 50


def test_clicking_a_column_selects_its_layer(diagram) -> None:
    for column in reversed(columns(diagram)):
        QTest.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=column.centre.toPoint())
        assert diagram.editor.selected == column.index


def test_arrow_keys_walk_through_the_layers(diagram) -> None:
    diagram.editor.select(1)
    QTest.keyClick(diagram, Qt.Key.Key_Right)
    assert diagram.editor.selected == 2
    QTest.keyClick(diagram, Qt.Key.Key_Left)
    QTest.keyClick(diagram, Qt.Key.Key_Left)
    assert diagram.editor.selected == 0


def test_inserting_a_layer_adds_a_column_and_undo_takes_it_away(diagram) -> None:
    editor = diagram.editor
    editor.insert_layer(3, "Dropout")
    editor.insert_layer(3, "Dense")
    cols = columns(diagram)
    assert [c.kind for c in cols] == ["maps", "neurons", "neurons", "neurons", "marker", "neurons"]
    assert cols[4].label == "Dropout 0.2"
    # The band is narrower than a column of neurons.
    assert cols[4].rect.width() < cols[3].rect.width()
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert len(columns(diagram)) == 4


def test_a_layer_with_an_error_is_flagged(diagram) -> None:
    diagram.editor.set_layer_param(2, "units", 0)
    cols = columns(diagram)
    assert [c.error for c in cols] == [False, False, True, False]
    # Its size is unknown, and so is the size of what follows it.
    assert cols[2].kind == "unknown" and cols[2].shape_text == "?"
    diagram.editor.undo_stack.undo()
    assert not any(c.error for c in columns(diagram))


@pytest.mark.parametrize("diagram", ["xor"], indirect=True)
def test_weights_colour_the_connections(diagram) -> None:
    # From -0.5 to 1: the strongest weight is the positive one, on the last link drawn.
    kernel = np.linspace(-0.5, 1.0, 32).reshape(2, 16)
    diagram.set_weights(1, kernel)
    cols = columns(diagram)
    links = diagram.links(cols)
    into_hidden = [link for link in links if link.p2.x() < cols[2].rect.left()]
    into_output = [link for link in links if link.p2.x() > cols[2].rect.left()]
    assert into_hidden and all(link.weight is not None for link in into_hidden)
    assert all(link.weight is None for link in into_output)
    for link in into_hidden:
        assert link.weight == kernel[link.source, link.target]
        if link.weight < 0:
            assert link.color.blue() > link.color.red()
        else:
            assert link.color.red() > link.color.blue()
    strongest = max(into_hidden, key=lambda link: abs(link.weight or 0))
    weakest = min(into_hidden, key=lambda link: abs(link.weight or 0))
    assert strongest.width > weakest.width
    assert strongest.color.alpha() > weakest.color.alpha()

    image = diagram.grab().toImage()
    middle = (strongest.p1 + strongest.p2) / 2
    pixel = image.pixelColor(middle.toPoint())
    assert differs(pixel, diagram.palette().base().color())
    assert pixel.red() > pixel.blue()

    # A new size for the layer makes the old weights meaningless.
    diagram.editor.set_layer_param(1, "units", 8)
    assert diagram.weights(1) is None
    assert all(link.weight is None for link in diagram.links(columns(diagram)))


@pytest.mark.parametrize("diagram", ["xor"], indirect=True)
def test_weights_that_do_not_fit_are_ignored_and_clear_weights_clears(diagram) -> None:
    diagram.set_weights(1, np.ones((3, 16)))
    assert diagram.weights(1) is None
    diagram.set_weights(2, np.ones((16, 1)))
    diagram.editor.insert_layer(1, "Dropout")  # weights follow their layer, not its index
    assert diagram.weights(3) is not None
    diagram.clear_weights()
    assert diagram.weights(3) is None


def test_screenshots_are_not_blank(qtbot) -> None:
    for project in (conv_net(), from_template("layers-8-6-6-4")):
        widget = NetworkDiagram(make_editor(project))
        qtbot.addWidget(widget)
        for width, height in SIZES:
            widget.resize(width, height)
            image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
            background = widget.palette().base().color()
            marked = sum(
                differs(image.pixelColor(x, y), background)
                for x in range(0, width, 5)
                for y in range(0, height, 5)
            )
            assert marked > 0.03 * (width // 5) * (height // 5)


def test_conv_net_draws_feature_maps(qtbot) -> None:
    widget = NetworkDiagram(make_editor(conv_net()))
    qtbot.addWidget(widget)
    cols = widget.columns(700, 300)
    assert [c.kind for c in cols] == ["maps", "maps", "maps", "maps", "neurons", "neurons"]
    conv, pool = cols[2], cols[3]
    assert conv.count == 8 and conv.note == "8 maps" and len(conv.maps) >= 2
    # Pooling halves the picture, and it looks smaller.
    assert pool.maps[-1].width() < conv.maps[-1].width()
    assert cols[4].count == 13 * 13 * 8


# --- the code view -------------------------------------------------------------------------


@pytest.fixture
def code_view(qtbot) -> CodeView:
    view = CodeView(make_editor("xor"))
    qtbot.addWidget(view)
    view.resize(700, 400)
    return view


def test_code_view_shows_the_exported_script(code_view) -> None:
    assert code_view.text() == export.script(from_template("xor"))
    assert code_view.view.isReadOnly()


def test_code_view_follows_edits_and_undo(qtbot, code_view) -> None:
    code_view.editor.set_layer_param(1, "units", 8)
    qtbot.waitUntil(lambda: "units=8," in code_view.text(), timeout=2000)
    code_view.editor.undo_stack.undo()
    qtbot.waitUntil(lambda: "units=16," in code_view.text(), timeout=2000)


def test_code_view_shows_problems_instead_of_code(qtbot, code_view) -> None:
    code_view.editor.set_layer_param(1, "units", 0)
    qtbot.waitUntil(lambda: code_view.text().startswith(PROBLEMS_HEADER), timeout=2000)
    text = code_view.text()
    assert "Layer 2 (Dense): units must be" in text
    assert all(line.startswith("#") for line in text.splitlines())
    assert not code_view.copy_button.isEnabled()


def test_copy_puts_the_script_on_the_clipboard(qtbot, code_view) -> None:
    QGuiApplication.clipboard().clear()
    QTest.mouseClick(code_view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code_view.text()
    assert code_view.copy_button.text().startswith("Copied")
    qtbot.waitUntil(lambda: code_view.copy_button.text() == "Copy", timeout=3000)


def test_code_view_keeps_the_reading_position(qtbot, code_view) -> None:
    code_view.show()
    qtbot.waitExposed(code_view)
    bar = code_view.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    where = bar.value()
    assert where > 0
    code_view.editor.set_layer_param(1, "units", 12)
    qtbot.waitUntil(lambda: "units=12," in code_view.text(), timeout=2000)
    assert bar.value() == where


def test_code_view_is_debounced(qtbot, code_view, monkeypatch) -> None:
    calls = []
    original = export.script
    monkeypatch.setattr(export, "script", lambda *a, **k: calls.append(1) or original(*a, **k))
    for units in (1, 12, 128):
        code_view.editor.set_layer_param(1, "units", units)
    qtbot.waitUntil(lambda: "units=128," in code_view.text(), timeout=2000)
    assert len(calls) == 1


def test_syntax_highlighting_colours_keywords_strings_and_comments(code_view) -> None:
    text = code_view.text()
    document = code_view.view.document()

    def format_at(needle: str):
        at = text.index(needle)
        block = document.findBlock(at)
        offset = at - block.position()
        for r in block.layout().formats():
            if r.start <= offset < r.start + r.length:
                return QTextCharFormat(r.format)  # a copy outlives the layout's list
        return None

    assert format_at("def build_model").fontWeight() > 400
    assert format_at("# Fixing the seed").fontItalic()
    strings = code_view.highlighter.formats["string"].foreground().color()
    assert format_at('"sequential"').foreground().color() == strings
    assert format_at("model = keras") is None  # plain names stay plain
