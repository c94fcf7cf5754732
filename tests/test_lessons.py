"""Lessons: the file format, goals, the student's session, progress in the project file,
grading and the teachers' commands."""

from __future__ import annotations

import copy
import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from lesson_walk import fake_run

from nnstudio import lessons
from nnstudio.cli import run
from nnstudio.core import project_file
from nnstudio.core.spec import LayerSpec, LessonProgress
from nnstudio.core.templates import from_template
from nnstudio.lessons import goals, markup
from nnstudio.lessons.goals import Situation
from nnstudio.lessons.lesson import LessonError, from_document, loads
from nnstudio.lessons.session import AnswerError, LessonSession


def lesson_doc(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "nnstudio-lesson",
        "schema_version": 1,
        "id": "tiny",
        "title": "A tiny lesson",
        "summary": "Two steps.",
        "start": {"template": "xor", "layers": [{"kind": "Input", "params": {"shape": [2]}}]},
        "steps": [
            {
                "title": "Hidden",
                "text": "Add a **hidden** layer.",
                "goal": {"check": "layer", "kind": "Dense", "units": 16, "after": "Input"},
                "hints": ["Drag Dense.", "Set its units to 16."],
                "locks": [{"setting": "loss", "reason": "The tutorial's loss."}],
            },
            {
                "title": "Train",
                "text": "Train it.",
                "predict": {
                    "id": "acc",
                    "question": "Which accuracy?",
                    "number": {"min": 0, "max": 100, "unit": "%"},
                    "outcome": "test_accuracy",
                },
                "goal": {"all": [{"check": "run"}, {"check": "test_accuracy", "min": 0.9}]},
                "hints": ["Press Train."],
            },
        ],
    }
    doc.update(changes)
    return doc


def problems_of(doc: Any) -> list[str]:
    with pytest.raises(LessonError) as info:
        from_document(doc, "t.nnlesson")
    return info.value.problems


# --- the format --------------------------------------------------------------------------


def test_a_lesson_reads_with_its_steps_goals_hints_locks_and_prediction() -> None:
    lesson = from_document(lesson_doc(), "t.nnlesson")
    assert [s.title for s in lesson.steps] == ["Hidden", "Train"]
    assert lesson.steps[0].hints == ("Drag Dense.", "Set its units to 16.")
    assert lesson.steps[0].locks[0].setting == "loss"
    assert lesson.steps[1].predict is not None and lesson.steps[1].predict.unit == "%"
    assert lesson.grade_goal == lesson.steps[1].goal
    project = lesson.start_project()
    assert [layer.kind for layer in project.layers] == ["Input"]
    assert project.compile.loss == "mean_squared_error" and project.data.dataset == "xor"


def test_every_problem_is_reported_at_once_naming_file_and_step() -> None:
    doc = lesson_doc(level="expert", minutes=0)
    doc["steps"][0]["goal"] = {"check": "parameters", "max": 0}
    doc["steps"][0]["look_at"] = "the moon"
    doc["steps"][1]["goal"] = {
        "all": [{"check": "test_accuracy", "min": 1.5}, {"check": "loss", "is": "cross_entropy"}]
    }
    doc["steps"][1]["locks"] = [{"setting": "colour", "reason": "x"}]
    problems = problems_of(doc)
    assert len(problems) == 7, problems
    assert all(p.startswith("t.nnlesson") for p in problems)
    joined = "\n".join(problems)
    assert 'expected "level" to be one of: beginner, intermediate, advanced' in joined
    assert "t.nnlesson, step 1, goal: this can never hold: the number of parameters" in joined
    assert 'step 1: expected "look_at" to be one of' in joined
    assert "step 2, goal, all #1: this can never hold: a test accuracy is never above 1" in joined
    assert "step 2, goal, all #2: there is no loss called 'cross_entropy'" in joined
    assert "Received: 'colour'" in joined


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{nope", "expected JSON, found a mistake at line 1"),
        ('{"format": "nnstudio-project"}', "is not an nnstudio lesson"),
        ('{"format": "nnstudio-lesson", "schema_version": 2}', "written for a newer nnstudio"),
        ('{"format": "nnstudio-lesson", "schema_version": "1"}', "no usable schema version"),
        ("[]", "is not an nnstudio lesson"),
    ],
)
def test_an_unusable_file_gets_one_sentence(text: str, words: str) -> None:
    with pytest.raises(LessonError) as info:
        loads(text, "t.nnlesson")
    assert len(info.value.problems) == 1 and words in info.value.problems[0]


