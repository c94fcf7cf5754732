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
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nnstudio.core import templates
from nnstudio.core.errors import NNStudioError, ProjectFileError
from nnstudio.core.file_format import header_problem, parse_json, read_text
from nnstudio.core.spec import Project, short_repr
from nnstudio.lessons import goals
from nnstudio.lessons.goals import Condition

FORMAT = "nnstudio-lesson"
SCHEMA_VERSION = 1
SUFFIX = ".nnlesson"

#: MIGRATIONS[n] turns a lesson's dict at schema version n into one at version n + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

LEVELS = ("beginner", "intermediate", "advanced")
KINDS = ("lesson", "challenge")

#: The parts of the window a step can point at ("look_at"), with the words for them.
PLACES: dict[str, str] = {
    "palette": "the palette of layers",
    "stack": "the layer stack",
    "layer_settings": "the selected layer's settings",
    "diagram": "the Network tab",
    "compile": "the Loss and optimizer settings",
    "data": "the Data settings",
    "training": "the Training settings",
    "train_button": "the Train button",
    "problems": "the Problems list",
    "code": "the Keras code",
    "curves": "the Training tab's curves",
    "weights": "the Training tab's weights",
    "boundary": "the Training tab's decision boundary",
    "replay": "the replay slider",
    "runs": "the Runs tab",
    "results": "the Results tab",
    "draw": "the Draw a digit tab",
    "inside": "the Inside tab",
}

