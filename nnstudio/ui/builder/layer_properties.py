"""The layer settings panel: what the selected layer is, and one field per setting.

Shows the layer kind's explanation, a name (empty = automatic, the automatic Keras name as the
placeholder), every setting from the catalog with its help, and the validator's problems for
this layer right where they belong. Edits go through the editor, so each one can be undone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nnstudio.core import catalog
from nnstudio.core.catalog import Param
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context
from nnstudio.core.keras_args import layer_names
from nnstudio.core.shapes import fmt_shape
from nnstudio.ui.common.editor import Editor, follow
from nnstudio.ui.common.fields import (
    Field,
    TextField,
    chain_tab_order,
    problem_label,
    rebuild_fields,
    show_problems,
)
from nnstudio.ui.common.style import help_label, scroll_area, section_title

LayerSettings = Context("LayerSettings")

NAME_PARAM = Param(
    "name",
    QT_TRANSLATE_NOOP("LayerSettings", "Name"),
    "text",
    "",
    QT_TRANSLATE_NOOP(
        "LayerSettings",
        "A name of your own for this layer, shown in the model summary and the exported code; "
        "leave it empty to let Keras name it.",
    ),
    context="LayerSettings",
)


class PropertyEditor(QWidget):
    """The settings of the selected layer (``editor.selected``)."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.document = editor.document
        self._index = -1
        self._kind = ""
        self.fields: dict[str, Field] = {}

        self.empty = QLabel(LayerSettings.tr("Select a layer to see its settings."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title = section_title("")
        self.kind_help = QLabel()
        self.kind_help.setWordWrap(True)
        self.shape_line = help_label()
        self.name_field = TextField(NAME_PARAM)
        self.name_field.value_edited.connect(lambda value: self._edit("name", value))
        self.params_box = QWidget()
        self.params_layout = QVBoxLayout(self.params_box)
        self.params_layout.setContentsMargins(0, 0, 0, 0)
        self.params_layout.setSpacing(6)
        self.layer_problems = problem_label()

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(8, 8, 8, 8)
        details.setSpacing(6)
        for widget in (self.title, self.kind_help, self.shape_line, self.name_field):
            details.addWidget(widget)
        details.addWidget(self.params_box)
        details.addWidget(self.layer_problems)
        details.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.details, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(content))

        editor.selection_changed.connect(self._on_selection)
        follow(self, self.document.changed, self.refresh)
        follow(self, self.document.replaced, self.refresh)
        self._on_selection(editor.selected)

    # --- building -----------------------------------------------------------------------------

    @property
    def index(self) -> int:
        """The index of the layer shown, or -1."""
        return self._index

    def _on_selection(self, index: int) -> None:
        self._index = index
        self.refresh()

    def _rebuild(self, kind: str) -> None:
        """Make one field per setting of ``kind``."""
        self._kind = kind
        info = catalog.LAYER_KINDS.get(kind)
        params = info.params if info else ()
        self.fields = rebuild_fields(self.fields, params, self.params_layout, self._edit)
        if info is None:
            return
        self.title.setText(info.label)
        self.kind_help.setText(info.help)
        chain_tab_order(self.name_field.line, list(self.fields.values()))

    # --- showing the document -----------------------------------------------------------------

    def refresh(self) -> None:
        """Show the selected layer as the document has it now (after any change, undo too)."""
        stack = self.document.stack
        index = self._index if 0 <= self._index < len(stack) else -1
        self.empty.setVisible(index < 0)
        self.details.setVisible(index >= 0)
        if index < 0:
            self._rebuild("")
            return
        layer = stack[index]
        if layer.kind != self._kind:
            self._rebuild(layer.kind)
        self.title.setText(
            LayerSettings.tr("{kind} (layer {number})").format(
                kind=catalog.LAYER_KINDS[layer.kind].label, number=index + 1
            )
        )
        self.name_field.set_value(layer.name)
        auto = layer_names([*stack])[index] if not layer.name else ""
        self.name_field.set_placeholder(
            LayerSettings.tr("automatic: {name}").format(name=auto)
            if auto
            else LayerSettings.tr("empty means: named automatically")
        )
        for key, field in self.fields.items():
            field.set_value(layer.params.get(key))
        self._show_report(index)

    def _show_report(self, index: int) -> None:
        report = self.document.report
        problems = report.for_layer(index)
        self.name_field.set_problems([p for p in problems if p.field == "name"])
        for key, field in self.fields.items():
            field.set_problems([p for p in problems if p.field == key])
        shown = {"name", *self.fields}
        show_problems(self.layer_problems, [p for p in problems if p.field not in shown])
        shape = report.shapes[index] if index < len(report.shapes) else None
        if shape is None:
            self.shape_line.setText(
                LayerSettings.tr(
                    "Output shape: not known yet, because of a problem in this layer or one "
                    "above it."
                )
            )
            return
        weights = LayerSettings.tr("{count} weight(s)", "", shape.params).format(
            count=f"{shape.params:,}"
        )
        if shape.params and shape.trainable_params != shape.params:
            weights = LayerSettings.tr("{weights} ({trained} trained)").format(
                weights=weights, trained=f"{shape.trainable_params:,}"
            )
        self.shape_line.setText(
            LayerSettings.tr("Output shape {shape} · {weights}").format(
                shape=fmt_shape(shape.output_shape), weights=weights
            )
        )

    def _edit(self, key: str, value: Any) -> None:
        if 0 <= self._index < len(self.document.stack):
            self.editor.set_layer_param(self._index, key, value)


if __name__ == "__main__":
    import sys

    from nnstudio.ui.common.demo import run_demo

    def _make(editor: Editor) -> QWidget:
        editor.select(2)
        return PropertyEditor(editor)

    sys.exit(run_demo(_make))
