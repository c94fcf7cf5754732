"""A look at the data before training: the first MNIST digits with their labels, or the
first rows of a table with its class column.

Loading uses the data layer (numpy only, a fraction of a second) and happens again only when
the dataset, its file, its label column or flattening changes. A problem with the data is
shown as a sentence in the panel, never raised.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core import catalog
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import Context
from nnstudio.ui.common.editor import Editor, follow
from nnstudio.ui.common.pictures import ZOOM, digit_pixmap
from nnstudio.ui.common.style import ERROR_COLOR, help_label

DataPreviewTab = Context("DataPreviewTab")

#: How many digits and table rows are shown.
DIGITS = 24
ROWS = 20


@dataclass
class Preview:
    """What the panel shows: pictures or a table, with a sentence about the source."""

    source: str
    #: (n, 28, 28) uint8 pictures, or None for a table.
    images: npt.NDArray[np.uint8] | None = None
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    note: str = ""
    #: What the rows are, for the title: "training" (training rows) or "file" (rows of the file).
    what: str = "training"
    class_header: str = field(default_factory=lambda: DataPreviewTab.tr("Class"))


def load_preview(data: Any, base_dir: Path | None) -> Preview:
    """The first examples of the data ``data`` (a :class:`DataSpec`) describes.

    Raises :class:`NNStudioError` with a sentence for the student.
    """
    from nnstudio.data import load_dataset

    info = catalog.DATASETS.get(data.dataset)
    if info is None:
        raise NNStudioError(
            DataPreviewTab.tr("The dataset must be one of {names}: found {found}.").format(
                names=", ".join(catalog.DATASETS), found=repr(data.dataset)
            )
        )
    if data.dataset == "csv":
        return _csv_preview(data, base_dir)
    if data.dataset == "mnist" and not data.path:
        from nnstudio.data.mnist import find_mnist

        if find_mnist()[0] == "download":
            # Loading would start TensorFlow and a download; training does that when it starts.
            raise NNStudioError(
                DataPreviewTab.tr(
                    "MNIST is not on this computer yet: Keras will download it when training "
                    "starts (about 11 MB), or choose an MNIST .npz file or IDX folder."
                )
            )
    # The raw values in their own shape, and no split: the examples matter here, not the
    # scaling (nor the settings the Data panel already reports problems with).
    spec = replace(
        data,
        preprocessing="none",
        flatten=False,
        train_limit=DIGITS if info.images else ROWS,
        test_limit=1,
        test_fraction=0.0,
    )
    ds = load_dataset(spec, base_dir)
    # Generated data is described by the catalog; its split is the Data panel's business.
    source = ds.source if info.path != "none" else info.help
    labels = [ds.class_names[int(y)] for y in ds.y_train]
    if info.images:
        note = (
            DataPreviewTab.tr(
                "While loading, each picture is laid out as one row of {count} numbers "
                "(Flatten inputs is on)."
            ).format(count=int(np.prod(ds.x_train.shape[1:])))
            if data.flatten
            else ""
        )
        pixels = np.clip(ds.x_train, 0, 255).astype(np.uint8)
        return Preview(source, images=pixels, labels=labels, note=note)
    x = ds.x_train.reshape(len(ds.x_train), -1)
    columns = (
        [DataPreviewTab.tr("Input {number}").format(number=i + 1) for i in range(x.shape[1])]
        if data.dataset == "xor"
        else [DataPreviewTab.tr("Feature {number}").format(number=i + 1) for i in range(x.shape[1])]
    )
    return Preview(source, columns=columns, rows=_cells(x), labels=labels)


def _csv_preview(data: Any, base_dir: Path | None) -> Preview:
    from nnstudio.data.csvfile import read_csv, skipped_sentence
    from nnstudio.data.dataset import resolve_path

    path = resolve_path(data, base_dir)
    table = read_csv(path, data.label_column, data.skip_missing)
    x, y = table.x[:ROWS], table.y[:ROWS]
    source = DataPreviewTab.tr(
        "The CSV file {name}: {rows} rows, {features} features "
        'and {classes} classes in the column "{column}".'
    ).format(
        name=path.name,
        rows=f"{len(table.x):,}",
        features=len(table.feature_names),
        classes=len(table.class_names),
        column=data.label_column.strip(),
    )
    if table.skipped:
        source += " " + skipped_sentence(table.skipped)
    return Preview(
        source,
        columns=list(table.feature_names),
        rows=_cells(x),
        labels=[table.class_names[int(c)] for c in y],
        what="file",
        class_header=DataPreviewTab.tr("{column} (class)").format(column=data.label_column.strip()),
    )


def _cells(x: npt.NDArray[Any]) -> list[list[str]]:
    return [[f"{float(v):g}" for v in row] for row in x]


class DataPreview(QWidget):
    """The first examples of the chosen data, as pictures or as a table."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.document = editor.document
        self._key: tuple[Any, ...] | None = None
        self.preview: Preview | None = None

        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.source = help_label()
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.digits = QListWidget()
        self.digits.setViewMode(QListView.ViewMode.IconMode)
        self.digits.setIconSize(QSize(28 * ZOOM, 28 * ZOOM))
        self.digits.setGridSize(QSize(28 * ZOOM + 16, 28 * ZOOM + 26))
        self.digits.setResizeMode(QListView.ResizeMode.Adjust)
        self.digits.setMovement(QListView.Movement.Static)
        self.digits.setWrapping(True)
        self.digits.setUniformItemSizes(True)
        self.digits.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.digits.setAccessibleName(
            DataPreviewTab.tr("The first training pictures with their labels")
        )
        self.digits.setAccessibleDescription(
            DataPreviewTab.tr("The data as the network will see it")
        )

        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAccessibleName(DataPreviewTab.tr("The first training rows with their class"))
        self.table.setAccessibleDescription(
            DataPreviewTab.tr("The data as the network will see it")
        )

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")

        self.pages = QStackedWidget()
        for page in (self.digits, self.table, self.message):
            # Scrolled when short: the bottom docks must not hold room the lesson needs.
            page.setMinimumHeight(36)
            self.pages.addWidget(page)
        self.note = help_label()
        self.note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.source)
        layout.addWidget(self.note)
        layout.addWidget(self.pages, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.reload)
        follow(self, self.document.changed, self._maybe_reload)
        follow(self, self.document.replaced, self._maybe_reload)
        self.title.setText(DataPreviewTab.tr("Loading the data…"))

    def data_key(self) -> tuple[Any, ...]:
        """What the preview depends on; nothing else makes it load again."""
        d = self.document.project.data
        return (
            d.dataset,
            d.path,
            d.label_column,
            d.skip_missing,
            d.flatten,
            self.document.base_dir,
        )

    def _maybe_reload(self) -> None:
        # Only while it can be seen (a dock behind another tab is not), and after the
        # window has drawn itself: reading MNIST takes a noticeable fraction of a second.
        if self.isVisible() and self.data_key() != self._key:
            self._timer.start(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._maybe_reload()

    def reload(self) -> None:
        """Load the first examples now and show them (or the reason they cannot be read)."""
        self._timer.stop()
        self._key = self.data_key()
        data = self.document.project.data
        info = catalog.DATASETS.get(data.dataset)
        self.title.setText(info.label if info else DataPreviewTab.tr("Unknown dataset"))
        try:
            self.preview = load_preview(data, self.document.base_dir)
        except NNStudioError as exc:
            self._show_error(str(exc))
            return
        except (OSError, ValueError) as exc:  # defensive: a file that changes under us
            self._show_error(
                DataPreviewTab.tr("The data could not be read: {error}").format(error=exc)
            )
            return
        self.source.setText(self.preview.source)
        self.source.show()
        self.note.setText(self.preview.note)
        self.note.setVisible(bool(self.preview.note))
        if self.preview.images is not None:
            self._show_digits(self.preview)
        else:
            self._show_table(self.preview)

    def _show_error(self, message: str) -> None:
        self.preview = None
        self.source.hide()
        self.note.hide()
        self.message.setText(message)
        self.pages.setCurrentWidget(self.message)

    def _show_digits(self, preview: Preview) -> None:
        assert preview.images is not None
        self.title.setText(
            DataPreviewTab.tr(
                "{dataset}: the first %n training picture(s)", "", len(preview.images)
            ).format(dataset=self.title.text())
        )
        self.digits.clear()
        for pixels, label in zip(preview.images, preview.labels, strict=True):
            item = QListWidgetItem(QIcon(digit_pixmap(pixels)), label)
            item.setToolTip(
                DataPreviewTab.tr("This picture is labelled {label}.").format(label=label)
            )
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.digits.addItem(item)
        self.digits.setCurrentRow(-1)
        self.pages.setCurrentWidget(self.digits)

    def _show_table(self, preview: Preview) -> None:
        total = len(preview.rows)
        if preview.what == "file":
            title = DataPreviewTab.tr("{dataset}: the first %n row(s) of the file", "", total)
        else:
            title = DataPreviewTab.tr("{dataset}: the first %n training row(s)", "", total)
        self.title.setText(title.format(dataset=self.title.text()))
        table = self.table
        table.clear()
        table.setColumnCount(len(preview.columns) + 1)
        table.setRowCount(total)
        table.setHorizontalHeaderLabels([*preview.columns, preview.class_header])
        bold = table.font()
        bold.setBold(True)
        for r, (row, label) in enumerate(zip(preview.rows, preview.labels, strict=True)):
            for c, text in enumerate(row):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, cell)
            cell = QTableWidgetItem(label)
            cell.setFont(bold)
            cell.setToolTip(
                DataPreviewTab.tr(
                    "The class this row is labelled with: what the network should answer."
                )
            )
            table.setItem(r, len(row), cell)
        table.resizeColumnsToContents()
        table.setCurrentCell(-1, -1)
        self.pages.setCurrentWidget(table)


if __name__ == "__main__":
    import sys

    from nnstudio.ui.common.demo import run_demo

    sys.exit(run_demo(DataPreview, size=(800, 320)))
