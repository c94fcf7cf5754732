"""What happens when something goes wrong that nobody planned for: the details go to the log,
and the student sees a calm dialog with a report to copy and hand to the teacher, instead of
a window that silently vanishes."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnstudio import __version__
from nnstudio.core.i18n import Context
from nnstudio.userdirs import log_dir, log_file

log = logging.getLogger("nnstudio.crash")
Crash = Context("Crash")


def crash_report(summary: str, details: str) -> str:
    versions = [f"nnstudio {__version__}", f"Python {platform.python_version()}"]
    for name in ("PySide6", "numpy", "tensorflow", "keras", "pyqtgraph"):
        module = sys.modules.get(name)
        if module is not None:
            versions.append(f"{name} {getattr(module, '__version__', '?')}")
    return (
        f"{summary}\n\n"
        f"System: {platform.platform()}\n"
        f"Versions: {', '.join(versions)}\n"
        f"Log file: {log_file()}\n\n"
        f"{details.rstrip()}\n"
    )


def open_log_folder() -> None:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashDialog(QDialog):
    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(Crash.tr("nnstudio ran into a problem"))
        self.report = crash_report(summary, details)
        intro = QLabel(
            Crash.tr(
                "<b>Something unexpected went wrong inside nnstudio.</b><br>"
                "This is a bug in nnstudio, not something you did. Your project is still open; "
                "save it under a new name to be safe. If you tell your teacher, copy the report "
                "below and send it along."
            )
        )
        intro.setWordWrap(True)
        text = QPlainTextEdit(self.report)
        text.setReadOnly(True)
        text.setMinimumSize(560, 220)
        copy = QPushButton(Crash.tr("Copy report"))
        copy.clicked.connect(self._copy)
        folder = QPushButton(Crash.tr("Open log folder"))
        folder.clicked.connect(open_log_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.copy_button = copy
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(Crash.tr("Copied"))
        # Tied to the button, so the timer is dropped if the dialog closes first.
        QTimer.singleShot(
            1500, self.copy_button, lambda: self.copy_button.setText(Crash.tr("Copy report"))
        )


class _Relay(QObject):
    """Carries crashes from any thread to the GUI thread."""

    crashed = Signal(str, str)


_relay: _Relay | None = None
_showing = False


def _show(summary: str, details: str) -> None:
    global _showing
    if _showing:  # one dialog at a time, even if errors keep coming
        return
    _showing = True
    try:
        CrashDialog(summary, details, QApplication.activeWindow()).exec()
    finally:
        _showing = False


def report_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None, where: str = ""
) -> None:
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error%s:\n%s", f" in {where}" if where else "", details)
    summary = f"{kind.__name__}: {value}"
    if _relay is not None:
        _relay.crashed.emit(summary, details)
    elif sys.stderr is not None:
        sys.stderr.write(details)


def install_excepthooks() -> None:
    """Route uncaught exceptions, in any thread, to the log and the crash dialog."""
    global _relay
    _relay = _Relay()
    _relay.crashed.connect(_show, Qt.ConnectionType.QueuedConnection)

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        report_exception(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            name = args.thread.name if args.thread else "a background thread"
            report_exception(args.exc_type, args.exc_value, args.exc_traceback, name)

    sys.excepthook = hook
    threading.excepthook = thread_hook
