"""Read MNIST in its original form: four IDX files, each optionally gzipped.

An IDX file starts with a magic number (2051 for pictures, 2049 for labels), then one
big-endian 32-bit size per dimension, then the bytes.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import numpy as np
import numpy.typing as npt

from nnstudio.core.errors import DataError

IMAGES_MAGIC = 2051
LABELS_MAGIC = 2049
#: The stem and type of each of the four files, by the array it holds.
IDX_PARTS: dict[str, tuple[str, str]] = {
    "x_train": ("train-images", "idx3"),
    "y_train": ("train-labels", "idx1"),
    "x_test": ("t10k-images", "idx3"),
    "y_test": ("t10k-labels", "idx1"),
}

Pixels = npt.NDArray[np.uint8]
Labels = npt.NDArray[np.uint8]


def idx_spellings(stem: str, kind: str) -> list[str]:
    """The names the file may have: the original one, the common dotted one, each gzipped."""
    names = [f"{stem}-{kind}-ubyte", f"{stem}.{kind}-ubyte"]
    return names + [name + ".gz" for name in names]


def is_idx_name(name: str) -> bool:
    return any(name in idx_spellings(stem, kind) for stem, kind in IDX_PARTS.values())


def find_idx_files(folder: Path) -> dict[str, Path]:
    """The four files in ``folder``, by the array each holds."""
    found: dict[str, Path] = {}
    missing: list[str] = []
    for key, (stem, kind) in IDX_PARTS.items():
        path = next((folder / n for n in idx_spellings(stem, kind) if (folder / n).is_file()), None)
        if path is None:
            missing.append(idx_spellings(stem, kind)[0])
        else:
            found[key] = path
    if missing:
        expected = ", ".join(idx_spellings(stem, kind)[0] for stem, kind in IDX_PARTS.values())
        what = (
            "holds none of the MNIST files"
            if len(missing) == len(IDX_PARTS)
            else f"is missing {', '.join(missing)}"
        )
        raise DataError(
            f"The folder {folder} {what}: expected the four MNIST files {expected} "
            "(each may end in .gz)."
        )
    return found


def read_idx_folder(folder: Path) -> tuple[Pixels, Labels, Pixels, Labels]:
    """x_train, y_train, x_test, y_test from the four IDX files in ``folder``."""
    files = find_idx_files(folder)
    x_train = read_idx_images(files["x_train"])
    y_train = read_idx_labels(files["y_train"])
    x_test = read_idx_images(files["x_test"])
    y_test = read_idx_labels(files["y_test"])
    for x, y, xs, ys in (
        (x_train, y_train, files["x_train"], files["y_train"]),
        (x_test, y_test, files["x_test"], files["y_test"]),
    ):
        if len(x) != len(y):
            raise DataError(
                f"{xs.name} has {len(x):,} pictures but {ys.name} has {len(y):,} labels: "
                "expected one label per picture."
            )
    return x_train, y_train, x_test, y_test


def read_idx_images(path: Path) -> Pixels:
    data = _read_bytes(path)
    count, rows, cols = _header(data, path, IMAGES_MAGIC, "image", 3)
    if (rows, cols) != (28, 28):
        raise DataError(
            f"{path.name} holds pictures of {rows} by {cols} pixels: expected 28 by 28."
        )
    pixels = _body(data, path, 16, count * rows * cols, "bytes of pixels")
    return pixels.reshape(count, rows, cols)


def read_idx_labels(path: Path) -> Labels:
    data = _read_bytes(path)
    (count,) = _header(data, path, LABELS_MAGIC, "label", 1)
    labels = _body(data, path, 8, count, "labels")
    bad = np.flatnonzero(labels > 9)
    if bad.size:
        raise DataError(
            f"{path.name} has the label {labels[bad[0]]} (example {bad[0] + 1:,}): "
            "expected labels 0 to 9."
        )
    return labels


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path.name} could not be read: {exc.strerror or exc}.") from exc
    # Decide by content, not by name: browsers sometimes unpack a .gz and keep the name.
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise DataError(
                f"{path.name} is a damaged gzip file: expected a complete compressed IDX file, "
                "found one that is cut short or corrupt."
            ) from exc
    return data


def _header(data: bytes, path: Path, magic: int, what: str, ndim: int) -> tuple[int, ...]:
    size = 4 + 4 * ndim
    if len(data) < 4:
        raise DataError(
            f"{path.name} is too short to be an MNIST {what} file: expected at least "
            f"{size} bytes, found {len(data)}."
        )
    found = int.from_bytes(data[:4], "big")
    if found != magic:
        raise DataError(
            f"{path.name} is not an MNIST {what} file: expected magic number {magic}, "
            f"found {found}."
        )
    if len(data) < size:
        raise DataError(
            f"{path.name} is truncated: expected a header of {size} bytes, found {len(data)}."
        )
    return tuple(int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim))


def _body(data: bytes, path: Path, offset: int, expected: int, what: str) -> Pixels:
    found = len(data) - offset
    if found < expected:
        raise DataError(
            f"{path.name} is truncated: expected {expected:,} {what} after the header, "
            f"found {found:,}."
        )
    if found > expected:
        raise DataError(
            f"{path.name} is longer than its header says: expected {expected:,} {what} "
            f"after the header, found {found:,}."
        )
    # A copy, so callers get an ordinary writable array rather than a view of the bytes.
    body: Pixels = np.frombuffer(data, dtype=np.uint8, offset=offset).copy()
    return body
