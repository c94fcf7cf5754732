"""No sentence reaches a student without passing through translation.

A made-up language wraps every sentence of the translation sources in ⟦ ⟧. With it, the
window is opened and every tab, dock, menu and lesson page is looked at; the command line's
help and messages are read; the checks and the catalog are asked. Any words left outside the
brackets came from a string that is missing from the sources (not marked for translation)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from nnstudio import lessons
from nnstudio.core import i18n
from nnstudio.core.templates import TEMPLATES

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))
from pseudo_cli import pseudo_catalog  # noqa: E402

OPEN, CLOSE = "⟦", "⟧"
#: Words that stay as they are in every language: names of things, not sentences.
NAMES = {
    "nnstudio", "mnist", "xor", "csv", "keras", "tensorflow", "python", "relu", "tanh",
    "sigmoid", "softmax", "adam", "sgd", "rmsprop", "adagrad", "adamw", "nadam", "elu", "selu",
    "gelu", "swish", "dense", "conv2d", "dropout", "flatten", "reshape", "maxpooling2d",
    "batchnormalization", "activation", "input", "glorot", "uniform", "normal", "zeros",
    "ones", "ctrl", "shift", "alt", "nnproj", "nnlesson", "ipynb", "npz", "idx",
    "utf", "png", "svg", "tab", "esc", "del", "linear", "heuristic", "tf", "np", "he",
    "lecun", "mse", "mae", "nan", "inf", "ms", "kb", "mb", "gb", "px",
    # Each language is named in its own language in View → Language.
    "english", "deutsch", "français", "español",
}  # fmt: skip
#: Qt's own parts of its widgets, which Qt's own translations (qtbase_*.qm) speak for.
QT_OWN = ("qt_", "ScrollLeftButton", "ScrollRightButton")


@pytest.fixture(scope="module")
def pseudo() -> i18n.Catalog:
    """Every sentence lupdate finds in the code, "translated" as ⟦sentence⟧."""
    return pseudo_catalog()


@pytest.fixture
def speaking_pseudo(pseudo):
    i18n.use_catalog(pseudo)
    yield pseudo
    i18n.set_language("en")


def untranslated(text: str) -> str:
    """The words of ``text`` that are outside every ⟦ ⟧ (names and numbers left out)."""
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags
    for template in TEMPLATES:  # a template's name is an id ("layers-8-6-6-4")
        text = text.replace(template, " ")
    text = re.sub(r"&(amp|lt|gt|quot|nbsp|#\d+);", " ", text)
    previous = None
    while previous != text:
        previous = text
        text = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
    words = re.findall(r"[^\W\d_]{3,}", text)
    return " ".join(w for w in words if w.lower() not in NAMES)


def texts_of(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text ``widget`` shows or says to a screen reader."""
    found: list[tuple[str, str]] = []
    where = f"{type(widget).__name__} {widget.objectName()!r}"

    def add(what: str, text: str | None) -> None:
        if text:
            found.append((f"{where} {what}", text))

    add("tooltip", widget.toolTip())
    add("status tip", widget.statusTip())
    add("what's this", widget.whatsThis())
    face = QAccessible.queryAccessibleInterface(widget)
    if face is not None and not isinstance(widget, QLabel):
        add("accessible name", widget.accessibleName())
        add("accessible description", widget.accessibleDescription())
    if isinstance(widget, QLabel):
        add("text", widget.text())
    if isinstance(widget, QAbstractButton):
        add("text", widget.text())
    if isinstance(widget, QGroupBox):
        add("title", widget.title())
    if isinstance(widget, QDockWidget):
        add("title", widget.windowTitle())
    if isinstance(widget, QLineEdit):
        add("placeholder", widget.placeholderText())
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            add(f"tab {i}", widget.tabText(i))
            add(f"tab {i} tooltip", widget.tabToolTip(i))
    if isinstance(widget, QMenu):
        add("title", widget.title())
        for action in widget.actions():
            add(f"action {action.text()!r}", action.text())
            add(f"action {action.text()!r} tip", action.toolTip())
            add(f"action {action.text()!r} status tip", action.statusTip())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model: no headers
            columns = 0
        for section in range(min(columns, 12)):
            add(f"header {section}", str(model.headerData(section, _horizontal()) or ""))
    if isinstance(widget, QComboBox) and not widget.isEditable():
        for i in range(widget.count()):
            add(f"item {i}", widget.itemText(i))
    return found


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def unmarked(root: QWidget) -> list[str]:
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName().startswith(QT_OWN):
            continue
        for where, text in texts_of(widget):
            left = untranslated(text)
            if left:
                problems.append(f"{where}: {left!r} in {text[:90]!r}")
    return sorted(set(problems))