@pytest.mark.parametrize(
    ("goal", "words"),
    [
        ({"check": "count", "kind": "Dense", "min": 3, "max": 2}, "at least 3 and at most 2"),
        ({"check": "layer", "kind": "Dense", "activation": "magic"}, "can never be 'magic'"),
        ({"check": "layer", "kind": "Dense", "units": {"max": 0}}, "is never below 1"),
        ({"check": "optimizer", "is": "sgd", "settings": {"beta_1": 0.9}}, "has no setting"),
        ({"check": "data", "dataset": "cifar"}, "no dataset called 'cifar'"),
        ({"check": "train", "epochs": 0}, "must lie between 1"),
        ({"check": "did", "action": "dance"}, "no action called 'dance'"),
        ({"any": []}, "a list of at least one condition"),
        ({"check": "layers", "kinds": []}, "a list of layer kinds"),
        ({"check": "run", "stopped": "yes"}, "true or false"),
    ],
)
def test_a_goal_that_can_never_hold_or_names_nothing_is_refused(goal: Any, words: str) -> None:
    doc = lesson_doc()
    doc["steps"][0]["goal"] = goal
    assert any(words in p for p in problems_of(doc)), problems_of(doc)


def test_a_challenge_needs_a_goal_and_predictions_their_own_ids() -> None:
    doc = lesson_doc(kind="challenge")
    for step in doc["steps"]:
        del step["goal"]
    doc["steps"][0]["predict"] = copy.deepcopy(doc["steps"][1]["predict"])
    joined = "\n".join(problems_of(doc))
    assert "a challenge needs a goal" in joined
    assert "two predictions have the id 'acc'" in joined


def test_a_wrong_start_says_what_is_wrong() -> None:
    doc = lesson_doc(start={"template": "mnist-1000"})
    assert any("no template called 'mnist-1000'" in p for p in problems_of(doc))
    doc = lesson_doc(start={"layers": [{"kind": "Dense", "params": {"units": "many"}}]})
    doc["start"]["layers"] = "Dense"
    assert any("start:" in p and "list of layers" in p for p in problems_of(doc))


# --- goals -------------------------------------------------------------------------------


def parse(raw: Any) -> goals.Condition:
    problems: list[str] = []
    condition = goals.parse(raw, "here", problems)
    assert condition is not None, problems
    return condition


def test_layer_goal_holds_only_for_the_right_layer_in_the_right_place() -> None:
    project = from_template("mnist-128")
    goal = parse(
        {"check": "layer", "kind": "Dense", "units": 128, "activation": "relu", "after": "Flatten"}
    )
    assert goals.holds(goal, Situation(project))
    assert (
        goals.sentence(goal) == "Add a Dense layer with 128 neurons and ReLU right after Flatten."
    )
    project.layers[2].params["activation"] = "tanh"
    assert not goals.holds(goal, Situation(project))
    project.layers[2].params["activation"] = "relu"
    project.layers.insert(2, LayerSpec.new("Dropout"))
    assert not goals.holds(goal, Situation(project))
    last = parse({"check": "layer", "kind": "Dense", "units": 10, "position": "last"})
    assert goals.holds(last, Situation(project))
    assert goals.holds(
        parse({"check": "layer", "kind": "Dense", "units": {"min": 100}}), Situation(project)
    )


def test_parameters_goal_says_the_number_now() -> None:
    goal = parse({"check": "parameters", "max": 20000})
    s = Situation(from_template("mnist-128"))
    assert not goals.holds(goal, s)
    assert goals.sentence(goal, s) == (
        "Keep the parameters (weights and biases) at most 20,000 (now 101,770)."
    )
    assert goals.holds(goal, Situation(from_template("mnist-tanh-sgd"))) is False
    assert goals.holds(goal, Situation(from_template("xor")))


