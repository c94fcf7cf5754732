"""The confusion matrix as a Qt table model: row = true class, column = the network's answer,
coloured blue on the diagonal and orange off it (the Results tab's and the replay's)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from nnstudio.core.i18n import Context
from nnstudio.ui.common.colours import colours

Confusion = Context("Confusion")

# Blue for right answers, orange for mistakes: a pair that colour-blind students tell apart
# too; the shade also darkens with the share of the row, so lightness alone carries it.
RIGHT_HUE, RIGHT_SATURATION = 0.58, 0.65
WRONG_HUE, WRONG_SATURATION = 0.07, 0.85
ZERO_TEXT = QColor("#9e9e9e")

Index = QModelIndex | QPersistentModelIndex


def cell_color(share: float, diagonal: bool, dark: bool | None = None) -> QColor:
    """The background of a cell holding ``share`` (0..1) of its row. The square root lets
    a 2% mistake show as clearly tinted next to a 98% diagonal. On a dark window the shades
    go the other way: from near the background to bright."""
    depth = math.sqrt(min(max(share, 0.0), 1.0))
    dark = colours().dark if dark is None else dark
    lightness = 0.2 + 0.42 * depth if dark else 0.97 - 0.6 * depth
    if diagonal:
        return QColor.fromHslF(RIGHT_HUE, RIGHT_SATURATION, lightness)
    return QColor.fromHslF(WRONG_HUE, WRONG_SATURATION, lightness)


def text_color(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (by its brightness to the
    eye: orange is brighter than blue at the same lightness)."""
    brightness = (
        0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF()
    )
    return QColor("#000000") if brightness >= 0.5 else QColor("#ffffff")


class ConfusionModel(QAbstractTableModel):
    """The confusion matrix as a table: row = true class, column = the network's answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: npt.NDArray[np.int64] = np.zeros((0, 0), np.int64)
        self.class_names: tuple[str, ...] = ()
        # What the test examples are (an id): "examples", "digits", "pictures" or "rows".
        self.noun = "examples"

    def set_matrix(
        self, matrix: npt.NDArray[np.int64], class_names: Sequence[str], noun: str = "examples"
    ) -> None:
        self.beginResetModel()
        self.matrix = np.asarray(matrix, np.int64)
        self.class_names = tuple(class_names)
        self.noun = noun
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else int(self.matrix.shape[0])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else int(self.matrix.shape[1])

    def count(self, true: int, predicted: int) -> int:
        return int(self.matrix[true, predicted])

    def share(self, true: int, predicted: int) -> float:
        total = int(self.matrix[true].sum())
        return self.count(true, predicted) / total if total else 0.0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        true, predicted = index.row(), index.column()
        count = self.count(true, predicted)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{count:,}"
        if role == Qt.ItemDataRole.UserRole:
            return count
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if count == 0:
                return colours().background()
            return cell_color(self.share(true, predicted), true == predicted)
        if role == Qt.ItemDataRole.ForegroundRole:
            if count == 0:
                return ZERO_TEXT
            return text_color(cell_color(self.share(true, predicted), true == predicted))
        if role == Qt.ItemDataRole.FontRole and true == predicted:
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(true, predicted)
        return None

    def describe(self, true: int, predicted: int) -> str:
        """One sentence about a cell, for its tooltip and for screen readers."""
        names = self.class_names
        total = int(self.matrix[true].sum())
        count = self.count(true, predicted)
        return _cell_sentence(self.noun, true == predicted).format(
            count=f"{count:,}",
            total=f"{total:,}",
            true=names[true],
            predicted=names[predicted],
            share=f"{self.share(true, predicted):.1%}",
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if not 0 <= section < len(self.class_names):
            return None
        name = self.class_names[section]
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.ToolTipRole:
                return Confusion.tr("predicted {name}: the network answered {name}.").format(
                    name=name
                )
            # Just the name keeps the columns narrow; the label above says "predicted".
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            return _row_sentence(self.noun).format(name=name)
        return Confusion.tr("true {name}").format(name=name)


def _cell_sentence(noun: str, right: bool) -> str:
    """The sentence about a cell, for the kind of test examples ``noun`` (an id), to fill with
    count, total, true, predicted and share."""
    if noun == "digits":
        if right:
            return Confusion.tr(
                "{count} of the {total} test digits that are {true} were answered {predicted} "
                "(right): {share} of that row."
            )
        return Confusion.tr(
            "{count} of the {total} test digits that are {true} were answered {predicted} "
            "(wrong): {share} of that row."
        )
    if noun == "pictures":
        if right:
            return Confusion.tr(
                "{count} of the {total} test pictures that are {true} were answered {predicted} "
                "(right): {share} of that row."
            )
        return Confusion.tr(
            "{count} of the {total} test pictures that are {true} were answered {predicted} "
            "(wrong): {share} of that row."
        )
    if noun == "rows":
        if right:
            return Confusion.tr(
                "{count} of the {total} test rows that are {true} were answered {predicted} "
                "(right): {share} of that row."
            )
        return Confusion.tr(
            "{count} of the {total} test rows that are {true} were answered {predicted} "
            "(wrong): {share} of that row."
        )
    if right:
        return Confusion.tr(
            "{count} of the {total} test examples that are {true} were answered {predicted} "
            "(right): {share} of that row."
        )
    return Confusion.tr(
        "{count} of the {total} test examples that are {true} were answered {predicted} "
        "(wrong): {share} of that row."
    )


def _row_sentence(noun: str) -> str:
    """A row header's tooltip for the kind of test examples ``noun`` (an id), to fill with
    name."""
    if noun == "digits":
        return Confusion.tr("The test digits that really are {name}.")
    if noun == "pictures":
        return Confusion.tr("The test pictures that really are {name}.")
    if noun == "rows":
        return Confusion.tr("The test rows that really are {name}.")
    return Confusion.tr("The test examples that really are {name}.")
