"""Lesson files (``.nnlesson``): JSON with a format tag and a schema version.

A lesson has a title, a level, its minutes, a summary, a starting point (a template, a partial
network, or nothing) and steps. Each step has text, perhaps a part of the window to look at,
a goal checked live (:mod:`nnstudio.lessons.goals`), hints shown one at a time, a prediction
asked before Train, locked settings with the reason, and the actions that reach its goal
("show me"). A challenge is a lesson with a goal and no recipe. ``docs/lessons.md`` documents
the format for teachers.

Reading a lesson reports every problem at once, each naming the file and the step, with what
was expected and what was received (:class:`LessonError`).
"""

from __future__ import annotations

import copy
import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nnstudio.core import templates
from nnstudio.core.errors import NNStudioError, ProjectFileError
from nnstudio.core.file_format import header_problem, parse_json, read_text
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.core.spec import Project, short_repr
from nnstudio.lessons import goals
from nnstudio.lessons.goals import Condition

LessonFile = Context("LessonFile")

FORMAT = "nnstudio-lesson"
SCHEMA_VERSION = 1
SUFFIX = ".nnlesson"

#: MIGRATIONS[n] turns a lesson's dict at schema version n into one at version n + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

LEVELS = ("beginner", "intermediate", "advanced")
KINDS = ("lesson", "challenge")

#: The parts of the window a step can point at ("look_at"), with the words for them (English:
#: shown through :func:`place_words`).
PLACES: dict[str, str] = {
    "palette": QT_TRANSLATE_NOOP("LessonFile", "the palette of layers"),
    "stack": QT_TRANSLATE_NOOP("LessonFile", "the layer stack"),
    "layer_settings": QT_TRANSLATE_NOOP("LessonFile", "the selected layer's settings"),
    "diagram": QT_TRANSLATE_NOOP("LessonFile", "the Network tab"),
    "compile": QT_TRANSLATE_NOOP("LessonFile", "the Loss and optimizer settings"),
    "data": QT_TRANSLATE_NOOP("LessonFile", "the Data settings"),
    "training": QT_TRANSLATE_NOOP("LessonFile", "the Training settings"),
    "train_button": QT_TRANSLATE_NOOP("LessonFile", "the Train button"),
    "problems": QT_TRANSLATE_NOOP("LessonFile", "the Problems list"),
    "code": QT_TRANSLATE_NOOP("LessonFile", "the Keras code"),
    "curves": QT_TRANSLATE_NOOP("LessonFile", "the Training tab's curves"),
    "weights": QT_TRANSLATE_NOOP("LessonFile", "the Training tab's weights"),
    "boundary": QT_TRANSLATE_NOOP("LessonFile", "the Training tab's decision boundary"),
    "replay": QT_TRANSLATE_NOOP("LessonFile", "the replay slider"),
    "runs": QT_TRANSLATE_NOOP("LessonFile", "the Runs tab"),
    "results": QT_TRANSLATE_NOOP("LessonFile", "the Results tab"),
    "draw": QT_TRANSLATE_NOOP("LessonFile", "the Draw a digit tab"),
    "inside": QT_TRANSLATE_NOOP("LessonFile", "the Inside tab"),
}

#: The whole sections a step can lock, with the words for them (see :func:`lock_words`).
_SECTION_LOCKS: dict[str, str] = {
    "layers": QT_TRANSLATE_NOOP("LessonFile", "the layers"),
    "loss": QT_TRANSLATE_NOOP("LessonFile", "the loss"),
    "optimizer": QT_TRANSLATE_NOOP("LessonFile", "the optimizer"),
    "data": QT_TRANSLATE_NOOP("LessonFile", "the data settings"),
    "train": QT_TRANSLATE_NOOP("LessonFile", "the training settings"),
}
#: Settings a step can lock ("locks"): the whole stack of layers, the loss, the optimizer
#: (with its settings), the metrics, or a data or training setting ("data.flatten"); with the
#: words for them in English (shown through :func:`lock_words`).
LOCKABLE: dict[str, str] = {
    **_SECTION_LOCKS,
    **{
        f"data.{k}": f"the data setting {k}"
        for k in (
            "dataset",
            "path",
            "label_column",
            "preprocessing",
            "flatten",
            "validation_split",
            "test_fraction",
            "train_limit",
            "test_limit",
            "skip_missing",
        )
    },
    **{
        f"train.{k}": f"the training setting {k}"
        for k in ("epochs", "batch_size", "seed", "shuffle")
    },
}