def test_run_goals_count_only_a_run_of_the_network_as_it_is() -> None:
    project = from_template("xor")
    goal = parse({"all": [{"check": "run"}, {"check": "test_accuracy", "min": 0.99}]})
    assert not goals.holds(goal, Situation(project))
    project.add_run(fake_run(project, accuracy=1.0))
    assert goals.holds(goal, Situation(project))
    lines = goals.checklist(goal, Situation(project))
    assert lines == [
        ("Train the network until it finishes.", True),
        ("Reach a test accuracy at least 99% (last run: 100%).", True),
    ]
    project.layers[1].params["units"] = 8  # changed after the run
    assert not goals.holds(goal, Situation(project))
    assert (
        "the network changed since the last run" in goals.checklist(goal, Situation(project))[0][0]
    )
    project.layers[1].params["units"] = 16
    project.runs[-1].reason = "stopped"
    assert not goals.holds(parse({"check": "run"}), Situation(project))
    assert goals.holds(parse({"check": "run", "stopped": True}), Situation(project))


def test_any_did_optimizer_data_and_train_goals() -> None:
    project = from_template("mnist-tanh-sgd")
    s = Situation(project, actions={"results"})
    assert goals.holds(
        parse(
            {"any": [{"check": "did", "action": "train"}, {"check": "did", "action": "results"}]}
        ),
        s,
    )
    sgd = parse({"check": "optimizer", "is": "sgd", "settings": {"momentum": 0.9}})
    assert goals.holds(sgd, s)
    assert goals.sentence(sgd) == "Use the optimizer SGD with momentum 0.9."
    data = parse({"check": "data", "preprocessing": "center", "validation_split": 0.1})
    assert goals.holds(data, s)
    assert goals.sentence(data) == (
        "Set the data settings: preprocessing Centre, divide by overall spread; validation "
        "share 10%."
    )
    assert goals.holds(parse({"check": "train", "batch_size": 64, "epochs": {"min": 10}}), s)
    project.train.batch_size = 32
    assert not goals.holds(parse({"check": "train", "batch_size": [64, 128]}), s)


# --- markup ------------------------------------------------------------------------------


def test_markup_renders_bold_code_lists_and_formulas_and_never_html() -> None:
    html = markup.to_html(
        "A **Dense** layer, `units=128`, *each* neuron: $z = w_1 x_1 + b$, $x^{2}$.\n\n"
        "- one <b>\n- two"
    )
    assert "<b>Dense</b>" in html and "<code>units=128</code>" in html
    assert "<i>each</i>" in html
    assert "<i>z = w<sub>1</sub> x<sub>1</sub> + b</i>" in html and "x<sup>2</sup>" in html
    assert "<ul><li>one &lt;b&gt;</li><li>two</li></ul>" in html
    assert markup.to_html(r"$\sigma(z) \le 1$") == "<p><i>σ(z) ≤ 1</i></p>"


# --- the session -------------------------------------------------------------------------


def session_for(doc: dict[str, Any] | None = None) -> LessonSession:
    return LessonSession.start(from_document(doc or lesson_doc(), "t.nnlesson"))


def test_next_waits_for_the_goal_and_hints_come_one_at_a_time() -> None:
    s = session_for()
    assert not s.can_go_next()
    with pytest.raises(ValueError):
        s.next()
    assert s.hint() == "Drag Dense." and s.hint() == "Set its units to 16." and s.hint() is None
    assert s.progress.hints == [2, 0]
    assert s.locked("loss") == "The tutorial's loss." and s.locked("optimizer") is None
    s.project.layers.append(LayerSpec.new("Dense", units=16))
    assert s.can_go_next()
    s.next()
    assert s.index == 1 and s.locked("loss") is None
    s.back()
    assert s.index == 0 and s.hints_shown() == ["Drag Dense.", "Set its units to 16."]


