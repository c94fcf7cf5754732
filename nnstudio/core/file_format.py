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
from nnstudio.core.paths import os_error_sentence
from nnstudio.core.spec import short_repr


def header_problem(
    doc: Any, *, fmt: str, schema: int, source: str, noun: str, newer: str = "saved by"
) -> str | None:
    """Why ``doc`` is not a ``noun`` ("project", "lesson") of format ``fmt`` that this
    nnstudio (schema version ``schema``) reads, or None when it is."""
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        found = (
            f'"format": {short_repr(doc.get("format"))}'
            if isinstance(doc, dict)
            else short_repr(doc)
        )
        return (
            f"{source} is not an nnstudio {noun}: expected a JSON object with "
            f'"format": "{fmt}", found {found}.'
        )
    version = doc.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return (
            f"{source} has no usable schema version: expected a whole number from 1 to "
            f"{schema}. Received: {short_repr(version)}."
        )
    if version > schema:
        return (
            f"{source} was {newer} a newer nnstudio: expected schema version {schema} or "
            f"lower, found {short_repr(version)}. Please update nnstudio to open it."
        )
    return None


def read_text(path: str | os.PathLike[str], *, noun: str, suffix: str) -> str:
    """The text of a project or lesson file (``noun``: "a project file"), read as UTF-8;
    raises :class:`NNStudioError` with one sentence for a file that is not there, a folder,
    a pipe or a device (reading those would wait for ever), bytes that are not text, or one
    the system will not open."""
    path = Path(path)
    try:
        special = path.exists() and not path.is_file() and not path.is_dir()
    except OSError as exc:  # a name too long for the file system, say
        raise NNStudioError(os_error_sentence(exc)) from None
    if special:
        raise NNStudioError(
            f"{path} is not a file but a pipe, a device or a socket: expected {noun}."
        )
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NNStudioError(
            f"There is no file at {path}: expected {noun} ({suffix}), found nothing."
        ) from None
    except IsADirectoryError:
        raise NNStudioError(
            f"{path} is a folder: expected {noun} ({suffix}), found a folder."
        ) from None
    except UnicodeDecodeError:
        raise NNStudioError(
            f"{path.name} is not {noun}: expected JSON text (a {suffix} file), found bytes "
            "that are not text."
        ) from None
    except OSError as exc:
        raise NNStudioError(os_error_sentence(exc, path)) from None


#: Deeper than any project or lesson nests (a run's history is five levels down); deeper
#: nesting would exhaust Python's recursion when the document is copied or saved.
MAX_DEPTH = 32


def too_deep(source: str, noun: str) -> str:
    return (
        f"{source} is not a valid {noun}: expected lists and objects nested at most "
        f"{MAX_DEPTH} deep, found deeper nesting."
    )


def parse_json(text: str, source: str, noun: str) -> Any:
    """``text`` read as JSON (a byte order mark, as Notepad writes, is allowed); raises
    :class:`NNStudioError` with one sentence about where it is not JSON, or too deep, or a
    number thousands of digits long, for a ``noun`` ("project file") called ``source``."""
    text = text.removeprefix("\ufeff")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise NNStudioError(
            f"{source} is not a valid {noun}: expected JSON, found a mistake at line "
            f"{exc.lineno}, column {exc.colno} ({exc.msg})."
        ) from None
    except RecursionError:
        raise NNStudioError(too_deep(source, noun)) from None
    except ValueError:  # Python reads whole numbers of at most 4,300 digits
        raise NNStudioError(
            f"{source} is not a valid {noun}: expected numbers of a usual size, found a "
            "whole number thousands of digits long."
        ) from None
