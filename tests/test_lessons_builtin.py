"""Every built-in lesson and challenge, walked step by step with its own "show me" actions."""

from __future__ import annotations

import pytest
from lesson_walk import walk

from nnstudio import lessons
from nnstudio.core import templates
from nnstudio.core.compare import settings_of
from nnstudio.lessons import markup
from nnstudio.lessons.lesson import loads

BUILTIN = lessons.builtin()


def test_the_built_in_lessons_are_the_five_tutorials_and_three_challenges() -> None:
    ids = [lesson.id for lesson in BUILTIN]
    assert ids == list(lessons.ORDER)
    assert [lesson.kind for lesson in BUILTIN].count("challenge") == 3


@pytest.mark.parametrize("lesson", BUILTIN, ids=lambda lesson: lesson.id)
def test_each_step_s_actions_reach_its_goal_and_none_is_needless(lesson: lessons.Lesson) -> None:
    result = walk(lesson)
    for i, step in enumerate(lesson.steps):
        if step.goal is not None:
            assert not result.held_before[i], (
                f"step {i + 1}'s goal holds before the student does anything"
            )
    assert result.not_needed == [], "these (step, action) could be left out"
    progress = result.session.progress
    # Every prediction was answered before Train and got an outcome from the run after it.
    for step in lesson.steps:
        if step.predict is not None:
            record = progress.predictions[step.predict.id]
            assert record["measured"] is True
            if step.predict.outcome:
                assert record["outcome"] is not None


@pytest.mark.parametrize(
    "lesson",
    [lesson for lesson in BUILTIN if lesson.id in templates.TEMPLATES],
    ids=lambda lesson: lesson.id,
)
def test_a_tutorial_lesson_trains_its_tutorial_s_network(lesson: lessons.Lesson) -> None:
    """The network a student trains in the lesson is the template's, exactly, so it reaches
    the tutorial's number (the slow template tests train the templates for real)."""
    template = settings_of(templates.from_template(lesson.id))
    trained = walk(lesson).trained
    assert template in trained, "the lesson never trains the tutorial's network"


@pytest.mark.parametrize("lesson", BUILTIN, ids=lambda lesson: lesson.id)
def test_every_step_has_words_and_every_goal_a_sentence(lesson: lessons.Lesson) -> None:
    assert lesson.title and lesson.summary
    for step in lesson.steps:
        html = markup.to_html(step.text)
        assert html.startswith("<p>") or html.startswith("<ul>")
        assert "**" not in html and "`" not in html
        if lesson.kind == "lesson":
            assert step.title
        if step.goal is not None:
            assert step.hints, f"{step.title}: a step with a goal needs at least one hint"


def test_a_built_in_lesson_file_reads_back_the_same() -> None:
    import json

    for lesson in BUILTIN:
        again = loads(json.dumps(lesson.document), lesson.id)
        assert again.steps == lesson.steps
