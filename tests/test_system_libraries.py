"""Missing system libraries are found before Qt would end the program, and named with the
exact apt line."""

from __future__ import annotations

import pytest

from nnstudio import cli
from nnstudio.ui import system_libraries as libs

LDD = """\
\tlinux-vdso.so.1 (0x00007ffc)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f2)
\tlibxcb-icccm.so.4 => not found
\tlibX11-xcb.so.1 => not found
\tlibdbus-1.so.3 => not found
\tlibglib-2.0.so.0 => not found
"""


def test_the_missing_libraries_are_read_from_ldd() -> None:
    assert libs.not_found(LDD) == [
        "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libX11-xcb.so.1",
        "libdbus-1.so.3", "libglib-2.0.so.0",
    ]  # fmt: skip
    assert libs.not_found("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libxkbcommon.so.0", "libxkbcommon0"),
    ],
)
def test_each_library_is_named_by_its_debian_package(library: str, package: str) -> None:
    assert libs.package_for(library) == package


def test_the_window_command_says_what_to_install_instead_of_starting_qt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(libs.sys, "platform", "linux")
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    monkeypatch.setattr(libs, "xcb_plugin", lambda: plugin)
    monkeypatch.setattr(libs, "missing_libraries", lambda path: libs.not_found(LDD))
    started: list[object] = []
    monkeypatch.setattr("nnstudio.ui.app.run_app", lambda *a, **k: started.append(a) or 0)
    assert cli.main(["gui"]) == 2
    assert not started  # Qt never started
    err = capsys.readouterr().err
    assert "they are not installed: libxcb-cursor.so.0, libxcb-icccm.so.4" in err
    assert (
        "    sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libx11-xcb1 "
        "libdbus-1-3 libglib2.0-0\n"
    ) in err


def test_nothing_is_checked_when_qt_does_not_draw_through_x11(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(libs.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert not libs.uses_xcb()
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert libs.uses_xcb()
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    assert not libs.uses_xcb()
    monkeypatch.setattr(libs.sys, "platform", "win32")
    assert libs.missing_for_window() is None


def test_on_this_machine_the_installed_plugin_is_read() -> None:
    plugin = libs.xcb_plugin()
    if plugin is None:
        pytest.skip("this PySide6 has no X11 plugin")
    missing = libs.missing_libraries(plugin)
    # Whatever this machine lacks, it is named as a library file, never as ldd's other lines.
    assert all(".so" in name and " " not in name for name in missing)
