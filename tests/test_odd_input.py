"""Odd input (huge numbers, deep nesting, long paths, broken text) gives a sentence, not exit 3."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from nnstudio.cli import run
from nnstudio.core import project_file
from nnstudio.core.errors import DataError, ProjectFileError
from nnstudio.core.spec import MAX_RUNS, LayerSpec, Project
from nnstudio.core.templates import from_template
from nnstudio.core.validate import validate
from nnstudio.data.csvfile import read_csv

HUGE = 10**400  # beyond the largest float, so math.isfinite and float() cannot take it


def _document(name: str = "xor") -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(project_file.dumps(from_template(name)))
    return doc


def _write(path: Path, doc: object) -> Path:
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = run(["check", str(path)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


# --- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("section", "key", "field"),
    [
        ("train", None, "epochs"),
        ("train", None, "seed"),
        ("data", None, "test_fraction"),
        ("compile", "optimizer_params", "learning_rate"),
    ],
)
def test_a_400_digit_setting_is_a_problem_named_by_check(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    section: str,
    key: str | None,
    field: str,
) -> None:
    doc = _document()
    target = doc["project"][section]
    (target[key] if key else target)[field] = HUGE
    code, out = _check(_write(tmp_path / "big.nnproj", doc), capsys)
    assert code == 1
    assert f"Received: {field}=1000000000" in out
    assert "..." in out  # 401 digits are not all printed


@pytest.mark.parametrize(
    ("run_record", "words"),
    [
        ({"history": {"loss": [0.5, HUGE]}}, "training run 1's 'loss'"),
        ({"test": {"accuracy": HUGE}}, "training run 1's test 'accuracy'"),
        ({"train_seconds": HUGE}, "training run 1's time"),
    ],
)
def test_a_400_digit_number_in_a_run_is_refused_with_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], run_record: dict[str, Any], words: str
) -> None:
    doc = _document()
    doc["project"]["runs"] = [run_record]
    code, out = _check(_write(tmp_path / "big.nnproj", doc), capsys)
    assert code == 2
    assert (
        f"big.nnproj: Expected {words} to be a number no larger than about 1.8e308. "
        "Received: a whole number of 401 digits."
    ) in out


def test_a_5000_digit_number_is_refused_with_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps(_document()).replace('"seed": 42', '"seed": ' + "9" * 5000)
    code, out = _check(_write(tmp_path / "big.nnproj", text), capsys)
    assert code == 2
    assert out == (
        "nnstudio: big.nnproj is not a valid project file: expected numbers of a usual size, "
        "found a whole number thousands of digits long.\n"
    )


@pytest.mark.parametrize("depth", [40, 500, 990, 100_000])
def test_deeply_nested_json_is_refused_with_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], depth: int
) -> None:
    # 500 levels pass the JSON reader but would exhaust Python's recursion when the project
    # is copied or saved; 990 and more stop the JSON reader itself.
    text = json.dumps(_document()).replace('"seed": 42', '"seed": ' + "[" * depth + "]" * depth)
    code, out = _check(_write(tmp_path / "deep.nnproj", text), capsys)
    assert code == 2
    assert out == (
        "nnstudio: deep.nnproj is not a valid project file: expected lists and objects nested "
        "at most 32 deep, found deeper nesting.\n"
    )


def test_nesting_as_deep_as_a_project_needs_is_accepted() -> None:
    doc = _document()
    doc["project"]["data"]["path"] = "x"
    doc["project"]["train"]["seed"] = [[[[[[[[[[1]]]]]]]]]]  # wrong, but for validation to say
    project = project_file.loads(json.dumps(doc))
    assert project.train.seed == [[[[[[[[[[1]]]]]]]]]]
    assert "Received: seed=[[[[[[[[[[1]]]]]]]]]]" in str(validate(project).problems)


# --- paths -----------------------------------------------------------------------------------

LONG = "a" * 300
TOO_LONG = "expected each folder or file name in it to be at most 255 characters, found one of"


@pytest.mark.parametrize(
    ("dataset", "path"),
    [("mnist", f"{LONG}/x.npz"), ("mnist", f"{LONG}.npz"), ("csv", f"{LONG}.csv")],
)
def test_a_300_character_data_path_is_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dataset: str, path: str
) -> None:
    doc = _document()
    doc["project"]["data"].update(dataset=dataset, path=path, label_column="y")
    project_path = _write(tmp_path / "long.nnproj", doc)
    code, out = _check(project_path, capsys)
    assert code in (0, 1)
    n = max(len(part) for part in Path(path).parts)
    too_long = f"The path {tmp_path / path} is too long for this computer: {TOO_LONG} {n}."
    assert f"Data: {too_long}" in out
    assert run(["export", str(project_path), "-o", str(tmp_path / "x.py")]) == 2
    assert capsys.readouterr().err == f"nnstudio: {too_long}\n"
    assert not (tmp_path / "x.py").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["check", f"{LONG}.nnproj"],
        ["check", f"{LONG}/x.nnproj"],
        ["export", f"{LONG}/x.nnproj", "-o", "x.py"],
        ["new", "-o", f"{LONG}.nnproj"],
    ],
)
def test_a_300_character_name_on_the_command_line_is_explained(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("nnstudio: The path ")
    n = max(len(part) for arg in args for part in Path(arg).parts)
    assert err.endswith(f"is too long for this computer: {TOO_LONG} {n}.\n")
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_users_home_stays_as_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _document()
    doc["project"]["data"].update(dataset="mnist", path="~nosuchuser/x.npz")
    project_path = _write(tmp_path / "home.nnproj", doc)
    code, out = _check(project_path, capsys)
    assert code == 1
    assert f"Data: {tmp_path}/~nosuchuser/x.npz does not exist: expected an MNIST" in out
    assert run(["export", str(project_path), "-o", str(tmp_path / "x.py")]) == 2
    assert "~nosuchuser/x.npz does not exist" in capsys.readouterr().err
    assert run(["check", "~nosuchuser/x.nnproj"]) == 2
    assert "There is no file at ~nosuchuser/x.nnproj" in capsys.readouterr().err


# --- text ------------------------------------------------------------------------------------


def test_a_lone_surrogate_in_names_is_shown_saved_and_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _document()
    doc["project"]["name"] = "Mine \ud800"
    doc["project"]["description"] = "\udcff"
    doc["project"]["layers"][1]["name"] = "d\ud800"
    # As json.dumps writes it: the escape \ud800, which JSON allows and UTF-8 cannot hold.
    text = json.dumps(doc)
    assert "\\ud800" in text
    path = _write(tmp_path / "odd.nnproj", text)

    code, out = _check(path, capsys)
    assert code == 1
    assert "Project: Mine \ufffd" in out
    assert "a name may use letters, digits" in out and "Received: name='d\ufffd'" in out

    project = project_file.load(path)
    assert (project.name, project.description) == ("Mine \ufffd", "\ufffd")
    project_file.save(project, tmp_path / "again.nnproj")
    assert project_file.load(tmp_path / "again.nnproj") == project

    project.layers[1].name = ""
    project_file.save(project, path)
    assert run(["export", str(path), "-o", str(tmp_path / "odd.py")]) == 0
    assert "Mine \ufffd" in (tmp_path / "odd.py").read_text(encoding="utf-8")


def test_printing_a_name_the_terminal_cannot_encode_escapes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An undecodable byte in a file name reaches Python as a surrogate escape such as \udcff.
    project_file.save(from_template("xor"), tmp_path / "ok.nnproj")
    out = tmp_path / "x\udcff.py"
    assert run(["export", str(tmp_path / "ok.nnproj"), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"Wrote {tmp_path}/x\\udcff.py (Python script).\n"
    assert out.exists()


# --- shapes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target_shape", "ok"),
    [
        ((-1, 1), True),
        ((2, 1), True),
        ((-1.0, 1), False),
        ((1.0, 2), False),
        ((-1, 1.0), False),
        ((True, 2), False),
        ((-1, -1), False),
        ((-1, 0), False),
    ],
)
def test_a_target_shape_takes_whole_numbers_only(target_shape: tuple[Any, ...], ok: bool) -> None:
    project = Project(
        layers=[
            LayerSpec.new("Input", shape=(2,)),
            LayerSpec.new("Reshape", target_shape=target_shape),
            LayerSpec.new("Flatten"),
            LayerSpec.new("Dense", units=1, activation="sigmoid"),
        ]
    )
    project.compile.loss = "binary_crossentropy"
    project.data.dataset = "xor"
    problems = [p.message for p in validate(project).errors]
    if ok:
        assert problems == []
    else:
        shown = list(target_shape)
        assert problems == [
            "Layer 2 (Reshape): target shape must be a list of whole numbers of at least 1, "
            "one of which may be -1 to take the rest, such as 28, 28, 1. "
            f"Received: target_shape={shown!r}."
        ]


def test_a_float_target_shape_stops_train_before_keras(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _document()
    doc["project"]["layers"][1:1] = [
        {"kind": "Reshape", "params": {"target_shape": [-1.0, 1]}},
        {"kind": "Flatten", "params": {}},
    ]
    path = _write(tmp_path / "reshape.nnproj", doc)
    assert run(["train", str(path), "--epochs", "1"]) == 1
    assert "Received: target_shape=[-1.0, 1]" in capsys.readouterr().err


# --- files from elsewhere --------------------------------------------------------------------


def test_a_file_saved_by_notepad_with_a_byte_order_mark_opens(tmp_path: Path) -> None:
    path = tmp_path / "notepad.nnproj"
    path.write_bytes(b"\xef\xbb\xbf" + project_file.dumps(from_template("xor")).encode())
    assert project_file.load(path) == from_template("xor")
    assert project_file.loads("\ufeff" + project_file.dumps(from_template("xor"))).template == "xor"


def test_only_the_latest_runs_are_kept_from_a_file_with_120000(tmp_path: Path) -> None:
    doc = _document()
    doc["project"]["runs"] = [
        {"finished": f"run {i}", "epochs_done": 1, "history": {"loss": [0.5]}}
        for i in range(120_000)
    ]
    path = _write(tmp_path / "many.nnproj", doc)
    start = time.perf_counter()
    project = project_file.load(path)
    assert time.perf_counter() - start < 10
    assert len(project.runs) == MAX_RUNS
    assert [r.finished for r in project.runs] == [f"run {i}" for i in range(119_980, 120_000)]


def test_a_broken_run_beyond_the_cap_does_not_matter_but_a_kept_one_is_named() -> None:
    doc = _document()
    good = {"finished": "t", "history": {"loss": [0.5]}}
    doc["project"]["runs"] = [{"history": {"loss": "x"}}] + [good] * MAX_RUNS
    assert len(project_file.loads(json.dumps(doc)).runs) == MAX_RUNS
    doc["project"]["runs"] = [good] * MAX_RUNS + [{"history": {"loss": "x"}}]
    with pytest.raises(ProjectFileError, match="training run 21: expected the history"):
        project_file.loads(json.dumps(doc))


# --- CSV files -------------------------------------------------------------------------------


def test_a_csv_file_with_old_mac_line_ends_reads(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b'a,label\r1,x\r2,y\r\n3,"x"\r')
    table = read_csv(path, "label")
    assert table.x.tolist() == [[1.0], [2.0], [3.0]]
    assert table.class_names == ("x", "y")
    assert table.y.tolist() == [0, 1, 0]


def test_a_cell_too_big_for_the_csv_reader_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("a,label\n" + "1" * 200_000 + ",x\n2,y\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        read_csv(path, "label")
    assert str(info.value) == (
        "Row 2 of big.csv has a cell of more than 131,072 characters: expected numbers and "
        'short labels. A quote mark (") that is never closed turns the rest of the file into '
        "one cell."
    )


def test_large_limits_are_written_out_in_full() -> None:
    project = from_template("xor")
    project.train.seed = -1
    project.train.batch_size = 0
    project.compile.optimizer_params["learning_rate"] = 0
    assert [p.message for p in validate(project).errors] == [
        "Optimizer Adam: learning rate must be a number above 0 and at most 10. "
        "Received: learning_rate=0.",
        "Training: batch size must be a whole number from 1 to 1,000,000. Received: batch_size=0.",
        "Training: random seed must be a whole number from 0 to 2,147,483,647. Received: seed=-1.",
    ]
