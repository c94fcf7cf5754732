"""Read MNIST in its original form: four IDX files, each optionally gzipped.

An IDX file starts with a magic number (2051 for pictures, 2049 for labels), then one
big-endian 32-bit size per dimension, then the bytes.

The code exporter copies these functions into scripts (``inspect.getsource``), so they use
only numpy, the standard library and each other, and report a broken file with a ValueError
whose message is a sentence for the student (the app shows it as a ``DataError``). Those
sentences are marked for translation in nnstudio/data/errors.py, and keep in step with the ones
there.
"""

from __future__ import annotations

import gzip
import os
import zlib

import numpy as np

IMAGES_MAGIC = 2051
LABELS_MAGIC = 2049
#: The stem and type of each of the four files, by the array it holds.
IDX_PARTS: dict[str, tuple[str, str]] = {
    "x_train": ("train-images", "idx3"),
    "y_train": ("train-labels", "idx1"),
    "x_test": ("t10k-images", "idx3"),
    "y_test": ("t10k-labels", "idx1"),
}


def idx_spellings(stem: str, kind: str) -> list[str]:
    """The names the file may have: the original one, the common dotted one, each gzipped."""
    names = [f"{stem}-{kind}-ubyte", f"{stem}.{kind}-ubyte"]
    return names + [name + ".gz" for name in names]


def is_idx_name(name: str) -> bool:
    return any(name in idx_spellings(stem, kind) for stem, kind in IDX_PARTS.values())


def find_idx_files(folder: str) -> dict[str, str]:
    """The paths of the four files in ``folder``, by the array each holds."""
    found: dict[str, str] = {}
    missing: list[str] = []
    for key, (stem, kind) in IDX_PARTS.items():
        paths = [os.path.join(folder, name) for name in idx_spellings(stem, kind)]
        path = next((p for p in paths if os.path.isfile(p)), None)
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
        raise ValueError(
            f"The folder {folder} {what}: expected the four MNIST files {expected} "
            "(each may end in .gz)."
        )
    return found


def read_idx_folder(
    folder: str,
) -> tuple[
    np.typing.NDArray[np.uint8],
    np.typing.NDArray[np.uint8],
    np.typing.NDArray[np.uint8],
    np.typing.NDArray[np.uint8],
]:
    """x_train, y_train, x_test, y_test from the four IDX files in ``folder``."""
    files = find_idx_files(folder)
    x_train = read_idx_images(files["x_train"])
    y_train = read_idx_labels(files["y_train"])
    x_test = read_idx_images(files["x_test"])
    y_test = read_idx_labels(files["y_test"])
    for x, y, x_path, y_path in (
        (x_train, y_train, files["x_train"], files["y_train"]),
        (x_test, y_test, files["x_test"], files["y_test"]),
    ):
        if len(x) != len(y):
            raise ValueError(
                f"{os.path.basename(x_path)} has {len(x):,} pictures but "
                f"{os.path.basename(y_path)} has {len(y):,} labels: "
                "expected one label per picture."
            )
    return x_train, y_train, x_test, y_test


def read_idx_images(path: str) -> np.typing.NDArray[np.uint8]:
    """The pictures in an IDX image file, shaped (number of pictures, 28, 28)."""
    data = read_idx_bytes(path)
    count, rows, cols = idx_header(data, path, IMAGES_MAGIC, "image", 3)
    if (rows, cols) != (28, 28):
        raise ValueError(
            f"{os.path.basename(path)} holds pictures of {rows} by {cols} pixels: "
            "expected 28 by 28."
        )
    pixels = idx_body(data, path, 16, count * rows * cols, "bytes of pixels")
    return pixels.reshape(count, rows, cols)


def read_idx_labels(path: str) -> np.typing.NDArray[np.uint8]:
    """The labels 0 to 9 in an IDX label file."""
    data = read_idx_bytes(path)
    (count,) = idx_header(data, path, LABELS_MAGIC, "label", 1)
    labels = idx_body(data, path, 8, count, "labels")
    bad = np.flatnonzero(labels > 9)
    if bad.size:
        raise ValueError(
            f"{os.path.basename(path)} has the label {labels[bad[0]]} "
            f"(example {bad[0] + 1:,}): expected labels 0 to 9."
        )
    return labels


def read_idx_bytes(path: str) -> bytes:
    """The bytes of an IDX file, unpacked if it is gzipped."""
    with open(path, "rb") as f:
        data = f.read()
    # Decide by content, not by name: browsers sometimes unpack a .gz and keep the name.
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise ValueError(
                f"{os.path.basename(path)} is a damaged gzip file: expected a complete "
                "compressed IDX file, found one that is cut short or corrupt."
            ) from exc
    return data


def idx_header(data: bytes, path: str, magic: int, what: str, ndim: int) -> tuple[int, ...]:
    """The sizes of the ``ndim`` dimensions that an IDX file's header gives."""
    name = os.path.basename(path)
    size = 4 + 4 * ndim
    if len(data) < 4:
        raise ValueError(
            f"{name} is too short to be an MNIST {what} file: expected at least "
            f"{size} bytes, found {len(data)}."
        )
    found = int.from_bytes(data[:4], "big")
    if found != magic:
        raise ValueError(
            f"{name} is not an MNIST {what} file: expected magic number {magic}, found {found}."
        )
    if len(data) < size:
        raise ValueError(
            f"{name} is truncated: expected a header of {size} bytes, found {len(data)}."
        )
    return tuple(int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim))


def idx_body(
    data: bytes, path: str, offset: int, expected: int, what: str
) -> np.typing.NDArray[np.uint8]:
    """The ``expected`` bytes after an IDX file's header, as an array."""
    name = os.path.basename(path)
    found = len(data) - offset
    if found < expected:
        raise ValueError(
            f"{name} is truncated: expected {expected:,} {what} after the header, found {found:,}."
        )
    if found > expected:
        raise ValueError(
            f"{name} is longer than its header says: expected {expected:,} {what} "
            f"after the header, found {found:,}."
        )
    # A copy, so callers get an ordinary writable array rather than a view of the bytes.
    body: np.typing.NDArray[np.uint8] = np.frombuffer(data, dtype=np.uint8, offset=offset).copy()
    return body
