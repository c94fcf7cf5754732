"""Every control of the window has a name and a description for a screen reader (a walk over
all widgets, each group's panels and pages included)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHeaderView,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from nnstudio import lessons

CONTROLS = (
    QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QAbstractSlider,
    QTextEdit, QPlainTextEdit,
)  # fmt: skip


def _qt_own(widget: QWidget) -> bool:
    """Parts Qt makes inside a control (a spin box's line edit, a table's headers, scroll
    bars, a combo box's pop-up list, a tab bar's scroll arrows): the control speaks for them."""
    parent = widget.parent()
    return (
        isinstance(widget, (QScrollBar, QHeaderView))
        or widget.objectName().startswith("qt_")
        or (type(widget) is QListView and type(parent) is QFrame)
        or (isinstance(widget, QToolButton) and isinstance(parent, QTabBar))
        or (isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox))
    )


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or _qt_own(widget):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name).strip() if face else ""
        about = face.text(QAccessible.Text.Description).strip() if face else ""
        if not name or not about:
            what = name or widget.objectName() or type(widget).__name__
            missing.append(f"{type(widget).__name__} {what!r}: name {bool(name)}, "
                           f"description {bool(about)}")  # fmt: skip
    return missing


def test_every_control_of_the_window_has_a_name_and_a_description(window) -> None:  # type: ignore[no-untyped-def]
    window.start_lesson(next(x for x in lessons.builtin() if x.id == "xor"))
    assert unnamed_controls(window) == []


def test_the_start_page_s_controls_have_names_and_descriptions(window) -> None:  # type: ignore[no-untyped-def]
    from nnstudio.ui.lessons.start_page import StartPage

    page = StartPage(lessons.builtin(), window)
    assert unnamed_controls(page) == []
