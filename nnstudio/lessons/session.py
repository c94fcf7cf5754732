"""A student working through a lesson: the step they are on, its goal checked against the
project, hints, predictions, locks and the summary at the end.

Plain Python over the project and its :class:`~nnstudio.core.spec.LessonProgress` (which is
saved with the project); the window's lesson panel only shows it and calls it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from nnstudio.core.i18n import Context
from nnstudio.core.spec import LessonProgress, Project, RunRecord
from nnstudio.core.validate import Report
from nnstudio.lessons import goals, show
from nnstudio.lessons.goals import Situation
from nnstudio.lessons.lesson import (
    SAME_POINTS,
    SAME_SHARE,
    Lesson,
    Prediction,
    Step,
    outcome_words,
)

StudentSession = Context("StudentSession")


class AnswerError(ValueError):
    """An answer to a prediction that does not fit the question (said in a sentence)."""


def outcome_of(outcome: str, run: RunRecord | None) -> float | None:
    """The value a prediction is compared with, read from a finished run."""
    if run is None:
        return None
    value: float | None
    if outcome == "test_accuracy":
        value = goals.accuracy_of(run.test)
    elif outcome == "test_loss":
        value = run.test.get("loss")
    elif outcome == "training_accuracy":
        series = goals.accuracy_of(run.history)
        value = series[-1] if isinstance(series, list) and series else None
    elif outcome == "first_full_accuracy_epoch":
        epoch = goals.first_full_accuracy_epoch(run)
        value = float(epoch) if epoch is not None else None
    elif outcome == "train_seconds":
        value = run.train_seconds
    else:
        return None
    return value if value is not None and math.isfinite(value) else None


def direction(outcome: str, value: float, before: float) -> str:
    """ "lower", "higher" or "same": accuracies within :data:`SAME_POINTS` (half a
    percentage point), other outcomes within :data:`SAME_SHARE` of the larger."""
    if outcome in ("test_accuracy", "training_accuracy"):
        same = abs(value - before) <= SAME_POINTS
    else:
        same = abs(value - before) <= SAME_SHARE * max(abs(value), abs(before))
    if same:
        return "same"
    return "lower" if value < before else "higher"


def outcome_text(outcome: str, value: float | None) -> str:
    if value is None:
        if outcome == "first_full_accuracy_epoch":
            return StudentSession.tr("never reached 100%")
        return StudentSession.tr("not measured")
    if outcome in ("test_accuracy", "training_accuracy"):
        return StudentSession.tr("{percent:.1f}%").format(percent=value * 100)
    if outcome == "first_full_accuracy_epoch":
        return StudentSession.tr("epoch {number:.0f}").format(number=value)
    if outcome == "train_seconds":
        return StudentSession.tr("{seconds:.1f} s").format(seconds=value)
    return f"{value:.4g}"


@dataclass(frozen=True)
class PredictionResult:
    """A prediction beside what really happened, for the summary."""

    question: str
    answer: str
    happened: str
    #: True or False when the lesson says which choice was right; None otherwise.
    right: bool | None


class LessonSession:
    """One lesson and the project a student builds in it."""

    def __init__(self, lesson: Lesson, project: Project) -> None:
        self.lesson = lesson
        self.project = project
        progress = project.lesson
        if progress is None or progress.lesson != lesson.id:
            raise ValueError("the project does not belong to this lesson")
        n = len(lesson.steps)
        # A file edited by hand, or a lesson changed since: make the lists fit its steps.
        progress.step = min(progress.step, n - 1)
        for name in ("hints", "attempts"):
            values = getattr(progress, name)
            setattr(progress, name, (values + [0] * n)[:n])
        progress.done = (progress.done + [False] * n)[:n]

    @classmethod
    def start(cls, lesson: Lesson) -> LessonSession:
        """A new project for ``lesson``, at its first step."""
        project = lesson.start_project()
        project.lesson = LessonProgress(
            lesson=lesson.id,
            title=lesson.title,
            started=datetime.now().isoformat(timespec="seconds"),
            document=None if lesson.source == "built-in" else lesson.document,
        )
        return cls(lesson, project)

    # --- where the student is --------------------------------------------------------------

    @property
    def progress(self) -> LessonProgress:
        assert self.project.lesson is not None
        return self.project.lesson

    @property
    def index(self) -> int:
        return self.progress.step

    @property
    def step(self) -> Step:
        return self.lesson.steps[self.index]

    @property
    def is_last(self) -> bool:
        return self.index == len(self.lesson.steps) - 1

    def situation(self, report: Report | None = None) -> Situation:
        return Situation(self.project, report, set(self.progress.actions))

    def goal_holds(self, report: Report | None = None) -> bool:
        goal = self.step.goal
        return goal is None or goals.holds(goal, self.situation(report))

    def checklist(self, report: Report | None = None) -> list[tuple[str, bool]]:
        goal = self.step.goal
        return [] if goal is None else goals.checklist(goal, self.situation(report))

    def can_go_next(self, report: Report | None = None) -> bool:
        return not self.progress.finished and self.goal_holds(report)

    def next(self, report: Report | None = None) -> None:
        """On to the next step (or the end) once the goal holds; raises ValueError if not."""
        if not self.can_go_next(report):
            raise ValueError("the step's goal does not hold yet")
        self.progress.done[self.index] = True
        if self.is_last:
            self.progress.finished = True
        else:
            self.progress.step += 1
            self.progress.actions = []

    def back(self) -> None:
        if self.progress.finished:
            self.progress.finished = False
        elif self.index > 0:
            self.progress.step -= 1
            self.progress.actions = []

    def reference_project(self, upto: int | None = None) -> Project:
        """The project as the lesson's own "show me" actions leave it after step ``upto``
        (this step by default), from the lesson's start; raises ValueError if they do not fit
        (a lesson whose actions name a layer that is not there)."""
        project = self.lesson.start_project()
        last = self.index if upto is None else upto
        for step in self.lesson.steps[: last + 1]:
            for action in show.edits(step.show_me):
                show.apply(action, project)
        return project

    # --- hints, actions, time --------------------------------------------------------------

    def hints_shown(self) -> list[str]:
        return list(self.step.hints[: self.progress.hints[self.index]])

    def has_more_hints(self) -> bool:
        return self.progress.hints[self.index] < len(self.step.hints)

    def hint(self) -> str | None:
        """The next hint (counted as used), or None when all are shown."""
        if not self.has_more_hints():
            return None
        self.progress.hints[self.index] += 1
        return self.step.hints[self.progress.hints[self.index] - 1]

    def record(self, action: str) -> None:
        """The student did ``action`` (pressed Train, looked at Results...)."""
        if action not in self.progress.actions:
            self.progress.actions.append(action)
        if action not in self.progress.seen:
            self.progress.seen.append(action)

    def spend(self, seconds: float) -> None:
        if not self.progress.finished and seconds > 0:
            self.progress.seconds = round(self.progress.seconds + seconds, 1)

    def locked(self, setting: str) -> str | None:
        """Why ``setting`` ("layers", "loss", "optimizer", "data.flatten"...) is locked in this
        step, or None. Locking "data" or "train" locks each of their settings."""
        if self.progress.finished:
            return None
        for lock in self.step.locks:
            if lock.setting == setting or setting.startswith(lock.setting + "."):
                return lock.reason
        return None

    # --- predictions -----------------------------------------------------------------------

    @property
    def question(self) -> Prediction | None:
        """The step's prediction, if it is still to be asked (before Train)."""
        predict = self.step.predict
        if predict is None or predict.id in self.progress.predictions:
            return None
        return predict

    def answer(self, value: Any) -> None:
        """Keep the answer to the step's prediction; raises :class:`AnswerError` saying what
        was expected when it does not fit."""
        predict = self.step.predict
        if predict is None:
            raise AnswerError(StudentSession.tr("This step asks no question."))
        if predict.choices:
            if value not in predict.choices:
                raise AnswerError(
                    StudentSession.tr("Expected one of: {choices}.").format(
                        choices=", ".join(predict.choices)
                    )
                )
        else:
            try:
                number = float(str(value).replace(",", ".").replace("%", "").strip())
            except ValueError:
                raise AnswerError(
                    StudentSession.tr("Expected a number, found {answer}.").format(
                        answer=repr(str(value))
                    )
                ) from None
            low, high = predict.minimum, predict.maximum
            if (
                not math.isfinite(number)
                or (low is not None and number < low)
                or (high is not None and number > high)
            ):
                raise AnswerError(
                    StudentSession.tr(
                        "Expected a number from {low:g} to {high:g}, found {number:g}."
                    ).format(low=low, high=high, number=number)
                    if low is not None and high is not None
                    else StudentSession.tr("Expected a usable number, found {number:g}.").format(
                        number=number
                    )
                )
            value = number
        before = outcome_of(predict.outcome, self.project.runs[-1] if self.project.runs else None)
        self.progress.predictions[predict.id] = {
            "answer": value,
            # Which choice, by its place: the words change with the language.
            **({"choice": predict.choices.index(value)} if predict.choices else {}),
            "step": self.index,
            "before": before,
            "outcome": None,
            "measured": False,
        }

    def run_finished(self) -> None:
        """A run ended and was kept in the project (its last run): count the attempt and
        fill in the outcome of predictions waiting for one."""
        self.progress.attempts[self.index] += 1
        run = self.project.runs[-1] if self.project.runs else None
        by_id = {s.predict.id: s.predict for s in self.lesson.steps if s.predict is not None}
        for pid, record in self.progress.predictions.items():
            predict = by_id.get(pid)
            if predict is not None and not record.get("measured"):
                record["outcome"] = outcome_of(predict.outcome, run) if predict.outcome else None
                record["measured"] = True
                if predict.compare_with:  # the run of an earlier question, not the last one
                    earlier = self.progress.predictions.get(predict.compare_with, {})
                    record["before"] = earlier.get("outcome")

    def prediction_results(self) -> list[PredictionResult]:
        results = []
        for step in self.lesson.steps:
            predict = step.predict
            if predict is None or predict.id not in self.progress.predictions:
                continue
            record = self.progress.predictions[predict.id]
            answer = record.get("answer")
            choice = record.get("choice")
            if isinstance(choice, int) and 0 <= choice < len(predict.choices):
                answer = predict.choices[choice]  # in the language spoken now
            shown = (
                f"{answer:g}{'' if predict.unit in ('', '%') else ' '}{predict.unit}"
                if isinstance(answer, (int, float))
                else str(answer)
            )
            right = None
            if not record.get("measured"):
                happened = StudentSession.tr("no run finished after it")
            else:
                value = record.get("outcome")
                happened = outcome_text(predict.outcome, value) if predict.outcome else "—"
                if predict.outcome:
                    happened = StudentSession.tr("{outcome}: {value}").format(
                        outcome=outcome_words(predict.outcome), value=happened
                    )
                before = record.get("before")
                if before is not None and value is not None:
                    if predict.compare_with:
                        which = StudentSession.tr(
                            "{happened} (the run it is compared with: {before})"
                        )
                    else:
                        which = StudentSession.tr("{happened} (the run before: {before})")
                    happened = which.format(
                        happened=happened, before=outcome_text(predict.outcome, before)
                    )
                    if str(answer) in predict.right:
                        right = predict.right[str(answer)] == direction(
                            predict.outcome, value, before
                        )
            results.append(PredictionResult(predict.question, shown, happened, right))
        return results

    # --- the end ---------------------------------------------------------------------------

    def summary(self) -> list[str]:
        """The lesson in a few lines: steps done, predictions against results, hints,
        attempts and time."""
        p = self.progress
        lines = [
            StudentSession.tr("Steps done: {done} of {steps}.").format(
                done=sum(p.done), steps=len(self.lesson.steps)
            ),
            StudentSession.tr("Hints used: {hints}.").format(hints=sum(p.hints)),
            StudentSession.tr("Training runs: {runs}.").format(runs=sum(p.attempts)),
            StudentSession.tr("Time: {time}.").format(time=time_text(p.seconds)),
        ]
        for result in self.prediction_results():
            if result.right is None:
                text = StudentSession.tr("You predicted “{answer}” for “{question}”: {happened}.")
            elif result.right:
                text = StudentSession.tr(
                    "You predicted “{answer}” for “{question}”: {happened}. Right!"
                )
            else:
                text = StudentSession.tr(
                    "You predicted “{answer}” for “{question}”: {happened}. Not this time."
                )
            lines.append(
                text.format(
                    answer=result.answer, question=result.question, happened=result.happened
                )
            )
        return lines


def time_text(seconds: float) -> str:
    minutes = round(seconds / 60)
    if seconds < 60:
        return StudentSession.tr("{seconds:.0f} s").format(seconds=seconds)
    if minutes < 60:
        return StudentSession.tr("{minutes} min").format(minutes=minutes)
    return StudentSession.tr("{hours} h {minutes:02d} min").format(
        hours=minutes // 60, minutes=minutes % 60
    )
