"""Before the window opens on Linux: does Qt's X11 plugin find the system libraries it needs?

When one is missing Qt cannot load its ``xcb`` plugin and ends the program with a message
that names at most ``libxcb-cursor0``. Here the plugin's own dependencies are listed with
``ldd`` (nothing is loaded), the missing ones are named, and the exact ``apt install`` line
for them is given. No Qt is imported: only the PySide6 package's folder is looked up.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from nnstudio.core.i18n import Context

log = logging.getLogger("nnstudio.ui")
SystemLibraries = Context("SystemLibraries")

#: Debian's package for a library whose name does not follow the usual pattern.
PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def xcb_plugin() -> Path | None:
    """Qt's X11 plugin in the installed PySide6, if there is one."""
    try:
        import PySide6
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.is_file() else None


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries ``plugin`` needs that the system lacks (from ``ldd``), in its order."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        log.info("ldd could not list the libraries of %s", plugin, exc_info=True)
        return []
    return not_found(done.stdout)


def not_found(ldd_output: str) -> list[str]:
    """The names ``ldd`` printed as "not found", each once, in order."""
    names: list[str] = []
    for name in _NOT_FOUND.findall(ldd_output):
        if name not in names:
            names.append(name)
    return names


def package_for(library: str) -> str:
    """Debian's package that holds ``library``: "libxcb-icccm.so.4" is in "libxcb-icccm4",
    "libxkbcommon-x11.so.0" in "libxkbcommon-x11-0" (a dash before the number when the name
    ends in a digit)."""
    if library in PACKAGES:
        return PACKAGES[library]
    name, _, version = library.partition(".so.")
    name = name.lower()
    major = version.split(".")[0] if version else ""
    if not major:
        return name
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def uses_xcb() -> bool:
    """Whether Qt will open the window through X11 here."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    wayland = os.environ.get("WAYLAND_DISPLAY") and os.environ.get("XDG_SESSION_TYPE") == "wayland"
    return bool(os.environ.get("DISPLAY")) and not wayland


def missing_for_window() -> str | None:
    """A sentence saying which system libraries to install before the window can open, with
    the ``apt`` line; None when nothing is missing (or Qt will not use X11)."""
    plugin = xcb_plugin() if uses_xcb() else None
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    if not missing:
        return None
    log.warning("Qt's X11 plugin lacks: %s", ", ".join(missing))
    packages = list(dict.fromkeys(package_for(name) for name in missing))
    return SystemLibraries.tr(
        "nnstudio cannot open its window: Qt needs these system libraries to draw on this "
        "screen, and they are not installed: {libraries}.\n"
        "On Debian or Ubuntu, install them with:\n"
        "    sudo apt install {packages}\n"
        "(The command line works without them: nnstudio --help.)"
    ).format(libraries=", ".join(missing), packages=" ".join(packages))
