"""The Qt list model over the document's layer stack (the way napari's layer list works).

The stack itself is a plain observable list; this model only translates: its signals become
``beginInsertRows``/``endInsertRows`` and friends, and drops become editor calls, so every
drag-and-drop is one undoable command like any other edit.
"""

from __future__ import annotations

import html
import json
import uuid
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from nnstudio.core import catalog
from nnstudio.core.captions import layer_summary, layer_title
from nnstudio.core.document import Signal as CoreSignal
from nnstudio.core.errors import ProjectFileError
from nnstudio.core.i18n import Context, localize_number
from nnstudio.core.keras_args import layer_names
from nnstudio.core.shapes import fmt_shape
from nnstudio.core.spec import LayerSpec, Project
from nnstudio.core.validate import Problem
from nnstudio.ui.common.editor import Editor
from nnstudio.ui.common.icons import layer_icon
from nnstudio.ui.common.style import severity_color

StackModel = Context("StackModel")

#: A layer kind dragged from the palette; the payload is the kind's name in UTF-8.
KIND_MIME = "application/x-nnstudio-layer-kind"
#: A row dragged within (or between) stacks; the payload is JSON (see ``mimeData``).
ROW_MIME = "application/x-nnstudio-layer-row"

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    #: The layer's Keras name: its own, or the automatic one (dense, dense_1, ...).
    NAME = Qt.ItemDataRole.UserRole + 2
    #: Its key settings in words ("128 units, ReLU").
    SUMMARY = Qt.ItemDataRole.UserRole + 3
    #: Its output shape as Keras prints it ("(None, 128)"), or "" while unknown.
    SHAPE = Qt.ItemDataRole.UserRole + 4
    #: Its number of weights and biases (int), or None while unknown.
    PARAMS = Qt.ItemDataRole.UserRole + 5
    #: "error", "warning" or "" for the worst problem that points at this layer.
    SEVERITY = Qt.ItemDataRole.UserRole + 6
    #: The messages of the problems that point at this layer, without the "Layer 3 (...)" part.
    PROBLEMS = Qt.ItemDataRole.UserRole + 7


# --- words for a layer ----------------------------------------------------------------------


def params_text(count: int | None) -> str:
    if count is None:
        return ""
    return StackModel.tr("{count} param(s)", "", count).format(count=localize_number(f"{count:,}"))


def _short_message(problem: Problem, layer: LayerSpec) -> str:
    """The message without its "Layer 3 (Dense): " opening, which the row already shows."""
    text = problem.message
    if problem.layer is None:
        return text
    prefix = layer_title(problem.layer, layer) + ": "
    return text[len(prefix) :] if text.startswith(prefix) else text


# --- the model ------------------------------------------------------------------------------


