"""MNIST from every place it can come from, and a clear sentence for every broken file."""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np
import pytest

from nnstudio.core.errors import DataError
from nnstudio.data import mnist
from nnstudio.data.mnist import MNIST_SHA256, load_mnist, mnist_sha256

RNG = np.random.default_rng(1)
X_TRAIN = RNG.integers(0, 256, size=(6, 28, 28), dtype=np.uint8)
Y_TRAIN = np.array([5, 0, 4, 1, 9, 2], dtype=np.uint8)
X_TEST = RNG.integers(0, 256, size=(3, 28, 28), dtype=np.uint8)
Y_TEST = np.array([7, 2, 1], dtype=np.uint8)
IDX_NAMES = {
    "x_train": "train-images-idx3-ubyte",
    "y_train": "train-labels-idx1-ubyte",
    "x_test": "t10k-images-idx3-ubyte",
    "y_test": "t10k-labels-idx1-ubyte",
}


def write_npz(path: Path, **overrides: np.ndarray | None) -> Path:
    arrays = {"x_train": X_TRAIN, "y_train": Y_TRAIN, "x_test": X_TEST, "y_test": Y_TEST}
    arrays.update(overrides)  # type: ignore[arg-type]
    np.savez_compressed(path, **{k: v for k, v in arrays.items() if v is not None})
    return path


def idx_bytes(magic: int, array: np.ndarray) -> bytes:
    header = magic.to_bytes(4, "big") + b"".join(d.to_bytes(4, "big") for d in array.shape)
    return header + array.astype(np.uint8).tobytes()


def write_idx_folder(folder: Path, gz: bool = False, dotted: bool = False) -> Path:
    folder.mkdir(exist_ok=True)
    for key, array in (("x_train", X_TRAIN), ("y_train", Y_TRAIN), ("x_test", X_TEST),
                       ("y_test", Y_TEST)):  # fmt: skip
        name = IDX_NAMES[key]
        if dotted:
            name = name.replace("-idx", ".idx")
        data = idx_bytes(2051 if key.startswith("x") else 2049, array)
        if gz:
            (folder / (name + ".gz")).write_bytes(gzip.compress(data))
        else:
            (folder / name).write_bytes(data)
    return folder


def assert_tiny(data: mnist.MnistData) -> None:
    np.testing.assert_array_equal(data.x_train, X_TRAIN)
    np.testing.assert_array_equal(data.y_train, Y_TRAIN)
    np.testing.assert_array_equal(data.x_test, X_TEST)
    np.testing.assert_array_equal(data.y_test, Y_TEST)
    assert data.x_train.dtype == np.uint8 and data.y_train.dtype == np.int64


def load_error(path: Path) -> str:
    with pytest.raises(DataError) as info:
        load_mnist(path)
    return str(info.value)


# --- .npz files ------------------------------------------------------------------------------


def test_a_valid_npz_loads_and_says_which_file(tmp_path: Path) -> None:
    path = write_npz(tmp_path / "digits.npz")
    data = load_mnist(path)
    assert_tiny(data)
    assert data.source_kind == "npz"
    assert data.source_path == path
    assert str(path) in data.source


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "digits.npz"
    path.write_text("hello")
    message = load_error(path)
    assert str(path) in message and "expected a NumPy .npz archive" in message


def test_a_truncated_npz_is_refused(tmp_path: Path) -> None:
    path = write_npz(tmp_path / "digits.npz")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    message = load_error(path)
    assert str(path) in message and "cut short" in message


def test_a_missing_array_is_named_with_the_ones_found(tmp_path: Path) -> None:
    path = write_npz(tmp_path / "digits.npz", y_test=None)
    message = load_error(path)
    assert message == (
        f"{path} is missing y_test: expected the arrays x_train, y_train, x_test, y_test, "
        "found x_train, y_train, x_test."
    )


@pytest.mark.parametrize(
    ("overrides", "words"),
    [
        ({"x_train": X_TRAIN.reshape(6, 784)}, ["x_train has shape (6, 784)", "28 by 28"]),
        ({"x_test": X_TEST.astype(np.float32)}, ["x_test holds float32", "expected uint8"]),
        ({"y_train": Y_TRAIN.reshape(6, 1)}, ["y_train has shape (6, 1)", "shape (6,)"]),
        ({"y_test": np.array([7.0, 2.0, 1.0])}, ["y_test holds float64", "whole-number"]),
        ({"y_train": Y_TRAIN[:5]}, ["x_train has 6 pictures but y_train has 5 labels"]),
        ({"y_test": np.array([7, 12, 1])}, ["y_test has the label 12 (example 2)", "0 to 9"]),
        ({"y_test": np.array([7, -1, 1])}, ["y_test has the label -1", "0 to 9"]),
        ({"x_test": X_TEST[:0], "y_test": Y_TEST[:0]}, ["x_test holds no pictures"]),
    ],
)
def test_wrong_arrays_in_an_npz_are_named(
    tmp_path: Path, overrides: dict[str, np.ndarray], words: list[str]
) -> None:
    path = write_npz(tmp_path / "digits.npz", **overrides)
    message = load_error(path)
    assert message.startswith(f"In {path}, ")
    for w in words:
        assert w in message


