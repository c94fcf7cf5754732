"""The live Keras code: the script nnstudio would export, updated as the network changes."""

from __future__ import annotations

import keyword
import re
import textwrap

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnstudio import export
from nnstudio.core.errors import InvalidProjectError, NNStudioError
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.ui.common.colours import colours
from nnstudio.ui.common.editor import Editor
from nnstudio.ui.common.style import mute

CodeTab = Context("CodeTab")

#: How long the network must stay unchanged before the code is written again, in ms;
#: typing "128" into a field then costs one update, not three.
DEBOUNCE_MS = 150

PROBLEMS_HEADER = QT_TRANSLATE_NOOP(
    "CodeTab", "# The network has problems, fix them to see the code:"
)

_HINT = QT_TRANSLATE_NOOP(
    "CodeTab",
    "The Python script that File ▸ Export Keras script saves. "
    "Export Jupyter notebook puts the same code in cells.",
)


#: The colours of a light editor theme, and of a dark one.
LIGHT_THEME = {
    "keyword": "#0033b3",
    "string": "#067d17",
    "comment": "#6a737d",
    "number": "#1750eb",
    "builtin": "#7a3e9d",
}
DARK_THEME = {
    "keyword": "#6cb6ff",
    "string": "#8ddb8c",
    "comment": "#9aa0a6",
    "number": "#f69d50",
    "builtin": "#dcbdfb",
}


def _format(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class PythonHighlighter(QSyntaxHighlighter):
    """Keywords, strings, comments and numbers, in the colours of a light editor theme."""

    _IN_DOUBLE, _IN_SINGLE = 1, 2
    # One pass, left to right, so a '#' inside a string is not a comment, and so on.
    _TOKENS = re.compile(
        r"(?P<triple>[rRbBfFuU]{0,2}(?:\"\"\"|'''))"
        r"|(?P<string>[rRbBfFuU]{0,2}(?:\"(?:[^\"\\]|\\.)*\"?|'(?:[^'\\]|\\.)*'?))"
        r"|(?P<comment>#.*)"
        r"|(?P<number>\b(?:0[xXoObB][0-9a-fA-F_]+|\d[\d_]*\.?\d*(?:[eE][+-]?\d+)?)\b)"
        r"|(?P<word>\b[A-Za-z_]\w*\b)"
    )
    _KEYWORDS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) - {"_"}

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats: dict[str, QTextCharFormat] = {}
        self._choose_formats()
        colours().follow(self, lambda: self._recolour())

    def _choose_formats(self) -> None:
        theme = DARK_THEME if colours().dark else LIGHT_THEME
        self.formats = {
            "keyword": _format(theme["keyword"], bold=True),
            "string": _format(theme["string"]),
            "comment": _format(theme["comment"], italic=True),
            "number": _format(theme["number"]),
            "builtin": _format(theme["builtin"]),
        }

    def _recolour(self) -> None:
        self._choose_formats()
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        self.setCurrentBlockState(0)
        start = 0
        state = self.previousBlockState()
        if state in (self._IN_DOUBLE, self._IN_SINGLE):
            start = self._close_triple(text, 0, '"""' if state == self._IN_DOUBLE else "'''")
            if start < 0:
                return
        while (match := self._TOKENS.search(text, start)) is not None:
            start = match.end()
            kind = match.lastgroup
            if kind == "triple":
                start = self._close_triple(text, start, match.group()[-3:], match.start())
                if start < 0:
                    return
            elif kind == "word":
                word = match.group()
                if word in self._KEYWORDS:
                    self.setFormat(match.start(), len(word), self.formats["keyword"])
                elif word in ("print", "len", "range", "self"):
                    self.setFormat(match.start(), len(word), self.formats["builtin"])
            elif kind is not None:
                self.setFormat(match.start(), len(match.group()), self.formats[kind])

    def _close_triple(self, text: str, search_from: int, quote: str, begin: int = 0) -> int:
        """Colour a triple-quoted string from ``begin``; return where it ends on this line,
        or -1 when it goes on to the next line (which the block state remembers)."""
        end = text.find(quote, search_from)
        if end < 0:
            self.setFormat(begin, len(text) - begin, self.formats["string"])
            self.setCurrentBlockState(self._IN_DOUBLE if quote == '"""' else self._IN_SINGLE)
            return -1
        end += len(quote)
        self.setFormat(begin, end - begin, self.formats["string"])
        return end


