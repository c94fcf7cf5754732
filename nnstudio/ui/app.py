"""Start the window: Qt first, so it appears in about a second; TensorFlow loads behind it."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from pathlib import Path

log = logging.getLogger("nnstudio.ui")


def display_available() -> bool:
    """Whether Qt can open a window here (Qt aborts the process when it cannot)."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _preload_tensorflow() -> None:
    """Import TensorFlow in the background, so the first Train does not wait for it."""

    def load() -> None:
        started = time.monotonic()
        try:
            from nnstudio.training.tf_import import import_tensorflow

            import_tensorflow()
        except Exception:  # training will report it properly when it is asked for
            log.exception("TensorFlow could not be loaded in the background")
            return
        log.info("TensorFlow loaded in the background in %.1f s", time.monotonic() - started)

    threading.Thread(target=load, name="tensorflow-preload", daemon=True).start()


def run_app(path: Path | None = None, quit_after: float | None = None) -> int:
    """Open the main window (with ``path`` if given) and run until it is closed."""
    started = time.monotonic()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from nnstudio import __version__
    from nnstudio.ui.crash import install_excepthooks

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("nnstudio")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("nnstudio")
    app.setDesktopFileName("nnstudio")
    install_excepthooks()

    from nnstudio.ui.main_window import MainWindow

    window = MainWindow()
    if path is not None:
        window.open_path(path, confirmed=True)
    window.show()
    shown = time.monotonic() - started
    log.info("window shown %.2f s after start", shown)
    if quit_after is not None:
        # The smoke test: report how long the window took, then close it.
        print(f"window shown in {shown:.2f} s", flush=True)
        QTimer.singleShot(int(quit_after * 1000), window.close)
    else:
        _preload_tensorflow()
    return int(app.exec())
