"""Editor widgets for the catalog's settings: one :class:`Field` per :class:`catalog.Param`.

Every field shows its label, its editor, the catalog's one-sentence help in small grey text and,
when validation finds something wrong, the problem in red. A field reports what the student
entered with ``value_edited`` and is updated with ``set_value`` without emitting anything.

Values a project file may hold that the normal editor cannot show (units="abc", units=0 below
the spin box's minimum, an unknown activation) are shown as they are, never clamped: the
validator reports them and the student fixes them in place.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core import catalog
from nnstudio.core.catalog import Choice, Param
from nnstudio.core.i18n import Context, current_language
from nnstudio.core.validate import Problem, expected_words
from nnstudio.ui.common.style import help_label, severity_text_color

Fields = Context("Fields")

# --- small helpers shared by the panels --------------------------------------------------------


def chain_tab_order(first: QWidget, fields: list[Field]) -> None:
    """Tab from ``first`` through ``fields`` in order; fields made later (after a rebuild)
    would otherwise come last in the window's tab order."""
    previous = first
    for field in fields:
        for widget in field.focus_widgets():
            QWidget.setTabOrder(previous, widget)
            previous = widget


def lower_first(text: str) -> str:
    """'Turns the…' becomes 'turns the…' and 'A table' 'a table' (to follow 'Softmax:'),
    but 'ReLU…' stays; German keeps its capitals (its nouns, and a sentence after a colon)."""
    if current_language() == "de":
        return text
    if len(text) > 1 and text[0].isupper() and (text[1].islower() or text[1] == " "):
        return text[0].lower() + text[1:]
    return text


def problem_label() -> QLabel:
    """A red, wrapping line for validation problems; hidden while there are none."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_problems(label: QLabel, problems: list[Problem]) -> None:
    """Fill ``label`` with ``problems`` (errors in red, warnings in dark orange)."""
    if not problems:
        label.clear()
        label.hide()
        return
    lines = []
    for p in problems:
        color = severity_text_color(p.severity)
        message = html.escape(p.message)
        text = (
            f"⚠ {message}"
            if p.severity == "error"
            else Fields.tr("Warning: {message}").format(message=message)
        )
        lines.append(f'<span style="color:{color}">{text}</span>')
    label.setText("<br>".join(lines))
    label.show()


def format_number(value: Any) -> str:
    """The text a number field shows: the shortest that reads back exactly (1e-07)."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    return "" if value is None else str(value)


def parse_number(text: str, whole: bool) -> Any:
    """What the student typed, as a number when it is one; otherwise the text itself, so the
    validator can say what was expected and what it received."""
    text = text.strip()
    if not text:
        return None
    cleaned = text.replace("_", "").replace(" ", "")
    if not whole and "," in cleaned and "." not in cleaned and cleaned.count(",") == 1:
        # Many classrooms write a decimal comma: 0,5 means 0.5.
        cleaned = cleaned.replace(",", ".")
    try:
        return int(cleaned)
    except ValueError:
        pass
    try:
        number = float(cleaned)
    except ValueError:
        return text
    if whole and math.isfinite(number) and number.is_integer():
        return int(number)
    return number


def format_shape(value: Any) -> str:
    if isinstance(value, (tuple, list)):
        return ", ".join(str(d) for d in value)
    return "" if value is None else str(value)


def parse_shape(text: str) -> Any:
    """'28, 28, 1' (or '28 28 1', '28x28') as a tuple of ints; empty as None; else the text."""
    text = text.strip().strip("()[]").strip()
    if not text:
        return None
    parts = [p for p in re.split(r"[,\s×xX]+", text) if p]
    try:
        return tuple(int(p) for p in parts)
    except ValueError:
        return text


def _same(a: Any, b: Any) -> bool:
    return a == b and type(a) is type(b)


# --- widgets that leave the mouse wheel to the scroll area ----------------------------------