def problems_comment(messages: list[str]) -> str:
    """The problems as a comment block, shown instead of code the network cannot have yet."""
    lines = [translate("CodeTab", PROBLEMS_HEADER), "#"]
    for message in messages:
        wrapped = textwrap.wrap(message, 92) or [""]
        lines.append("#   - " + wrapped[0])
        lines += ["#     " + rest for rest in wrapped[1:]]
    return "\n".join(lines) + "\n"


class CodeView(QWidget):
    """The exported script, read-only and highlighted, with a Copy button."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.valid = False

        self.copy_button = QPushButton(CodeTab.tr("Copy"))
        self.copy_button.setToolTip(
            CodeTab.tr("Copy the whole script, to paste into a file or a notebook.")
        )
        self.copy_button.clicked.connect(self.copy)
        self.hint = QLabel(translate("CodeTab", _HINT))
        self.hint.setWordWrap(True)
        mute(self.hint)

        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.setAccessibleName(CodeTab.tr("Keras code"))
        self.view.setAccessibleDescription(
            CodeTab.tr("The Keras code this network amounts to, read-only")
        )
        # Read-only, but the text can still be selected and copied with the keyboard.
        self.view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.highlighter = PythonHighlighter(self.view.document())

        bar = QHBoxLayout()
        bar.addWidget(self.copy_button)
        bar.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        self.view.setMinimumHeight(36)  # scrolled when short
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.setInterval(1500)
        self._copied.timeout.connect(lambda: self.copy_button.setText(CodeTab.tr("Copy")))

        editor.document.changed.connect(self._timer.start)
        editor.document.replaced.connect(self._timer.start)
        self.refresh()

    def text(self) -> str:
        """The code (or the problems) as shown."""
        return self.view.toPlainText()

    def refresh(self) -> None:
        self._timer.stop()
        text, self.valid = self._make_text()
        self.copy_button.setEnabled(self.valid)
        if text == self.view.toPlainText():
            return
        # Keep the reader's place: a student reading build_model() should not be thrown
        # back to the top each time a setting changes.
        vertical, horizontal = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
        where = vertical.value(), horizontal.value()
        self.view.setPlainText(text)
        vertical.setValue(where[0])
        horizontal.setValue(where[1])

    def _make_text(self) -> tuple[str, bool]:
        doc = self.editor.document
        try:
            return export.script(doc.project, self._data_path(), data=doc.data_info()), True
        except InvalidProjectError as exc:
            return problems_comment([str(p) for p in exc.problems]), False
        except NNStudioError as exc:
            return problems_comment([str(exc)]), False
        except Exception as exc:
            # A view must never show a traceback; the message still says what went wrong.
            return problems_comment(
                [CodeTab.tr("The code could not be written: {error}").format(error=exc)]
            ), False

    def _data_path(self) -> str | None:
        """The data file the app would read, as the export would name it."""
        from nnstudio.data import resolve_data_path

        doc = self.editor.document
        try:
            path = resolve_data_path(doc.project.data, doc.base_dir)
        except NNStudioError:
            return None
        return None if path is None else str(path)

    def copy(self) -> None:
        if not self.valid:
            return
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(CodeTab.tr("Copied ✓"))
        self._copied.start()


if __name__ == "__main__":
    from nnstudio.ui.common.demo import run_demo

    raise SystemExit(run_demo(CodeView, size=(820, 600)))
