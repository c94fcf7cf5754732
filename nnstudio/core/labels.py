"""How labels are encoded for a loss, so the student never has to match them by hand."""

from __future__ import annotations

from typing import Literal

from nnstudio.core import catalog

Encoding = Literal["onehot", "integer", "binary"]


def label_encoding(loss: str, output_units: int | None) -> Encoding:
    """The label encoding that ``loss`` needs for a network with ``output_units`` outputs.

    "onehot": one column per class with a 1 in the right one; "integer": the class number;
    "binary": a single 0/1 column for a network with one output unit.
    """
    info = catalog.LOSSES.get(loss)
    wanted = info.labels if info else "onehot_or_binary"
    if wanted == "onehot_or_binary":
        return "binary" if output_units == 1 else "onehot"
    if wanted == "binary":
        return "binary" if output_units in (None, 1) else "onehot"
    return "onehot" if wanted == "onehot" else "integer"