def test_a_prediction_is_kept_and_shown_beside_what_happened() -> None:
    s = session_for()
    s.project.layers.append(LayerSpec.new("Dense", units=16))
    s.next()
    assert s.question is not None
    with pytest.raises(AnswerError, match="from 0 to 100"):
        s.answer("250")
    with pytest.raises(AnswerError, match="a number"):
        s.answer("lots")
    s.answer("95,5 %")
    assert s.question is None
    s.project.layers.append(LayerSpec.new("Dense", units=1, activation="sigmoid"))
    s.project.add_run(fake_run(s.project, accuracy=0.75))
    s.record("train")
    s.run_finished()
    assert s.progress.attempts == [0, 1]
    assert not s.can_go_next()  # 75% < 90%
    result = s.prediction_results()[0]
    assert (result.answer, result.happened) == ("95.5%", "the test accuracy: 75.0%")
    s.project.add_run(fake_run(s.project, accuracy=0.95))
    s.run_finished()
    s.next()
    assert s.progress.finished
    summary = s.summary()
    assert summary[:3] == ["Steps done: 2 of 2.", "Hints used: 0.", "Training runs: 2."]
    assert "You predicted “95.5%” for “Which accuracy?”: the test accuracy: 75.0%." in summary


def test_a_choice_prediction_is_judged_against_the_run_before() -> None:
    doc = lesson_doc()
    doc["steps"][1]["predict"] = {
        "id": "faster",
        "question": "Sooner or later?",
        "choices": ["Sooner", "Later"],
        "outcome": "first_full_accuracy_epoch",
        "right": {"Sooner": "lower", "Later": "higher"},
    }
    s = session_for(doc)
    s.project.layers.append(LayerSpec.new("Dense", units=16))
    s.project.add_run(fake_run(s.project))
    s.next()
    s.project.runs[-1].history["binary_accuracy"] = [0.5] * 99 + [1.0]  # epoch 100
    s.answer("Sooner")
    s.project.add_run(fake_run(s.project))
    s.project.runs[-1].history["binary_accuracy"] = [0.5] * 39 + [1.0]  # epoch 40
    s.run_finished()
    result = s.prediction_results()[0]
    assert result.right is True
    assert result.happened == (
        "the first epoch with 100% training accuracy: epoch 40 (the run before: epoch 100)"
    )


def test_progress_is_saved_in_the_project_file_and_comes_back(tmp_path: Path) -> None:
    s = session_for()
    s.hint()
    s.record("results")
    s.spend(75.3)
    path = tmp_path / "me.nnproj"
    project_file.save(s.project, path)
    doc = json.loads(path.read_text())
    assert doc["schema_version"] == 4 and doc["project"]["lesson"]["lesson"] == "tiny"
    again = project_file.load(path)
    assert again == s.project
    lesson = lessons.for_project(again)
    assert lesson is not None and lesson.title == "A tiny lesson"  # kept in the file
    resumed = LessonSession(lesson, again)
    assert resumed.progress.hints == [1, 0] and resumed.progress.seconds == 75.3


def test_a_version_3_project_opens_with_no_lesson() -> None:
    doc = json.loads(project_file.dumps(from_template("xor")))
    doc["schema_version"] = 3
    del doc["project"]["lesson"]
    project = project_file.loads(json.dumps(doc))
    assert project.lesson is None and project == from_template("xor")


def test_a_broken_progress_says_what_is_wrong() -> None:
    doc = json.loads(project_file.dumps(from_template("xor")))
    doc["project"]["lesson"] = {"lesson": "xor", "step": -1}
    with pytest.raises(project_file.ProjectFileError, match="lesson progress's step"):
        project_file.loads(json.dumps(doc))


# --- grading and the commands ------------------------------------------------------------


