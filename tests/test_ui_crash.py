"""An unexpected error becomes a log entry and a calm dialog with a report to copy."""

from __future__ import annotations

import logging
import sys
import threading

import shiboken6
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


def test_copied_turns_back_into_copy_report_and_a_closed_dialog_is_left_alone(qtbot) -> None:
    kept = crash.CrashDialog("RuntimeError: x", "details")
    qtbot.addWidget(kept)
    closed = crash.CrashDialog("RuntimeError: y", "details")
    kept.copy_button.click()
    closed.copy_button.click()
    assert kept.copy_button.text() == "Copied"
    button = closed.copy_button
    with qtbot.waitSignal(closed.destroyed):
        closed.deleteLater()
    assert not shiboken6.isValid(button)
    # The closed dialog's reset was due a moment after the kept one's: it must not reach for
    # the deleted button (that would raise "Internal C++ object already deleted").
    with qtbot.capture_exceptions() as exceptions:
        qtbot.waitUntil(lambda: kept.copy_button.text() == "Copy report", timeout=3000)
        qtbot.wait(100)
    assert exceptions == []
