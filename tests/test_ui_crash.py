"""An unexpected error becomes a log entry and a calm dialog with a report to copy."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtGui import QGuiApplication

from nnstudio.ui import crash


def test_the_crash_dialog_offers_a_copyable_report(qtbot) -> None:
    try:
        raise ValueError("the weights went missing")
    except ValueError:
        details = "".join(__import__("traceback").format_exception(*sys.exc_info()))
    dialog = crash.CrashDialog("ValueError: the weights went missing", details)
    qtbot.addWidget(dialog)
    assert dialog.report.startswith("ValueError: the weights went missing")
    assert "nnstudio " in dialog.report and "Log file:" in dialog.report
    assert 'raise ValueError("the weights went missing")' in dialog.report
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.report


def test_exceptions_in_any_thread_reach_the_log_and_the_dialog(qtbot, monkeypatch, caplog) -> None:
    shown: list[str] = []
    monkeypatch.setattr(crash, "_show", lambda summary, details: shown.append(summary))
    old_hook, old_thread_hook = sys.excepthook, threading.excepthook
    try:
        crash.install_excepthooks()
        worker = threading.Thread(target=lambda: 1 / 0, name="worker")
        with caplog.at_level(logging.ERROR, logger="nnstudio.crash"):
            worker.start()
            worker.join()
            qtbot.waitUntil(lambda: bool(shown))
    finally:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook
    assert shown == ["ZeroDivisionError: division by zero"]
    assert "unexpected error in worker" in caplog.text


def test_closing_the_dialog_right_after_copy_is_safe(qtbot) -> None:
    dialog = crash.CrashDialog("RuntimeError: x", "details")
    dialog.copy_button.click()
    dialog.deleteLater()
    qtbot.wait(1700)  # the "Copied" label would have been reset here
