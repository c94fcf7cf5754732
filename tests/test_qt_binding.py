"""The Qt binding installed must not corrupt Python's reference counts.

PySide6 6.12.0 under Python 3.11 drops a reference to None on every call of a method that
returns nothing, so a window that redraws for a while aborts with "none_dealloc". The
dependency excludes that release; this test fails if such a build comes back.
"""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert before - sys.getrefcount(None) < 100
