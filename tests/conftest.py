"""Shared test setup: headless Qt, quiet TensorFlow, and where the real MNIST lives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Set before anything imports Qt or TensorFlow.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
# The tests read English sentences, whatever language this computer speaks.
os.environ["NNSTUDIO_LANGUAGE"] = "en"

REPO = Path(__file__).resolve().parent.parent
MNIST_CANDIDATES = (REPO / "resources" / "mnist.npz", REPO.parent / "shared" / "data" / "mnist.npz")


def find_mnist() -> Path | None:
    return next((p for p in MNIST_CANDIDATES if p.is_file()), None)


@pytest.fixture
def mnist_path() -> Path:
    """The full MNIST .npz; the test is skipped where it is not present."""
    path = find_mnist()
    if path is None:
        pytest.skip("the full MNIST (resources/mnist.npz or ../shared/data/mnist.npz) is absent")
    return path


@pytest.fixture(autouse=True, scope="session")
def pyqtgraph_options() -> None:
    """pyqtgraph's options, as the window sets them when it starts."""
    try:
        from nnstudio.ui.common.plot_style import configure_pyqtgraph
    except ImportError:  # the core tests run without Qt too
        return
    configure_pyqtgraph()


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box nobody answers would hang the run: fail at once instead. Tests
    that expect a dialog replace these with their own answer."""
    try:
        from PySide6.QtWidgets import QFileDialog, QMessageBox
    except ImportError:  # the core tests run without Qt too
        return

    def unexpected(*args: object, **kwargs: object) -> None:
        texts = [str(a) for a in args if isinstance(a, str)]
        raise AssertionError(f"an unexpected dialog would have waited for an answer: {texts}")

    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, unexpected)


def show_widget(qtbot, widget, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    """``widget`` shown at ``size`` and exposed, closed with the test."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def opened_window(qtbot, monkeypatch, trainer, size: tuple[int, int] | None = None):  # type: ignore[no-untyped-def]
    """A main window training with ``trainer`` (None: the real training process), shown.

    A generator for fixtures to ``yield from``. Not handed to qtbot: pytest-qt closes its
    widgets before fixtures end, and a window with unsaved changes (an edit, or a training
    run) would then wait for an answer to "Save the changes?". Closing at the end answers
    Discard.
    """
    from PySide6.QtWidgets import QMessageBox

    from nnstudio.ui.main_window import MainWindow

    w = MainWindow(trainer=trainer)
    if size is not None:
        w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    yield w
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    )
    assert w.close()
    w.deleteLater()


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """The main window at a school laptop's size, training with the stand-in trainer, with
    settings in a throwaway folder."""
    from fake_trainer import FakeTrainer

    monkeypatch.setenv("NNSTUDIO_HOME", str(tmp_path / "home"))
    yield from opened_window(qtbot, monkeypatch, FakeTrainer(), (1366, 728))
