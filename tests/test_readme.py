"""README.md opens with the two commands a newcomer runs, and CI runs the second one."""

from __future__ import annotations

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _first_block() -> list[str]:
    text = (REPO / "README.md").read_text()
    block = text.split("```", 2)[1]
    return [line for line in block.splitlines() if line.strip()]


def test_readme_opens_with_two_commands() -> None:
    install, test = _first_block()
    assert "pip install ." in install and install.endswith("&& nnstudio")
    assert "pip install -e '.[test]'" in test and test.endswith("&& pytest")
    assert (REPO / "README.md").read_text().startswith("# nnstudio\n\n```\n")


def test_ci_runs_the_readmes_second_command() -> None:
    script = (REPO / ".ci" / "run").read_text()
    assert "QT_QPA_PLATFORM=offscreen" in script
    # .ci/run extracts the command with this pipeline; run the same pipeline here.
    extracted = subprocess.run(
        ["bash", "-c", "awk '/^```/ { block++; next } block == 1 { print }' README.md | sed -n 2p"],
        cwd=REPO, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert extracted == _first_block()[1]
    assert "awk '/^```/ { block++; next } block == 1 { print }' README.md | sed -n 2p" in script
