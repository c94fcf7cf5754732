"""Project files: JSON with a format tag and a schema version, saved atomically.

A file written by an older nnstudio is brought up to date by the functions in
:data:`MIGRATIONS`, one schema step at a time, before it is read. A file from a newer
nnstudio, or one that is not a project at all, gives one clear sentence.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nnstudio.core.atomic_write import replace_atomically
from nnstudio.core.errors import NNStudioError, ProjectFileError
from nnstudio.core.file_format import MAX_DEPTH, header_problem, parse_json, read_text, too_deep
from nnstudio.core.i18n import Context
from nnstudio.core.spec import Project

ProjectFile = Context("ProjectFile")

FORMAT = "nnstudio-project"
SCHEMA_VERSION = 4
SUFFIX = ".nnproj"

#: MIGRATIONS[n] turns a file's dict at schema version n into one at version n + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 keeps the project's training runs; a version 1 file has had none."""
    project = doc.get("project")
    if isinstance(project, dict):
        doc["project"] = {**project, "runs": project.get("runs", [])}
    return doc


MIGRATIONS[1] = _v1_to_v2


def _v2_to_v3(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 3 can skip a CSV file's rows with missing values; a version 2 file never did.
    (The new setting is why an older nnstudio, which would refuse it, is told to update.)"""
    project = doc.get("project")
    if isinstance(project, dict) and isinstance(project.get("data"), dict):
        doc["project"] = {**project, "data": {"skip_missing": False, **project["data"]}}
    return doc


MIGRATIONS[2] = _v2_to_v3


def _v3_to_v4(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 4 can keep a student's progress in a lesson; a version 3 file has none."""
    project = doc.get("project")
    if isinstance(project, dict):
        doc["project"] = {**project, "lesson": project.get("lesson")}
    return doc


MIGRATIONS[3] = _v3_to_v4


def project_to_document(project: Project) -> dict[str, Any]:
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "project": project.to_dict()}


def dumps(project: Project) -> str:
    return json.dumps(project_to_document(project), indent=2) + "\n"


def _source(source: str | None) -> str:
    """What messages call the file: its name, or "the project file" when it has none."""
    return ProjectFile.tr("the project file") if source is None else source


def loads(text: str, source: str | None = None) -> Project:
    source = _source(source)
    try:
        doc = parse_json(text, source, "project file")
    except NNStudioError as exc:
        raise ProjectFileError(str(exc)) from None
    return document_to_project(doc, source)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _tidy(value: Any, source: str, depth: int = 0) -> Any:
    """``value`` with its nesting checked and every lone surrogate replaced by U+FFFD.

    JSON can spell half a UTF-16 pair ("\\ud800"); such text cannot be printed, saved or
    exported as UTF-8, so it becomes the replacement character "\ufffd" on the way in.
    """
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if depth >= MAX_DEPTH and isinstance(value, (dict, list)):
        raise ProjectFileError(too_deep(source, "project file"))
    if isinstance(value, dict):
        return {_tidy(k, source): _tidy(v, source, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        if all(type(v) is float for v in value):  # a run's history: no need to look closer
            return value
        return [_tidy(v, source, depth + 1) for v in value]
    return value


def document_to_project(doc: Any, source: str | None = None) -> Project:
    source = _source(source)
    doc = _tidy(doc, source)
    problem = header_problem(doc, fmt=FORMAT, schema=SCHEMA_VERSION, source=source,
                             noun="project")  # fmt: skip
    if problem is not None:
        raise ProjectFileError(problem)
    doc = migrate(doc)
    try:
        return Project.from_dict(doc.get("project"))
    except ProjectFileError as exc:
        raise ProjectFileError(
            ProjectFile.tr("{source}: {problem}").format(source=source, problem=exc)
        ) from None


def migrate(doc: dict[str, Any]) -> dict[str, Any]:
    """Bring ``doc`` up to :data:`SCHEMA_VERSION`, one registered step at a time."""
    version = doc["schema_version"]
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectFileError(
                ProjectFile.tr(
                    "Project files of schema version {version} can no longer be read by this "
                    "nnstudio: expected version {oldest} or later, found {version}."
                ).format(version=version, oldest=min(MIGRATIONS))
            )
        doc = step(dict(doc))
        version += 1
        doc["schema_version"] = version
    return doc


def load(path: str | os.PathLike[str]) -> Project:
    try:
        text = read_text(path, noun="a project file", suffix=SUFFIX)
    except ProjectFileError:
        raise
    except NNStudioError as exc:
        raise ProjectFileError(str(exc)) from None
    return loads(text, source=Path(path).name)


def save(project: Project, path: str | os.PathLike[str]) -> None:
    """Write ``project`` to ``path`` atomically: the old file stays whole until the new one is."""
    write_text_atomic(Path(path), dumps(project))


def file_name(project_name: str, suffix: str = SUFFIX) -> str:
    """A file name for a project (or its trained network, with ``suffix=".keras"``) made from
    its name: letters, digits and _ kept, every other run of characters one dash."""
    stem = re.sub(r"[^\w]+", "-", project_name.lower()).strip("-_")
    return (stem or "network") + suffix


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8 with \\n line ends, atomically, keeping the file's
    permissions (see :mod:`nnstudio.core.atomic_write`)."""

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    replace_atomically(path, write)
