"""File → Import in the window: the network lands on the canvas as a new, unsaved project;
a file that cannot be imported leaves the current project as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnstudio.core.compare import settings_of
from nnstudio.core.templates import from_template
from nnstudio.export import script


def test_import_puts_the_network_on_the_canvas_or_changes_nothing(  # type: ignore[no-untyped-def]
    window, tmp_path: Path, monkeypatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    window.new_from_template("xor")
    before = window.editor.document.project.copy()
    bad = tmp_path / "loop.py"
    bad.write_text("import keras\nm = keras.Sequential()\nfor i in range(3):\n"
                   "    m.add(keras.layers.Dense(4))\n")  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.import_dialog()
    assert "loop.py, line 4: this layer is added in a loop" in said[0]
    assert window.editor.document.project == before

    good = tmp_path / "digits.py"
    good.write_text(script(from_template("mnist-tanh-sgd")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    window.import_dialog()
    project = window.editor.document.project
    assert settings_of(project) == settings_of(from_template("mnist-tanh-sgd"))
    assert window.editor.document.path is None and window.editor.modified
    assert "Imported digits.py" in window.statusBar().currentMessage()
