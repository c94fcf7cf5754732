"""View → Language: the window is made again in the chosen language, nothing lost (the unsaved
edit, the runs, the last run's results), the choice remembered; refused during a run."""

from __future__ import annotations

import pytest
from fake_trainer import FakeTrainer
from PySide6.QtWidgets import QMessageBox

from nnstudio.core import i18n
from nnstudio.ui.common.language import apply_language
from nnstudio.ui.main_window import MainWindow, settings

GERMAN = i18n.Catalog(
    language="de",
    messages={
        ("Window", "&File", ""): ("&Datei",),
        ("Window", "&View", ""): ("&Ansicht",),
        ("Window", "Train", ""): ("Trainieren",),
    },
)


@pytest.fixture
def german_available(monkeypatch):
    monkeypatch.setattr(i18n, "available_languages", lambda: ["en", "de"])
    monkeypatch.setattr(i18n, "read_qm", lambda path: GERMAN)
    monkeypatch.delenv("NNSTUDIO_LANGUAGE", raising=False)
    yield
    apply_language("en")


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_choosing_a_language_remakes_the_window_and_keeps_the_work(
    qtbot, german_available, monkeypatch, tmp_path
):
    monkeypatch.setenv("NNSTUDIO_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    trainer = FakeTrainer()
    window = MainWindow(trainer=trainer)
    window.show()
    window.editor.set_setting("train", "epochs", 3)  # an unsaved edit
    window.start_training()
    qtbot.waitUntil(lambda: window.run is None, timeout=30_000)
    result = window.last_result
    assert result is not None
    layers = [layer.kind for layer in window.editor.document.project.layers]
    runs = len(window.editor.document.project.runs)
    assert runs >= 1 and "&File" in menu_titles(window)

    new = window.set_language("de")
    assert new is not window and new.isVisible()
    assert i18n.current_language() == "de"
    assert trainer.language == "de"  # the training process is told too
    assert "&Datei" in menu_titles(new) and "&Ansicht" in menu_titles(new)
    project = new.editor.document.project
    assert [layer.kind for layer in project.layers] == layers
    assert project.train.epochs == 3 and len(project.runs) == runs
    assert new.editor.modified  # still to be saved
    assert new.last_result is result
    assert new.save_model_action.isEnabled()  # the trained network is still there
    assert settings().value("view/language") == "de"
    assert new.language_actions["de"].isChecked()

    # Back to the computer's language (English here): made again, in English.
    monkeypatch.setattr("nnstudio.ui.common.language.system_languages", lambda: ["en_GB.UTF-8"])
    last = new.set_language("system")
    assert last is not new and "&File" in menu_titles(last)
    assert settings().value("view/language") == "system"
    assert last.close()


def test_the_language_does_not_change_during_a_run(window, qtbot, german_available, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    trainer: FakeTrainer = window.trainer
    window.training_control.set_paused(True)
    window.start_training()
    qtbot.waitUntil(lambda: window.run is not None)
    try:
        assert window.set_language("de") is window
        assert told and "when this run has ended" in told[0]
        assert i18n.current_language() == "en"
        assert window.language_actions["system"].isChecked()
    finally:
        window.training_control.set_paused(False)
        window.training_control.train_or_stop()
        qtbot.waitUntil(lambda: window.run is None, timeout=30_000)
    assert trainer.language is None