class _SpinBox(QSpinBox):
    """Scrolling a long panel must not change the numbers the mouse passes over."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _ComboBox(QComboBox):
    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


def combo(parent: QWidget | None = None) -> QComboBox:
    """A combo box that fits a narrow panel (long labels are elided, not forced to fit)."""
    box = _ComboBox(parent)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return box


# --- fields -----------------------------------------------------------------------------------


class Field(QFrame):
    """One setting: its label, an editor, a grey help line and a red problem line."""

    #: The value the student entered (possibly one the validator will reject).
    value_edited = Signal(object)

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self._value: Any = object()  # nothing shown yet
        self.setObjectName(f"field_{param.name}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 2, 0, 6)
        self._layout.setSpacing(2)
        self.label = QLabel(param.label)
        self.label.setWordWrap(True)
        self.help = help_label(param.help)
        self.problem = problem_label()
        self._problems: list[Problem] = []
        self.setToolTip(self.tooltip())

    def tooltip(self) -> str:
        if self.param.type in ("int", "float", "shape"):
            # The range is not written out under the field; the tooltip has room for it.
            return Fields.tr("{help}\nAllowed: {allowed}.").format(
                help=self.param.help, allowed=expected_words(self.param)
            )
        return self.param.help

    def _finish(self, editor: QWidget, *, with_label: bool = True) -> None:
        """Lay out the label, ``editor`` and the help and problem lines."""
        if with_label:
            self.label.setBuddy(editor)
            self._layout.addWidget(self.label)
        self._editor = editor
        editor.setToolTip(self.tooltip())
        editor.setAccessibleName(self.param.label)
        editor.setAccessibleDescription(self.param.help)
        self._layout.addWidget(editor)
        self._layout.addWidget(self.help)
        self._layout.addWidget(self.problem)

    def focus_widgets(self) -> list[QWidget]:
        """The widgets Tab visits in this field, in order."""
        return [self._editor]

    # --- value --------------------------------------------------------------------------------

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting ``value_edited``."""
        if _same(value, self._value):
            return
        self._value = value
        self._show(value)

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _edited(self, value: Any) -> None:
        if _same(value, self._value):
            return
        self._value = value
        self.value_edited.emit(value)

    # --- problems -----------------------------------------------------------------------------

    def set_problems(self, problems: list[Problem]) -> None:
        """Show ``problems`` under the field and mark it: a red bar and a red label."""
        self._problems = list(problems)
        show_problems(self.problem, problems)
        if not problems:
            self.setStyleSheet("")
            self.label.setStyleSheet("")
            return
        worst = "error" if any(p.severity == "error" for p in problems) else "warning"
        color = severity_text_color(worst)
        # Only this frame's own border: a style sheet on the editors would change their look.
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ border: none; border-left: 3px solid {color}; }}"
        )
        self.label.setStyleSheet(f"color: {color}; font-weight: bold;")

    @property
    def has_problem(self) -> bool:
        return bool(self._problems)

    def problem_text(self) -> str:
        """The problems shown under the field, as plain text."""
        return "\n".join(p.message for p in self._problems)


class _TextEntry(Field):
    """A field edited as text in a line edit, committed when the student presses Enter or
    leaves it."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.placeholder())
        self.line.editingFinished.connect(self._commit)
        self._shown_text = ""

    def placeholder(self) -> str:
        if not self.param.optional:
            return ""
        return Fields.tr("empty means: {meaning}").format(meaning=self.param.none_label)

    def set_placeholder(self, text: str) -> None:
        self.line.setPlaceholderText(text)

    def _format(self, value: Any) -> str:
        return "" if value is None else str(value)

    def _parse(self, text: str) -> Any:
        return text.strip()

    def _show(self, value: Any) -> None:
        self._shown_text = self._format(value)
        if self.line.text() != self._shown_text:
            self.line.setText(self._shown_text)

    def _commit(self) -> None:
        text = self.line.text()
        if text == self._shown_text:
            return  # nothing typed (Enter, then leaving, reports twice)
        self._shown_text = text
        self._edited(self._parse(text))


class TextField(_TextEntry):
    """Free text, such as a layer's name."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self._finish(self.line)