def place_words(place: str) -> str:
    """The words for a part of the window a step points at (a key of :data:`PLACES`), in the
    language spoken."""
    return translate("LessonFile", PLACES[place])


def lock_words(setting: str) -> str:
    """The words for a setting a step locks (a key of :data:`LOCKABLE`), in the language
    spoken."""
    section, _, name = setting.partition(".")
    if not name:
        return translate("LessonFile", _SECTION_LOCKS[setting])
    if section == "data":
        return LessonFile.tr("the data setting {name}").format(name=name)
    return LessonFile.tr("the training setting {name}").format(name=name)


#: What a prediction can be compared with, once the next run has finished (the words for it
#: in English: shown through :func:`outcome_words`).
OUTCOMES: dict[str, str] = {
    "test_accuracy": QT_TRANSLATE_NOOP("LessonFile", "the test accuracy"),
    "test_loss": QT_TRANSLATE_NOOP("LessonFile", "the test loss"),
    "training_accuracy": QT_TRANSLATE_NOOP("LessonFile", "the training accuracy in the last epoch"),
    "first_full_accuracy_epoch": QT_TRANSLATE_NOOP(
        "LessonFile", "the first epoch with 100% training accuracy"
    ),
    "train_seconds": QT_TRANSLATE_NOOP("LessonFile", "the training time in seconds"),
}
#: Which way a choice says the outcome goes, compared with the run before the prediction.
DIRECTIONS = ("lower", "higher", "same")
#: Two outcomes count as "the same" when they differ by at most this share of the larger
#: (epochs, seconds, a loss), or for accuracies by at most this many (half a percentage point).
SAME_SHARE = 0.1
SAME_POINTS = 0.005


def outcome_words(outcome: str) -> str:
    """What a prediction is compared with (a key of :data:`OUTCOMES`), in the language spoken."""
    return translate("LessonFile", OUTCOMES[outcome])


class LessonError(NNStudioError):
    """A lesson file that cannot be used; ``problems`` lists every sentence."""

    def __init__(self, problems: list[str], unreadable: bool = False) -> None:
        self.problems = problems
        #: Whether the file could not be read as a lesson at all (not there, not text, not
        #: JSON, not a lesson, a newer schema), rather than having problems in what it says.
        self.unreadable = unreadable
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Prediction:
    """A question asked before Train: multiple choice, or a number."""

    id: str
    question: str
    choices: tuple[str, ...] = ()
    #: For a number: its unit ("%", "epochs") and the range an answer may take.
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    #: What really happened, to show beside the answer (a key of :data:`OUTCOMES`).
    outcome: str = ""
    #: For choices: which way each one says the outcome goes (a key of :data:`DIRECTIONS`).
    right: dict[str, str] = field(default_factory=dict)
    #: What the outcome is compared with: the outcome of an earlier prediction (its id), or
    #: "" for the run just before the answer.
    compare_with: str = ""

    @property
    def is_number(self) -> bool:
        return not self.choices


@dataclass(frozen=True)
class Lock:
    setting: str
    reason: str


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    look_at: str = ""
    goal: Condition | None = None
    hints: tuple[str, ...] = ()
    predict: Prediction | None = None
    locks: tuple[Lock, ...] = ()
    #: The actions that reach the goal (see :mod:`nnstudio.lessons.show`), as written.
    show_me: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Lesson:
    id: str
    kind: str
    title: str
    level: str
    minutes: int
    summary: str
    start: dict[str, Any]
    steps: tuple[Step, ...]
    grade: Condition | None
    #: The file's dict as read (after migration), kept with a student's project.
    document: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    #: Where it was read from ("built-in" for the ones that come with nnstudio).
    source: str = ""

    @property
    def is_challenge(self) -> bool:
        return self.kind == "challenge"

    @property
    def heading(self) -> str:
        """Its title, said to be a lesson or a challenge ("Challenge: …" once, not twice)."""
        word = LessonFile.tr("Challenge") if self.is_challenge else LessonFile.tr("Lesson")
        title = self.title.lower()
        if title.startswith(self.kind) or title.startswith(word.lower()):
            return self.title
        if self.is_challenge:
            return LessonFile.tr("Challenge: {title}").format(title=self.title)
        return LessonFile.tr("Lesson: {title}").format(title=self.title)

    def start_project(self) -> Project:
        """A fresh project to start the lesson from."""
        return start_project(self.start, self.title)

    @property
    def grade_goal(self) -> Condition | None:
        """What ``lesson grade`` checks: the lesson's "grade", else its last step's goal."""
        if self.grade is not None:
            return self.grade
        return next((s.goal for s in reversed(self.steps) if s.goal is not None), None)


