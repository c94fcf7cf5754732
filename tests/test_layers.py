"""The packages import only downward and the window's groups know nothing of one another: the
import-linter contracts in pyproject.toml, checked here too so that a plain ``pytest`` catches
a stray import (every import counts, also one inside a function)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytest.importorskip("importlinter")


def test_the_import_contracts_hold() -> None:
    code = "import sys; from importlinter.cli import lint_imports as f; sys.exit(f(no_cache=True))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "4 kept, 0 broken" in result.stdout