def test_every_sentence_of_the_window_goes_through_translation(speaking_pseudo, window, qtbot):
    window.setWindowTitle(window.windowTitle())
    problems: list[str] = []
    tabs = window.findChildren(QTabWidget)
    for tab_widget in tabs:
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            qtbot.wait(5)
            problems += unmarked(window)
    window.start_lesson(next(x for x in lessons.builtin() if x.id == "xor"))
    qtbot.wait(5)
    problems += unmarked(window)
    left = untranslated(window.windowTitle())
    if left:
        problems.append(f"window title: {left!r}")
    problems = sorted(set(problems))
    assert not problems, f"{len(problems)} texts not marked for translation:\n" + "\n".join(
        problems[:80]
    )


def test_the_start_page_goes_through_translation(speaking_pseudo, window):
    from nnstudio.ui.lessons.start_page import StartPage

    page = StartPage(lessons.builtin(), window)
    assert unmarked(page) == []


def test_the_command_line_speaks_through_translation(tmp_path):
    """The command line's help and a refusal, read in the made-up language."""
    import os

    env = dict(os.environ, NNSTUDIO_PSEUDO_LANGUAGE="1")
    outputs = []
    for args in (["--help"], ["train", "--help"], ["check", str(tmp_path / "missing.nnproj")]):
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).parent / "pseudo_cli.py"), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        outputs.append((args, proc.stdout + proc.stderr))
    problems = []
    for args, output in outputs:
        # What argparse makes from the options' spellings (the usage lines, "--epochs N",
        # "{train,check}") is not a sentence; its headings are Python's own words.
        text = re.sub(r"(?ms)^⟦?usage: ⟧?.*?(?=^\S|\Z)", "", output)
        text = re.sub(r"\{[\w,-]+\}|--?[\w-]+|\b[A-Z][A-Z_]+\b", " ", text)
        text = re.sub(r"(?m)^ {2,}[a-z][\w-]*(?= {2,}|$)", " ", text)  # a subcommand's name
        left = untranslated(text)
        if left:
            problems.append(f"{' '.join(args)}: {left!r}")
    assert not problems, "\n".join(problems) + "\n\n" + "\n".join(o for _a, o in outputs)


def test_the_dialogs_go_through_translation(speaking_pseudo, qtbot, tmp_path):
    """The export-folder dialog and the crash dialog (the ones nnstudio builds itself)."""
    from nnstudio.export.folder import ExportedFolder
    from nnstudio.ui import crash
    from nnstudio.ui.common.export_folder import ExportFolderDialog

    folder = tmp_path / "xor"
    written = ExportedFolder(folder, folder / "xor.py", folder / "xor.ipynb")
    export_dialog = ExportFolderDialog(written)
    crash_dialog = crash.CrashDialog("ValueError: the weights went missing", "details")
    for dialog in (export_dialog, crash_dialog):
        qtbot.addWidget(dialog)
        # The paths and the error itself are data, not sentences; a standard button's word
        # ("Close") is Qt's own (the next test).
        problems = [
            p
            for p in unmarked(dialog)
            if "weights went missing" not in p and "xor" not in p and "'Close'" not in p
        ]
        assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(("language", "close"), [("de", "Schließen"), ("fr", "Fermer")])
def test_qt_s_own_buttons_speak_the_language_too(language, close, qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from nnstudio.ui.common.language import apply_language

    try:
        apply_language(language)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        assert [button.text() for button in box.buttons()] == [close]
    finally:
        apply_language("en")