class LayerStackModel(QAbstractListModel):
    """One row per layer of ``editor.document.stack``; drops become editor calls."""

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._stack = editor.document.stack
        # The rows as Qt has been told about them. The stack announces a change only after
        # making it, and between beginInsertRows and endInsertRows (and the like) Qt must still
        # see the old rows; the layers themselves are shared, so their settings are always live.
        self._layers: list[LayerSpec] = list(self._stack)
        self._names: list[str] | None = None
        #: Tells this model's own row drags from those of another window.
        self._token = uuid.uuid4().hex
        stack, doc = self._stack, editor.document
        slots: list[tuple[CoreSignal, Callable[..., Any]]] = [
            (stack.inserted, self._on_inserted),
            (stack.removed, self._on_removed),
            (stack.moved, self._on_moved),
            (stack.reset, self._on_reset),
            (doc.changed, self._on_document_changed),
        ]
        for signal, slot in slots:
            signal.connect(slot)

        def disconnect() -> None:
            for signal, slot in slots:
                signal.disconnect(slot)

        # The document outlives a closed panel: stop calling into a deleted model.
        self.destroyed.connect(disconnect)

    # --- following the stack ------------------------------------------------------------

    def _on_inserted(self, index: int) -> None:
        self.beginInsertRows(QModelIndex(), index, index)
        self._layers.insert(index, self._stack[index])
        self.endInsertRows()

    def _on_removed(self, index: int, layer: LayerSpec) -> None:
        self.beginRemoveRows(QModelIndex(), index, index)
        del self._layers[index]
        self.endRemoveRows()

    def _on_moved(self, source: int, destination: int) -> None:
        # Qt counts the destination as "before this row" in the list as it was.
        before = destination + 1 if destination > source else destination
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), before)
        self._layers.insert(destination, self._layers.pop(source))
        self.endMoveRows()

    def _on_reset(self) -> None:
        self.beginResetModel()
        self._layers = list(self._stack)
        self.endResetModel()

    def _on_document_changed(self) -> None:
        # Any edit can change the shapes, counts and problems of every later layer.
        self._names = None
        if self._layers:
            self.dataChanged.emit(self.index(0), self.index(len(self._layers) - 1))

    # --- reading ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._layers)

    def layer(self, row: int) -> LayerSpec | None:
        return self._layers[row] if 0 <= row < len(self._layers) else None

    def _position(self, row: int) -> int | None:
        """Where the layer shown at ``row`` is in the stack (and so in the report) right now."""
        try:
            return self._stack.index(self._layers[row])
        except (IndexError, ValueError):
            return None  # removed from the stack; Qt is about to hear of it

    def keras_name(self, row: int) -> str:
        position = self._position(row)
        if position is None:
            return ""
        if self._names is None or len(self._names) != len(self._stack):
            self._names = layer_names(list(self._stack))
        return self._names[position]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        layer = self.layer(row) if index.isValid() else None
        if layer is None:
            return None
        kind = catalog.LAYER_KINDS[layer.kind]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{kind.label}  {layer_summary(layer)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return layer_icon(layer.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, layer)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row, layer)
        if role == Role.KIND:
            return layer.kind
        if role == Role.NAME:
            return self.keras_name(row)
        if role == Role.SUMMARY:
            return layer_summary(layer)
        if role == Role.SHAPE:
            shape = self._shape(row)
            return fmt_shape(shape.output_shape, batch=True) if shape else ""
        if role == Role.PARAMS:
            shape = self._shape(row)
            return shape.params if shape else None
        if role == Role.SEVERITY:
            severities = {p.severity for p in self._problems(row)}
            return "error" if "error" in severities else ("warning" if severities else "")
        if role == Role.PROBLEMS:
            return [_short_message(p, layer) for p in self._problems(row)]
        return None

    def _shape(self, row: int) -> Any:
        position = self._position(row)
        shapes = self.editor.document.report.shapes
        return shapes[position] if position is not None and position < len(shapes) else None

    def _problems(self, row: int) -> list[Problem]:
        position = self._position(row)
        if position is None:
            return []
        # Errors first, so the row shows the one that stops training.
        found = self.editor.document.report.for_layer(position)
        return sorted(found, key=lambda p: p.severity != "error")

    def _tooltip(self, row: int, layer: LayerSpec) -> str:
        kind = catalog.LAYER_KINDS[layer.kind]
        text = f"<b>{html.escape(kind.label)}</b> ({html.escape(self.keras_name(row))})"
        text += f"<br>{html.escape(kind.help)}"
        for p in self._problems(row):
            color = severity_color(p.severity).name()
            line = (
                StackModel.tr("<b>Error:</b> {message}")
                if p.severity == "error"
                else StackModel.tr("<b>Warning:</b> {message}")
            )
            message = html.escape(_short_message(p, layer))
            text += f'<br><span style="color:{color}">{line.format(message=message)}</span>'
        return text

    def _spoken(self, row: int, layer: LayerSpec) -> str:
        """One sentence for a screen reader, with everything the row shows."""
        kind = catalog.LAYER_KINDS[layer.kind]
        parts = [
            StackModel.tr("Layer {number}: {kind} {name}").format(
                number=row + 1, kind=kind.label, name=self.keras_name(row)
            ),
            layer_summary(layer),
        ]
        shape = self._shape(row)
        if shape:
            parts.append(
                StackModel.tr("output {shape}").format(
                    shape=fmt_shape(shape.output_shape, batch=True)
                )
            )
            parts.append(
                StackModel.tr("{count} parameters").format(
                    count=localize_number(f"{shape.params:,}")
                )
            )
        problems = self._problems(row)
        if problems:
            parts.append(_short_message(problems[0], layer))
        return ", ".join(parts)

    # --- drag and drop ------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows (the list itself takes them), never onto a layer.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [KIND_MIME, ROW_MIME]

    # Qt takes "no data" (None) for a drag of nothing; the stubs do not say so.
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if not rows or self.layer(rows[0]) is None:
            return None
        row = rows[0]  # the stack selects one layer at a time
        layer = self._layers[row]
        payload = {"source": self._token, "row": row, "layer": layer.to_dict()}
        data = QMimeData()
        data.setData(ROW_MIME, json.dumps(payload).encode())
        data.setText(catalog.LAYER_KINDS[layer.kind].label)
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._dropped_kind(data) is not None or self._dropped_row(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Insert the dropped kind, or move the dragged layer, so it lands before ``row``."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        target = self._target_row(row, parent)
        kind = self._dropped_kind(data)
        if kind is not None:
            self.editor.insert_layer(target, kind)
            return True
        dragged = self._dropped_row(data)
        if dragged is None:
            return False
        source, layer = dragged
        if source is None or action == Qt.DropAction.CopyAction:
            # From another window, or Ctrl held: a copy of the layer, with a name of its own.
            layer.name = ""
            self.editor.insert_layer(target, layer)
            return True
        # Dropping a layer just above or below itself leaves it where it is.
        if target in (source, source + 1):
            return False
        # The drop row counts the dragged layer, which leaves its place first.
        destination = target - 1 if target > source else target
        self.editor.move_layer(source, destination)
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # After a move-drag Qt asks the source to remove the dragged rows; the drop already
        # moved the layer (as one undoable command), so there is nothing left to remove.
        return False

    def _target_row(self, row: int, parent: Index) -> int:
        if 0 <= row <= len(self._layers):
            return row
        if parent.isValid():  # dropped onto a row: put it there
            return parent.row()
        return len(self._layers)  # dropped below the last row

    def _dropped_kind(self, data: QMimeData) -> str | None:
        if not data.hasFormat(KIND_MIME):
            return None
        kind = bytes(data.data(KIND_MIME).data()).decode("utf-8", "replace").strip()
        return kind if kind in catalog.LAYER_KINDS else None

    def _dropped_row(self, data: QMimeData) -> tuple[int | None, LayerSpec] | None:
        """(the row in this stack or None if from elsewhere, a copy of the layer)."""
        if not data.hasFormat(ROW_MIME):
            return None
        try:
            payload = json.loads(bytes(data.data(ROW_MIME).data()))
            layer = Project.from_dict({"layers": [payload["layer"]]}).layers[0]
            row = payload["row"]
            source = payload["source"]
        except (ValueError, KeyError, TypeError, ProjectFileError):
            return None
        if source != self._token:
            return None, layer
        valid = isinstance(row, int) and self.layer(row) is not None
        return (row, layer) if valid else None
