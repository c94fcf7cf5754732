"""The whole window fits a school laptop's screen, at 100%, 150% and 200%: every dock, the
centre, the Train button and the status bar lie on the screen, and no tab title is cut short."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def _opened(width: int, height: int, scale: float, language: str = "en") -> dict:
    script = str(HERE / "window_on_screen.py")
    done = subprocess.run(
        [sys.executable, script, str(width), str(height), str(scale), "", language],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize(
    ("width", "height", "scale", "language"),
    [
        (1366, 768, 1.0, "en"),
        (1366, 768, 2.0, "en"),
        (1280, 720, 1.5, "en"),
        (1920, 1080, 1.0, "en"),
        # Longer words: German, French and Spanish on the school laptop.
        (1366, 768, 1.0, "de"),
        (1366, 768, 1.0, "fr"),
        (1366, 768, 1.0, "es"),
    ],
    ids=[
        "1366x768",
        "1366x768 at 200%",
        "1920x1080 at 150%",
        "1920x1080",
        "1366x768 German",
        "1366x768 French",
        "1366x768 Spanish",
    ],
)
def test_the_window_fits_the_screen_and_nothing_is_cut_short(
    width: int, height: int, scale: float, language: str
) -> None:
    report = _opened(width, height, scale, language)
    assert _inside(report["frame"], report["available"]), report["frame"]
    parts = report["parts"]
    assert {"central", "status bar", "Train button", "dock stack", "dock problems"} <= set(parts)
    for name, geometry in parts.items():
        assert _inside(geometry, report["window"]), f"{name} at {geometry} is off the window"
    cut = [(title, room, text) for title, room, text, seen in report["tabs"]
           if room < text + 8 or not seen]  # fmt: skip
    assert not cut, f"tab titles cut short: {cut}"
    # Every tab's page gets at least the room it needs (else its content is clipped).
    squeezed = [p for p in report["pages"] if p[1] < p[3] or p[2] < p[4]]
    assert not squeezed, f"pages smaller than they need: {squeezed}"
    assert len(report["pages"]) == 6 and report["trained"]
