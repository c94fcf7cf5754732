"""Load the dataset a :class:`DataSpec` names, ready for training: limited, flattened and
preprocessed, with a sentence saying where it came from."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nnstudio.core import catalog
from nnstudio.core.errors import DataError
from nnstudio.core.i18n import Context, current_language
from nnstudio.core.paths import resolve_user_path
from nnstudio.core.spec import DataSpec
from nnstudio.core.validate import StaticDataInfo
from nnstudio.data.csvfile import read_csv, skipped_sentence
from nnstudio.data.errors import data_errors
from nnstudio.data.mnist import find_mnist, load_mnist, source_sentence, user_path_folder
from nnstudio.data.preprocess import InputTransform, check_preprocessing, preprocess_fitted
from nnstudio.data.tables import SPLIT_SEED, make_features8, split_train_test, xor_table

DatasetLoading = Context("DatasetLoading")


@dataclass
class Dataset:
    #: The catalog key: "mnist", "xor", "features8" or "csv".
    name: str
    #: float32, preprocessed, flattened if the spec says so.
    x_train: npt.NDArray[np.float32]
    #: int64 class numbers 0..K-1 (turn them into what the loss wants with ``encode_labels``).
    y_train: npt.NDArray[np.int64]
    x_test: npt.NDArray[np.float32]
    y_test: npt.NDArray[np.int64]
    class_names: tuple[str, ...]
    #: One sentence for the user: where the data came from.
    source: str
    #: The file or folder actually read; None for generated or downloaded data.
    source_path: Path | None
    #: "bundled", "keras-cache", "npz", "idx", "download", "generated" or "csv".
    source_kind: str
    #: The preprocessing fitted on the training set, for new inputs such as a drawn digit
    #: (after flattening, if the spec flattens).
    transform: InputTransform | None = None
    #: The test inputs as read, before flattening and preprocessing (for showing them).
    x_test_raw: npt.NDArray[Any] | None = None

    @property
    def feature_shape(self) -> tuple[int, ...]:
        return tuple(int(d) for d in self.x_train.shape[1:])

    @property
    def num_classes(self) -> int:
        return len(self.class_names)


#: What validation needs to know about the data, found without loading it all: the shape of
#: one example (after flattening), the number of classes and their names. One type, shared
#: with the validator.
DataInfo = StaticDataInfo


@dataclass(frozen=True)
class _Raw:
    """A dataset as read, before limits, flattening and preprocessing."""

    x_train: npt.NDArray[Any]
    y_train: npt.NDArray[np.int64]
    x_test: npt.NDArray[Any]
    y_test: npt.NDArray[np.int64]
    class_names: tuple[str, ...]
    source: str
    source_path: Path | None
    source_kind: str


def describe(spec: DataSpec, base_dir: Path | None = None) -> DataInfo:
    """The shape and classes of the data; built-in datasets come from the catalog without
    touching any file, a CSV file is read. Raises :class:`DataError`."""
    info = _catalog_entry(spec.dataset)
    if spec.dataset == "csv":
        table = read_csv(resolve_path(spec, base_dir), spec.label_column, spec.skip_missing)
        shape: tuple[int, ...] = tuple(int(d) for d in table.x.shape[1:])
        num_classes, class_names = len(table.class_names), table.class_names
    else:
        if spec.dataset == "mnist" and spec.path:
            user_path_folder(resolve_path(spec, base_dir))  # the file is there (not read)
        assert info.feature_shape is not None and info.num_classes is not None
        shape, num_classes, class_names = info.feature_shape, info.num_classes, info.class_names
    if spec.flatten:
        shape = (math.prod(shape),)
    return DataInfo(shape, num_classes, class_names)


def load_dataset(spec: DataSpec, base_dir: Path | None = None) -> Dataset:
    """The data ``spec`` describes, ready to train on. Raises :class:`DataError`.

    ``base_dir`` (the project file's folder) resolves a relative ``spec.path``. The validation
    share is left to Keras (``fit(validation_split=...)``).
    """
    _catalog_entry(spec.dataset)
    check_preprocessing(spec.preprocessing)
    _check_numbers(spec)
    raw = _read(spec, base_dir)
    x_train = _first(raw.x_train, spec.train_limit)
    y_train = _first(raw.y_train, spec.train_limit)
    x_test = _first(raw.x_test, spec.test_limit)
    y_test = _first(raw.y_test, spec.test_limit)
    x_test_raw = x_test
    if spec.flatten:
        x_train = x_train.reshape(len(x_train), -1)
        x_test = x_test.reshape(len(x_test), -1)
    x_train, x_test, transform = preprocess_fitted(x_train, x_test, spec.preprocessing)
    return Dataset(
        name=spec.dataset,
        x_train=x_train,
        y_train=y_train.astype(np.int64),
        x_test=x_test,
        y_test=y_test.astype(np.int64),
        class_names=raw.class_names,
        source=raw.source,
        source_path=raw.source_path,
        source_kind=raw.source_kind,
        transform=transform,
        x_test_raw=x_test_raw,
    )


def describe_source(spec: DataSpec, base_dir: Path | None = None) -> str:
    """One sentence saying where the data will come from; MNIST's pixels are not read."""
    _catalog_entry(spec.dataset)
    if spec.dataset != "mnist":
        # The other datasets are small enough to read; the sentence then matches the load's.
        _check_numbers(spec)
        return _read(spec, base_dir).source
    if spec.path:
        path = resolve_path(spec, base_dir)
        folder = user_path_folder(path)
        return source_sentence("idx", folder) if folder else source_sentence("npz", path)
    kind, found = find_mnist()
    if kind == "download":
        return DatasetLoading.tr(
            "MNIST will be downloaded from the internet: no copy is on this computer."
        )
    return source_sentence(kind, found)


def resolve_data_path(spec: DataSpec, base_dir: Path | None = None) -> Path | None:
    """The file or folder the data will be read from: the user's MNIST .npz file or folder of
    IDX files, the copy of MNIST found on this computer, or the CSV file; None when there is
    none (generated data, or MNIST still to be downloaded). Raises :class:`DataError`."""
    _catalog_entry(spec.dataset)
    if spec.dataset == "mnist":
        if not spec.path:
            return find_mnist()[1]
        path = resolve_path(spec, base_dir)
        return user_path_folder(path) or path
    if spec.dataset == "csv":
        path = resolve_path(spec, base_dir)
        with data_errors():  # a name too long for the file system is an OSError
            is_file = path.is_file()
        if not is_file:
            raise DataError(
                DatasetLoading.tr("{path} does not exist: expected a CSV file.").format(path=path)
            )
        return path
    return None


def resolve_path(spec: DataSpec, base_dir: Path | None) -> Path:
    """``spec.path`` as a path, relative ones taken from ``base_dir``."""
    if not spec.path:
        label = catalog.DATASETS[spec.dataset].label
        if current_language() != "de":  # German nouns keep their capital letter
            label = label[0].lower() + label[1:]
        raise DataError(DatasetLoading.tr("Choose a file for {dataset}.").format(dataset=label))
    return resolve_user_path(spec.path, base_dir)


def _catalog_entry(name: str) -> catalog.DatasetInfo:
    info = catalog.DATASETS.get(name)
    if info is None:
        raise DataError(
            DatasetLoading.tr("The dataset must be one of {datasets}: found {name!r}.").format(
                datasets=", ".join(catalog.DATASETS), name=name
            )
        )
    return info


def _check_numbers(spec: DataSpec) -> None:
    # Validation reports these too; checked again because the command line loads directly.
    fraction = spec.test_fraction
    if (
        isinstance(fraction, bool)
        or not isinstance(fraction, (int, float))
        or not (0 <= fraction < 1)
    ):
        raise DataError(
            DatasetLoading.tr(
                "The test share must be a number from 0 up to (but not including) 1: "
                "found {value!r}."
            ).format(value=fraction)
        )
    for name in ("train_limit", "test_limit"):
        value = getattr(spec, name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            if name == "train_limit":
                sentence = DatasetLoading.tr(
                    "The train limit must be a whole number of at least 0 (0 uses all "
                    "examples): found {value!r}."
                )
            else:
                sentence = DatasetLoading.tr(
                    "The test limit must be a whole number of at least 0 (0 uses all "
                    "examples): found {value!r}."
                )
            raise DataError(sentence.format(value=value))


def _first(array: npt.NDArray[Any], limit: int) -> npt.NDArray[Any]:
    return array[:limit] if limit > 0 else array


def _read(spec: DataSpec, base_dir: Path | None) -> _Raw:
    info = catalog.DATASETS[spec.dataset]
    if spec.dataset == "mnist":
        data = load_mnist(resolve_path(spec, base_dir) if spec.path else None)
        return _Raw(
            data.x_train,
            data.y_train,
            data.x_test,
            data.y_test,
            info.class_names,
            data.source,
            data.source_path,
            data.source_kind,
        )
    if spec.dataset == "xor":
        x, y = xor_table()
        source = DatasetLoading.tr(
            "The XOR truth table: four rows, used both for training and for testing."
        )
        return _Raw(x, y, x.copy(), y.copy(), info.class_names, source, None, "generated")
    if spec.dataset == "features8":
        x, y = make_features8()
        x_train, y_train, x_test, y_test = _split(x, y, spec.test_fraction, None)
        source = DatasetLoading.tr(
            "{examples:,} generated examples with 8 features in 4 classes (the same every "
            "time): {train:,} for training and {test:,} for testing."
        ).format(examples=len(x), train=len(x_train), test=len(x_test))
        return _Raw(x_train, y_train, x_test, y_test, info.class_names, source, None, "generated")
    path = resolve_path(spec, base_dir)
    table = read_csv(path, spec.label_column, spec.skip_missing)
    x_train, y_train, x_test, y_test = _split(table.x, table.y, spec.test_fraction, path.name)
    source = DatasetLoading.tr(
        'The CSV file {path}: {rows}, {features} and {classes} in the column "{column}", '
        "{train} for training and {test:,} for testing."
    ).format(
        path=path,
        rows=_rows(len(table.x)),
        features=DatasetLoading.tr("{count:,} feature(s)", "", len(table.feature_names)).format(
            count=len(table.feature_names)
        ),
        classes=DatasetLoading.tr("{count:,} class(es)", "", len(table.class_names)).format(
            count=len(table.class_names)
        ),
        column=spec.label_column.strip(),
        train=_rows(len(x_train)),
        test=len(x_test),
    )
    if table.skipped:
        source += " " + skipped_sentence(table.skipped)
    return _Raw(x_train, y_train, x_test, y_test, table.class_names, source, path, "csv")


def _split(
    x: npt.NDArray[np.float32],
    y: npt.NDArray[np.int64],
    test_fraction: float,
    file: str | None,
) -> tuple[
    npt.NDArray[np.float32], npt.NDArray[np.int64], npt.NDArray[np.float32], npt.NDArray[np.int64]
]:
    """The rows split into training and test sets; ``file`` is the name of the file they were
    read from (None: generated data)."""
    x_train, y_train, x_test, y_test = split_train_test(x, y, test_fraction, SPLIT_SEED)
    if len(x_train) == 0:
        if file is None:
            sentence = DatasetLoading.tr(
                "With a test share of {share:g}, none of the {rows} rows of the generated data "
                "are left for training: expected a smaller test share or more rows."
            )
        else:
            sentence = DatasetLoading.tr(
                "With a test share of {share:g}, none of the {rows} rows of {file} are left for "
                "training: expected a smaller test share or more rows."
            )
        raise DataError(sentence.format(share=test_fraction, rows=len(x), file=file))
    return x_train, y_train, x_test, y_test


def _rows(n: int) -> str:
    """'1 row', '2 rows', '1,000 rows'."""
    # The number as English writes it ("1,000"), so not %n: the plural form still follows n.
    return DatasetLoading.tr("{count:,} row(s)", "", n).format(count=n)
