"""The layer stack: the network's layers top to bottom, with shapes, counts and problems.

Layers are dropped in from the palette, dragged to reorder, and edited from the keyboard
(Delete, Ctrl+D, Alt+Up/Down, Insert) or the context menu; every change goes through the
editor, so it can be undone.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from nnstudio.core import catalog
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.ui.builder.layer_palette import kind_tooltip
from nnstudio.ui.builder.layer_stack_model import LayerStackModel, Role, params_text
from nnstudio.ui.common.editor import Editor
from nnstudio.ui.common.icons import layer_icon, paint_layer_glyph
from nnstudio.ui.common.style import severity_color

LayerStack = Context("LayerStack")

EMPTY_HINT = QT_TRANSLATE_NOOP(
    "LayerStack", "Drag layers here from the palette\n(or press Insert to choose one)"
)

_PAD = 6  # space around a row's content
_ICON = 32
_NUMBER_WIDTH = 24  # room for "12"
_BAR = 5  # the problem bar at the left edge


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    s = share_of_b
    return QColor.fromRgbF(
        a.redF() * (1 - s) + b.redF() * s,
        a.greenF() * (1 - s) + b.greenF() * s,
        a.blueF() * (1 - s) + b.blueF() * s,
    )


_TEXT_LEFT = _BAR + 2 + _NUMBER_WIDTH + 6 + _ICON + 8  # where a row's text starts
_PROBLEM_LINES = 3  # at most, so one long message cannot swallow the list


def wrap_text(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width``; the last one elided."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(line + " " + words[0]) <= width:
            line += " " + words.pop(0)
        lines.append(line)
    if words:
        rest = lines[-1] + " " + " ".join(words)
        lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def _problem_text(problems: list[str]) -> str:
    if len(problems) > 1:
        return LayerStack.tr("{problem} (and %n more)", "", len(problems) - 1).format(
            problem=problems[0]
        )
    return problems[0] if problems else ""


class LayerDelegate(QStyledItemDelegate):
    """Paints a row: number, icon, title and Keras name, settings, output shape, parameter
    count, and the first problem under a red or orange bar."""

    def _line_height(self, option: QStyleOptionViewItem) -> int:
        return QFontMetrics(option.font).height()

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        row_width = view.viewport().width() if isinstance(view, QAbstractItemView) else 300
        return max(80, row_width - _TEXT_LEFT - _PAD - 4)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        problem = _problem_text(index.data(Role.PROBLEMS) or [])
        wrapped = wrap_text(problem, metrics, self._text_width(option), _PROBLEM_LINES)
        lines = 2 + len(wrapped)
        text_height = lines * self._line_height(option) + (lines - 1) * 2
        return QSize(240, max(_ICON, text_height) + 2 * _PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        palette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        severity = index.data(Role.SEVERITY) or ""
        rect = opt.rect

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The theme's own selection and hover background, then our tint and bar on top.
        opt.text = ""
        opt.icon = QIcon()  # the style draws only the background; the content is ours
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        if severity:
            color = severity_color(severity, palette)
            if not selected:
                tint = QColor(color)
                tint.setAlpha(38)
                painter.fillRect(rect, tint)
            painter.fillRect(QRect(rect.left(), rect.top(), _BAR, rect.height()), color)

        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        base = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        muted = _mix(text_color, base, 0.38)
        line = self._line_height(opt)
        top = rect.top() + _PAD

        # The layer's number, as the problem messages count ("Layer 3 (Dense): ...").
        x = rect.left() + _BAR + 2
        painter.setPen(muted)
        painter.setFont(opt.font)
        number_rect = QRect(x, top, _NUMBER_WIDTH, line)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignRight, str(index.row() + 1))
        x += _NUMBER_WIDTH + 6

        kind = index.data(Role.KIND)
        paint_layer_glyph(painter, QRectF(x, top, _ICON, _ICON), kind)
        x += _ICON + 8
        right = rect.right() - _PAD
        width = max(0, right - x)

        # First line: title and Keras name on the left, output shape on the right.
        bold = QFont(opt.font)
        bold.setBold(True)
        shape = index.data(Role.SHAPE) or LayerStack.tr("shape ?")
        shape_w = QFontMetrics(opt.font).horizontalAdvance(shape)
        title = catalog.LAYER_KINDS[kind].label
        bold_metrics = QFontMetrics(bold)
        title = bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, width - shape_w - 12)
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(QRect(x, top, width, line), Qt.AlignmentFlag.AlignLeft, title)
        name_x = x + bold_metrics.horizontalAdvance(title) + 8
        name_w = right - shape_w - 12 - name_x
        painter.setFont(opt.font)
        metrics = QFontMetrics(opt.font)
        if name_w > 20:
            name = metrics.elidedText(index.data(Role.NAME), Qt.TextElideMode.ElideRight, name_w)
            painter.setPen(muted)
            painter.drawText(QRect(name_x, top, name_w, line), Qt.AlignmentFlag.AlignLeft, name)
        painter.setPen(text_color if index.data(Role.SHAPE) else muted)
        painter.drawText(QRect(x, top, width, line), Qt.AlignmentFlag.AlignRight, shape)

        # Second line: the key settings, and the parameter count on the right.
        top += line + 2
        params = params_text(index.data(Role.PARAMS))
        params_w = metrics.horizontalAdvance(params)
        summary = metrics.elidedText(
            index.data(Role.SUMMARY), Qt.TextElideMode.ElideRight, width - params_w - 12
        )
        painter.setPen(text_color)
        painter.drawText(QRect(x, top, width, line), Qt.AlignmentFlag.AlignLeft, summary)
        painter.setPen(muted)
        painter.drawText(QRect(x, top, width, line), Qt.AlignmentFlag.AlignRight, params)

        # Third line: what is wrong, so the student sees it without hovering.
        problem = _problem_text(index.data(Role.PROBLEMS) or [])
        painter.setPen(text_color if selected else severity_color(severity, palette))
        # The same width as sizeHint, so the lines fit the height it asked for.
        wrap_width = min(width, self._text_width(opt))
        for text in wrap_text(problem, metrics, wrap_width, _PROBLEM_LINES):
            top += line + 2
            painter.drawText(QRect(x, top, width, line), Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()


class LayerStackView(QListView):
    """The list of layers; selection follows ``editor.selected`` both ways."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.stack_model = LayerStackModel(editor, self)
        self.setModel(self.stack_model)
        self.setItemDelegate(LayerDelegate(self))
        self.setObjectName("layer-stack")
        self.setAccessibleName(LayerStack.tr("Layer stack"))
        self.setAccessibleDescription(
            LayerStack.tr(
                "The network's layers from input to output. Delete removes, Ctrl+D duplicates, "
                "Alt+Up and Alt+Down move, Insert adds a layer below."
            )
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMouseTracking(True)
        self.setSpacing(1)
        self.setMinimumWidth(260)

        self._syncing = False  # True while the view is being set from the editor
        self._model_busy = False  # True while the model reshuffles rows
        self._insert_menu: QMenu | None = None
        self._build_actions()

        model = self.stack_model
        for about in (
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
            model.rowsAboutToBeMoved,
            model.modelAboutToBeReset,
        ):
            about.connect(self._on_model_busy)
        for done in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.modelReset):
            done.connect(self._after_rows_changed)
        # A problem line appearing or going away changes a row's height.
        model.dataChanged.connect(lambda *args: self.scheduleDelayedItemsLayout())
        self.selectionModel().selectionChanged.connect(self._on_view_selection)
        editor.selection_changed.connect(self._select_row)
        self._select_row(editor.selected)

    # --- actions -------------------------------------------------------------------------

    def _action(self, text: str, keys: list[QKeySequence], tip: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        # Only while the stack has the focus: Delete in a text field must not delete a layer.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.insert_action = self._action(
            LayerStack.tr("&Insert layer…"),
            [key(Qt.Key.Key_Insert)],
            LayerStack.tr("Choose a layer to insert below the selected one"),
            self.show_insert_menu,
        )
        self.duplicate_action = self._action(
            LayerStack.tr("D&uplicate layer"),
            [key("Ctrl+D")],
            LayerStack.tr("Insert a copy of the selected layer below it"),
            lambda: self.editor.duplicate_layer(self.editor.selected),
        )
        self.move_up_action = self._action(
            LayerStack.tr("Move layer &up"),
            [key("Alt+Up"), key("Ctrl+Up")],
            LayerStack.tr("Move the selected layer one place up"),
            lambda: self._move_selected(-1),
        )
        self.move_down_action = self._action(
            LayerStack.tr("Move layer &down"),
            [key("Alt+Down"), key("Ctrl+Down")],
            LayerStack.tr("Move the selected layer one place down"),
            lambda: self._move_selected(+1),
        )
        self.delete_action = self._action(
            LayerStack.tr("&Delete layer"),
            # The platform's delete key (Backspace on a Mac keyboard), and Del everywhere.
            list(dict.fromkeys([key(key.StandardKey.Delete), key(Qt.Key.Key_Delete)])),
            LayerStack.tr("Remove the selected layer"),
            lambda: self.editor.remove_layer(self.editor.selected),
        )
        self._update_actions()

    def _update_actions(self) -> None:
        selected = self.editor.selected
        count = len(self.editor.document.stack)
        has = selected >= 0
        self.duplicate_action.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.move_up_action.setEnabled(has and selected > 0)
        self.move_down_action.setEnabled(has and selected < count - 1)

    def _move_selected(self, step: int) -> None:
        selected = self.editor.selected
        if selected >= 0:
            self.editor.move_layer(selected, selected + step)

    def _insert_index(self) -> int:
        selected = self.editor.selected
        return selected + 1 if selected >= 0 else len(self.editor.document.stack)

    def make_insert_menu(self, parent: QWidget | None = None) -> QMenu:
        """A menu of every layer kind, grouped; choosing one inserts it below the selection."""
        menu = QMenu(LayerStack.tr("&Insert layer below"), parent or self)
        menu.setToolTipsVisible(True)
        for group, title in catalog.LAYER_GROUPS.items():
            kinds = [k for k in catalog.LAYER_KINDS.values() if k.group == group]
            if not kinds:
                continue
            menu.addSection(title)
            for kind in kinds:
                action = menu.addAction(layer_icon(kind.name), kind.label)
                action.setData(kind.name)
                action.setToolTip(kind_tooltip(kind))
                action.setStatusTip(kind.help)
                action.triggered.connect(
                    lambda checked=False, name=kind.name: self.editor.insert_layer(
                        self._insert_index(), name
                    )
                )
        return menu

    def show_insert_menu(self) -> QMenu:
        """Open the insert menu under the selected row (for the keyboard's Insert key)."""
        index = self.currentIndex()
        if index.isValid():
            rect = self.visualRect(index)
            point = QPoint(rect.left() + _BAR + _NUMBER_WIDTH, rect.bottom())
        else:
            point = QPoint(8, 8)
        if self._insert_menu is not None:
            self._insert_menu.deleteLater()
        self._insert_menu = self.make_insert_menu(self)
        self._insert_menu.popup(self.viewport().mapToGlobal(point))
        return self._insert_menu

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addMenu(self.make_insert_menu(menu))
        menu.addSeparator()
        for action in (self.duplicate_action, self.move_up_action, self.move_down_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.editor.select(index.row())
        self.context_menu().exec(event.globalPos())

    # --- selection -----------------------------------------------------------------------

    def _on_model_busy(self, *args: object) -> None:
        self._model_busy = True

    def _after_rows_changed(self, *args: object) -> None:
        self._model_busy = False
        # The editor picked its selection before the rows changed here; show it now.
        self._select_row(self.editor.selected)

    def _select_row(self, row: int) -> None:
        self._update_actions()
        if self._model_busy or row >= self.stack_model.rowCount():
            return  # the rows are catching up; _after_rows_changed selects it
        self._syncing = True
        try:
            selection = self.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)
            else:
                index = self.stack_model.index(row)
                selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
                self.scrollTo(index)
        finally:
            self._syncing = False

    def _on_view_selection(self, *args: object) -> None:
        if self._syncing or self._model_busy:
            return
        rows = self.selectionModel().selectedRows()
        self.editor.select(rows[0].row() if rows else -1)

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.stack_model.rowCount() == 0:
            painter = QPainter(self.viewport())
            text = self.palette().color(QPalette.ColorRole.Text)
            base = self.palette().color(QPalette.ColorRole.Base)
            painter.setPen(_mix(text, base, 0.35))
            area = self.viewport().rect().adjusted(16, 16, -16, -16)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(area, int(flags), translate("LayerStack", EMPTY_HINT))
            painter.end()


def demo_pair(editor: Editor) -> QWidget:
    """The palette beside the stack, to try dragging (used by both modules' demos)."""
    from nnstudio.ui.builder.layer_palette import LayerPalette

    box = QWidget()
    layout = QHBoxLayout(box)
    layout.addWidget(LayerPalette(editor), 2)
    layout.addWidget(LayerStackView(editor), 3)
    return box


if __name__ == "__main__":
    import sys

    from nnstudio.ui.common.demo import run_demo

    sys.exit(run_demo(demo_pair, size=(720, 640)))
