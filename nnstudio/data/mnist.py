"""Find MNIST and read it: the copy shipped with nnstudio, the Keras cache, a download, or
the user's own .npz file or folder of IDX files. Every array is checked before any is returned.

The code exporter copies :func:`read_mnist` and the readers it calls into scripts
(``inspect.getsource``), so those use only numpy, the standard library and each other, and
report a broken file with a ValueError whose message is a sentence for the student.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nnstudio.core.errors import DataError
from nnstudio.core.i18n import Context
from nnstudio.data.errors import data_errors
from nnstudio.data.idx import is_idx_name, read_idx_folder
from nnstudio.data.resources import find_resource, resource_candidates

# The readers that exported scripts copy say their sentences in English; they are marked for
# translation in nnstudio/data/errors.py, and keep in step with the ones there.
MnistFiles = Context("MnistFiles")

#: SHA-256 of the raw bytes of x_train, y_train, x_test and y_test, concatenated in that order.
MNIST_SHA256 = "06b0d1f124c4e5fa796686ade41a9b778edacc8622f2195a352ef479ad44fc16"
NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")

Arrays = tuple[npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any]]


@dataclass(frozen=True)
class MnistData:
    x_train: npt.NDArray[np.uint8]
    y_train: npt.NDArray[np.int64]
    x_test: npt.NDArray[np.uint8]
    y_test: npt.NDArray[np.int64]
    #: One sentence for the user: where the data came from.
    source: str
    #: The file or folder read; None for a download.
    source_path: Path | None
    #: "bundled", "keras-cache", "download", "npz" or "idx".
    source_kind: str


def load_mnist(path: Path | None = None) -> MnistData:
    """MNIST from ``path`` (an .npz file, a folder of IDX files or one of them), or, without a
    path, from the first of: the bundled copy, the Keras cache, a download through Keras.

    Raises :class:`DataError` with one sentence when nothing usable is found.
    """
    if path is not None:
        return _load_user_path(path)
    kind, found = find_mnist()
    if kind == "bundled" and found is not None:
        with data_errors():
            arrays = read_npz(os.fspath(found))
        source = source_sentence(kind, found)
        if mnist_sha256(*arrays) != MNIST_SHA256:
            source = MnistFiles.tr(
                "MNIST from the copy that comes with nnstudio ({path}), but its checksum does "
                "not match the original MNIST, so it may be changed."
            ).format(path=found)
        return _result(arrays, source, found, kind)
    if kind == "keras-cache" and found is not None:
        with data_errors():
            arrays = read_npz(os.fspath(found))
        return _result(arrays, source_sentence(kind, found), found, kind)
    try:
        arrays = download_mnist()
    except Exception as exc:
        places = MnistFiles.tr(" or ", "between places").join(
            str(p) for p in resource_candidates("mnist.npz")
        )
        raise DataError(
            MnistFiles.tr(
                "MNIST could not be found: expected the copy that comes with nnstudio ({places}) "
                "or the Keras cache ({cache}), found neither, and downloading it failed "
                "({error}); choose an MNIST .npz file or a folder of IDX files instead."
            ).format(places=places, cache=keras_cache_path(), error=short_error(exc))
        ) from exc
    with data_errors():
        where = MnistFiles.tr("the downloaded MNIST", "In {where}, x_train has shape …")
        check_mnist_arrays(*arrays, where)
    return _result(arrays, source_sentence("download", None), None, "download")


def find_mnist() -> tuple[str, Path | None]:
    """Where MNIST comes from when the user gives no path, found without reading it:
    ("bundled", path), ("keras-cache", path) or ("download", None)."""
    bundled = find_resource("mnist.npz")
    if bundled is not None:
        return "bundled", bundled
    cache = keras_cache_path()
    if cache.is_file():
        return "keras-cache", cache
    return "download", None


def source_sentence(kind: str, path: Path | None) -> str:
    """The sentence that tells the user where MNIST came from."""
    if kind == "bundled":
        return MnistFiles.tr("MNIST from the copy that comes with nnstudio ({path}).").format(
            path=path
        )
    if kind == "keras-cache":
        return MnistFiles.tr("MNIST from the Keras cache ({path}).").format(path=path)
    if kind == "idx":
        return MnistFiles.tr("MNIST from the four IDX files in the folder {path}.").format(
            path=path
        )
    if kind == "npz":
        return MnistFiles.tr("MNIST from the file {path}.").format(path=path)
    return MnistFiles.tr("MNIST downloaded from the internet (from where Keras downloads it).")


def keras_cache_path() -> Path:
    """Where ``keras.datasets.mnist.load_data()`` keeps its copy."""
    return Path(keras_cache_file())


def keras_cache_file() -> str:
    """:func:`keras_cache_path` as a string (exported scripts copy this: no pathlib)."""
    home = os.environ.get("KERAS_HOME") or os.path.join(os.path.expanduser("~"), ".keras")
    return os.path.join(home, "datasets", "mnist.npz")


def mnist_sha256(*arrays: npt.NDArray[Any]) -> str:
    digest = hashlib.sha256()
    for array in arrays:
        digest.update(np.ascontiguousarray(array).tobytes())
    return digest.hexdigest()


def read_mnist(
    path: str | None,
) -> tuple[
    np.typing.NDArray[np.generic],
    np.typing.NDArray[np.generic],
    np.typing.NDArray[np.generic],
    np.typing.NDArray[np.generic],
]:
    """x_train, y_train, x_test, y_test from an .npz file or a folder of IDX files, or
    downloaded from where Keras downloads it when there is neither at ``path``."""
    if path is not None and os.path.isdir(path):
        return read_idx_folder(path)
    if path is not None and os.path.isfile(path):
        return read_npz(path)
    return download_mnist()


#: Where ``keras.datasets.mnist.load_data()`` downloads MNIST from, and that file's SHA-256.
MNIST_URL = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/mnist.npz"
MNIST_FILE_SHA256 = "731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1"


def download_mnist() -> tuple[
    np.typing.NDArray[np.generic],
    np.typing.NDArray[np.generic],
    np.typing.NDArray[np.generic],
    np.typing.NDArray[np.generic],
]:
    """MNIST downloaded once from where Keras downloads it, and kept where Keras keeps it
    (~/.keras/datasets/mnist.npz), so ``keras.datasets.mnist.load_data()`` finds it too."""
    import tempfile
    import urllib.request

    target = keras_cache_file()
    folder = os.path.dirname(target)
    if not os.path.isfile(target):
        os.makedirs(folder, exist_ok=True)
        with urllib.request.urlopen(MNIST_URL, timeout=60) as response:
            data = response.read()
        digest = hashlib.sha256(data).hexdigest()
        if digest != MNIST_FILE_SHA256:
            raise ValueError(
                f"The downloaded file is not MNIST: expected SHA-256 {MNIST_FILE_SHA256}, "
                f"received {digest}."
            )
        # Written beside the target, then renamed: a cut download never looks complete.
        handle, temporary = tempfile.mkstemp(prefix=".mnist.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, target)
        except BaseException:
            os.remove(temporary)
            raise
    return read_npz(target)


def read_npz(
    path: str,
) -> tuple[
    np.typing.NDArray[np.generic],
    np.typing.NDArray[np.generic],
    np.typing.NDArray[np.generic],
    np.typing.NDArray[np.generic],
]:
    """x_train, y_train, x_test, y_test from an .npz file laid out as Keras's mnist.npz."""
    if not zipfile.is_zipfile(path):
        raise ValueError(
            f"{path} is not an .npz file: expected a NumPy .npz archive (a zip file), found "
            "something else or a file that is cut short."
        )
    try:
        archive = np.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        raise ValueError(
            f"{path} could not be opened as an .npz archive: expected NumPy arrays, "
            f"found a damaged file ({short_error(exc)})."
        ) from exc
    with archive:
        missing = [k for k in NPZ_KEYS if k not in archive.files]
        if missing:
            raise ValueError(
                f"{path} is missing {', '.join(missing)}: expected the arrays "
                f"{', '.join(NPZ_KEYS)}, found {', '.join(archive.files) or 'none'}."
            )
        try:
            x_train, y_train, x_test, y_test = (archive[k] for k in NPZ_KEYS)
        except (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error) as exc:
            raise ValueError(
                f"{path} is damaged: expected readable arrays {', '.join(NPZ_KEYS)}, "
                f"found one that cannot be read ({short_error(exc)})."
            ) from exc
    check_mnist_arrays(x_train, y_train, x_test, y_test, path)
    return x_train, y_train, x_test, y_test