def handed_in(tmp_path: Path) -> Path:
    """A folder of handed-in projects for the lesson "tiny": met, missed, another lesson,
    no run, no lesson, broken."""
    folder = tmp_path / "class"
    folder.mkdir()
    # What the teacher grades: the first step's goal and the last step's.
    doc = lesson_doc(
        grade={"all": [lesson_doc()["steps"][0]["goal"], *lesson_doc()["steps"][1]["goal"]["all"]]}
    )
    lesson = from_document(doc, "t.nnlesson")

    def student(name: str, accuracy: float | None, units: int = 16) -> None:
        s = LessonSession.start(lesson)
        s.project.layers.append(LayerSpec.new("Dense", units=units))
        if accuracy is not None:
            s.project.add_run(fake_run(s.project, accuracy=accuracy))
        s.spend(600)
        project_file.save(s.project, folder / name)

    student("ana.nnproj", 0.95)
    student("ben.nnproj", 0.70)
    student("cai.nnproj", None)
    student("dev.nnproj", 0.99, units=8)
    other = from_template("xor")
    other.lesson = LessonProgress(lesson="xor", title="XOR")
    project_file.save(other, folder / "eva.nnproj")
    project_file.save(from_template("xor"), folder / "fin.nnproj")
    (folder / "gus.nnproj").write_text("{not json")
    (folder / "notes.txt").write_text("not a project")
    (tmp_path / "tiny.nnlesson").write_text(json.dumps(doc))
    return folder


def test_grade_gives_a_row_per_file_and_never_stops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = handed_in(tmp_path)
    out_csv = tmp_path / "grades.csv"
    code = run(
        [
            "lesson",
            "grade",
            "--lesson",
            str(tmp_path / "tiny.nnlesson"),
            str(folder),
            "--csv",
            str(out_csv),
        ]
    )
    assert code == 0
    text = capsys.readouterr().out
    rows = {line.split()[0]: line for line in text.splitlines() if ".nnproj" in line}
    assert sorted(rows) == [
        f"{n}.nnproj" for n in ("ana", "ben", "cai", "dev", "eva", "fin", "gus")
    ]
    assert rows["ana.nnproj"].split()[1:5] == ["yes", "yes", "yes", "yes"]
    assert "95.00%" in rows["ana.nnproj"] and "10 min" in rows["ana.nnproj"]
    assert rows["ben.nnproj"].split()[1:5] == ["yes", "yes", "no", "no"]
    assert "No training run saved" in rows["cai.nnproj"]
    assert rows["dev.nnproj"].split()[1:5] == ["no", "yes", "yes", "no"]
    assert "belongs to the lesson 'xor'" in rows["eva.nnproj"]
    assert "not made in a lesson" in rows["fin.nnproj"]
    assert "not a valid project file" in rows["gus.nnproj"]
    assert "1 of 7 projects meet every goal." in text
    table = list(csv.DictReader(out_csv.read_text().splitlines()))
    assert [r["file"] for r in table][:2] == ["ana.nnproj", "ben.nnproj"]
    assert table[0]["Add a Dense layer with 16 neurons right after Input."] == "yes"
    assert table[1]["all goals met"] == "no" and table[6]["status"] == "unreadable"


def test_grade_without_projects_or_with_a_broken_lesson_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["lesson", "grade", "--lesson", "xor", str(tmp_path)]) == 2
    assert "No project files to grade" in capsys.readouterr().err
    assert run(["lesson", "grade", "--lesson", "nope", str(tmp_path)]) == 2
    assert "no built-in lesson called 'nope'" in capsys.readouterr().err


