"""The training process speaks the window's language: it is started with it, and told a new
one without starting again (nnstudio/training/remote.py).

No translation ships yet, so a made-up German one stands in; the process's loop runs here, on a
thread, where it can be given that German (a spawned process would read the real files)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from multiprocessing import Pipe
from typing import Any

import pytest

from nnstudio.core import i18n
from nnstudio.training import remote
from nnstudio.training.remote import Trainer, shared_trainer

GONE_SOURCE = (
    "The training process stopped unexpectedly. It may have run out of memory: try a smaller "
    "network or batch size. Your project is unchanged; press Train to try again."
)
GERMAN_GONE = "Der Trainingsprozess hat unerwartet aufgehört."


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    catalog = i18n.Catalog("de", {("TrainingProcess", GONE_SOURCE, ""): (GERMAN_GONE,)})
    monkeypatch.setattr(i18n, "available_languages", lambda: ["en", "de"])
    monkeypatch.setattr(i18n, "read_qm", lambda path: catalog)
    yield
    i18n.set_language("en")


def _serve(monkeypatch: pytest.MonkeyPatch, language: str) -> tuple[Any, threading.Thread]:
    """The training process's main loop on a thread (without its log file and TensorFlow)."""
    import nnstudio.training.tf_import
    import nnstudio.userdirs

    monkeypatch.setattr(nnstudio.userdirs, "setup_logging", lambda **kwargs: None)
    monkeypatch.setattr(nnstudio.training.tf_import, "import_tensorflow", lambda: None)
    window, process = Pipe(duplex=True)
    stop, pause = threading.Event(), threading.Event()
    thread = threading.Thread(
        target=remote.serve, args=(process, stop, pause, 0, {}, language), daemon=True
    )
    thread.start()
    assert window.poll(30) and window.recv() == ("ready",)
    return window, thread


def _ask(window: Any, ident: int, *request: Any) -> Any:
    window.send(("request", ident, *request))
    assert window.poll(30)
    kind, answered, ok, value = window.recv()
    assert (kind, answered, ok) == ("reply", ident, True), value
    return value


def test_the_process_starts_speaking_the_language_it_is_given(german, monkeypatch) -> None:
    window, thread = _serve(monkeypatch, "de")
    try:
        assert _ask(window, 1, "language") == "de"
        assert remote._gone(None) == GERMAN_GONE
    finally:
        window.send(("quit",))
        thread.join(10)
    assert not thread.is_alive()


def test_the_process_is_told_a_new_language_between_runs(german, monkeypatch) -> None:
    window, thread = _serve(monkeypatch, "en")
    try:
        assert _ask(window, 1, "language") == "en"
        window.send(("set_language", "de"))  # no answer: nobody waits for it
        assert _ask(window, 2, "language") == "de"
        window.send(("set_language", "en"))
        assert _ask(window, 3, "language") == "en"
    finally:
        window.send(("quit",))
        thread.join(10)


def test_a_trainer_not_running_is_not_started_to_be_told() -> None:
    trainer = Trainer()
    assert not trainer.set_language("de")
    assert not trainer.alive and trainer.language == "de"
    assert not trainer.set_language(None)
    assert trainer.language is None


def test_the_real_process_speaks_the_windows_language_and_hears_of_a_new_one() -> None:
    # The program's one training process, as in test_remote.py (TensorFlow loads once).
    trainer = shared_trainer()
    trainer.start()
    assert trainer.request("language") == i18n.current_language() == "en"
    try:
        # Told to speak French, the process does, from its next request on.
        assert trainer.set_language("fr")
        assert trainer.request("language") == "fr"
    finally:
        # None: the window's language again (and English for the tests that follow).
        assert trainer.set_language(None)
        assert trainer.request("language") == "en"
