"""Opens the main window on a made-up screen and prints where everything landed, as JSON.

Run by tests/test_ui_screens.py in a process of its own (the screen is chosen when Qt starts):
    python tests/window_on_screen.py WIDTH HEIGHT SCALE [SCREENSHOT] [LANGUAGE]
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
if len(sys.argv) > 5:  # the window in another language (its words are longer or shorter)
    os.environ["NNSTUDIO_LANGUAGE"] = sys.argv[5]
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
            f"dock {d.objectName()}": in_window(d)
            for d in window.findChildren(QDockWidget)
            if d.isVisible() and not d.visibleRegion().isEmpty()
        },
    },
    "tabs": [
        [
            bar.tabText(i),
            bar.tabRect(i).width(),
            bar.fontMetrics().horizontalAdvance(bar.tabText(i)),
            # Whether the tab is in sight (not behind the bar's scroll buttons).
            bar.rect().contains(bar.tabRect(i)),
        ]
        for bar in window.findChildren(QTabBar)
        if bar.isVisible()
        for i in range(bar.count())
    ],
}
# Trained (a stand-in run of mnist-128 on a slice, or of XOR without MNIST), so that every
# tab shows what it shows after a run.
mnist = [p for p in (Path(__file__).parents[2] / "shared" / "data" / "mnist.npz",) if p.is_file()]
window.new_from_template("mnist-128" if mnist else "xor")
if mnist:
    for key, value in (("path", str(mnist[0])), ("train_limit", 300), ("test_limit", 50)):
        window.editor.set_setting("data", key, value)
window.editor.set_setting("train", "epochs", 2)
window.start_training()
while window.run is not None:
    app.processEvents()
window.show_inside(example=0)
app.processEvents()
report["trained"] = window.last_result is not None and window.last_result.reason == "completed"

# Each tab of the centre: the room its page gets, and the least it needs.
pages = []
for index in range(window.tabs.count()):
    window.tabs.setCurrentIndex(index)
    for _ in range(3):
        app.processEvents()
    page = window.tabs.currentWidget()
    need = page.minimumSizeHint()
    pages.append([window.tabs.tabText(index), page.width(), page.height(), need.width(),
                  need.height()])  # fmt: skip
window.tabs.setCurrentIndex(int(os.environ.get("NNSTUDIO_SHOT_TAB", "0")))
app.processEvents()
report["pages"] = pages
if len(sys.argv) > 4 and sys.argv[4]:
    window.grab().save(sys.argv[4])
print(json.dumps(report))
sys.stdout.flush()
os._exit(0)
