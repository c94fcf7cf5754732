"""Walk a lesson step by step with its own "show me" actions, headless.

Training is stood in for by a run record of the project as it is (the tests of the
templates train the real networks): a test accuracy of 98% (100% for XOR-like data) and a
training accuracy that reaches 100% at an epoch that depends on the network, so that
predictions get an outcome.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from nnstudio.core.compare import settings_of
from nnstudio.core.spec import Project, RunRecord
from nnstudio.core.validate import validate
from nnstudio.lessons import goals, show
from nnstudio.lessons.lesson import Lesson
from nnstudio.lessons.session import LessonSession


def fake_run(project: Project, accuracy: float | None = None) -> RunRecord:
    """A finished run of ``project`` as it is now."""
    metric = project.compile.metrics[0] if project.compile.metrics else "accuracy"
    if accuracy is None:
        accuracy = 1.0 if project.data.dataset == "xor" else 0.98
    epochs = project.train.epochs
    report = validate(project, None)
    # Bigger networks "learn faster" here, so that comparisons have something to compare.
    full = max(1, min(epochs, epochs // 2 - report.total_params // 50))
    history = {
        "loss": [1.0 / (e + 1) for e in range(epochs)],
        metric: [min(1.0, 0.5 + 0.5 * (e + 1) / full) for e in range(epochs)],
    }
    return RunRecord(
        finished="2026-11-29T10:00:00",
        reason="completed",
        epochs_done=epochs,
        train_seconds=float(epochs) / 100,
        test={"loss": 0.08, metric: accuracy},
        history=history,
        settings=settings_of(project),
    )


def do(session: LessonSession, action: dict[str, Any]) -> None:
    """One "show me" action, as the student would do it."""
    if "do" not in action:
        show.apply(action, session.project)
        return
    session.record(action["do"])
    if action["do"] == "train":
        trainable(session.project)
        session.project.add_run(fake_run(session.project))
        session.run_finished()


def trainable(project: Project) -> None:
    """Train only what the window would train: a network with no problems (its data is not
    read here) and, for a CSV file, a file and a label column chosen."""
    report = validate(project, None)
    assert report.ok, [p.message for p in report.errors]
    if project.data.dataset == "csv":
        assert project.data.path and project.data.label_column, "a CSV file and its label"


def answer(session: LessonSession) -> Any:
    predict = session.question
    if predict is None:
        return None
    value = predict.choices[0] if predict.choices else (predict.minimum or 0) + 1
    session.answer(value)
    return value


@dataclass
class Walk:
    """What happened on the way: per step, the parts of its goal that held before its
    actions, and which actions could be left out with the goal still holding."""

    session: LessonSession
    held_before: list[bool] = field(default_factory=list)
    not_needed: list[tuple[int, int]] = field(default_factory=list)
    trained: list[dict[str, Any]] = field(default_factory=list)


def walk(lesson: Lesson) -> Walk:
    session = LessonSession.start(lesson)
    result = Walk(session)
    for i, step in enumerate(lesson.steps):
        assert session.index == i
        result.held_before.append(step.goal is not None and session.goal_holds())
        before = copy.deepcopy(session.project)
        answer(session)
        for action in step.show_me:
            do(session, action)
            if action.get("do") == "train":
                result.trained.append(settings_of(session.project))
        # Show me in the window puts the project where the lesson's own actions lead.
        reference = settings_of(session.reference_project())
        assert reference == settings_of(session.project), f"{lesson.id}, step {i + 1}"
        assert session.can_go_next(), (
            f"{lesson.id}, step {i + 1}: its show_me does not reach its goal: "
            + "; ".join(t for t, ok in session.checklist() if not ok)
        )
        # Leave each action out in turn: the goal must not hold without it.
        for j in range(len(step.show_me)):
            trial = copy.deepcopy(before)
            actions: set[str] = set()
            try:
                for k, action in enumerate(step.show_me):
                    if k == j:
                        continue
                    if "do" in action:
                        actions.add(action["do"])
                        if action["do"] == "train":
                            trainable(trial)
                            trial.add_run(fake_run(trial))
                    else:
                        show.apply(action, trial)
            except (ValueError, AssertionError):
                continue  # a later action needs this one (or training would refuse): needed
            if step.goal is not None and goals.holds(
                step.goal, goals.Situation(trial, None, actions)
            ):
                result.not_needed.append((i, j))
        session.next()
    assert session.progress.finished
    return result
