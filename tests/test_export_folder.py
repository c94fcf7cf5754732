"""An exported project folder: code, data, pinned requirements and a README, that trains
offline wherever it is copied, and the verification that proves it."""

from __future__ import annotations

import importlib.metadata
import json
import shutil
import stat
from pathlib import Path

import pytest

from nnstudio.cli import run
from nnstudio.core import project_file
from nnstudio.core.errors import NNStudioError
from nnstudio.core.templates import from_template
from nnstudio.export.folder import export_folder, requirements_text
from nnstudio.export.verify import verify_folder


def test_a_folder_holds_code_requirements_and_readme_and_needs_no_path_of_this_computer(
    tmp_path: Path,
) -> None:
    written = export_folder(from_template("xor"), tmp_path / "xor")
    names = sorted(p.name for p in (tmp_path / "xor").iterdir())
    assert names == ["README.md", "requirements.txt", "xor.ipynb", "xor.py"]
    assert written.data is None  # XOR is made by the code
    script = written.script.read_text()
    compile(script, "xor.py", "exec")
    assert str(tmp_path) not in script and "site-packages" not in script
    requirements = (tmp_path / "xor" / "requirements.txt").read_text()
    assert f"keras=={importlib.metadata.version('keras')}" in requirements
    assert f"numpy=={importlib.metadata.version('numpy')}" in requirements
    assert "python xor.py" in (tmp_path / "xor" / "README.md").read_text()
    mode = stat.S_IMODE((tmp_path / "xor").stat().st_mode)
    assert mode & 0o055, "a folder others may read, not a private temporary one"


def test_requirements_pin_what_is_installed_and_name_tensorflow_as_installed() -> None:
    text = requirements_text({"numpy": "2.0.1", "keras": "3.4.0", "tensorflow-cpu": "2.17.0"})
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert lines == ["numpy==2.0.1", "keras==3.4.0", "tensorflow-cpu==2.17.0"]
    assert "tensorflow" in requirements_text({})  # nothing known: unpinned names


def test_a_csv_project_takes_its_file_and_reads_it_from_beside_the_code(tmp_path: Path) -> None:
    data = tmp_path / "project" / "marks.csv"
    data.parent.mkdir()
    rows = ["hours,score,passed"] + [f"{h},{h * 7 % 50},{int(h > 5)}" for h in range(12)]
    data.write_text("\n".join(rows) + "\n")
    project = from_template("layers-8-6-6-4")
    project.data.dataset, project.data.path, project.data.label_column = (
        "csv",
        "marks.csv",
        "passed",
    )
    project.layers[0].params["shape"] = None
    project.layers[-1].params["units"] = 2
    written = export_folder(project, tmp_path / "out", base_dir=data.parent)
    assert (tmp_path / "out" / "marks.csv").read_text() == data.read_text()
    script = written.script.read_text()
    assert 'CSV_PATH = os.path.join(HERE, "marks.csv")' in script
    assert "HERE = os.path.dirname(os.path.abspath(__file__))" in script
    notebook = json.loads(written.notebook.read_text())
    code = "".join("".join(c["source"]) for c in notebook["cells"])
    assert 'HERE = os.path.abspath("")' in code and str(tmp_path) not in code


def test_a_folder_is_never_written_over_or_left_half_written(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()
    (target / "homework.txt").write_text("mine")
    with pytest.raises(NNStudioError, match="already exists and is not an empty folder"):
        export_folder(from_template("xor"), target)
    assert [p.name for p in target.iterdir()] == ["homework.txt"]
    project = from_template("layers-8-6-6-4")
    project.data.dataset, project.data.path, project.data.label_column = "csv", "gone.csv", "y"
    with pytest.raises(NNStudioError, match="does not exist"):
        export_folder(project, tmp_path / "new", base_dir=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"], "no half folder, no temp"


def test_an_mnist_folder_copied_elsewhere_trains_offline(tmp_path: Path, mnist_path: Path) -> None:
    project = from_template("mnist-128")
    project.data.path = str(mnist_path)
    written = export_folder(project, tmp_path / "digits")
    assert written.data is not None and written.data.name == "mnist.npz"
    assert written.data.stat().st_size == mnist_path.stat().st_size
    elsewhere = tmp_path / "usb-stick" / "digits"
    shutil.copytree(tmp_path / "digits", elsewhere)
    shutil.rmtree(tmp_path / "digits")  # the original is gone: only the copy is left
    verdict = verify_folder(elsewhere)
    assert verdict.ok, verdict.output
    assert "60000 training and 10000 test examples read" in verdict.output
    assert "ran offline from a copy of the folder" in verdict.sentence


def _fake_export(folder: Path, body: str) -> Path:
    """A folder whose one script does ``body`` in main() (no Keras: fast)."""
    folder.mkdir()
    (folder / "net.py").write_text(
        "EPOCHS = 5\n\n\ndef load_data():\n    return ([1, 2], [0, 1]), ([1], [0])\n\n\n"
        f"def main():\n    {body}\n"
    )
    return folder


def test_verify_says_when_the_code_tries_to_download(tmp_path: Path) -> None:
    folder = _fake_export(
        tmp_path / "f",
        "import urllib.request; urllib.request.urlopen('http://192.0.2.1/mnist.npz')",
    )
    verdict = verify_folder(folder)
    assert not verdict.ok
    assert verdict.sentence == (
        "net.py tried to download something instead of reading its data from the folder, so "
        "it would not run offline."
    )


def test_verify_shows_the_code_s_own_error_and_passes_code_that_runs(tmp_path: Path) -> None:
    broken = _fake_export(tmp_path / "a", "raise ValueError('the shapes do not fit')")
    verdict = verify_folder(broken)
    assert not verdict.ok
    assert verdict.sentence.endswith("(exit 1): ValueError: the shapes do not fit")
    assert "Traceback" in verdict.output
    fine = _fake_export(tmp_path / "b", "print('epochs', EPOCHS, len(load_data()[0][0]))")
    verdict = verify_folder(fine)
    assert verdict.ok, verdict.output
    assert "epochs 1 2" in verdict.output  # one epoch; the slice of what load_data returned
    with pytest.raises(NNStudioError, match="expected one Python script in it, found 0"):
        verify_folder(tmp_path)


def test_the_command_writes_and_verifies_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "xor.nnproj"
    project_file.save(from_template("xor"), path)
    assert run(["export", str(path), "--folder", str(tmp_path / "out"), "--verify"]) == 0
    out = capsys.readouterr().out
    assert "xor.py ran offline from a copy of the folder" in out and "requirements.txt" in out
    assert run(["export", str(path), "--folder", str(tmp_path / "out")]) == 2
    assert "already exists" in capsys.readouterr().err
    assert run(["export", str(path), "--verify", "-o", str(tmp_path / "x.py")]) == 2
    assert "expected --folder DIR with it" in capsys.readouterr().err
    assert run(["export", str(path)]) == 2
    assert "--folder DIR" in capsys.readouterr().err
