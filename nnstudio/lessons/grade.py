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
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.lessons import goals
from nnstudio.lessons.goals import Condition, Situation
from nnstudio.lessons.lesson import Lesson
from nnstudio.lessons.session import time_text

Grading = Context("Grading")

#: The words for a row's status (its key stays English: "graded", "another lesson"...).
STATUS_WORDS = {
    "graded": QT_TRANSLATE_NOOP("Grading", "graded"),
    "another lesson": QT_TRANSLATE_NOOP("Grading", "another lesson"),
    "no lesson": QT_TRANSLATE_NOOP("Grading", "no lesson"),
    "unreadable": QT_TRANSLATE_NOOP("Grading", "unreadable"),
}


def status_words(status: str) -> str:
    """A row's status in the language spoken."""
    return translate("Grading", STATUS_WORDS.get(status, status))


def _yes_no(value: bool) -> str:
    return Grading.tr("yes") if value else Grading.tr("no")


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
                Grading.tr(
                    "There is no file or folder at {path}: expected handed-in project files "
                    "({suffix}) or a folder of them."
                ).format(path=path, suffix=project_file.SUFFIX)
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
        row.note = Grading.tr(
            "This project was not made in a lesson (expected the lesson {lesson})."
        ).format(lesson=lesson.id)
        return row
    if progress.lesson != lesson.id:
        row.status = "another lesson"
        row.note = Grading.tr(
            "This project belongs to the lesson {lesson}, not {expected}."
        ).format(lesson=repr(progress.lesson), expected=repr(lesson.id))
        return row
    situation = Situation(project, None, set(progress.seen) | set(progress.actions))
    row.met = [goals.holds(c, situation) for c in columns]
    run = situation.last_run
    if run is not None:
        row.accuracy = goals.accuracy_of(run.test)
    elif not project.runs:
        row.note = Grading.tr("No training run saved in the file.")
    else:
        row.note = Grading.tr(
            "The network was changed after its last run, so that run does not count."
        )
    row.parameters = situation.parameters
    row.seconds = progress.seconds
    done = sum(progress.done)
    if progress.finished:
        row.steps = Grading.tr("{done}/{steps} finished").format(done=done, steps=len(lesson.steps))
    else:
        row.steps = f"{done}/{len(lesson.steps)}"
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
    lines = [
        Grading.tr("Lesson: {title} ({id})").format(title=table.lesson.title, id=table.lesson.id)
    ]
    goal = [
        Grading.tr("G{number}", "short for: goal number").format(number=i + 1)
        for i in range(len(table.columns))
    ]
    lines += [f"  {name}: {text}" for name, text in zip(goal, table.columns, strict=True)]
    header = [
        Grading.tr("File"),
        *goal,
        Grading.tr("All"),
        Grading.tr("Test acc."),
        Grading.tr("Params"),
        Grading.tr("Steps"),
        Grading.tr("Time"),
        Grading.tr("Note"),
    ]
    body = []
    for row in table.rows:
        if row.status != "graded":
            cells = [row.file, *("-" for _ in table.columns), _yes_no(False), "", "", "", ""]
            cells.append(row.note)
        else:
            cells = [
                row.file,
                *(_yes_no(m) for m in row.met),
                _yes_no(row.all_met),
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
    summary = Grading.tr("{met} of {total} projects meet every goal.")
    lines += ["", summary.format(met=met, total=len(table.rows))]
    return "\n".join(lines)


def csv_text(table: Table) -> str:
    """The table for a spreadsheet: one column per goal, headed by its sentence."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            Grading.tr("file", "a column of the table"),
            Grading.tr("status", "a column of the table"),
            *table.columns,
            Grading.tr("all goals met", "a column of the table"),
            Grading.tr("test accuracy", "a column of the table"),
            Grading.tr("parameters", "a column of the table"),
            Grading.tr("steps done", "a column of the table"),
            Grading.tr("minutes", "a column of the table"),
            Grading.tr("note", "a column of the table"),
        ]
    )
    for row in table.rows:
        graded = row.status == "graded"
        writer.writerow(
            [
                row.file,
                status_words(row.status),
                *((_yes_no(m) for m in row.met) if graded else ("" for _ in table.columns)),
                _yes_no(row.all_met),
                "" if row.accuracy is None else f"{row.accuracy:.4f}",
                "" if row.parameters is None else row.parameters,
                row.steps,
                "" if row.seconds is None else f"{row.seconds / 60:.1f}",
                row.note,
            ]
        )
    return buffer.getvalue()
