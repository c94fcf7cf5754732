"""The installers' files: the spec, the desktop entry, the scripts, the build-info file, the
smoke test (run here against the source; packaging/build.py runs it against the bundle), the
per-user tarball's install and uninstall, and the Windows installers compiling.

The checks that need a tool (desktop-file-validate, shellcheck, makensis, wixl) skip with a
message where it is missing; .ci/run installs them.
"""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from nnstudio.ui.smoke import accuracy_of, verdict

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
WINDOWS = PACKAGING / "windows"
SHELL_SCRIPTS = sorted(PACKAGING.rglob("*.sh"))


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _needs(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (Debian: see .ci/run)")
    return path


def _env() -> dict[str, str]:
    """The environment for a child Python that must import this checkout's nnstudio."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


# --- the desktop entry and the file type -------------------------------------------------------


def _desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / "nnstudio.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_window_with_a_file() -> None:
    entry = _desktop()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "nnstudio gui %f"
    assert entry["Icon"] == "nnstudio"
    assert entry["Terminal"] == "false"
    assert "Education" in entry["Categories"].split(";")


def test_desktop_entry_and_mime_type_agree() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(LINUX / "nnstudio-mime.xml").getroot().find("m:mime-type", ns)
    assert mime is not None
    assert mime.get("type") in _desktop()["MimeType"].split(";")
    assert mime.find("m:glob", ns).get("pattern") == "*.nnproj"  # type: ignore[union-attr]


def test_desktop_file_validates() -> None:
    tool = _needs("desktop-file-validate")
    result = subprocess.run([tool, str(LINUX / "nnstudio.desktop")], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_icon_is_an_svg_with_a_square_view_box() -> None:
    root = ET.parse(PACKAGING / "icons" / "nnstudio.svg").getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == "0 0 256 256"


# --- the PyInstaller spec and the pinned toolchain -----------------------------------------


def test_spec_ships_mnist_with_its_credit_and_nnstudio_as_source() -> None:
    spec = (PACKAGING / "nnstudio.spec").read_text(encoding="utf-8")
    assert '"resources" / "mnist.npz"' in spec and '"resources" / "README.md"' in spec
    # The code exporter copies functions from nnstudio.data with inspect.getsource: the .py
    # files must be there.
    assert 'module_collection_mode={"nnstudio": "pyz+py"}' in spec
    # One folder, never one file (which unpacks 1 GB at every start).
    assert "exclude_binaries=True" in spec and "COLLECT(" in spec
    for module in ("QtQml", "QtQuick", "QtNetwork", "tkinter"):
        assert f'"{module}"' in spec


def test_the_window_opens_without_the_qt_modules_the_bundle_leaves_out(tmp_path: Path) -> None:
    """What the spec excludes is missing from the bundle: the window must not need any of it
    (pyqtgraph's curves import QtOpenGL, for one). Checked here, without building a bundle."""
    spec = (PACKAGING / "nnstudio.spec").read_text(encoding="utf-8")
    block = spec[spec.index("QT_EXCLUDES = [") : spec.index("EXCLUDES = QT_EXCLUDES")]
    names = re.findall(r'"(Qt\w+)"', block)
    assert "QtQml" in names
    script = (
        "import importlib.abc, sys\n"
        f"BLOCKED = {{'PySide6.' + n for n in {names!r}}}\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name in BLOCKED:\n"
        "            raise ImportError(f'{name} is left out of the bundle')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from nnstudio.ui.main_window import MainWindow\n"
        "w = MainWindow(); w.show(); app.processEvents()\n"
        "w.tabs.setCurrentWidget(w.training_view); app.processEvents()\n"
        "print('opened')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NNSTUDIO_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0 and "opened" in done.stdout, done.stderr[-2000:]


def test_build_toolchain_is_pinned_with_tensorflow() -> None:
    lines = [
        line.split(";")[0].strip()
        for line in (PACKAGING / "requirements-build.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    pins = dict(line.split("==") for line in lines)
    assert all("==" in line for line in lines), lines
    for name in ("pyinstaller", "pyinstaller-hooks-contrib", "tensorflow-cpu", "keras"):
        assert name in pins
    assert pins["tensorflow-cpu"] == pins["tensorflow"]
    # The Essentials wheel, never the full one (QML/Quick), and never the broken 6.12.0.
    assert "PySide6" not in pins and pins["PySide6-Essentials"] != "6.12.0"
    assert pins["PySide6-Essentials"] == pins["shiboken6"]


# --- build-info and the manifest ---------------------------------------------------------------


def test_build_info_names_versions_commit_and_hashes(tmp_path: Path) -> None:
    buildinfo = _load("buildinfo")
    bundle = tmp_path / "nnstudio"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "nnstudio").write_bytes(b"\x7fELF stand-in")
    (bundle / "_internal" / "resources" / "mnist.npz").write_bytes(b"digits")
    path = buildinfo.write_build_info(bundle, REPO, bundle / "nnstudio")
    info = json.loads(path.read_text())
    assert info["name"] == "nnstudio" and info["version"]
    assert re.fullmatch(r"[0-9a-f]{40}|unknown", info["commit"])
    assert info["files"] == 2 and info["bytes"] == len(b"\x7fELF stand-in") + len(b"digits")
    assert info["sha256"]["mnist.npz"] == buildinfo.sha256(
        bundle / "_internal" / "resources" / "mnist.npz"
    )
    assert "packages" in info and "python" in info
    assert buildinfo.verify(bundle) == []
    (bundle / "_internal" / "resources" / "mnist.npz").write_bytes(b"changed")
    assert buildinfo.verify(bundle) == ["_internal/resources/mnist.npz"]


# --- the smoke test ----------------------------------------------------------------------------


def test_smoke_verdict() -> None:
    assert verdict("completed", "", {"loss": 0.08, "binary_accuracy": 1.0}, 1.0)[0]
    ok, why = verdict("completed", "", {"loss": 0.3, "binary_accuracy": 0.75}, 1.0)
    assert not ok and "75.00%" in why
    assert not verdict("error", "No data", {}, 1.0)[0]
    assert not verdict("completed", "", {"loss": 0.1}, 1.0)[0]
    assert accuracy_of({"accuracy": 0.9, "categorical_accuracy": 0.8}) == 0.8


def test_smoke_line_is_parsed() -> None:
    smoke = _load("smoke_test")
    parsed = smoke.parse_smoke_line(
        "noise\nsmoke test passed: test accuracy 100.00%; window shown in 0.30 s, "
        "ready to train 3.47 s after start, trained by 4.79 s\n"
    )
    assert parsed is not None and parsed["passed"]
    assert (parsed["window"], parsed["ready"], parsed["finished"]) == (0.3, 3.47, 4.79)
    assert smoke.parse_smoke_line("nothing here") is None


def test_smoke_test_trains_xor_through_the_window() -> None:
    # The check packaging/build.py runs against the bundle, here against the source.
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "smoke_test.py"), "--only", "gui", "--",
         sys.executable, "-m", "nnstudio"],
        capture_output=True, text=True, timeout=300, env=_env(), cwd=REPO,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["passed"] and summary["times"]["window"] < 10


def _can_cut_the_network() -> bool:
    unshare = shutil.which("unshare")
    if unshare is None or not sys.platform.startswith("linux"):
        return False
    cmd = [unshare, "-n", "true"] if os.geteuid() == 0 else [unshare, "-r", "-n", "true"]
    return subprocess.run(cmd, capture_output=True).returncode == 0


def test_smoke_test_fails_without_a_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    from nnstudio.cli import run

    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert run(["gui", "--smoke-test"]) == 1


@pytest.mark.skipif(
    not os.environ.get("NNSTUDIO_BUNDLE"),
    reason="no bundle to test: set NNSTUDIO_BUNDLE to a built one (.ci/run builds it)",
)
def test_smoke_test_of_the_bundle() -> None:
    # The same checks against the frozen program, with the network cut off where possible:
    # the window, XOR to 100%, the command line, the exporter, nothing written beside it.
    exe = Path(os.environ["NNSTUDIO_BUNDLE"]) / ("nnstudio.exe" if os.name == "nt" else "nnstudio")
    offline = ["--offline"] if _can_cut_the_network() else []
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "smoke_test.py"), *offline, "--", str(exe)],
        capture_output=True, text=True, timeout=600, env=env,
    )  # fmt: skip
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["offline"] == bool(offline)


