"""The built-in lessons' texts for the translators: the generated ``builtin_strings.py``.

``pyside6-lupdate`` reads Python, not lesson files. So :func:`write_strings_module` (run by
``python packaging/translations.py update``, before lupdate) writes every text a student reads
in a built-in lesson into ``nnstudio/lessons/builtin_strings.py``, one
``QT_TRANSLATE_NOOP("Lesson <id>", "…")`` each, exactly as the lesson file has it (paragraphs,
``**bold**`` and ``$formulas$`` included): that is the message :func:`nnstudio.lessons.builtin`
asks for when it reads the lesson in another language (:func:`~nnstudio.lessons.lesson.localized`
picks the texts for both, so they cannot disagree).

The module is written as ``ruff format`` would write it (lines of at most 100 columns, long texts
cut into implicitly joined pieces), so that it passes the project's checks as generated; the
tests check that the committed module is :func:`strings_module_text`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from nnstudio.lessons.lesson import Lesson, localized, text_context

#: The generated module, beside this one.
MODULE = Path(__file__).resolve().parent / "builtin_strings.py"
LINE_LENGTH = 100
INDENT = "    "

HEADER = '''\
"""The texts of nnstudio's built-in lessons, for pyside6-lupdate to find.

Generated from nnstudio/lessons/builtin/*.nnlesson by nnstudio/lessons/strings.py: do not edit.
After changing a built-in lesson, make it again with ``python packaging/translations.py update``
(or ``python -c "from nnstudio.lessons.strings import write_strings_module as w; w()"``).
"""

from nnstudio.core.i18n import QT_TRANSLATE_NOOP

'''


def lesson_texts(lesson: Lesson) -> list[str]:
    """The texts of ``lesson`` a student reads, each once, in the order of the file; texts
    with no letter in them ("%") are left out: there is nothing to translate."""
    found: list[str] = []

    def keep(text: str) -> str:
        if any(ch.isalpha() for ch in text) and text not in found:
            found.append(text)
        return text

    localized(lesson, keep)
    return found


def strings_module_text(lessons: Iterable[Lesson] | None = None) -> str:
    """The text of ``builtin_strings.py`` for ``lessons`` (the built-in ones, as written)."""
    if lessons is None:
        from nnstudio.lessons import builtin_english

        lessons = builtin_english()
    lines = [HEADER.rstrip("\n"), "", "TEXTS = ("]
    for lesson in lessons:
        lines.append(f"{INDENT}# {lesson.id}")
        context = _literal(text_context(lesson.id))
        for text in lesson_texts(lesson):
            lines += _entry(context, text)
    lines.append(")")
    return "\n".join(lines) + "\n"


def write_strings_module(path: Path = MODULE) -> Path:
    """Write ``builtin_strings.py`` afresh from the built-in lesson files; returns its path."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(strings_module_text())
    return path


# --- Python source as ruff formats it ----------------------------------------------------------


def _entry(context: str, text: str) -> list[str]:
    """One ``QT_TRANSLATE_NOOP(context, text),`` in the tuple: on one line if it fits, else one
    argument per line (kept so by the trailing comma), the text in pieces if it must be."""
    call = f"{INDENT}QT_TRANSLATE_NOOP({context}, {_literal(text)}),"
    if _width(call) <= LINE_LENGTH:
        return [call]
    inner = INDENT * 2
    pieces = [f"{inner}{_literal(text)},"]
    if _width(pieces[0]) > LINE_LENGTH:  # else ruff would join the pieces again
        width = LINE_LENGTH - len(inner) - 1
        pieces = [inner + _literal(piece) for piece in _pieces(text, width)]
        pieces[-1] += ","
    return [f"{INDENT}QT_TRANSLATE_NOOP(", f"{inner}{context},", *pieces, f"{INDENT}),"]


def _pieces(text: str, width: int) -> list[str]:
    """``text`` cut into pieces whose literals are at most ``width`` columns wide: after each
    line break, and between words within a line (a word too long for a line is cut)."""
    pieces: list[str] = []
    for line in text.splitlines(keepends=True):
        piece = ""
        for word in re.findall(r"\S*\s*", line):
            if not word:
                continue
            if piece and _width(_literal(piece + word)) > width:
                pieces.append(piece)
                piece = ""
            while _width(_literal(word)) > width:  # no space to cut at
                cut = len(word) - 1
                while cut > 1 and _width(_literal(word[:cut])) > width:
                    cut -= 1
                pieces.append(word[:cut])
                word = word[cut:]
            piece += word
        if piece:
            pieces.append(piece)
    return pieces or [""]


def _literal(text: str) -> str:
    """``text`` as a string literal that evaluates back to exactly ``text``, quoted as ruff
    quotes (double, unless the text holds more double quotes than single ones); backslashes,
    the quote, line breaks and invisible characters are escaped, everything else is as typed
    (lupdate reads these escapes as Python does: the tests check it)."""
    quote = "'" if text.count('"') > text.count("'") else '"'
    return quote + "".join(_escape(ch, quote) for ch in text) + quote


def _escape(ch: str, quote: str) -> str:
    if ch in ("\\", quote):
        return "\\" + ch
    if ch in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch]
    if ch.isprintable() and not unicodedata.category(ch).startswith("M"):
        return ch
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _width(line: str) -> int:
    """Columns ``line`` takes, as ruff counts them (wide East Asian characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in line)
