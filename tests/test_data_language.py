"""The portable readers' sentences (csvfile.py, idx.py, mnist.py: copied into exported
scripts, so English where they are written) are translated where the app shows them: each is
one of nnstudio/data/errors.py's READER_SENTENCES, recognised by its shape.

Every sentence the readers can say is made here from a broken file or array, and must be found
among them with the values the reader put in; a made-up translation then shows that the app
says it translated."""

from __future__ import annotations

import gc
import gzip
import io
import os
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from nnstudio.core import i18n
from nnstudio.core.errors import DataError
from nnstudio.data import csvfile, idx, mnist
from nnstudio.data.errors import READER_SENTENCES, matching_sentence, reader_sentence


def said(reader: Callable[..., Any], *args: Any) -> str:
    """What ``reader`` says about its broken input."""
    with pytest.raises(ValueError) as caught:
        reader(*args)
    return str(caught.value)


def parse(text: str, label: str = "label", skip_missing: bool = False) -> str:
    return said(csvfile.parse_csv, io.StringIO(text, newline=""), label, "t.csv", skip_missing)


def idx_file(folder: Path, name: str, magic: int, sizes: tuple[int, ...], body: bytes) -> str:
    path = folder / name
    header = magic.to_bytes(4, "big") + b"".join(n.to_bytes(4, "big") for n in sizes)
    path.write_bytes(header + body)
    return os.fspath(path)


def npz_file(path: Path, **arrays: np.ndarray) -> str:
    np.savez(path, **arrays)  # type: ignore[arg-type]
    return os.fspath(path)


def reader_messages(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """One of every sentence the portable readers say."""
    messages = []
    add = messages.append
    # --- csvfile.py ---
    folder = tmp / "folder.csv"
    folder.mkdir()
    add(said(csvfile.check_csv_path, os.fspath(tmp / "none.csv")))
    add(said(csvfile.check_csv_path, os.fspath(folder)))
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp / "pipe.csv")
        add(said(csvfile.check_csv_path, os.fspath(tmp / "pipe.csv")))
    add(parse("a,label\n"))
    add(parse("a,label\n1,x\n"))
    add(parse("a,label\nNA,x\n", skip_missing=True))
    add(parse("a,label\n1,x\nNA,y\n", skip_missing=True))
    add(parse("a,label\n1e39,x\n2,y\n"))
    add(parse("a,label\n1,x\n2,x\n"))
    add(parse("a,label\n1,x,3\n2,y\n"))
    add(parse("a,label\n1,\n2,y\n"))
    add(parse("a,label\n1," + "x" * (csvfile.csv.field_size_limit() + 1) + "\n"))
    add(parse('a,label\n1,"x\n'))
    add(parse('a,label\n1,"x"y\n'))
    add(parse("\n\n"))
    add(parse("1,2\n3,4\n"))
    add(parse("label\nx\n"))
    add(parse("a,label\n1,x\n", label="other"))
    add(parse(",".join(f"c{i}" for i in range(25)) + "\n", label="other"))
    add(parse("a,a,b\n1,2,3\n", label="a"))
    add(parse("a,,label\n1,,x\n"))
    add(parse("a,,label\n1,z,x\n"))
    add(parse("a,b,label\n1,,x\n"))
    add(parse("a,b,label\n1,z,x\n"))
    # --- idx.py ---
    images, labels = "train-images-idx3-ubyte", "train-labels-idx1-ubyte"
    empty = tmp / "empty"
    empty.mkdir()
    add(said(idx.find_idx_files, os.fspath(empty)))
    partly = tmp / "partly"
    partly.mkdir()
    idx_file(partly, images, idx.IMAGES_MAGIC, (1, 28, 28), bytes(784))
    add(said(idx.find_idx_files, os.fspath(partly)))
    mismatched = tmp / "mismatched"
    mismatched.mkdir()
    for prefix in ("train", "t10k"):
        idx_file(mismatched, f"{prefix}-images-idx3-ubyte", idx.IMAGES_MAGIC, (2, 28, 28),
                 bytes(2 * 784))  # fmt: skip
        idx_file(mismatched, f"{prefix}-labels-idx1-ubyte", idx.LABELS_MAGIC, (1,), bytes(1))
    add(said(idx.read_idx_folder, os.fspath(mismatched)))
    add(said(idx.read_idx_images, idx_file(tmp, images, idx.IMAGES_MAGIC, (1, 2, 2), bytes(4))))
    add(said(idx.read_idx_labels, idx_file(tmp, labels, idx.LABELS_MAGIC, (1,), bytes([12]))))
    (tmp / "cut.gz").write_bytes(gzip.compress(bytes(range(256)) * 40)[:40])
    add(said(idx.read_idx_bytes, os.fspath(tmp / "cut.gz")))
    for magic, reader in ((idx.IMAGES_MAGIC, idx.read_idx_images),
                          (idx.LABELS_MAGIC, idx.read_idx_labels)):  # fmt: skip
        (tmp / "short").write_bytes(b"\x00\x00")
        add(said(reader, os.fspath(tmp / "short")))
        add(said(reader, idx_file(tmp, "wrong", 1234, (), b"")))
        add(said(reader, idx_file(tmp, "header", magic, (), b"\x00")))
        sizes = (2, 28, 28) if magic == idx.IMAGES_MAGIC else (2,)
        count = 2 * 784 if magic == idx.IMAGES_MAGIC else 2
        add(said(reader, idx_file(tmp, "truncated", magic, sizes, bytes(count - 1))))
        add(said(reader, idx_file(tmp, "longer", magic, sizes, bytes(count + 1))))
    # --- mnist.py ---
    monkeypatch.setenv("KERAS_HOME", os.fspath(tmp / "keras"))

    class Download(io.BytesIO):
        def __enter__(self) -> Download:
            return self

    monkeypatch.setattr("urllib.request.urlopen", lambda *a, **k: Download(b"not mnist"))
    add(said(mnist.download_mnist))
    (tmp / "text.npz").write_text("no zip", encoding="utf-8")
    add(said(mnist.read_npz, os.fspath(tmp / "text.npz")))
    good = zipfile.ZipFile(tmp / "broken.npz", "w")
    good.writestr("x_train.npy", b"data")
    good.close()
    data = (tmp / "broken.npz").read_bytes()
    (tmp / "broken.npz").write_bytes(data.replace(b"PK\x01\x02", b"XX\x01\x02"))
    with warnings.catch_warnings():
        # numpy leaves the file open when its archive is broken: let it go quietly.
        warnings.simplefilter("ignore", ResourceWarning)
        add(said(mnist.read_npz, os.fspath(tmp / "broken.npz")))
        gc.collect()
    add(said(mnist.read_npz, npz_file(tmp / "some.npz", x_train=np.zeros(1))))
    with zipfile.ZipFile(tmp / "nothing.npz", "w") as archive:
        archive.writestr("readme.txt", b"nothing")
    add(said(mnist.read_npz, os.fspath(tmp / "nothing.npz")))
    zipfile.ZipFile(tmp / "empty.npz", "w").close()
    add(said(mnist.read_npz, os.fspath(tmp / "empty.npz")))
    whole = io.BytesIO()
    np.save(whole, np.zeros(100))
    with zipfile.ZipFile(tmp / "garbled.npz", "w") as archive:
        for key in mnist.NPZ_KEYS:
            archive.writestr(f"{key}.npy", whole.getvalue()[:-10])  # cut short
    add(said(mnist.read_npz, os.fspath(tmp / "garbled.npz")))
    x, y = np.zeros((2, 28, 28), np.uint8), np.zeros(2, np.int64)
    for arrays in (
        (np.zeros((2, 4, 4), np.uint8), y),
        (x.astype(np.float32), y),
        (x[:0], y[:0]),
        (x, np.zeros((2, 1), np.int64)),
        (x, y.astype(np.float32)),
        (x, y[:1]),
        (x, y + 11),
    ):
        add(said(mnist.check_mnist_arrays, *arrays, x, y, "/some, folder/mnist.npz"))
    return messages


