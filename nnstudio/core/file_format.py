"""The head of nnstudio's JSON files: a format tag and a schema version.

Project files and lesson files both start so; :func:`header_problem` says, in one sentence,
why a document cannot be read as one of them (not one at all, no usable version, or written
by a newer nnstudio), and each file kind raises its own error with it.
"""

from __future__ import annotations

from typing import Any

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
