"""Turn a digit drawn by hand into a 28x28 picture like MNIST's. numpy only.

MNIST's digits were made this way (LeCun et al.): each written digit was scaled, keeping its
proportions, to fit a 20x20 box, with anti-aliasing (so the edges are grey), then placed in a
28x28 picture so that its centre of mass sits in the middle. A network trained on MNIST only
knows digits of that size and position; a drawing goes through the same steps before the
network sees it, or a small digit in a corner would look like nothing it has learned.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

#: The side of the finished picture and of the box the digit is scaled to fit.
SIZE = 28
BOX = 20
CENTRE = 14.0


def normalize_drawing(
    image: npt.NDArray[Any], white: float | None = None
) -> npt.NDArray[np.float32] | None:
    """``image`` (2-D, ink = high values) as a 28x28 float32 digit, 0 to 255; None if blank.

    ``white`` is the value of full ink: 1 or 255. When left out it is guessed: 255 if any pixel
    is above 1, else 1.
    """
    pixels = np.asarray(image, dtype=np.float32)
    if pixels.ndim != 2:
        raise ValueError(f"expected a 2-D picture, received an array of shape {pixels.shape}")
    top = float(pixels.max()) if pixels.size else 0.0
    if top <= 0:
        return None
    if white is None:
        white = 255.0 if top > 1.0 else 1.0
    pixels = np.clip(pixels * (255.0 / white), 0.0, 255.0)

    ink = pixels > 0
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    if len(rows) == 0:
        return None
    crop = pixels[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]

    height, width = crop.shape
    scale = BOX / max(height, width)
    new_height = min(BOX, max(1, round(height * scale)))
    new_width = min(BOX, max(1, round(width * scale)))
    digit = area_resize(crop, new_height, new_width)

    total = float(digit.sum())
    if total <= 0:
        return None
    r, c = np.indices(digit.shape, dtype=np.float64)
    com_row = float((r * digit).sum()) / total
    com_col = float((c * digit).sum()) / total
    # In row and column numbers, as MNIST measured it: its digits' centres of mass average
    # (13.99, 14.01) over the test set.
    top_row = _place(CENTRE - com_row, new_height)
    left_col = _place(CENTRE - com_col, new_width)

    out = np.zeros((SIZE, SIZE), dtype=np.float32)
    out[top_row : top_row + new_height, left_col : left_col + new_width] = digit
    return np.clip(out, 0.0, 255.0).astype(np.float32, copy=False)


def _place(offset: float, length: int) -> int:
    """The whole-pixel position that moves the centre of mass to the middle, kept inside."""
    return int(min(max(round(offset), 0), SIZE - length))


def area_resize(image: npt.NDArray[np.float32], height: int, width: int) -> npt.NDArray[np.float32]:
    """``image`` resampled to ``height`` x ``width`` by averaging the area each new pixel
    covers (anti-aliased, like scaling a picture down in a paint program)."""
    rows = _area_weights(image.shape[0], height)
    cols = _area_weights(image.shape[1], width)
    resized: npt.NDArray[np.float32] = (rows @ image.astype(np.float32) @ cols.T).astype(np.float32)
    return resized


def _area_weights(old: int, new: int) -> npt.NDArray[np.float32]:
    """(new, old) weights: how much of each old pixel falls in each new pixel, rows summing
    to 1."""
    edges = np.arange(new + 1, dtype=np.float64) * (old / new)
    starts, ends = edges[:-1, None], edges[1:, None]
    pixel = np.arange(old, dtype=np.float64)[None, :]
    overlap = np.clip(np.minimum(ends, pixel + 1) - np.maximum(starts, pixel), 0.0, None)
    weights: npt.NDArray[np.float32] = (overlap / (old / new)).astype(np.float32)
    return weights
