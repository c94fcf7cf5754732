"""File → Export project folder in the window, and its Verify button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from nnstudio.export.verify import Verdict
from nnstudio.ui.common import export_folder as dialog_module
from nnstudio.ui.common.export_folder import ExportFolderDialog


def test_export_folder_writes_next_to_earlier_ones_and_verifies(  # type: ignore[no-untyped-def]
    window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(out))
    shown: list[ExportFolderDialog] = []
    monkeypatch.setattr(ExportFolderDialog, "exec", lambda self: shown.append(self) or 0)
    window.new_from_template("xor")
    window.export_folder_dialog()
    window.export_folder_dialog()  # again: a new folder beside the first, never over it
    assert sorted(p.name for p in out.iterdir()) == ["xor", "xor-2"]
    assert (out / "xor" / "xor.py").is_file()

    calls: list[str] = []

    def fake_verify(folder: str) -> Verdict:
        calls.append(folder)
        return Verdict(True, "xor.py ran offline from a copy of the folder.", "Epoch 1/1", 1.0)

    monkeypatch.setattr(dialog_module, "verify_folder", fake_verify)
    dialog = shown[0]
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=10_000)
    assert calls == [str(out / "xor")]
    assert "Passed:" in dialog.verdict_label.text()
    assert dialog.output.toPlainText() == "Epoch 1/1"

    monkeypatch.setattr(
        dialog_module,
        "verify_folder",
        lambda folder: Verdict(False, "xor.py failed (exit 1): ValueError", "Traceback…", 1.0),
    )
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: "Failed" in dialog.verdict_label.text(), timeout=10_000)
    dialog.close()