# --- in the language spoken ------------------------------------------------------------------


def text_context(lesson_id: str) -> str:
    """The translation context of a built-in lesson's texts ("Lesson xor")."""
    return f"Lesson {lesson_id}"


def localized(lesson: Lesson, tr: Callable[[str], str]) -> Lesson:
    """``lesson`` with every text a student reads put through ``tr``, in the order they come
    in the file: the title, the summary, the starting project's name, then each step's title,
    text, hints, question, choices, unit, locks' reasons and goal's words, then the grade's.

    Built-in lessons are read this way with :func:`~nnstudio.core.i18n.translate` (and
    :mod:`nnstudio.lessons.strings` collects their texts for the translators the same way);
    the messages are the texts as written, markup and all. ``id``, ``document`` and the
    goals' data stay as they are."""

    def text(value: str) -> str:
        return tr(value) if value else value

    def condition(goal: Condition | None) -> Condition | None:
        if goal is None:
            return None
        say = text(goal.say)
        parts = tuple(c for c in map(condition, goal.parts) if c is not None)
        return dataclasses.replace(goal, parts=parts, say=say)

    title = text(lesson.title)
    summary = text(lesson.summary)
    start = copy.deepcopy(lesson.start)
    if isinstance(start.get("name"), str):
        start["name"] = text(start["name"])
    steps = []
    for step in lesson.steps:
        step_title, step_text = text(step.title), text(step.text)
        hints = tuple(map(text, step.hints))
        predict = step.predict
        if predict is not None:
            question = text(predict.question)
            choices = {choice: text(choice) for choice in predict.choices}
            predict = dataclasses.replace(
                predict,
                question=question,
                choices=tuple(choices.values()),
                unit=text(predict.unit),
                right={choices.get(k, k): v for k, v in predict.right.items()},
            )
        locks = tuple(dataclasses.replace(lock, reason=text(lock.reason)) for lock in step.locks)
        goal = condition(step.goal)
        steps.append(
            dataclasses.replace(
                step,
                title=step_title,
                text=step_text,
                hints=hints,
                predict=predict,
                locks=locks,
                goal=goal,
            )
        )
    return dataclasses.replace(
        lesson,
        title=title,
        summary=summary,
        start=start,
        steps=tuple(steps),
        grade=condition(lesson.grade),
    )


# --- reading ---------------------------------------------------------------------------------


def loads(text: str, source: str = "") -> Lesson:
    source = source or LessonFile.tr("the lesson file")
    try:
        doc = parse_json(text, source, "lesson file")
    except NNStudioError as exc:
        raise LessonError([str(exc)], unreadable=True) from None
    return from_document(doc, source)


def load(path: str | os.PathLike[str]) -> Lesson:
    try:
        text = read_text(path, noun="a lesson file", suffix=SUFFIX)
    except NNStudioError as exc:
        raise LessonError([str(exc)], unreadable=True) from None
    lesson = loads(text, source=Path(path).name)
    return _with_source(lesson, str(path))


def _with_source(lesson: Lesson, source: str) -> Lesson:
    return Lesson(**{**lesson.__dict__, "source": source})


def from_document(doc: Any, source: str = "") -> Lesson:
    """The lesson written as ``doc`` (a JSON object); raises :class:`LessonError` with every
    problem found."""
    source = source or LessonFile.tr("the lesson file")
    problem = header_problem(doc, fmt=FORMAT, schema=SCHEMA_VERSION, source=source,
                             noun="lesson", newer="written for")  # fmt: skip
    if problem is not None:
        raise LessonError([problem], unreadable=True)
    version = doc["schema_version"]
    doc = copy.deepcopy(doc)
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
        doc["schema_version"] = version
    return _Reader(source).lesson(doc)