# --- IDX files -------------------------------------------------------------------------------


@pytest.mark.parametrize(("gz", "dotted"), [(False, False), (True, False), (False, True)])
def test_a_folder_of_idx_files_loads(tmp_path: Path, gz: bool, dotted: bool) -> None:
    folder = write_idx_folder(tmp_path / "mnist", gz=gz, dotted=dotted)
    data = load_mnist(folder)
    assert_tiny(data)
    assert data.source_kind == "idx" and data.source_path == folder
    assert str(folder) in data.source


def test_choosing_one_idx_file_reads_its_folder(tmp_path: Path) -> None:
    folder = write_idx_folder(tmp_path / "mnist", gz=True)
    data = load_mnist(folder / "t10k-labels-idx1-ubyte.gz")
    assert_tiny(data)
    assert data.source_path == folder


def test_gzipped_content_is_recognised_whatever_the_name(tmp_path: Path) -> None:
    folder = write_idx_folder(tmp_path / "mnist")
    labels = folder / "train-labels-idx1-ubyte"
    labels.write_bytes(gzip.compress(labels.read_bytes()))
    assert_tiny(load_mnist(folder))


def test_wrong_magic_number_is_named(tmp_path: Path) -> None:
    folder = write_idx_folder(tmp_path / "mnist", gz=True)
    labels = gzip.decompress((folder / "train-labels-idx1-ubyte.gz").read_bytes())
    (folder / "train-images-idx3-ubyte.gz").write_bytes(gzip.compress(labels))
    assert load_error(folder) == (
        "train-images-idx3-ubyte.gz is not an MNIST image file: expected magic number 2051, "
        "found 2049."
    )


def test_truncated_idx_file_is_detected(tmp_path: Path) -> None:
    folder = write_idx_folder(tmp_path / "mnist")
    images = folder / "t10k-images-idx3-ubyte"
    images.write_bytes(images.read_bytes()[:-100])
    assert load_error(folder) == (
        "t10k-images-idx3-ubyte is truncated: expected 2,352 bytes of pixels after the header, "
        "found 2,252."
    )


def test_truncated_header_is_detected(tmp_path: Path) -> None:
    folder = write_idx_folder(tmp_path / "mnist")
    (folder / "t10k-labels-idx1-ubyte").write_bytes((2049).to_bytes(4, "big") + b"\0\0")
    message = load_error(folder)
    assert message.startswith("t10k-labels-idx1-ubyte is truncated: expected a header of 8 bytes")


def test_cut_short_gzip_is_detected(tmp_path: Path) -> None:
    folder = write_idx_folder(tmp_path / "mnist", gz=True)
    labels = folder / "train-labels-idx1-ubyte.gz"
    labels.write_bytes(labels.read_bytes()[:-10])
    message = load_error(folder)
    assert message.startswith("train-labels-idx1-ubyte.gz is a damaged gzip file")


def test_extra_bytes_after_the_data_are_detected(tmp_path: Path) -> None:
    folder = write_idx_folder(tmp_path / "mnist")
    labels = folder / "train-labels-idx1-ubyte"
    labels.write_bytes(labels.read_bytes() + b"\0")
    assert "longer than its header says: expected 6 labels" in load_error(folder)


def test_pictures_of_another_size_are_refused(tmp_path: Path) -> None:
    folder = write_idx_folder(tmp_path / "mnist")
    big = np.zeros((6, 32, 32), dtype=np.uint8)
    (folder / "train-images-idx3-ubyte").write_bytes(idx_bytes(2051, big))
    assert load_error(folder) == (
        "train-images-idx3-ubyte holds pictures of 32 by 32 pixels: expected 28 by 28."
    )


def test_idx_label_out_of_range_is_named(tmp_path: Path) -> None:
    folder = write_idx_folder(tmp_path / "mnist")
    (folder / "t10k-labels-idx1-ubyte").write_bytes(idx_bytes(2049, np.array([7, 2, 10])))
    assert load_error(folder) == (
        "t10k-labels-idx1-ubyte has the label 10 (example 3): expected labels 0 to 9."
    )


def test_idx_counts_must_match(tmp_path: Path) -> None:
    folder = write_idx_folder(tmp_path / "mnist")
    (folder / "train-labels-idx1-ubyte").write_bytes(idx_bytes(2049, Y_TRAIN[:4]))
    assert load_error(folder) == (
        "train-images-idx3-ubyte has 6 pictures but train-labels-idx1-ubyte has 4 labels: "
        "expected one label per picture."
    )


def test_a_folder_missing_a_file_names_it(tmp_path: Path) -> None:
    folder = write_idx_folder(tmp_path / "mnist")
    (folder / "t10k-images-idx3-ubyte").unlink()
    message = load_error(folder)
    assert message.startswith(f"The folder {folder} is missing t10k-images-idx3-ubyte: expected")
    assert "(each may end in .gz)" in message