def test_release_workflow_builds_each_system_on_its_own_runner() -> None:
    text = (REPO / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert "NOT RUN BY .ci/run" in text
    # Each job (two-space indented key under jobs:) and the runner it asks for.
    jobs = dict(re.findall(r"^  ([\w-]+):\n(?:    .*\n)*?    runs-on: (.+)$", text, re.M))
    assert jobs["linux"].startswith("ubuntu")
    assert jobs["windows-bundle"].startswith("windows")
    assert jobs["windows-install-test"].startswith("windows")
    assert "matrix.runner" in jobs["macos"] and "macos-14" in text
    for script in ("smoke_test.py", "test_deb_chroot.sh", "test_tarball_user.sh",
                   "build_installers.sh", "build_macos.sh"):  # fmt: skip
        assert script in text
    assert "\t" not in text


# --- the Linux per-user tarball's scripts ------------------------------------------------------


def _fake_tarball(tmp_path: Path) -> Path:
    """The tarball's layout with a shell script standing in for the bundle."""
    top = tmp_path / "nnstudio-0.1.0"
    (top / "nnstudio" / "icons").mkdir(parents=True)
    (top / "share").mkdir()
    exe = top / "nnstudio" / "nnstudio"
    exe.write_text('#!/bin/sh\necho "stand-in nnstudio $*"\n')
    exe.chmod(0o755)
    shutil.copy(PACKAGING / "icons" / "nnstudio.svg", top / "nnstudio" / "icons")
    (top / "nnstudio" / "icons" / "nnstudio-48.png").write_bytes(b"png")
    for name in ("install.sh", "uninstall.sh"):
        shutil.copy(LINUX / name, top / name)
    for name in ("nnstudio.desktop", "nnstudio-mime.xml"):
        shutil.copy(LINUX / name, top / "share" / name)
    return top


def test_tarball_installs_and_uninstalls_in_the_home_folder(tmp_path: Path) -> None:
    top = _fake_tarball(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    run = lambda *cmd: subprocess.run(  # noqa: E731
        [*cmd], capture_output=True, text=True, env=env, timeout=60
    )
    result = run("sh", str(top / "install.sh"))
    assert result.returncode == 0, result.stderr
    dest = home / ".local" / "opt" / "nnstudio"
    share = home / ".local" / "share"
    assert (dest / "nnstudio").is_file() and (dest / "uninstall.sh").is_file()
    assert run(str(home / ".local" / "bin" / "nnstudio"), "--version").stdout.strip() == (
        "stand-in nnstudio --version"
    )
    desktop = (share / "applications" / "nnstudio.desktop").read_text()
    assert f'Exec="{dest}/nnstudio" gui %f' in desktop
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / "nnstudio.png").is_file()
    assert (share / "mime" / "packages" / "nnstudio.xml").is_file()

    # nnstudio's own data (settings, logs) stays unless --purge.
    (share / "nnstudio" / "logs").mkdir(parents=True)
    assert run("sh", str(top / "install.sh")).returncode == 0  # again: replaces it
    result = run(str(dest / "uninstall.sh"))
    assert result.returncode == 0, result.stderr
    assert not dest.exists() and not (home / ".local" / "bin" / "nnstudio").exists()
    assert not (share / "applications" / "nnstudio.desktop").exists()
    assert not (share / "icons" / "hicolor" / "48x48").exists()
    assert not (share / "mime" / "packages" / "nnstudio.xml").exists()
    assert (share / "nnstudio" / "logs").is_dir()

    elsewhere = tmp_path / "apps" / "nn"
    assert run("sh", str(top / "install.sh"), "--prefix", str(elsewhere)).returncode == 0
    assert run(str(elsewhere / "uninstall.sh"), "--purge").returncode == 0
    assert not (share / "nnstudio").exists() and not elsewhere.exists()


def test_install_refuses_to_replace_a_folder_it_did_not_make(tmp_path: Path) -> None:
    top = _fake_tarball(tmp_path)
    other = tmp_path / "precious"
    other.mkdir()
    (other / "work.txt").write_text("keep me")
    result = subprocess.run(
        ["sh", str(top / "install.sh"), "--prefix", str(other)],
        capture_output=True, text=True, env={"HOME": str(tmp_path), "PATH": os.environ["PATH"]},
    )  # fmt: skip
    assert result.returncode == 1 and "not an nnstudio installation" in result.stderr
    assert (other / "work.txt").read_text() == "keep me"


@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: p.name)
def test_shell_scripts_pass_shellcheck(script: Path) -> None:
    tool = _needs("shellcheck")
    result = subprocess.run([tool, str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


# --- the Windows installers compile ------------------------------------------------------------


def _stand_in_payload(tmp_path: Path) -> Path:
    payload = tmp_path / "payload"
    (payload / "_internal").mkdir(parents=True)
    for name in ("nnstudio.exe", "nnstudio-cli.exe", "CREDITS.txt", "MANIFEST.sha256"):
        (payload / name).write_text(f"stand-in {name}\n")
    (payload / "_internal" / "base_library.zip").write_bytes(b"zip")
    (payload / "build-info.json").write_text('{"version": "0.1.0"}\n')
    return payload


def test_nsis_script_compiles(tmp_path: Path) -> None:
    makensis = _needs("makensis")
    out = tmp_path / "setup.exe"
    result = subprocess.run(
        [makensis, "-V2", "-DVERSION=0.1.0", f"-DPAYLOAD_DIR={_stand_in_payload(tmp_path)}",
         f"-DOUT_FILE={out}", str(WINDOWS / "nnstudio.nsi")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"


def test_msi_builds_from_the_wix_definition(tmp_path: Path) -> None:
    _needs("wixl")
    _needs("makensis")
    result = subprocess.run(
        ["sh", str(WINDOWS / "build_installers.sh"), str(_stand_in_payload(tmp_path)),
         str(tmp_path / "out")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    msi = tmp_path / "out" / "nnstudio-0.1.0.msi"
    # An MSI is an OLE compound file.
    assert msi.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")


@pytest.mark.skipif(
    os.environ.get("NNSTUDIO_TEST_WINE") != "1",
    reason="the Wine test takes a minute: set NNSTUDIO_TEST_WINE=1 (.ci/run does)",
)
def test_installers_install_and_uninstall_silently_under_wine(tmp_path: Path) -> None:
    for tool in ("wine", "wineserver", "makensis", "wixl"):
        _needs(tool)
    result = subprocess.run(
        ["sh", str(WINDOWS / "test_wine.sh"), str(tmp_path)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "test_wine: all checks passed" in result.stdout


# --- an installed app -------------------------------------------------------------------------


def test_portable_marker_beside_a_frozen_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nnstudio import userdirs

    monkeypatch.delenv("NNSTUDIO_HOME", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "nnstudio"))
    assert userdirs.data_dir() != tmp_path / "data"
    (tmp_path / "portable.txt").write_text("")
    assert userdirs.data_dir() == tmp_path / "data"


def test_portable_mode_keeps_keras_files_beside_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    launcher = _load("launcher")
    monkeypatch.delenv("NNSTUDIO_HOME", raising=False)
    # Set, then delete: monkeypatch then removes what the launcher sets after the test.
    monkeypatch.setenv("KERAS_HOME", "unset")
    monkeypatch.delenv("KERAS_HOME")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "nnstudio"))
    launcher._keep_keras_files_with_ours()
    assert "KERAS_HOME" not in os.environ  # installed: Keras keeps its usual ~/.keras
    (tmp_path / "portable.txt").write_text("")
    launcher._keep_keras_files_with_ours()
    assert os.environ["KERAS_HOME"] == str(tmp_path / "data" / "keras")


@pytest.mark.skipif(
    not os.environ.get("NNSTUDIO_BUNDLE") or not sys.platform.startswith("linux"),
    reason="no Linux bundle to test: set NNSTUDIO_BUNDLE to a built one (.ci/run builds it)",
)
def test_the_bundle_carries_the_xcb_libraries_a_fresh_debian_lacks() -> None:
    """Qt's window plugin needs libxcb-cursor0, -icccm4 and -keysyms1, which a fresh Debian 12
    lacks: the bundle carries them, so the .deb (whose Depends line names what the bundle
    leaves to the system, see packaging/linux/debdeps.py) works without them."""
    bundle = Path(os.environ["NNSTUDIO_BUNDLE"])
    names = {p.name for p in bundle.rglob("libxcb-*.so*")}
    for library in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
        assert library in names, library