def test_every_sentence_of_the_readers_is_marked_for_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = reader_messages(tmp_path, monkeypatch)
    used = set()
    for message in messages:
        match = matching_sentence(message)
        assert match is not None, f"not in READER_SENTENCES: {message!r}"
        source, values = match
        # Found with the values the reader put in: they make the very same sentence again.
        assert source.format(**values) == message
        used.add(source)
    assert used == set(READER_SENTENCES), set(READER_SENTENCES) - used


def test_the_values_go_where_they_belong() -> None:
    message = said(
        mnist.check_mnist_arrays,
        np.zeros((2, 28, 28), np.uint8), np.zeros(1, np.int64),
        np.zeros((2, 28, 28), np.uint8), np.zeros(2, np.int64),
        "/a, b/mnist.npz",
    )  # fmt: skip
    match = matching_sentence(message)
    assert match is not None
    assert match[1] == {
        "where": "/a, b/mnist.npz", "images": "x_train", "pictures": "2", "array": "y_train",
        "labels": "1",
    }  # fmt: skip


GERMAN_CSV = "{name} ist leer: erwartet wurde eine Kopfzeile, die die Spalten benennt."


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch):
    source = "{name} is empty: expected a header row naming the columns."
    catalog = i18n.Catalog("de", {("DataReaders", source, ""): (GERMAN_CSV,)})
    monkeypatch.setattr(i18n, "available_languages", lambda: ["en", "de"])
    monkeypatch.setattr(i18n, "read_qm", lambda path: catalog)
    i18n.set_language("de")
    yield
    i18n.set_language("en")


def test_the_app_says_a_readers_sentence_in_the_students_language(german, tmp_path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        csvfile.read_csv(path, "label")
    assert (
        str(caught.value)
        == "blank.csv ist leer: erwartet wurde eine Kopfzeile, die die Spalten benennt."
    )
    # Not translated yet, or not one of the readers' sentences: as the reader said it.
    assert reader_sentence("t.csv has 1 data row: expected at least 2 below the header.") == (
        "t.csv has 1 data row: expected at least 2 below the header."
    )
    assert reader_sentence("something else") == "something else"


def test_in_english_the_readers_sentence_is_unchanged(tmp_path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"^blank\.csv is empty: expected a header row naming"):
        csvfile.read_csv(path, "label")
