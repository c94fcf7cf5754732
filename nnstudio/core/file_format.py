"""The head of nnstudio's JSON files: a format tag and a schema version.

Project files and lesson files both start so; :func:`header_problem` says, in one sentence,
why a document cannot be read as one of them (not one at all, no usable version, or written
by a newer nnstudio), and each file kind raises its own error with it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import Context
from nnstudio.core.paths import os_error_sentence
from nnstudio.core.spec import short_repr

FileFormat = Context("FileFormat")


def _is_lesson(noun: str) -> bool:
    """Whether ``noun`` ("lesson", "a lesson file"...) names a lesson file rather than a
    project file: each kind has its own sentences, so that a translation can say them well."""
    return "lesson" in noun


def header_problem(
    doc: Any, *, fmt: str, schema: int, source: str, noun: str, newer: str = "saved by"
) -> str | None:
    """Why ``doc`` is not a ``noun`` ("project", "lesson") of format ``fmt`` that this
    nnstudio (schema version ``schema``) reads, or None when it is. (``newer`` is no longer
    used: the sentences follow the kind of file.)"""
    lesson = _is_lesson(noun)
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        found = (
            f'"format": {short_repr(doc.get("format"))}'
            if isinstance(doc, dict)
            else short_repr(doc)
        )
        if lesson:
            text = FileFormat.tr(
                "{source} is not an nnstudio lesson: expected a JSON object with "
                '"format": "{format}", found {found}.'
            )
        else:
            text = FileFormat.tr(
                #: {source}: the file's name; "format": "{format}" is JSON and stays as it is.
                "{source} is not an nnstudio project: expected a JSON object with "
                '"format": "{format}", found {found}.'
            )
        return text.format(source=source, format=fmt, found=found)
    version = doc.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return FileFormat.tr(
            "{source} has no usable schema version: expected a whole number from 1 to "
            "{schema}. Received: {version}."
        ).format(source=source, schema=schema, version=short_repr(version))
    if version > schema:
        if lesson:
            text = FileFormat.tr(
                "{source} was written for a newer nnstudio: expected schema version {schema} "
                "or lower, found {version}. Please update nnstudio to open it."
            )
        else:
            text = FileFormat.tr(
                "{source} was saved by a newer nnstudio: expected schema version {schema} or "
                "lower, found {version}. Please update nnstudio to open it."
            )
        return text.format(source=source, schema=schema, version=short_repr(version))
    return None


def read_text(path: str | os.PathLike[str], *, noun: str, suffix: str) -> str:
    """The text of a project or lesson file (``noun``: "a project file"), read as UTF-8;
    raises :class:`NNStudioError` with one sentence for a file that is not there, a folder,
    a pipe or a device (reading those would wait for ever), bytes that are not text, or one
    the system will not open."""
    path = Path(path)
    lesson = _is_lesson(noun)
    try:
        special = path.exists() and not path.is_file() and not path.is_dir()
    except OSError as exc:  # a name too long for the file system, say
        raise NNStudioError(os_error_sentence(exc)) from None
    if special:
        if lesson:
            text = FileFormat.tr(
                "{path} is not a file but a pipe, a device or a socket: expected a lesson file."
            )
        else:
            text = FileFormat.tr(
                "{path} is not a file but a pipe, a device or a socket: expected a project file."
            )
        raise NNStudioError(text.format(path=path))
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if lesson:
            text = FileFormat.tr(
                "There is no file at {path}: expected a lesson file ({suffix}), found nothing."
            )
        else:
            text = FileFormat.tr(
                "There is no file at {path}: expected a project file ({suffix}), found nothing."
            )
        raise NNStudioError(text.format(path=path, suffix=suffix)) from None
    except IsADirectoryError:
        if lesson:
            text = FileFormat.tr(
                "{path} is a folder: expected a lesson file ({suffix}), found a folder."
            )
        else:
            text = FileFormat.tr(
                "{path} is a folder: expected a project file ({suffix}), found a folder."
            )
        raise NNStudioError(text.format(path=path, suffix=suffix)) from None
    except UnicodeDecodeError:
        if lesson:
            text = FileFormat.tr(
                "{name} is not a lesson file: expected JSON text (a {suffix} file), found "
                "bytes that are not text."
            )
        else:
            text = FileFormat.tr(
                "{name} is not a project file: expected JSON text (a {suffix} file), found "
                "bytes that are not text."
            )
        raise NNStudioError(text.format(name=path.name, suffix=suffix)) from None
    except OSError as exc:
        raise NNStudioError(os_error_sentence(exc, path)) from None


#: Deeper than any project or lesson nests (a run's history is five levels down); deeper
#: nesting would exhaust Python's recursion when the document is copied or saved.
MAX_DEPTH = 32


def too_deep(source: str, noun: str) -> str:
    if _is_lesson(noun):
        text = FileFormat.tr(
            "{source} is not a valid lesson file: expected lists and objects nested at most "
            "{most} deep, found deeper nesting."
        )
    else:
        text = FileFormat.tr(
            "{source} is not a valid project file: expected lists and objects nested at most "
            "{most} deep, found deeper nesting."
        )
    return text.format(source=source, most=MAX_DEPTH)


def parse_json(text: str, source: str, noun: str) -> Any:
    """``text`` read as JSON (a byte order mark, as Notepad writes, is allowed); raises
    :class:`NNStudioError` with one sentence about where it is not JSON, or too deep, or a
    number thousands of digits long, for a ``noun`` ("project file") called ``source``."""
    text = text.removeprefix("\ufeff")
    lesson = _is_lesson(noun)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if lesson:
            message = FileFormat.tr(
                "{source} is not a valid lesson file: expected JSON, found a mistake at line "
                "{line}, column {column} ({error})."
            )
        else:
            message = FileFormat.tr(
                "{source} is not a valid project file: expected JSON, found a mistake at line "
                "{line}, column {column} ({error})."
            )
        raise NNStudioError(
            message.format(source=source, line=exc.lineno, column=exc.colno, error=exc.msg)
        ) from None
    except RecursionError:
        raise NNStudioError(too_deep(source, noun)) from None
    except ValueError:  # Python reads whole numbers of at most 4,300 digits
        if lesson:
            message = FileFormat.tr(
                "{source} is not a valid lesson file: expected numbers of a usual size, found "
                "a whole number thousands of digits long."
            )
        else:
            message = FileFormat.tr(
                "{source} is not a valid project file: expected numbers of a usual size, "
                "found a whole number thousands of digits long."
            )
        raise NNStudioError(message.format(source=source)) from None