#: Settings a step can lock ("locks"): the whole stack of layers, the loss, the optimizer
#: (with its settings), the metrics, or a data or training setting ("data.flatten").
LOCKABLE: dict[str, str] = {
    "layers": "the layers",
    "loss": "the loss",
    "optimizer": "the optimizer",
    "data": "the data settings",
    "train": "the training settings",
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

#: What a prediction can be compared with, once the next run has finished.
OUTCOMES: dict[str, str] = {
    "test_accuracy": "the test accuracy",
    "test_loss": "the test loss",
    "training_accuracy": "the training accuracy in the last epoch",
    "first_full_accuracy_epoch": "the first epoch with 100% training accuracy",
    "train_seconds": "the training time in seconds",
}
#: Which way a choice says the outcome goes, compared with the run before the prediction.
DIRECTIONS = ("lower", "higher", "same")
#: Two outcomes count as "the same" when they differ by at most this share of the larger
#: (epochs, seconds, a loss), or for accuracies by at most this many (half a percentage point).
SAME_SHARE = 0.1
SAME_POINTS = 0.005


class LessonError(NNStudioError):
    """A lesson file that cannot be used; ``problems`` lists every sentence."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
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
        kind = self.kind.capitalize()
        return self.title if self.title.lower().startswith(self.kind) else f"{kind}: {self.title}"

    def start_project(self) -> Project:
        """A fresh project to start the lesson from."""
        return start_project(self.start, self.title)

    @property
    def grade_goal(self) -> Condition | None:
        """What ``lesson grade`` checks: the lesson's "grade", else its last step's goal."""
        if self.grade is not None:
            return self.grade
        return next((s.goal for s in reversed(self.steps) if s.goal is not None), None)


# --- reading ---------------------------------------------------------------------------------


def loads(text: str, source: str = "the lesson file") -> Lesson:
    try:
        doc = parse_json(text, source, "lesson file")
    except NNStudioError as exc:
        raise LessonError([str(exc)]) from None
    return from_document(doc, source)


def load(path: str | os.PathLike[str]) -> Lesson:
    try:
        text = read_text(path, noun="a lesson file", suffix=SUFFIX)
    except NNStudioError as exc:
        raise LessonError([str(exc)]) from None
    lesson = loads(text, source=Path(path).name)
    return _with_source(lesson, str(path))


def _with_source(lesson: Lesson, source: str) -> Lesson:
    return Lesson(**{**lesson.__dict__, "source": source})


def from_document(doc: Any, source: str = "the lesson file") -> Lesson:
    """The lesson written as ``doc`` (a JSON object); raises :class:`LessonError` with every
    problem found."""
    problem = header_problem(doc, fmt=FORMAT, schema=SCHEMA_VERSION, source=source,
                             noun="lesson", newer="written for")  # fmt: skip
    if problem is not None:
        raise LessonError([problem])
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
            f"{self.source}, {where}: {text}" if where else f"{self.source}: {text}"
        )

    def unknown(self, raw: dict[str, Any], known: set[str], where: str) -> None:
        for key in sorted(set(raw) - known):
            self.problem(
                where,
                f"unknown entry {short_repr(key)}. Expected some of: {', '.join(sorted(known))}.",
            )

    def one_of(self, value: Any, allowed: Any, key: str, where: str) -> None:
        """A problem unless ``value`` is one of ``allowed`` (a tuple or a dict's keys)."""
        if value not in allowed:
            self.problem(
                where,
                f'expected "{key}" to be one of: {", ".join(allowed)}. '
                f"Received: {short_repr(value)}.",
            )

    def text(self, obj: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = obj.get(key, None if required else "")
        if value is None:
            self.problem(where, f'expected "{key}", found none.')
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem(where, f'expected "{key}" to be text. Received: {short_repr(value)}.')
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
                f'expected "id" to use only letters, digits, -, _ and . '
                f"(it names the lesson in students' projects). Received: "
                f"{short_repr(lesson_id)}.",
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
                f'expected "minutes" to be a whole number from 1 to 600. '
                f"Received: {short_repr(minutes)}.",
            )
            minutes = 20
        summary = self.text(doc, "summary", "", required=False)
        start = doc.get("start", {})
        if not isinstance(start, dict):
            self.problem("start", f"expected an object. Received: {short_repr(start)}.")
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
                f'expected "steps" to be a list of at least one step. '
                f"Received: {short_repr(raw_steps)}.",
            )
        else:
            for i, raw in enumerate(raw_steps):
                step = self.step(raw, f"step {i + 1}")
                if step is not None:
                    steps.append(step)
        grade = None
        if "grade" in doc:
            grade = goals.parse(doc["grade"], f"{self.source}, grade", self.problems)
        if kind == "challenge" and grade is None and not any(s.goal for s in steps):
            self.problem(
                "",
                'a challenge needs a goal: expected a step with a "goal" (or a '
                '"grade"), found none.',
            )
        ids = [s.predict.id for s in steps if s.predict is not None]
        for i, pid in enumerate(ids):
            later = next(s.predict for s in steps if s.predict and s.predict.id == pid)
            if later.compare_with and later.compare_with not in ids[:i]:
                self.problem(
                    "",
                    f"the prediction {short_repr(pid)} compares with "
                    f"{short_repr(later.compare_with)}: expected the id of an earlier prediction.",
                )
        for pid in sorted({p for p in ids if ids.count(p) > 1}):
            self.problem(
                "",
                f"two predictions have the id {short_repr(pid)}: expected each "
                "prediction to have its own.",
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
            self.problem(where, f"expected an object. Received: {short_repr(raw)}.")
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
                where, f'expected "hints" to be a list of texts. Received: {short_repr(hints)}.'
            )
            hints = []
        predict = self.prediction(raw["predict"], where) if "predict" in raw else None
        locks = self.locks(raw.get("locks", []), where)
        show_me = raw.get("show_me", [])
        if not isinstance(show_me, list) or not all(isinstance(a, dict) for a in show_me):
            self.problem(
                where,
                f'expected "show_me" to be a list of actions. Received: {short_repr(show_me)}.',
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
            self.problem(where, f"expected an object. Received: {short_repr(raw)}.")
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
                f'expected "compare_with" to be the id of an earlier prediction. '
                f"Received: {short_repr(compare_with)}.",
            )
            compare_with = ""
        has_choices, has_number = "choices" in raw, "number" in raw
        if has_choices == has_number:
            self.problem(
                where,
                'expected either "choices" (a list) or "number" (an object '
                'with "min", "max" and "unit"), and not both.',
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
                    f'expected "choices" to be a list of at least two texts. '
                    f"Received: {short_repr(choices)}.",
                )
                return None
            right = raw.get("right", {})
            if not isinstance(right, dict):
                self.problem(
                    where, f'expected "right" to be an object. Received: {short_repr(right)}.'
                )
                return None
            for choice, direction in right.items():
                if choice not in choices:
                    self.problem(
                        where,
                        f'"right" names {short_repr(choice)}, which is not '
                        f"one of the choices ({', '.join(choices)}).",
                    )
                if direction not in DIRECTIONS:
                    self.problem(
                        where,
                        f'expected "right" to map a choice to one of: '
                        f"{', '.join(DIRECTIONS)}. Received: {short_repr(direction)}.",
                    )
            if right and not outcome:
                self.problem(where, '"right" needs an "outcome" to compare.')
            return Prediction(
                pid, question, tuple(choices), outcome=outcome, right=dict(right),
                compare_with=compare_with,
            )  # fmt: skip
        number = raw["number"]
        if not isinstance(number, dict) or set(number) - {"min", "max", "unit"}:
            self.problem(
                where,
                f'expected "number" to be an object with "min", "max" and '
                f'"unit". Received: {short_repr(number)}.',
            )
            return None
        low, high, unit = number.get("min"), number.get("max"), number.get("unit", "")
        if not all(v is None or goals._is_number(v) for v in (low, high)) or not isinstance(
            unit, str
        ):
            self.problem(
                where,
                f'expected "min" and "max" to be numbers and "unit" text. '
                f"Received: {short_repr(number)}.",
            )
            return None
        if low is not None and high is not None and low >= high:
            self.problem(
                where,
                f"no answer fits: the smallest answer ({low:g}) is not below "
                f"the largest ({high:g}).",
            )
            return None
        return Prediction(pid, question, (), unit, low, high, outcome, compare_with=compare_with)

    def locks(self, raw: Any, where: str) -> tuple[Lock, ...]:
        if not isinstance(raw, list):
            self.problem(where, f'expected "locks" to be a list. Received: {short_repr(raw)}.')
            return ()
        out = []
        for item in raw:
            if not isinstance(item, dict) or item.get("setting") not in LOCKABLE:
                setting = item.get("setting") if isinstance(item, dict) else item
                self.problem(
                    where,
                    f"a lock names no setting that can be locked. Expected "
                    f'{{"setting": …, "reason": …}} with a setting among: '
                    f"{', '.join(LOCKABLE)}. Received: {short_repr(setting)}.",
                )
                continue
            reason = item.get("reason", "")
            if not isinstance(reason, str) or not reason.strip():
                self.problem(
                    where, f'the lock on {item["setting"]} needs a "reason" the student reads.'
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
            f"unknown entry {short_repr(unknown[0])}. Expected some of: template, name, "
            "layers, compile, data, train."
        )
    name = start.get("template", "")
    if name:
        if name not in templates.TEMPLATES:
            raise NNStudioError(
                f"there is no template called {short_repr(name)}. Expected one of: "
                f"{', '.join(templates.TEMPLATES)}."
            )
        base = templates.from_template(name).to_dict()
    else:
        base = Project(name=title or "Lesson").to_dict()
    for key in ("compile", "data", "train"):
        if key in start:
            if not isinstance(start[key], dict):
                raise NNStudioError(
                    f"expected {key!r} to be an object. Received: {short_repr(start[key])}."
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