def check_mnist_arrays(
    x_train: np.typing.NDArray[np.generic],
    y_train: np.typing.NDArray[np.generic],
    x_test: np.typing.NDArray[np.generic],
    y_test: np.typing.NDArray[np.generic],
    where: str,
) -> None:
    """Raise ValueError unless the arrays look like MNIST (28x28 uint8, labels 0-9)."""
    for x_key, y_key, x, y in (
        ("x_train", "y_train", x_train, y_train),
        ("x_test", "y_test", x_test, y_test),
    ):
        if x.ndim != 3 or x.shape[1:] != (28, 28):
            raise ValueError(
                f"In {where}, {x_key} has shape {x.shape}: expected 28 by 28 pictures, "
                "shape (number of pictures, 28, 28)."
            )
        if x.dtype != np.uint8:
            raise ValueError(
                f"In {where}, {x_key} holds {x.dtype} numbers: expected uint8 pixels 0 to 255."
            )
        if len(x) == 0:
            raise ValueError(f"In {where}, {x_key} holds no pictures: expected at least one.")
        if y.ndim != 1:
            raise ValueError(
                f"In {where}, {y_key} has shape {y.shape}: expected one label per picture, "
                f"shape ({len(x)},)."
            )
        if not np.issubdtype(y.dtype, np.integer):
            raise ValueError(
                f"In {where}, {y_key} holds {y.dtype} values: expected whole-number labels 0 to 9."
            )
        if len(y) != len(x):
            raise ValueError(
                f"In {where}, {x_key} has {len(x):,} pictures but {y_key} has {len(y):,} labels: "
                "expected one label per picture."
            )
        labels = y.astype(np.int64)
        bad = np.flatnonzero((labels < 0) | (labels > 9))
        if bad.size:
            raise ValueError(
                f"In {where}, {y_key} has the label {y[bad[0]]} (example {bad[0] + 1:,}): "
                "expected labels 0 to 9."
            )


