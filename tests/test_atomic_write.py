"""Saving replaces a file all at once, keeps its permissions and cleans up after killed saves."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nnstudio.core import project_file
from nnstudio.core.atomic_write import STALE_AFTER_SECONDS, remove_stale_temporaries
from nnstudio.core.templates import from_template
from nnstudio.export import export

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_a_save_keeps_the_files_permissions(tmp_path: Path) -> None:
    path = tmp_path / "shared.nnproj"
    path.write_text("{}")
    path.chmod(0o644)  # readable by the class
    project_file.save(from_template("xor"), path)
    assert _mode(path) == 0o644
    path.chmod(0o664)
    project_file.save(from_template("xor"), path)
    assert _mode(path) == 0o664
    assert project_file.load(path) == from_template("xor")


@posix_only
@pytest.mark.parametrize("umask", [0o022, 0o077], ids=["umask 022", "umask 077"])
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        project_file.save(from_template("xor"), tmp_path / "new.nnproj")
        export(from_template("xor"), tmp_path / "xor.py", fmt="script")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "new.nnproj") == 0o666 & ~umask
    assert _mode(tmp_path / "xor.py") == 0o666 & ~umask


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_save_removes_the_temporary_files_of_killed_saves_but_not_a_running_ones(
    tmp_path: Path,
) -> None:
    path = tmp_path / "net.nnproj"
    stale = tmp_path / ".net.nnproj.ab12_xyz.tmp"
    stale_model = tmp_path / ".net.nnproj.zz99zz99.tmp.keras"
    running = tmp_path / ".net.nnproj.cd34efgh.tmp"  # another save is writing it now
    other = tmp_path / ".other.nnproj.ab12cd34.tmp"  # another project's
    for file in (stale, stale_model, running, other):
        file.write_text("half a file")
    for file in (stale, stale_model, other):
        _age(file, STALE_AFTER_SECONDS + 60)
    project_file.save(from_template("xor"), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["net.nnproj", running.name, other.name]
    )
    assert remove_stale_temporaries(path) == []


_KILLED_SAVE = """
import os, signal, sys
from pathlib import Path
from nnstudio.core.atomic_write import replace_atomically

def half_written(tmp: Path) -> None:
    tmp.write_text('{"format": "nnstudio-pro')
    os.kill(os.getpid(), signal.SIGKILL)

replace_atomically(Path(sys.argv[1]), half_written)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_save_killed_midway_leaves_the_old_file_and_the_next_save_cleans_up(
    tmp_path: Path,
) -> None:
    path = tmp_path / "net.nnproj"
    project_file.save(from_template("xor"), path)
    before = path.read_text()
    proc = subprocess.run([sys.executable, "-c", _KILLED_SAVE, str(path)], timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert path.read_text() == before
    (left,) = [p for p in tmp_path.iterdir() if p != path]
    assert left.name.startswith(".net.nnproj.") and left.name.endswith(".tmp")
    _age(left, STALE_AFTER_SECONDS + 1)
    project_file.save(from_template("mnist-128"), path)
    assert [p.name for p in tmp_path.iterdir()] == ["net.nnproj"]
    assert project_file.load(path).template == "mnist-128"