class FloatField(_TextEntry):
    """A number typed as text, so 0.001, 1e-7 and 0,5 all work."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self._finish(self.line)

    def placeholder(self) -> str:
        return super().placeholder() or Fields.tr("a number, such as 0.001 or 1e-7")

    def _format(self, value: Any) -> str:
        return format_number(value)

    def _parse(self, text: str) -> Any:
        value = parse_number(text, whole=False)
        return float(value) if isinstance(value, int) else value


class ShapeField(_TextEntry):
    """A shape typed as '28, 28, 1'."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self._finish(self.line)

    def placeholder(self) -> str:
        return super().placeholder() or Fields.tr("such as 28, 28, 1")

    def _format(self, value: Any) -> str:
        return format_shape(value)

    def _parse(self, text: str) -> Any:
        return parse_shape(text)


class IntField(Field):
    """A spin box over the catalog's range; a value outside it (or not a whole number at all)
    is shown as text in a line edit instead, where the student can correct it."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.spin = _SpinBox()
        self.spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # One edit per change: typing "128" must not try 1 and 12 first.
        self.spin.setKeyboardTracking(False)
        self.spin.setAccelerated(True)
        self.spin.setGroupSeparatorShown(param.maximum is not None and param.maximum >= 100_000)
        low = int(param.minimum) if param.minimum is not None else -(2**31 - 1)
        high = int(param.maximum) if param.maximum is not None else 2**31 - 1
        if param.minimum is not None and not param.minimum_inclusive:
            low += 1
        if param.maximum is not None and not param.maximum_inclusive:
            high -= 1
        self._low = low
        if param.optional:
            # The value just below the range stands for "empty" and shows its meaning.
            self.spin.setRange(low - 1, high)
            self.spin.setSpecialValueText(
                Fields.tr("empty: {meaning}").format(meaning=param.none_label)
            )
        else:
            self.spin.setRange(low, high)
        self.spin.valueChanged.connect(self._spun)

        self.line = QLineEdit()
        self.line.setPlaceholderText(
            Fields.tr("empty means: {meaning}").format(meaning=param.none_label)
            if param.optional
            else Fields.tr("a whole number")
        )
        self.line.editingFinished.connect(self._typed)
        self._line_text = ""

        self.pages = QStackedWidget()
        self.pages.addWidget(self.spin)
        self.pages.addWidget(self.line)
        self.pages.setSizePolicy(self.spin.sizePolicy())
        self.pages.setFocusProxy(self.spin)
        self._finish(self.pages)
        self.spin.setToolTip(self.tooltip())
        self.line.setToolTip(self.tooltip())
        self.spin.setAccessibleName(param.label)
        self.line.setAccessibleName(param.label)

    def focus_widgets(self) -> list[QWidget]:
        return [self.spin, self.line]  # Tab skips whichever is hidden

    @property
    def uses_text(self) -> bool:
        """True while the value is shown as text because the spin box cannot show it."""
        return self.pages.currentWidget() is self.line

    def _fits(self, value: Any) -> bool:
        if value is None:
            return self.param.optional
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and self._low <= value <= self.spin.maximum()
        )

    def _show(self, value: Any) -> None:
        if self._fits(value):
            had_focus = self.line.hasFocus()
            self.spin.blockSignals(True)
            self.spin.setValue(self.spin.minimum() if value is None else value)
            self.spin.blockSignals(False)
            self.pages.setCurrentWidget(self.spin)
            self.pages.setFocusProxy(self.spin)
            if had_focus:
                self.spin.setFocus()
        else:
            self._line_text = format_number(value)
            self.line.setText(self._line_text)
            self.pages.setCurrentWidget(self.line)
            self.pages.setFocusProxy(self.line)

    def _spun(self, number: int) -> None:
        self._edited(None if self.param.optional and number < self._low else number)

    def _typed(self) -> None:
        text = self.line.text()
        if not self.uses_text or text == self._line_text:
            return
        self._line_text = text
        value = parse_number(text, whole=True)
        self._edited(value)
        if self._fits(value):
            self._show(value)  # a number the spin box can hold: back to the spin box


class BoolField(Field):
    """A check box; a value that is not true/false shows as a half-ticked box until set."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.check = QCheckBox(param.label)
        self.check.clicked.connect(self._clicked)
        self._finish(self.check, with_label=False)

    def _show(self, value: Any) -> None:
        self.check.blockSignals(True)
        if isinstance(value, bool):
            self.check.setTristate(False)
            self.check.setChecked(value)
            self.check.setText(self.param.label)
        else:
            self.check.setTristate(True)
            self.check.setCheckState(Qt.CheckState.PartiallyChecked)
            self.check.setText(
                Fields.tr("{setting} (the file says {value})").format(
                    setting=self.param.label, value=repr(value)
                )
            )
        self.check.blockSignals(False)

    def _clicked(self) -> None:
        # A click leaves the half-ticked state for good: a tick means True, no tick False.
        checked = self.check.checkState() == Qt.CheckState.Checked
        self.check.blockSignals(True)
        self.check.setTristate(False)
        self.check.setChecked(checked)
        self.check.setText(self.param.label)
        self.check.blockSignals(False)
        self._edited(checked)


