"""Start one panel on its own with a template loaded: ``python -m nnstudio.ui.<module>``."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from nnstudio.core.templates import from_template
from nnstudio.ui.common.editor import Editor
from nnstudio.ui.common.plot_style import configure_pyqtgraph


def run_demo(
    make_widget: Callable[[Editor], QWidget],
    template: str = "mnist-128",
    size: tuple[int, int] = (360, 700),
) -> int:
    """Open ``make_widget(editor)`` in a window with ``template`` loaded; returns the exit code."""
    app = demo_app()
    editor = Editor()
    editor.load(from_template(template))
    widget = make_widget(editor)
    widget.setWindowTitle(f"nnstudio: {type(widget).__name__} ({template})")
    widget.resize(*size)
    widget.show()
    return app.exec()


def demo_app() -> QApplication:
    """The application a demo's widgets need, made before the first of them."""
    app = QApplication.instance()
    app = app if isinstance(app, QApplication) else QApplication(sys.argv)
    configure_pyqtgraph()
    return app


def run_animated_demo(
    widget: QWidget, tick: Callable[[], None], interval_ms: int, size: tuple[int, int]
) -> int:
    """Show ``widget`` and call ``tick`` every ``interval_ms`` (made-up training events)."""
    from PySide6.QtCore import QTimer

    app = demo_app()
    widget.setWindowTitle(f"nnstudio: {type(widget).__name__} (demo data)")
    widget.resize(*size)
    timer = QTimer(widget)
    timer.timeout.connect(tick)
    timer.start(interval_ms)
    widget.show()
    return app.exec()
