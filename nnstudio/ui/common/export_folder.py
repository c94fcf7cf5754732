"""After File → Export project folder: what was written, and a Verify button that runs the
exported script offline for one short epoch, in the background, with pass or fail and its
output."""

from __future__ import annotations

import html

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import Context
from nnstudio.export.folder import ExportedFolder
from nnstudio.export.verify import Verdict, verify_folder
from nnstudio.ui.common.style import ERROR_COLOR

ExportFolder = Context("ExportFolder")

PASS_COLOR = "#1a7f37"


class _Verifier(QThread):
    done = Signal(object)

    def __init__(self, folder: str) -> None:
        super().__init__()
        self.folder = folder

    def run(self) -> None:
        try:
            verdict = verify_folder(self.folder)
        except (NNStudioError, OSError) as exc:
            verdict = Verdict(False, str(exc), "", 0.0)
        self.done.emit(verdict)


class ExportFolderDialog(QDialog):
    """The folder's files, and Verify."""

    def __init__(self, written: ExportedFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(ExportFolder.tr("Project folder exported"))
        self.setObjectName("export-folder")
        self.written = written
        self.verdict: Verdict | None = None
        self._thread: _Verifier | None = None
        layout = QVBoxLayout(self)
        names = "".join(
            f"<li><code>{html.escape(p.name, quote=False)}{'/' if p.is_dir() else ''}</code></li>"
            for p in written.files
        )
        intro = QLabel(
            ExportFolder.tr(
                "<p>Wrote <b>{folder}</b>:</p><ul>{files}</ul>"
                "<p>Copy the whole folder anywhere: the code finds its data beside itself. "
                "<b>Verify</b> runs the script on its own, offline, for one short epoch on a few "
                "hundred examples, to prove that it works.</p>"
            ).format(folder=html.escape(str(written.folder), quote=False), files=names)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verify-result")
        self.verdict_label.setWordWrap(True)
        layout.addWidget(self.verdict_label)
        self.output = QPlainTextEdit()
        self.output.setObjectName("verify-output")
        self.output.setReadOnly(True)
        self.output.setAccessibleName(ExportFolder.tr("What the exported script printed"))
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.output.setVisible(False)
        layout.addWidget(self.output, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = QPushButton(ExportFolder.tr("Verify"))
        self.verify_button.setObjectName("verify")
        self.verify_button.setToolTip(
            ExportFolder.tr("Run the exported script offline for one short epoch")
        )
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.verify_button.clicked.connect(self.verify)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def verify(self) -> None:
        if self._thread is not None:
            return
        self.verify_button.setEnabled(False)
        self.verdict_label.setStyleSheet("")
        self.verdict_label.setText(
            ExportFolder.tr("Verifying: running the script offline (10 to 30 seconds)…")
        )
        self._thread = _Verifier(str(self.written.folder))
        self._thread.done.connect(self._show)
        self._thread.start()

    def _show(self, verdict: Verdict) -> None:
        self.verdict = verdict
        if self._thread is not None:
            self._thread.wait()
            self._thread = None
        self.verify_button.setEnabled(True)
        color = PASS_COLOR if verdict.ok else ERROR_COLOR
        text = (
            ExportFolder.tr("<b>Passed:</b> {sentence}")
            if verdict.ok
            else ExportFolder.tr("<b>Failed:</b> {sentence}")
        )
        self.verdict_label.setStyleSheet(f"color: {color};")
        self.verdict_label.setText(text.format(sentence=html.escape(verdict.sentence, quote=False)))
        self.output.setPlainText(verdict.output)
        self.output.setVisible(bool(verdict.output.strip()))

    def done(self, code: int) -> None:  # closing waits for a verification under way
        if self._thread is not None:
            self._thread.wait()
            self._thread = None
        super().done(code)
