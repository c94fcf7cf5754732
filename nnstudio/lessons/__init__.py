"""Lessons and teachers' challenges: the file format, goals checked live, the student's session,
the built-in lessons and the grading of handed-in projects.

Qt-free and TensorFlow-free, like ``core``; the window's ``ui.lessons`` shows them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from nnstudio.core.errors import NNStudioError
from nnstudio.core.spec import Project
from nnstudio.lessons.lesson import SUFFIX, Lesson, LessonError, from_document, load, loads

__all__ = ["Lesson", "LessonError", "builtin", "find", "for_project", "load", "loads"]

#: The built-in lessons in the order a class meets them, then the challenges.
ORDER = (
    "mnist-128",
    "mnist-512",
    "mnist-tanh-sgd",
    "xor",
    "layers-8-6-6-4",
    "challenge-small-mnist",
    "challenge-xor-fewest",
    "challenge-own-csv",
)
BUILTIN = "built-in"


def _folder() -> Path:
    # Beside this file: installed, in a checkout, and in the bundle (which ships the package
    # as source, with the lessons beside it).
    return Path(__file__).resolve().parent / "builtin"


@cache
def builtin() -> tuple[Lesson, ...]:
    """The lessons and challenges that come with nnstudio, in :data:`ORDER`."""
    lessons = []
    for path in sorted(_folder().glob(f"*{SUFFIX}")):
        lesson = loads(path.read_text(encoding="utf-8"), source=path.name)
        lessons.append(Lesson(**{**lesson.__dict__, "source": BUILTIN}))
    rank = {name: i for i, name in enumerate(ORDER)}
    return tuple(sorted(lessons, key=lambda lesson: (rank.get(lesson.id, len(rank)), lesson.id)))


def find(name: str) -> Lesson:
    """A built-in lesson by its id, or a lesson file by its path; raises
    :class:`LessonError` (a file's problems) or :class:`NNStudioError` (neither)."""
    for lesson in builtin():
        if lesson.id == name:
            return lesson
    path = Path(name)
    if path.suffix == SUFFIX or path.exists():
        return load(path)
    raise NNStudioError(
        f"There is no built-in lesson called {name!r} and no lesson file there. Expected a "
        f"{SUFFIX} file or one of: {', '.join(lesson.id for lesson in builtin())}."
    )


def for_project(project: Project) -> Lesson | None:
    """The lesson a project belongs to: the teacher's copy kept in it, or the built-in one
    with its id. None for a project of no lesson, or of a built-in lesson this nnstudio does
    not have. Raises :class:`LessonError` when the kept copy is broken."""
    progress = project.lesson
    if progress is None:
        return None
    if progress.document is not None:
        return from_document(progress.document, f"the lesson kept in {project.name}")
    return next((lesson for lesson in builtin() if lesson.id == progress.lesson), None)
