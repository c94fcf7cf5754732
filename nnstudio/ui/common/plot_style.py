"""pyqtgraph's global options, set once when the window starts (and by the panel demos and the
tests), instead of as a side effect of importing a plotting module."""

from __future__ import annotations

import pyqtgraph as pg


def configure_pyqtgraph() -> None:
    """Row-major images (a weight matrix is drawn as stored, not transposed), a white
    background and dark grey axes. Safe to call more than once."""
    pg.setConfigOptions(imageAxisOrder="row-major", background="w", foreground="#333333")
