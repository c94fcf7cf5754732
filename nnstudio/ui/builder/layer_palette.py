"""The layer palette: every layer kind in the catalog, grouped, ready to drag into the stack.

Double-click or Enter inserts the kind below the selected layer, so the palette also works
without a mouse.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QMimeData, QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core import catalog
from nnstudio.core.i18n import Context
from nnstudio.ui.builder.layer_stack_model import KIND_MIME
from nnstudio.ui.common.editor import Editor
from nnstudio.ui.common.icons import group_icon, layer_icon

Palette = Context("Palette")

#: Where each entry keeps its kind name (group headings have none).
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_tooltip(kind: catalog.LayerKind) -> str:
    # Rich text, so Qt wraps the sentence instead of showing one very long line.
    return f"<b>{html.escape(kind.label)}</b><br>{html.escape(kind.help)}"


class _KindTree(QTreeWidget):
    """The tree of kinds; a drag carries the kind's name under :data:`KIND_MIME`."""

    def __init__(self, on_choose: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_choose = on_choose

    def mimeTypes(self) -> list[str]:
        return [KIND_MIME]

    # Qt takes "no data" (None) for a drag of headings only; the stubs do not say so.
    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData | None:  # type: ignore[override]
        kinds = [item.data(0, KIND_ROLE) for item in items if item.data(0, KIND_ROLE)]
        if not kinds:
            return None
        data = QMimeData()
        data.setData(KIND_MIME, kinds[0].encode("utf-8"))
        data.setText(catalog.LAYER_KINDS[kinds[0]].label)
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter is handled here rather than through ``itemActivated``: with styles that
        # activate on a single click, pressing on an entry to drag it would insert it too.
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            kind = item.data(0, KIND_ROLE)
            if kind:
                self._on_choose(kind)
                event.accept()
                return
        super().keyPressEvent(event)


class LayerPalette(QWidget):
    """All layer kinds, grouped as the catalog groups them."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.hint = QLabel(
            Palette.tr("Drag a layer into the stack, or double-click it (or press Enter).")
        )
        self.hint.setWordWrap(True)

        self.tree = _KindTree(self.insert_kind, self)
        self.tree.setObjectName("layer-palette")
        self.tree.setAccessibleName(Palette.tr("Layer palette"))
        self.tree.setAccessibleDescription(
            Palette.tr(
                "Layer kinds. Press Enter to insert the current one below the selected layer."
            )
        )
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(8)
        self.tree.setIconSize(QSize(24, 24))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        self._fill()
        # Start the keyboard on the first layer kind rather than on a heading.
        first = self.tree.topLevelItem(0)
        kind = first.child(0) if first is not None and first.childCount() else None
        if kind is not None:
            self.tree.setCurrentItem(kind, 0, QItemSelectionModel.SelectionFlag.NoUpdate)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)

    def _fill(self) -> None:
        for group, title in catalog.LAYER_GROUPS.items():
            kinds = [k for k in catalog.LAYER_KINDS.values() if k.group == group]
            if not kinds:
                continue
            heading = QTreeWidgetItem(self.tree, [title])
            heading.setIcon(0, group_icon(group))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(self.tree.font())
            font.setBold(True)
            heading.setFont(0, font)
            for kind in kinds:
                item = QTreeWidgetItem(heading, [kind.label])
                item.setIcon(0, layer_icon(kind.name))
                item.setData(0, KIND_ROLE, kind.name)
                item.setToolTip(0, kind_tooltip(kind))
                item.setStatusTip(0, kind.help)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, kind.help)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                    | Qt.ItemFlag.ItemNeverHasChildren
                )
            heading.setExpanded(True)

    def item_for_kind(self, kind: str) -> QTreeWidgetItem:
        for i in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(i)
            children = [heading.child(j) for j in range(heading.childCount())] if heading else []
            for child in children:
                if child is not None and child.data(0, KIND_ROLE) == kind:
                    return child
        raise KeyError(kind)

    def insert_kind(self, kind: str) -> None:
        """Insert a layer of ``kind`` below the selected layer, or at the end."""
        selected = self.editor.selected
        index = selected + 1 if selected >= 0 else len(self.editor.document.stack)
        self.editor.insert_layer(index, kind)

    def _on_double_click(self, item: QTreeWidgetItem, column: int) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind:
            self.insert_kind(kind)


if __name__ == "__main__":
    import sys

    from nnstudio.ui.common.demo import run_demo

    # The palette beside a layer stack to drop into: python -m nnstudio.ui.builder.layer_stack_view
    sys.exit(run_demo(LayerPalette, size=(300, 640)))
