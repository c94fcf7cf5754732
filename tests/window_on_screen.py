"""Opens the main window on a made-up screen and prints where everything landed, as JSON.

Run by tests/test_ui_screens.py in a process of its own (the screen is chosen when Qt starts):
    python tests/window_on_screen.py WIDTH HEIGHT SCALE [SCREENSHOT]
WIDTH and HEIGHT are the screen's size in logical pixels (a 2732x1536 panel at 200% is
1366 768 2).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

width, height, scale = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
folder = Path(tempfile.mkdtemp())
screen = {"name": "school", "x": 0, "y": 0, "width": width, "height": height,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": scale}  # fmt: skip
(folder / "screen.json").write_text(json.dumps({"screens": [screen]}))
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={folder / 'screen.json'}"
os.environ["NNSTUDIO_HOME"] = str(folder / "home")
sys.path.insert(0, str(Path(__file__).parent))

from fake_trainer import FakeTrainer  # noqa: E402
from PySide6.QtCore import QPoint, QRect  # noqa: E402
from PySide6.QtWidgets import QDockWidget, QTabBar, QWidget  # noqa: E402

from nnstudio.ui.app import application  # noqa: E402
from nnstudio.ui.main_window import MainWindow  # noqa: E402

app = application()
window = MainWindow(trainer=FakeTrainer())
window.show()
for _ in range(3):
    app.processEvents()


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def in_window(widget: QWidget) -> list[int]:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


report = {
    "available": rect(window.screen().availableGeometry()),
    "frame": rect(window.frameGeometry()),
    "window": [0, 0, window.width(), window.height()],
    "parts": {
        "central": in_window(window.centralWidget()),
        "status bar": in_window(window.statusBar()),
        "Train button": in_window(window.train_button),
        **{
            f"dock {d.windowTitle()}": in_window(d)
            for d in window.findChildren(QDockWidget)
            if d.isVisible() and not d.visibleRegion().isEmpty()
        },
    },
    "tabs": [
        [
            bar.tabText(i),
            bar.tabRect(i).width(),
            bar.fontMetrics().horizontalAdvance(bar.tabText(i)),
        ]
        for bar in window.findChildren(QTabBar)
        if bar.isVisible()
        for i in range(bar.count())
    ],
}
if len(sys.argv) > 4:
    window.grab().save(sys.argv[4])
print(json.dumps(report))
sys.stdout.flush()
os._exit(0)