def test_a_missing_path_and_a_wrong_kind_of_file_are_refused(tmp_path: Path) -> None:
    assert load_error(tmp_path / "nowhere.npz").startswith(f"{tmp_path / 'nowhere.npz'} does not")
    other = tmp_path / "digits.png"
    other.write_bytes(b"\x89PNG")
    assert load_error(other).startswith("digits.png is not an MNIST file: expected an .npz file")


# --- where MNIST is looked for when no path is given -----------------------------------------


@pytest.fixture
def nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No bundled copy, an empty Keras cache, and a download that fails as offline ones do."""

    def offline() -> mnist.Arrays:
        raise OSError("URL fetch failure: no internet")

    monkeypatch.setattr(mnist, "find_resource", lambda name: None)
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    monkeypatch.setattr(mnist, "download_mnist", offline)
    return tmp_path / "keras" / "datasets" / "mnist.npz"


def test_the_bundled_copy_comes_first_and_a_wrong_checksum_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nowhere: Path
) -> None:
    bundled = write_npz(tmp_path / "mnist.npz")
    monkeypatch.setattr(mnist, "find_resource", lambda name: bundled)
    data = load_mnist()
    assert_tiny(data)
    assert (data.source_kind, data.source_path) == ("bundled", bundled)
    assert "checksum does not match" in data.source


def test_the_keras_cache_comes_next(nowhere: Path) -> None:
    nowhere.parent.mkdir(parents=True)
    write_npz(nowhere)
    data = load_mnist()
    assert_tiny(data)
    assert (data.source_kind, data.source_path) == ("keras-cache", nowhere)
    assert "Keras cache" in data.source


def test_the_download_comes_last(nowhere: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mnist, "download_mnist", lambda: (X_TRAIN, Y_TRAIN, X_TEST, Y_TEST))
    data = load_mnist()
    assert_tiny(data)
    assert (data.source_kind, data.source_path) == ("download", None)


def test_a_broken_download_is_checked_too(nowhere: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mnist, "download_mnist", lambda: (X_TRAIN, Y_TRAIN[:2], X_TEST, Y_TEST))
    with pytest.raises(DataError, match="In the downloaded MNIST, x_train has 6 pictures"):
        load_mnist()


def test_the_download_is_kept_in_the_keras_cache_after_its_checksum(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real download, from a file:// address standing in for the web: checked, then kept
    where Keras keeps it, so the next load finds the cache."""
    import hashlib

    served = write_npz(tmp_path / "served.npz")
    cache = tmp_path / "keras" / "datasets" / "mnist.npz"
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    monkeypatch.setattr(mnist, "find_resource", lambda name: None)
    monkeypatch.setattr(mnist, "MNIST_URL", served.as_uri())
    monkeypatch.setattr(mnist, "MNIST_FILE_SHA256", "0" * 64)
    with pytest.raises(DataError, match=r"The downloaded file is not MNIST: expected SHA-256 0+"):
        load_mnist()
    assert not cache.exists() and list(cache.parent.iterdir()) == []

    monkeypatch.setattr(mnist, "MNIST_FILE_SHA256", hashlib.sha256(served.read_bytes()).hexdigest())
    data = load_mnist()
    assert_tiny(data)
    assert data.source_kind == "download" and cache.read_bytes() == served.read_bytes()
    assert load_mnist().source_kind == "keras-cache"


def test_nothing_found_lists_the_places_looked(nowhere: Path) -> None:
    with pytest.raises(DataError) as info:
        load_mnist()
    message = str(info.value)
    assert message.startswith("MNIST could not be found: expected the copy that comes with")
    assert "mnist.npz" in message and str(nowhere) in message
    assert "downloading it failed (URL fetch failure: no internet)" in message
    assert message.endswith("choose an MNIST .npz file or a folder of IDX files instead.")


# --- the real MNIST ------------------------------------------------------------------------


def test_the_full_mnist_is_intact(mnist_path: Path) -> None:
    data = load_mnist(mnist_path)
    assert data.x_train.shape == (60000, 28, 28) and data.x_test.shape == (10000, 28, 28)
    assert data.y_train[:5].tolist() == [5, 0, 4, 1, 9]
    assert data.y_test[:5].tolist() == [7, 2, 1, 0, 4]
    raw = (data.x_train, data.y_train.astype(np.uint8), data.x_test, data.y_test.astype(np.uint8))
    assert mnist_sha256(*raw) == MNIST_SHA256


def test_the_bundled_copy_is_found_without_a_path() -> None:
    bundled = mnist.find_resource("mnist.npz")
    if bundled is None:
        pytest.skip("resources/mnist.npz is absent")
    data = load_mnist()
    assert (data.source_kind, data.source_path) == ("bundled", bundled)
    assert "checksum" not in data.source


def test_an_empty_folder_says_which_files_it_should_hold(tmp_path: Path) -> None:
    assert load_error(tmp_path) == (
        f"The folder {tmp_path} holds none of the MNIST files: expected the four MNIST files "
        "train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, "
        "t10k-labels-idx1-ubyte (each may end in .gz)."
    )
