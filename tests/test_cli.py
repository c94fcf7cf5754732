"""The ``nnstudio`` command: messages and exit codes, never tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nnstudio.cli import run
from nnstudio.core import project_file
from nnstudio.core.templates import TEMPLATES, from_template


def test_templates_lists_each_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == list(TEMPLATES)


def test_new_writes_a_project_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "digits.nnproj"
    assert run(["new", "--template", "mnist-512", "-o", str(out)]) == 0
    assert project_file.load(out) == from_template("mnist-512")
    assert run(["new", "--template", "xor", "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert run(["new", "--template", "xor", "-o", str(out), "--force"]) == 0
    assert project_file.load(out).template == "xor"


@pytest.mark.parametrize(
    ("name", "total", "rows"),
    [
        (
            "mnist-128",
            "101,770",
            ["flatten (Flatten) (None, 784) 0", "dense (Dense) (None, 128) 100,480"],
        ),
        ("mnist-512", "407,050", ["dense (Dense) (None, 512) 401,920"]),
        ("mnist-tanh-sgd", "42,310", ["dense_2 (Dense) (None, 10) 510"]),
        ("xor", "65", ["input_layer (Input) (None, 2) 0", "dense_1 (Dense) (None, 1) 17"]),
        ("layers-8-6-6-4", "124", ["dense_2 (Dense) (None, 4) 28"]),
    ],
)
def test_check_prints_keras_parameter_counts(
    name: str, total: str, rows: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["check", "--template", name]) == 0
    out = capsys.readouterr().out
    assert f"Total params: {total}" in out
    table = [" ".join(line.split()) for line in out.splitlines()]
    for row in rows:
        assert row in table
    assert "No problems found." in out
    assert "Data: " in out


def test_check_lists_every_problem_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = from_template("mnist-128")
    project.layers[2].params["units"] = 0
    project.layers[3].params["units"] = 5
    project.train.batch_size = -1
    path = tmp_path / "broken.nnproj"
    project_file.save(project, path)
    assert run(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "2 problems:" in out
    assert "Layer 3 (Dense): units must be a whole number" in out
    assert "Received: batch_size=-1" in out
    # The shapes after the broken layer cannot be known, and the table says so.
    assert "dense_1 (Dense) ? ?" in [" ".join(line.split()) for line in out.splitlines()]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{oops", "expected JSON, found a mistake at line 1"),
        (json.dumps({"format": "nnstudio-project", "schema_version": 7, "project": {}}), "newer"),
    ],
)
def test_unreadable_files_exit_2_with_a_sentence(
    tmp_path: Path, content: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.nnproj"
    path.write_text(content)
    assert run(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


BIG_CELL = "x" * 140_000


def _csv_project(folder: Path, content: bytes | None, label: str = "species") -> Path:
    project = from_template("layers-8-6-6-4")
    project.layers[0].params["shape"] = None
    project.layers[-1].params["units"] = 2
    project.data.dataset = "csv"
    project.data.path = "table.csv"
    project.data.label_column = label
    if content is not None:
        (folder / "table.csv").write_bytes(content)
    path = folder / "table.nnproj"
    project_file.save(project, path)
    return path


@pytest.mark.parametrize(
    ("content", "label", "message"),
    [
        (b"", "species", "table.csv is empty: expected a header row naming the columns."),
        (b"a,species\n", "species", "table.csv has 0 data rows: expected at least 2 below"),
        (b"a,species\n1,x\n", "species", "table.csv has 1 data row: expected at least 2"),
        (b"a,species\n1,x\n2,x\n", "species", 'holds only the class "x": expected at least 2'),
        (b"a,species\n1,x\n2,y\n", "kind", 'table.csv has no column called "kind"'),
        (b"a,b,species\n1,2,x\n3,y\n", "species", "Row 3 of table.csv has 2 cells: expected 3"),
        (b"a,species\n1,x\nnan,y\n", "species", 'Row 3, column "a" of table.csv holds "nan"'),
        (b"a,species\n1,x\n2\xff3,y\n", "species", 'Row 3, column "a" of table.csv holds "2'),
        (b'a,species\n1,x\n2,"y\n', "species", "Row 3 of table.csv has a quote mark"),
        (
            b"a,species\n1,x\n2," + BIG_CELL.encode() + b"\n",
            "species",
            "Row 3 of table.csv has a cell of more than 131,072 characters: expected numbers",
        ),
        (None, "species", "table.csv does not exist: expected a CSV file."),
    ],
)
def test_check_counts_data_that_cannot_be_read_as_a_problem(
    tmp_path: Path,
    content: bytes | None,
    label: str,
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _csv_project(tmp_path, content, label)
    assert run(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "No problems found." not in out
    problems = out.split("1 problem:\n", 1)[1].splitlines()
    assert len(problems) == 1 and message in problems[0]


def test_check_counts_a_missing_mnist_file_as_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = from_template("mnist-128")
    project.data.path = "digits.npz"
    project_file.save(project, tmp_path / "digits.nnproj")
    assert run(["check", str(tmp_path / "digits.nnproj")]) == 1
    out = capsys.readouterr().out
    assert f"  - {tmp_path / 'digits.npz'} does not exist: expected an MNIST .npz file" in out


def test_a_pipe_is_refused_as_a_project_or_a_csv_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "pipe.nnproj"
    os.mkfifo(pipe)
    assert run(["check", str(pipe)]) == 2
    assert f"{pipe} is not a file but a pipe, a device or a socket" in capsys.readouterr().err
    path = _csv_project(tmp_path, None)
    os.mkfifo(tmp_path / "table.csv")
    assert run(["check", str(path)]) == 1
    assert "table.csv is not a file but a pipe" in capsys.readouterr().out


def test_missing_file_and_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", "/nowhere/net.nnproj"]) == 2
    assert "There is no file at /nowhere/net.nnproj" in capsys.readouterr().err
    assert run(["train", "--template", "xor", "--epochs", "zero"]) == 2
    assert "expected a whole number of at least 1, received 'zero'" in capsys.readouterr().err
    assert run(["check", "--template", "nope"]) == 2


def test_export_script_and_notebook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export", "--template", "xor", "-o", str(tmp_path / "xor.py")]) == 0
    assert "def build_model" in (tmp_path / "xor.py").read_text()
    assert run(["export", "--template", "xor", "-o", str(tmp_path / "xor.ipynb")]) == 0
    notebook = json.loads((tmp_path / "xor.ipynb").read_text())
    assert notebook["nbformat"] == 4
    assert run(["export", "--template", "xor", "--format", "notebook",
                "-o", str(tmp_path / "nb.txt")]) == 0  # fmt: skip
    assert json.loads((tmp_path / "nb.txt").read_text())["cells"]
    # Without --format, the ending decides, as in the window's export.
    assert run(["export", "--template", "xor", "-o", str(tmp_path / "xor.txt")]) == 2
    assert "Expected a file name ending in .py" in capsys.readouterr().err
    assert not (tmp_path / "xor.txt").exists()


def test_export_refuses_an_invalid_network(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = from_template("xor")
    project.layers[1].params["units"] = 0
    path = tmp_path / "xor.nnproj"
    project_file.save(project, path)
    assert run(["export", str(path), "-o", str(tmp_path / "xor.py")]) == 1
    assert "units must be a whole number" in capsys.readouterr().err
    assert not (tmp_path / "xor.py").exists()


def _nnstudio(*args: str, cwd: Path, screen: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NNSTUDIO_HOME": str(cwd / "home")}
    if not screen:
        for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
            env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "nnstudio", *args],
        capture_output=True, text=True, timeout=300, cwd=cwd, env=env,
    )  # fmt: skip


def test_train_xor_reaches_full_accuracy_and_saves(tmp_path: Path) -> None:
    result = _nnstudio("train", "--template", "xor", "--save", "xor.keras", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Training on 4 examples, testing on 4; 500 epochs of 1 batch of 4."
    assert sum(line.startswith("Epoch ") for line in lines) == 500
    assert "Test: loss " in result.stdout and "binary_accuracy 1.0000" in lines[-2]
    assert (tmp_path / "xor.keras").is_file()
    # TensorFlow's loading chatter stays out of the student's terminal.
    assert "oneDNN" not in result.stderr and "absl" not in result.stderr


def test_train_an_mnist_slice_prints_a_test_accuracy(tmp_path: Path, mnist_path: Path) -> None:
    project = from_template("mnist-128")
    project.data.path = str(mnist_path)
    project_file.save(project, tmp_path / "digits.nnproj")
    result = _nnstudio("train", "digits.nnproj", "--epochs", "1", "--train-limit", "3000",
                       "--test-limit", "500", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    accuracy = float(result.stdout.split("accuracy ")[-1].split()[0])
    assert accuracy > 0.8


def test_ctrl_c_stops_after_the_current_batch_and_still_saves(tmp_path: Path) -> None:
    import signal
    import time

    env = {**os.environ, "NNSTUDIO_HOME": str(tmp_path / "home")}
    out_path, err_path = tmp_path / "out.txt", tmp_path / "err.txt"
    with out_path.open("w") as out, err_path.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "nnstudio", "train", "--template", "xor",
             "--epochs", "100000", "--save", "xor.keras"],
            stdout=out, stderr=err, cwd=tmp_path, env=env,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        while out_path.read_text().count("/100000") < 3 and time.monotonic() < deadline:
            time.sleep(0.1)  # wait until training is under way
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=120) == 0, err_path.read_text()
    output = out_path.read_text()
    assert "Stopping after this batch" in err_path.read_text()
    assert "Stopped after " in output and "of 100000." in output
    assert "Saved the trained model" in output
    assert (tmp_path / "xor.keras").is_file()


def test_without_a_screen_nnstudio_explains_and_shows_the_command_line(tmp_path: Path) -> None:
    result = _nnstudio(cwd=tmp_path, screen=False)
    assert result.returncode == 0
    assert "there is no screen to open the window on" in result.stderr
    assert "mnist-128" in result.stdout and "nnstudio check --template" in result.stdout


@pytest.mark.parametrize(
    ("error", "code"),
    [(RuntimeError("the graph exploded"), 3), (MemoryError(), 2)],
    ids=["a bug exits 3", "out of memory exits 2"],
)
def test_train_exit_code_follows_whether_the_error_was_foreseen(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], error, code
) -> None:
    import nnstudio.training.build as build

    def broken(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(build, "build_model", broken)
    assert run(["train", "--template", "xor", "--epochs", "1"]) == code
    assert capsys.readouterr().err.startswith("nnstudio: ")


def test_check_gives_advice_on_a_network_that_trains_badly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = from_template("mnist-128")
    project.data.preprocessing = "none"
    project.compile.optimizer_params["learning_rate"] = 0.5
    path = tmp_path / "odd.nnproj"
    project_file.save(project, path)
    assert run(["check", str(path)]) == 0  # advice is not a problem: it can train
    out = capsys.readouterr().out
    assert "Advice (2): it will train, but perhaps not as you hope:" in out
    assert "  - A learning rate of 0.5 is very large for Adam (usually 1e-05 to 0.1)." in out
    assert "    Try: Choose the preprocessing 'Scale to 0..1'." in out


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path: Path) -> None:
    # "nnstudio lesson list | true": the reader is gone before nnstudio writes (as with a
    # "| head" that has read enough); nnstudio says nothing of it and ends well.
    command = f"{sys.executable} -m nnstudio lesson list | true; echo ${{PIPESTATUS[0]}}"
    result = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert result.stdout.strip() == "0"
    assert "Broken pipe" not in result.stderr and "nnstudio:" not in result.stderr
