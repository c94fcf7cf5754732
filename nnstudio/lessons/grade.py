"""Grading handed-in projects against a lesson: one row per file, one column per goal.

A project from another lesson, one with no training run of its network, or a file that
cannot be read is a row saying so, never a stop: a teacher grades a folder of 30 files in
one go.
"""

from __future__ import annotations

import csv
import io
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from nnstudio.core import project_file
from nnstudio.core.errors import NNStudioError
from nnstudio.lessons import goals
from nnstudio.lessons.goals import Condition, Situation
from nnstudio.lessons.lesson import Lesson
from nnstudio.lessons.session import time_text


@dataclass
class Row:
    file: str
    #: "graded", or why not: "another lesson", "no lesson", "unreadable".
    status: str = "graded"
    #: One sentence for a row that could not be graded, or about its run.
    note: str = ""
    met: list[bool] = field(default_factory=list)
    accuracy: float | None = None
    parameters: int | None = None
    seconds: float | None = None
    steps: str = ""

    @property
    def all_met(self) -> bool:
        return self.status == "graded" and bool(self.met) and all(self.met)


@dataclass
class Table:
    lesson: Lesson
    columns: list[str]
    rows: list[Row]


def project_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The project files among ``paths``: files as given, folders' ``.nnproj`` files (not
    their subfolders), sorted by name; raises :class:`NNStudioError` for a path that is
    not there."""
    found: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix == project_file.SUFFIX))
        elif path.exists():
            found.append(path)
        else:
            raise NNStudioError(
                f"There is no file or folder at {path}: expected handed-in project files "
                f"({project_file.SUFFIX}) or a folder of them."
            )
    return found


def grade_file(lesson: Lesson, path: Path, columns: tuple[Condition, ...]) -> Row:
    row = Row(path.name)
    try:
        project = project_file.load(path)
    except NNStudioError as exc:
        row.status, row.note = "unreadable", str(exc)
        return row
    progress = project.lesson
    if progress is None:
        row.status = "no lesson"
        row.note = f"This project was not made in a lesson (expected the lesson {lesson.id})."
        return row
    if progress.lesson != lesson.id:
        row.status = "another lesson"
        row.note = f"This project belongs to the lesson {progress.lesson!r}, not {lesson.id!r}."
        return row
    situation = Situation(project, None, set(progress.seen) | set(progress.actions))
    row.met = [goals.holds(c, situation) for c in columns]
    run = situation.last_run
    if run is not None:
        row.accuracy = goals.accuracy_of(run.test)
    elif not project.runs:
        row.note = "No training run saved in the file."
    else:
        row.note = "The network was changed after its last run, so that run does not count."
    row.parameters = situation.parameters
    row.seconds = progress.seconds
    done = sum(progress.done)
    row.steps = f"{done}/{len(lesson.steps)}" + (" finished" if progress.finished else "")
    return row


def grade(lesson: Lesson, paths: Iterable[str | os.PathLike[str]]) -> Table:
    goal = lesson.grade_goal
    columns = goals.parts_of(goal) if goal is not None else ()
    rows = [grade_file(lesson, p, columns) for p in project_files(paths)]
    return Table(lesson, [goals.sentence(c) for c in columns], rows)


def _percent(value: float | None) -> str:
    return "" if value is None or not math.isfinite(value) else f"{value * 100:.2f}%"


def text_table(table: Table) -> str:
    """The table for a terminal: goals numbered G1, G2... with a legend above."""
    lines = [f"Lesson: {table.lesson.title} ({table.lesson.id})"]
    lines += [f"  G{i + 1}: {text}" for i, text in enumerate(table.columns)]
    header = [
        "File",
        *(f"G{i + 1}" for i in range(len(table.columns))),
        "All",
        "Test acc.",
        "Params",
        "Steps",
        "Time",
        "Note",
    ]
    body = []
    for row in table.rows:
        if row.status != "graded":
            cells = [row.file, *("-" for _ in table.columns), "no", "", "", "", "", row.note]
        else:
            cells = [
                row.file,
                *("yes" if m else "no" for m in row.met),
                "yes" if row.all_met else "no",
                _percent(row.accuracy),
                f"{row.parameters:,}" if row.parameters is not None else "",
                row.steps,
                time_text(row.seconds or 0.0),
                row.note,
            ]
        body.append(cells)
    widths = [max(len(str(r[i])) for r in [header, *body]) for i in range(len(header) - 1)]
    out = []
    for cells in [header, *body]:
        fixed = "  ".join(str(c).ljust(w) for c, w in zip(cells[:-1], widths, strict=False))
        out.append(f"{fixed}  {cells[-1]}".rstrip())
    lines += ["", *out]
    met = sum(r.all_met for r in table.rows)
    lines += ["", f"{met} of {len(table.rows)} projects meet every goal."]
    return "\n".join(lines)


def csv_text(table: Table) -> str:
    """The table for a spreadsheet: one column per goal, headed by its sentence."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "file",
            "status",
            *table.columns,
            "all goals met",
            "test accuracy",
            "parameters",
            "steps done",
            "minutes",
            "note",
        ]
    )
    for row in table.rows:
        graded = row.status == "graded"
        writer.writerow(
            [
                row.file,
                row.status,
                *(
                    (("yes" if m else "no") for m in row.met)
                    if graded
                    else ("" for _ in table.columns)
                ),
                "yes" if row.all_met else "no",
                "" if row.accuracy is None else f"{row.accuracy:.4f}",
                "" if row.parameters is None else row.parameters,
                row.steps,
                "" if row.seconds is None else f"{row.seconds / 60:.1f}",
                row.note,
            ]
        )
    return buffer.getvalue()