class ChoiceField(Field):
    """A combo box of catalog entries, each with its help as the tooltip, and the chosen
    entry's help written out below ("Softmax: turns the outputs into probabilities...")."""

    def __init__(
        self,
        param: Param,
        parent: QWidget | None = None,
        entries: Mapping[str, Choice] | None = None,
    ) -> None:
        super().__init__(param, parent)
        self.entries: Mapping[str, Choice] = entries if entries is not None else _entries_for(param)
        self.combo = combo()
        for name, entry in self.entries.items():
            self.combo.addItem(entry.label, name)
            if entry.help:
                self.combo.setItemData(
                    self.combo.count() - 1, entry.help, Qt.ItemDataRole.ToolTipRole
                )
        self._known = self.combo.count()
        self.combo.activated.connect(self._picked)
        self.choice_help = QLabel()
        self.choice_help.setWordWrap(True)
        self.choice_help.setTextFormat(Qt.TextFormat.RichText)
        self.choice_help.hide()
        self._finish(self.combo)
        # The chosen entry's meaning matters more than the setting's: show it right below.
        self._layout.insertWidget(self._layout.indexOf(self.combo) + 1, self.choice_help)

    def _show(self, value: Any) -> None:
        while self.combo.count() > self._known:
            self.combo.removeItem(self._known)
        index = self.combo.findData(value) if isinstance(value, str) else -1
        if index < 0:
            # Keep an unknown value from a file visible until the student picks another.
            shown = Fields.tr("(empty)") if value in (None, "") else repr(value)
            self.combo.addItem(Fields.tr("{value} (not allowed)").format(value=shown), value)
            index = self.combo.count() - 1
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self._show_choice_help(value)

    def _show_choice_help(self, value: Any) -> None:
        entry = self.entries.get(value) if isinstance(value, str) else None
        if entry is None or not entry.help:
            self.choice_help.hide()
            return
        self.choice_help.setText(
            Fields.tr("<b>{choice}:</b> {meaning}").format(
                choice=html.escape(entry.label), meaning=html.escape(lower_first(entry.help))
            )
        )
        self.choice_help.setToolTip(entry.help)
        self.choice_help.show()

    def _picked(self, index: int) -> None:
        value = self.combo.itemData(index)
        self._show_choice_help(value)
        self._edited(value)


def _entries_for(param: Param) -> Mapping[str, Choice]:
    if isinstance(param.choices, str):
        return catalog.CHOICE_TABLES[param.choices]
    return {name: Choice(name, name, "") for name in param.choices}


def make_field(param: Param, parent: QWidget | None = None) -> Field:
    """The editor for ``param``, chosen by its type."""
    makers: dict[str, type[Field]] = {
        "int": IntField,
        "float": FloatField,
        "bool": BoolField,
        "choice": ChoiceField,
        "shape": ShapeField,
        "text": TextField,
    }
    return makers[param.type](param, parent)


def rebuild_fields(
    old: dict[str, Field],
    params: Iterable[Param],
    layout: QLayout,
    on_edit: Callable[[str, Any], None],
) -> dict[str, Field]:
    """Replace the fields in ``old`` with one new field per param, added to ``layout``;
    ``on_edit(name, value)`` hears every edit."""
    for field in old.values():
        field.setParent(None)
        field.deleteLater()
    fields: dict[str, Field] = {}
    for param in params:
        field = make_field(param)
        field.value_edited.connect(lambda value, key=param.name: on_edit(key, value))
        layout.addWidget(field)
        fields[param.name] = field
    return fields