class _Reader:
    """Reads a lesson's dict, collecting every problem before raising."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[str] = []

    def problem(self, where: str, text: str) -> None:
        self.problems.append(
            LessonFile.tr("{source}, {where}: {problem}").format(
                source=self.source, where=where, problem=text
            )
            if where
            else LessonFile.tr("{source}: {problem}").format(source=self.source, problem=text)
        )

    def unknown(self, raw: dict[str, Any], known: set[str], where: str) -> None:
        for key in sorted(set(raw) - known):
            self.problem(
                where,
                LessonFile.tr("unknown entry {key}. Expected some of: {known}.").format(
                    key=short_repr(key), known=", ".join(sorted(known))
                ),
            )

    def one_of(self, value: Any, allowed: Any, key: str, where: str) -> None:
        """A problem unless ``value`` is one of ``allowed`` (a tuple or a dict's keys)."""
        if value not in allowed:
            self.problem(
                where,
                LessonFile.tr(
                    'expected "{key}" to be one of: {allowed}. Received: {value}.'
                ).format(key=key, allowed=", ".join(allowed), value=short_repr(value)),
            )

    def text(self, obj: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = obj.get(key, None if required else "")
        if value is None:
            self.problem(where, LessonFile.tr('expected "{key}", found none.').format(key=key))
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem(
                where,
                LessonFile.tr('expected "{key}" to be text. Received: {value}.').format(
                    key=key, value=short_repr(value)
                ),
            )
            return ""
        return value

    def lesson(self, doc: dict[str, Any]) -> Lesson:
        known = {
            "format",
            "schema_version",
            "id",
            "kind",
            "title",
            "level",
            "minutes",
            "summary",
            "start",
            "steps",
            "grade",
        }
        self.unknown(doc, known, "")
        lesson_id = self.text(doc, "id", "")
        if lesson_id and not all(c.isalnum() or c in "-_." for c in lesson_id):
            self.problem(
                "",
                LessonFile.tr(
                    'expected "id" to use only letters, digits, -, _ and . (it names the '
                    "lesson in students' projects). Received: {value}."
                ).format(value=short_repr(lesson_id)),
            )
        kind = doc.get("kind", "lesson")
        self.one_of(kind, KINDS, "kind", "")
        title = self.text(doc, "title", "")
        level = doc.get("level", "beginner")
        self.one_of(level, LEVELS, "level", "")
        minutes = doc.get("minutes", 20)
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 600:
            self.problem(
                "",
                LessonFile.tr(
                    'expected "minutes" to be a whole number from 1 to 600. Received: {value}.'
                ).format(value=short_repr(minutes)),
            )
            minutes = 20
        summary = self.text(doc, "summary", "", required=False)
        start = doc.get("start", {})
        if not isinstance(start, dict):
            self.problem(
                "start",
                LessonFile.tr("expected an object. Received: {value}.").format(
                    value=short_repr(start)
                ),
            )
            start = {}
        else:
            try:
                start_project(start, title)
            except NNStudioError as exc:
                self.problem("start", str(exc))
        raw_steps = doc.get("steps")
        steps: list[Step] = []
        if not isinstance(raw_steps, list) or not raw_steps:
            self.problem(
                "",
                LessonFile.tr(
                    'expected "steps" to be a list of at least one step. Received: {value}.'
                ).format(value=short_repr(raw_steps)),
            )
        else:
            for i, raw in enumerate(raw_steps):
                step = self.step(raw, LessonFile.tr("step {number}").format(number=i + 1))
                if step is not None:
                    steps.append(step)
        grade = None
        if "grade" in doc:
            grade = goals.parse(doc["grade"], f"{self.source}, grade", self.problems)
        if kind == "challenge" and grade is None and not any(s.goal for s in steps):
            self.problem(
                "",
                LessonFile.tr(
                    'a challenge needs a goal: expected a step with a "goal" (or a '
                    '"grade"), found none.'
                ),
            )
        ids = [s.predict.id for s in steps if s.predict is not None]
        for i, pid in enumerate(ids):
            later = next(s.predict for s in steps if s.predict and s.predict.id == pid)
            if later.compare_with and later.compare_with not in ids[:i]:
                self.problem(
                    "",
                    LessonFile.tr(
                        "the prediction {id} compares with {other}: expected the id of an "
                        "earlier prediction."
                    ).format(id=short_repr(pid), other=short_repr(later.compare_with)),
                )
        for pid in sorted({p for p in ids if ids.count(p) > 1}):
            self.problem(
                "",
                LessonFile.tr(
                    "two predictions have the id {id}: expected each prediction to have its own."
                ).format(id=short_repr(pid)),
            )
        if self.problems:
            raise LessonError(self.problems)
        return Lesson(
            lesson_id,
            kind,
            title,
            level,
            minutes,
            summary,
            start,
            tuple(steps),
            grade,
            document=doc,
        )

    def step(self, raw: Any, where: str) -> Step | None:
        if not isinstance(raw, dict):
            self.problem(
                where,
                LessonFile.tr("expected an object. Received: {value}.").format(
                    value=short_repr(raw)
                ),
            )
            return None
        known = {"title", "text", "look_at", "goal", "hints", "predict", "locks", "show_me"}
        self.unknown(raw, known, where)
        before = len(self.problems)
        title = self.text(raw, "title", where, required=False)
        text = self.text(raw, "text", where)
        look_at = raw.get("look_at", "")
        if look_at:
            self.one_of(look_at, PLACES, "look_at", where)
        goal = None
        if "goal" in raw:
            goal = goals.parse(raw["goal"], f"{self.source}, {where}, goal", self.problems)
        hints = raw.get("hints", [])
        if not isinstance(hints, list) or not all(isinstance(h, str) and h for h in hints):
            self.problem(
                where,
                LessonFile.tr('expected "hints" to be a list of texts. Received: {value}.').format(
                    value=short_repr(hints)
                ),
            )
            hints = []
        predict = self.prediction(raw["predict"], where) if "predict" in raw else None
        locks = self.locks(raw.get("locks", []), where)
        show_me = raw.get("show_me", [])
        if not isinstance(show_me, list) or not all(isinstance(a, dict) for a in show_me):
            self.problem(
                where,
                LessonFile.tr(
                    'expected "show_me" to be a list of actions. Received: {value}.'
                ).format(value=short_repr(show_me)),
            )
            show_me = []
        else:
            from nnstudio.lessons.show import check_action

            for i, action in enumerate(show_me):
                for text_ in check_action(action):
                    self.problem(f"{where}, show_me #{i + 1}", text_)
        if len(self.problems) > before:
            return None
        return Step(title, text, look_at, goal, tuple(hints), predict, locks, tuple(show_me))

    def prediction(self, raw: Any, where: str) -> Prediction | None:
        where = f"{where}, predict"
        if not isinstance(raw, dict):
            self.problem(
                where,
                LessonFile.tr("expected an object. Received: {value}.").format(
                    value=short_repr(raw)
                ),
            )
            return None
        known = {"id", "question", "choices", "number", "outcome", "right", "compare_with"}
        self.unknown(raw, known, where)
        pid = self.text(raw, "id", where)
        question = self.text(raw, "question", where)
        outcome = raw.get("outcome", "")
        if outcome:
            self.one_of(outcome, OUTCOMES, "outcome", where)
        compare_with = raw.get("compare_with", "")
        if not isinstance(compare_with, str):
            self.problem(
                where,
                LessonFile.tr(
                    'expected "compare_with" to be the id of an earlier prediction. '
                    "Received: {value}."
                ).format(value=short_repr(compare_with)),
            )
            compare_with = ""
        has_choices, has_number = "choices" in raw, "number" in raw
        if has_choices == has_number:
            self.problem(
                where,
                LessonFile.tr(
                    'expected either "choices" (a list) or "number" (an object '
                    'with "min", "max" and "unit"), and not both.'
                ),
            )
            return None
        if has_choices:
            choices = raw["choices"]
            if (
                not isinstance(choices, list)
                or len(choices) < 2
                or not all(isinstance(c, str) and c for c in choices)
            ):
                self.problem(
                    where,
                    LessonFile.tr(
                        'expected "choices" to be a list of at least two texts. Received: {value}.'
                    ).format(value=short_repr(choices)),
                )
                return None
            right = raw.get("right", {})
            if not isinstance(right, dict):
                self.problem(
                    where,
                    LessonFile.tr('expected "right" to be an object. Received: {value}.').format(
                        value=short_repr(right)
                    ),
                )
                return None
            for choice, direction in right.items():
                if choice not in choices:
                    self.problem(
                        where,
                        LessonFile.tr(
                            '"right" names {choice}, which is not one of the choices ({choices}).'
                        ).format(choice=short_repr(choice), choices=", ".join(choices)),
                    )
                if direction not in DIRECTIONS:
                    self.problem(
                        where,
                        LessonFile.tr(
                            'expected "right" to map a choice to one of: {allowed}. '
                            "Received: {value}."
                        ).format(allowed=", ".join(DIRECTIONS), value=short_repr(direction)),
                    )
            if right and not outcome:
                self.problem(where, LessonFile.tr('"right" needs an "outcome" to compare.'))
            return Prediction(
                pid, question, tuple(choices), outcome=outcome, right=dict(right),
                compare_with=compare_with,
            )  # fmt: skip
        number = raw["number"]
        if not isinstance(number, dict) or set(number) - {"min", "max", "unit"}:
            self.problem(
                where,
                LessonFile.tr(
                    'expected "number" to be an object with "min", "max" and "unit". '
                    "Received: {value}."
                ).format(value=short_repr(number)),
            )
            return None
        low, high, unit = number.get("min"), number.get("max"), number.get("unit", "")
        if not all(v is None or goals._is_number(v) for v in (low, high)) or not isinstance(
            unit, str
        ):
            self.problem(
                where,
                LessonFile.tr(
                    'expected "min" and "max" to be numbers and "unit" text. Received: {value}.'
                ).format(value=short_repr(number)),
            )
            return None
        if low is not None and high is not None and low >= high:
            self.problem(
                where,
                LessonFile.tr(
                    "no answer fits: the smallest answer ({low:g}) is not below the largest "
                    "({high:g})."
                ).format(low=low, high=high),
            )
            return None
        return Prediction(pid, question, (), unit, low, high, outcome, compare_with=compare_with)

    def locks(self, raw: Any, where: str) -> tuple[Lock, ...]:
        if not isinstance(raw, list):
            self.problem(
                where,
                LessonFile.tr('expected "locks" to be a list. Received: {value}.').format(
                    value=short_repr(raw)
                ),
            )
            return ()
        out = []
        for item in raw:
            if not isinstance(item, dict) or item.get("setting") not in LOCKABLE:
                setting = item.get("setting") if isinstance(item, dict) else item
                self.problem(
                    where,
                    LessonFile.tr(
                        "a lock names no setting that can be locked. Expected "
                        '{{"setting": …, "reason": …}} with a setting among: {settings}. '
                        "Received: {value}."
                    ).format(settings=", ".join(LOCKABLE), value=short_repr(setting)),
                )
                continue
            reason = item.get("reason", "")
            if not isinstance(reason, str) or not reason.strip():
                self.problem(
                    where,
                    LessonFile.tr(
                        'the lock on {setting} needs a "reason" the student reads.'
                    ).format(setting=item["setting"]),
                )
                continue
            out.append(Lock(item["setting"], reason))
        return tuple(out)


# --- the starting point ------------------------------------------------------------------


def start_project(start: dict[str, Any], title: str = "") -> Project:
    """The project a lesson starts from: a template (or an empty network), with the layers
    and settings ``start`` gives in place of its own. Raises :class:`NNStudioError` saying
    what is wrong."""
    unknown = sorted(set(start) - {"template", "name", "layers", "compile", "data", "train"})
    if unknown:
        raise NNStudioError(
            LessonFile.tr(
                "unknown entry {key}. Expected some of: template, name, layers, compile, data, "
                "train."
            ).format(key=short_repr(unknown[0]))
        )
    name = start.get("template", "")
    if name:
        if name not in templates.TEMPLATES:
            raise NNStudioError(
                LessonFile.tr(
                    "there is no template called {name}. Expected one of: {names}."
                ).format(name=short_repr(name), names=", ".join(templates.TEMPLATES))
            )
        base = templates.from_template(name).to_dict()
    else:
        base = Project(name=title or LessonFile.tr("Lesson")).to_dict()
    for key in ("compile", "data", "train"):
        if key in start:
            if not isinstance(start[key], dict):
                raise NNStudioError(
                    LessonFile.tr("expected {key} to be an object. Received: {value}.").format(
                        key=repr(key), value=short_repr(start[key])
                    )
                )
            if key == "compile" and "optimizer" in start[key]:
                # Another optimizer starts from its own defaults, not the template's settings.
                base[key].pop("optimizer_params", None)
            base[key] = {**base[key], **copy.deepcopy(start[key])}
    if "layers" in start:
        base["layers"] = copy.deepcopy(start["layers"])
    base["name"] = start.get("name", title or base["name"])
    base["runs"] = []
    try:
        project = Project.from_dict(base)
    except ProjectFileError as exc:
        raise NNStudioError(str(exc)) from None
    project.template = name
    return project