def test_lesson_list_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["lesson", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out if line.strip()][: len(lessons.builtin())] == [
        lesson.id for lesson in lessons.builtin()
    ]
    good = tmp_path / "good.nnlesson"
    good.write_text(json.dumps(lesson_doc()))
    assert run(["lesson", "check", str(good)]) == 0
    assert "no problems" in capsys.readouterr().out
    bad = tmp_path / "bad.nnlesson"
    doc = lesson_doc(level="expert")
    doc["steps"][0]["goal"] = {"check": "parameters", "max": 0}
    bad.write_text(json.dumps(doc))
    assert run(["lesson", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("bad.nnlesson: 2 problems:") and "can never hold" in err
    assert run(["lesson", "check", str(tmp_path / "missing.nnlesson")]) == 2


def test_train_record_keeps_the_run_in_the_project_file(tmp_path: Path) -> None:
    s = session_for()
    s.project.layers += [
        LayerSpec.new("Dense", units=16),
        LayerSpec.new("Dense", units=1, activation="sigmoid"),
    ]
    s.next()
    s.answer(90)
    path = tmp_path / "me.nnproj"
    project_file.save(s.project, path)
    result = subprocess.run(
        [sys.executable, "-m", "nnstudio", "train", str(path), "--record"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Kept the run in me.nnproj." in result.stdout
    project = project_file.load(path)
    assert len(project.runs) == 1 and project.runs[0].epochs_done == 500
    assert project.lesson is not None and project.lesson.attempts == [0, 1]
    assert project.lesson.predictions["acc"]["measured"] is True
    assert goals.holds(parse({"check": "run"}), Situation(project))
    assert run(["train", "--template", "xor", "--record"]) == 2


def test_shapes_and_filled_in_settings_can_be_asked_for() -> None:
    project = from_template("mnist-512")
    flat = parse({"check": "layer", "kind": "Input", "shape": [784]})
    assert goals.holds(flat, Situation(project))
    assert goals.sentence(flat) == "Add an Input layer with shape 784."
    either = parse({"check": "layer", "kind": "Input", "shape": [[28, 28], [784]]})
    assert goals.holds(either, Situation(project))
    assert not goals.holds(parse({"check": "layer", "kind": "Input", "shape": [28, 28]}),
                           Situation(project))  # fmt: skip
    csv_goal = parse({"check": "data", "dataset": "csv", "path": {"not": ""},
                      "label_column": {"not": ""}})  # fmt: skip
    project.data.dataset = "csv"
    assert not goals.holds(csv_goal, Situation(project))
    project.data.path, project.data.label_column = "marks.csv", "grade"
    assert goals.holds(csv_goal, Situation(project))
    assert "file filled in" in goals.sentence(csv_goal)
    doc = lesson_doc()
    doc["steps"][0]["goal"] = {"check": "layer", "kind": "Input", "shape": [28, -1]}
    assert any("expected a Input layer's shape to be a shape" in p or "to be a shape" in p
               for p in problems_of(doc))  # fmt: skip


def test_a_grade_sees_what_was_done_in_earlier_steps() -> None:
    doc = lesson_doc(grade={"check": "did", "action": "results"})
    s = session_for(doc)
    s.record("results")
    s.project.layers.append(LayerSpec.new("Dense", units=16))
    s.next()
    assert s.progress.actions == [] and s.progress.seen == ["results"]


def test_a_prediction_can_compare_with_an_earlier_question_s_run() -> None:
    doc = lesson_doc()
    doc["steps"][1]["predict"]["outcome"] = "first_full_accuracy_epoch"
    doc["steps"].append(
        {
            "title": "Again",
            "text": "Change and train again.",
            "predict": {
                "id": "again",
                "question": "Sooner than the first time?",
                "choices": ["Sooner", "Later"],
                "outcome": "first_full_accuracy_epoch",
                "right": {"Sooner": "lower", "Later": "higher"},
                "compare_with": "acc",
            },
        }
    )
    s = session_for(doc)
    s.project.layers.append(LayerSpec.new("Dense", units=16))
    s.next()
    s.answer(50)
    for epoch in (100, 20, 60):  # the first question's run, a run in between, then this one
        run = fake_run(s.project)
        run.history["binary_accuracy"] = [0.5] * (epoch - 1) + [1.0]
        s.project.add_run(run)
        s.run_finished()
        if epoch == 100:
            s.project.runs[-1].test["binary_accuracy"] = 1.0
            s.next()
        if epoch == 20:
            s.answer("Sooner")
    result = s.prediction_results()[1]
    assert result.happened.endswith("epoch 60 (the run it is compared with: epoch 100)")
    assert result.right is True  # 60 < 100, though later than the 20 just before
    doc["steps"][2]["predict"]["compare_with"] = "nope"
    assert any("expected the id of an earlier prediction" in p for p in problems_of(doc))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_is_refused_not_waited_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "fifo.nnlesson"
    os.mkfifo(fifo)
    assert run(["lesson", "check", str(fifo)]) == 2
    assert "is not a file but a pipe, a device or a socket: expected a lesson file" in (
        capsys.readouterr().err
    )
