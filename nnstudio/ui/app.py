"""Start the window: Qt first, so it appears in about a second; the training process (and
TensorFlow in it) starts behind it."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger("nnstudio.ui")


def display_available() -> bool:
    """Whether Qt can open a window here (Qt aborts the process when it cannot)."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def application() -> QApplication:
    """The application, made once, named, with pyqtgraph's options set."""
    from PySide6.QtWidgets import QApplication

    from nnstudio import __version__
    from nnstudio.ui.common.language import start_language
    from nnstudio.ui.common.plot_style import configure_pyqtgraph

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("nnstudio")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("nnstudio")
    app.setDesktopFileName("nnstudio")
    configure_pyqtgraph()
    # The language: NNSTUDIO_LANGUAGE or --language, else View → Language, else the system's.
    start_language()
    return app


def run_app(path: Path | None = None, quit_after: float | None = None) -> int:
    """Open the main window (with ``path`` if given) and run until it is closed."""
    started = time.monotonic()
    from PySide6.QtCore import QTimer

    from nnstudio.ui.crash import install_excepthooks

    app = application()
    install_excepthooks()

    from nnstudio.ui.main_window import MainWindow

    window = MainWindow()
    if path is not None:
        if path.suffix == ".nnlesson":  # a teacher's lesson, double-clicked
            window.open_lesson(path)
        else:
            window.open_path(path, confirmed=True)
    window.show()
    shown = time.monotonic() - started
    log.info("window shown %.2f s after start", shown)
    if quit_after is not None:
        # The smoke test: report how long the window took, then close it.
        print(f"window shown in {shown:.2f} s", flush=True)
        QTimer.singleShot(int(quit_after * 1000), window.close)
    else:
        QTimer.singleShot(0, window.training_control.warm_up)
        if path is None:  # a first launch shows the lessons
            QTimer.singleShot(300, window.show_start_page_once)
    return int(app.exec())
