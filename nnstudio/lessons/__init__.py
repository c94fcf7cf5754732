"""Lessons and teachers' challenges: the file format, goals checked live, the student's session,
the built-in lessons and the grading of handed-in projects.

Qt-free and TensorFlow-free, like ``core``; the window's ``ui.lessons`` shows them.
"""

from __future__ import annotations

from functools import cache, partial
from pathlib import Path

from nnstudio.core import i18n
from nnstudio.core.errors import NNStudioError
from nnstudio.core.spec import Project
from nnstudio.lessons.lesson import (
    SUFFIX,
    Lesson,
    LessonError,
    from_document,
    load,
    loads,
    localized,
    text_context,
)

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

Lessons = i18n.Context("Lessons")


def _folder() -> Path:
    # Beside this file: installed, in a checkout, and in the bundle (which ships the package
    # as source, with the lessons beside it).
    return Path(__file__).resolve().parent / "builtin"


def builtin() -> tuple[Lesson, ...]:
    """The lessons and challenges that come with nnstudio, in :data:`ORDER`, in the language
    spoken (their texts are translated as they are read; a teacher's own lesson files are
    not: they are written in the class's language)."""
    return _builtin(i18n.current_language())


@cache
def _builtin(language: str) -> tuple[Lesson, ...]:
    lessons = []
    for lesson in builtin_english():
        lessons.append(localized(lesson, partial(i18n.translate, text_context(lesson.id))))
    return tuple(lessons)


def builtin_english() -> tuple[Lesson, ...]:
    """The built-in lessons as written (in English), in :data:`ORDER`."""
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
        Lessons.tr(
            "There is no built-in lesson called {name} and no lesson file there. Expected a "
            "{suffix} file or one of: {ids}."
        ).format(name=repr(name), suffix=SUFFIX, ids=", ".join(lesson.id for lesson in builtin()))
    )


def for_project(project: Project) -> Lesson | None:
    """The lesson a project belongs to: the teacher's copy kept in it, or the built-in one
    with its id. None for a project of no lesson, or of a built-in lesson this nnstudio does
    not have. Raises :class:`LessonError` when the kept copy is broken."""
    progress = project.lesson
    if progress is None:
        return None
    if progress.document is not None:
        kept = Lessons.tr("the lesson kept in {project}").format(project=project.name)
        return from_document(progress.document, kept)
    return next((lesson for lesson in builtin() if lesson.id == progress.lesson), None)