def short_error(exc: BaseException) -> str:
    """What went wrong, in at most 200 characters."""
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def _load_user_path(path: Path) -> MnistData:
    folder = user_path_folder(path)
    with data_errors():
        arrays = read_mnist(os.fspath(folder or path))
    if folder is not None:
        return _result(arrays, source_sentence("idx", folder), folder, "idx")
    return _result(arrays, source_sentence("npz", path), path, "npz")


def user_path_folder(path: Path) -> Path | None:
    """The folder of IDX files that ``path`` means, or None when it is an .npz file.

    Raises :class:`DataError` when ``path`` is neither.
    """
    # A name too long for the file system is an OSError here, not "does not exist".
    with data_errors():
        is_dir, is_file = path.is_dir(), path.is_file()
    if is_dir:
        return path
    if not is_file:
        with data_errors():
            exists = path.exists()
        if exists:
            raise DataError(
                MnistFiles.tr(
                    "{path} is not a file but a pipe, a device or a socket: expected an MNIST "
                    ".npz file or a folder holding the four MNIST IDX files."
                ).format(path=path)
            )
        raise DataError(
            MnistFiles.tr(
                "{path} does not exist: expected an MNIST .npz file or a folder holding the "
                "four MNIST IDX files."
            ).format(path=path)
        )
    if is_idx_name(path.name):
        return path.parent
    if path.suffix.lower() == ".npz":
        return None
    raise DataError(
        MnistFiles.tr(
            "{name} is not an MNIST file: expected an .npz file, a folder holding the four "
            "MNIST IDX files, or one of those files (such as train-images-idx3-ubyte.gz)."
        ).format(name=path.name)
    )


def _result(arrays: Arrays, source: str, path: Path | None, kind: str) -> MnistData:
    x_train, y_train, x_test, y_test = arrays
    return MnistData(
        np.asarray(x_train, dtype=np.uint8),
        np.asarray(y_train, dtype=np.int64),
        np.asarray(x_test, dtype=np.uint8),
        np.asarray(y_test, dtype=np.int64),
        source,
        path,
        kind,
    )
