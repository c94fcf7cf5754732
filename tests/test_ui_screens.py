"""The whole window fits a school laptop's screen, at 100%, 150% and 200%: every dock, the
centre, the Train button and the status bar lie on the screen, and no tab title is cut short."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def _opened(width: int, height: int, scale: float) -> dict:
    done = subprocess.run(
        [sys.executable, str(HERE / "window_on_screen.py"), str(width), str(height), str(scale)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, 1.0), (1366, 768, 2.0), (1280, 720, 1.5), (1920, 1080, 1.0)],
    ids=["1366x768", "1366x768 at 200%", "1920x1080 at 150%", "1920x1080"],
)
def test_the_window_fits_the_screen_and_nothing_is_cut_short(
    width: int, height: int, scale: float
) -> None:
    report = _opened(width, height, scale)
    assert _inside(report["frame"], report["available"]), report["frame"]
    parts = report["parts"]
    assert {"central", "status bar", "Train button", "dock Layer stack", "dock Problems"} <= set(
        parts
    )
    for name, geometry in parts.items():
        assert _inside(geometry, report["window"]), f"{name} at {geometry} is off the window"
    cut = [(title, room, text) for title, room, text in report["tabs"] if room < text + 8]
    assert not cut, f"tab titles cut short: {cut}"
    # Every tab's page gets at least the room it needs (else its content is clipped).
    squeezed = [p for p in report["pages"] if p[1] < p[3] or p[2] < p[4]]
    assert not squeezed, f"pages smaller than they need: {squeezed}"
    assert len(report["pages"]) == 6 and report["trained"]
