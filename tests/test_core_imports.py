"""The core and the data layer must load without Qt or TensorFlow (they start in milliseconds
and run anywhere, e.g. in the command line and in tests)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("tensorflow", "keras", "PySide6", "pyqtgraph", "shiboken6")

CORE_MODULES = [
    "nnstudio",
    "nnstudio.core.catalog",
    "nnstudio.core.spec",
    "nnstudio.core.errors",
    "nnstudio.core.labels",
    "nnstudio.core.shapes",
    "nnstudio.core.validate",
    "nnstudio.core.templates",
    "nnstudio.core.keras_args",
    "nnstudio.core.project_file",
    "nnstudio.export",
    "nnstudio.data",
    "nnstudio.training.build",
    "nnstudio.cli",
]


def test_core_and_data_import_neither_qt_nor_tensorflow() -> None:
    code = (
        "import importlib, sys\n"
        f"for m in {CORE_MODULES!r}: importlib.import_module(m)\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "", f"imported at module level: {result.stdout.strip()}"
