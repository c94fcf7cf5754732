"""The window's groups (builder, train, results) know nothing of one another: each may use
ui.common and the layers below, and the main window wires them together. Read from the source
(every import, also inside functions), so a stray import shows here before it tangles them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parent.parent / "nnstudio" / "ui"
GROUPS = ("builder", "train", "results")


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules.add(node.module)
    return modules


@pytest.mark.parametrize("group", GROUPS)
def test_a_group_imports_no_other_group(group: str) -> None:
    others = [f"nnstudio.ui.{g}" for g in GROUPS if g != group]
    found = {
        f"{path.name}: {module}"
        for path in sorted((UI / group).glob("*.py"))
        for module in imported_modules(path)
        if any(module == o or module.startswith(o + ".") for o in others)
    }
    assert found == set()
