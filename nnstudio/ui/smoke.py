"""``nnstudio gui --smoke-test``: open the real window, train through its Train path, report.

The installers' test of a built bundle (packaging/smoke_test.py) runs this inside the frozen
program, so it checks what a student would do first: the window appears, TensorFlow loads, a
network trains to its expected accuracy, and the program quits cleanly. It prints one line,
``smoke test passed: ...`` or ``smoke test failed: ...``, and returns 0 or 1.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

log = logging.getLogger("nnstudio.ui.smoke")

#: Accuracy metrics Keras may report for the test data; the run passes when each one reached
#: the required value.
ACCURACY_KEYS = (
    "accuracy",
    "binary_accuracy",
    "categorical_accuracy",
    "sparse_categorical_accuracy",
)


def accuracy_of(test: dict[str, float]) -> float | None:
    """The lowest accuracy metric among the test results, or None when there is none."""
    values = [v for k, v in test.items() if k in ACCURACY_KEYS]
    return min(values) if values else None


def verdict(
    reason: str, message: str, test: dict[str, float], min_accuracy: float
) -> tuple[bool, str]:
    """Whether a finished run passes the smoke test, and why (one phrase)."""
    if reason != "completed":
        return False, f"training ended with {reason!r}: {message}"
    accuracy = accuracy_of(test)
    if accuracy is None:
        return False, f"the test results have no accuracy metric: {sorted(test)}"
    if accuracy + 1e-9 < min_accuracy:
        return False, f"test accuracy {accuracy:.2%} is below {min_accuracy:.2%}"
    return True, f"test accuracy {accuracy:.2%}"


def run_smoke_test(
    path: Path | None = None,
    template: str = "xor",
    min_accuracy: float = 1.0,
    timeout: float = 180.0,
) -> int:
    """Open the window with ``path`` (or ``template``), train, print one line, quit.

    Times count from ``NNSTUDIO_LAUNCH_TIME`` (a ``time.time()`` the caller took just before
    starting the program, so they include loading the program itself), else from this call.
    """
    launched = os.environ.get("NNSTUDIO_LAUNCH_TIME")
    started = float(launched) if launched else time.time()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from nnstudio.core.templates import from_template
    from nnstudio.training.events import RunStarted
    from nnstudio.ui.app import application

    app = application()

    from nnstudio.ui.main_window import MainWindow

    window = MainWindow(project=None if path else from_template(template))
    if path is not None and not window.open_path(path, confirmed=True):
        print(f"smoke test failed: could not open {path}", flush=True)
        return 1
    window.show()
    times: dict[str, float] = {"window": time.time() - started}
    outcome: dict[str, Any] = {}

    def finish(ok: bool, why: str) -> None:
        if "ok" in outcome:
            return
        outcome.update(ok=ok, why=why)
        app.exit(0 if ok else 1)

    def on_event(event: object) -> None:
        if isinstance(event, RunStarted) and "ready" not in times:
            times["ready"] = time.time() - started

    def on_finished(result: Any) -> None:
        times["finished"] = time.time() - started
        finish(*verdict(result.reason, result.message, result.test, min_accuracy))

    def start() -> None:
        if not window.isVisible():
            finish(False, "the window did not appear")
            return
        window.start_training()
        run = window.run
        if run is None:
            finish(False, "Train did not start (the network has problems)")
            return
        run.engine_event.connect(on_event)
        run.finished.connect(on_finished)

    def watch_dialogs() -> None:
        # A dialog (a training error's message box) would wait for a click that never comes:
        # report its text and close it.
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            text = getattr(dialog, "text", lambda: "")()
            finish(False, f"a dialog appeared: {dialog.windowTitle()}: {text}")
            dialog.close()

    def too_slow() -> None:
        if window.run is not None:
            window.run.stop()
        finish(False, f"no result after {timeout:.0f} s")

    QTimer.singleShot(0, start)
    watcher = QTimer()
    watcher.timeout.connect(watch_dialogs)
    watcher.start(200)
    QTimer.singleShot(int(timeout * 1000), too_slow)
    app.exec()
    if window.run is not None:
        window.run.wait()
    window.close()

    parts = [f"window shown in {times['window']:.2f} s"]
    if "ready" in times:
        parts.append(f"ready to train {times['ready']:.2f} s after start")
    if "finished" in times:
        parts.append(f"trained by {times['finished']:.2f} s")
    line = f"smoke test {'passed' if outcome.get('ok') else 'failed'}: {outcome.get('why')}; "
    line += ", ".join(parts)
    log.info(line)
    print(line, flush=True)
    return 0 if outcome.get("ok") else 1
