"""Everything below the window loads without Qt or TensorFlow: the core, the data layer, the
exporter and the training package (TensorFlow is imported inside the functions that train)
start in milliseconds and run anywhere, e.g. in the command line and in tests.

The modules are found by walking the packages, so a new module is checked without being
listed; import-linter (run by .ci/run) checks which way the packages import each other.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import nnstudio

HEAVY = ("tensorflow", "keras", "PySide6", "pyqtgraph", "shiboken6")
LIGHT_PACKAGES = ("core", "data", "export", "training")


def light_modules() -> list[str]:
    """Every module of the packages that must not load Qt or TensorFlow, plus the command line."""
    found = ["nnstudio", "nnstudio.cli", "nnstudio.userdirs"]
    for info in pkgutil.walk_packages(nnstudio.__path__, "nnstudio."):
        if info.name.split(".")[1] in LIGHT_PACKAGES:
            found.append(info.name)
    return found


def test_the_walk_finds_every_light_module() -> None:
    modules = light_modules()
    for expected in (
        "nnstudio.core.document",
        "nnstudio.training.engine",
        "nnstudio.training.remote",
        "nnstudio.training.events",
        "nnstudio.training.fastloop",
        "nnstudio.data.mnist",
    ):
        assert expected in modules
    assert not any(m.startswith("nnstudio.ui") for m in modules)
    assert any(m.startswith("nnstudio.export") for m in modules)


def test_nothing_below_the_window_imports_qt_or_tensorflow() -> None:
    code = (
        "import importlib, sys\n"
        f"for m in {light_modules()!r}: importlib.import_module(m)\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "", f"imported at module level: {result.stdout.strip()}"
