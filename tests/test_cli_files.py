"""The command line's files: which name 'new' writes, where 'train --save' saves (checked
before training, and somewhere that works if saving fails after it), 'nnstudio FILE'."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from nnstudio.cli import run
from nnstudio.core import project_file
from nnstudio.core.templates import from_template


def test_new_writes_the_file_named_or_says_why_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["new", "-t", "xor", "-o", str(tmp_path / "xor.json")]) == 2
    err = capsys.readouterr().err
    assert "-o expected a name ending in .nnproj" in err
    assert "received xor.json, which ends in .json" in err
    assert f"Try: -o {tmp_path / 'xor.nnproj'}" in err
    assert list(tmp_path.iterdir()) == []  # no xor.json.nnproj that 'check xor.json' misses
    # A bare name gets the project suffix, as in the window's Save as.
    assert run(["new", "-t", "xor", "-o", str(tmp_path / "xor")]) == 0
    assert f"Wrote {tmp_path / 'xor.nnproj'} " in capsys.readouterr().out
    assert run(["check", str(tmp_path / "xor.nnproj")]) == 0


@pytest.fixture
def window(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, Any]]:
    """Replaces the window's start: records what it was asked to open."""
    import nnstudio.ui.app as app

    opened: list[tuple[Any, Any]] = []

    def run_app(path: Path | None = None, quit_after: float | None = None) -> int:
        opened.append((path, quit_after))
        return 0

    monkeypatch.setattr(app, "run_app", run_app)
    monkeypatch.setattr(app, "display_available", lambda: True)
    return opened


def test_nnstudio_file_opens_it_in_the_window(
    tmp_path: Path, window: list[tuple[Any, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "xor.nnproj"
    project_file.save(from_template("xor"), path)
    assert run([str(path)]) == 0
    assert run(["gui", str(path)]) == 0
    assert run([]) == 0  # 'nnstudio' alone opens an empty window
    plain = tmp_path / "notes.json"  # an existing file under another name opens too
    plain.write_text("{}")
    assert run([str(plain)]) == 0
    assert window == [(path, None), (path, None), (None, None), (plain, None)]
    # Commands keep their meaning, and a mistyped one is still said to be wrong.
    assert run(["check", str(path)]) == 0
    assert "Project: XOR" in capsys.readouterr().out
    assert run(["chek", str(path)]) == 2
    assert "invalid choice: 'chek'" in capsys.readouterr().err
    assert len(window) == 4


def test_train_save_into_a_missing_folder_is_refused_before_training(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no such folder" / "xor.keras"
    assert run(["train", "-t", "xor", "--epochs", "1", "--save", str(target)]) == 2
    out, err = capsys.readouterr()
    assert "Epoch" not in out  # not trained for nothing
    assert err == (
        f"nnstudio: Cannot save the trained network as {target}: there is no folder "
        f"{target.parent}. Create it first, or choose another place.\n"
    )


def test_train_save_into_a_read_only_folder_is_refused_before_training(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno
    import tempfile

    folder = tmp_path / "handouts"
    folder.mkdir()
    if os.name == "posix" and os.geteuid() != 0:
        folder.chmod(0o555)
    else:  # the administrator writes anywhere: a folder on a read-only disk, then
        real_mkstemp = tempfile.mkstemp

        def read_only(*args: Any, dir: Any = None, **kwargs: Any) -> Any:
            if Path(dir) == folder:
                raise PermissionError(errno.EACCES, "Permission denied")
            return real_mkstemp(*args, dir=dir, **kwargs)

        monkeypatch.setattr(tempfile, "mkstemp", read_only)
    try:
        code = run(["train", "-t", "xor", "--epochs", "1", "--save", str(folder / "xor")])
    finally:
        folder.chmod(0o755)
    out, err = capsys.readouterr()
    assert code == 2 and "Epoch" not in out
    assert err == (
        f"nnstudio: Cannot save the trained network as {folder / 'xor.keras'}: the folder "
        f"{folder} cannot be written to (Permission denied). Choose another place.\n"
    )
    assert list(folder.iterdir()) == []


def test_when_saving_fails_after_training_the_network_is_saved_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import nnstudio.training.model_file as model_file
    from nnstudio.core.errors import ProjectFileError

    real_save = model_file.save_model
    wanted = tmp_path / "class" / "xor.keras"
    wanted.parent.mkdir()

    def full_disk(model: Any, path: Path) -> None:
        if Path(path) == wanted:
            raise ProjectFileError(f"Could not save {path}: No space left on device.")
        real_save(model, path)

    home = tmp_path / "home"
    monkeypatch.setenv("NNSTUDIO_HOME", str(home))
    monkeypatch.setattr(model_file, "save_model", full_disk)
    assert run(["train", "-t", "xor", "--epochs", "2", "--save", str(wanted)]) == 2
    out, err = capsys.readouterr()
    assert "Epoch 2/2" in out
    assert err == (
        f"nnstudio: Could not save {wanted}: No space left on device. Saved the trained model "
        f"to {home / 'xor.keras'} instead.\n"
    )
    model_file.check_model_file(home / "xor.keras")
    assert not wanted.exists()


def test_train_says_a_data_error_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "d.csv").write_text("a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n")
    doc = json.loads(project_file.dumps(from_template("xor")))
    doc["project"]["data"].update(
        dataset="csv", path="d.csv", label_column="label", test_fraction=0.5,
        validation_split=0.9,
    )  # fmt: skip
    (tmp_path / "p.nnproj").write_text(json.dumps(doc))
    monkeypatch.chdir(tmp_path)
    assert run(["train", "p.nnproj", "--epochs", "1"]) == 2
    out, err = capsys.readouterr()
    message = "leaves nothing to train on"
    assert message not in out
    assert err.count(message) == 1 and err.startswith("nnstudio: A validation share")


@pytest.mark.parametrize("name", ["", "sub/", "."])
def test_new_without_a_file_name_says_so(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    assert run(["new", "--template", "xor", "-o", name]) == 2
    err = capsys.readouterr().err
    assert "expected the name of the project file to write" in err or "already exists" in err


def test_a_long_first_argument_is_not_taken_for_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["x" * 300]) == 2  # the parser says which commands there are
    assert "invalid choice" in capsys.readouterr().err
