"""load_dataset and describe: what the trainer and the validator get for each dataset."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnstudio.core import catalog
from nnstudio.core.errors import DataError
from nnstudio.core.spec import DataSpec
from nnstudio.data import (
    DataInfo,
    Dataset,
    describe,
    describe_source,
    load_dataset,
    mnist,
    resolve_data_path,
    resource_path,
)

CSV = "a;b;kind\n" + "".join(f"{i};{i * 2};{'cat' if i % 3 else 'dog'}\n" for i in range(10))


def write_csv(folder: Path) -> Path:
    path = folder / "pets.csv"
    path.write_text(CSV)
    return path


def test_xor_trains_and_tests_on_the_same_four_rows() -> None:
    data = load_dataset(DataSpec(dataset="xor", preprocessing="none"))
    assert data.x_train.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
    assert data.y_train.tolist() == [0, 1, 1, 0]
    np.testing.assert_array_equal(data.x_test, data.x_train)
    assert (data.feature_shape, data.num_classes) == ((2,), 2)
    assert (data.source_kind, data.source_path) == ("generated", None)


def test_features8_is_split_by_the_test_share() -> None:
    spec = DataSpec(dataset="features8", preprocessing="standardize", test_fraction=0.25)
    data = load_dataset(spec)
    assert (data.x_train.shape, data.x_test.shape) == ((750, 8), (250, 8))
    assert data.x_train.dtype == np.float32 and data.y_train.dtype == np.int64
    assert data.class_names == ("0", "1", "2", "3")
    np.testing.assert_allclose(data.x_train.mean(axis=0), 0, atol=1e-5)
    np.testing.assert_array_equal(load_dataset(spec).y_test, data.y_test)
    assert "750 for training and 250 for testing" in data.source


def test_csv_path_is_taken_from_the_project_folder(tmp_path: Path) -> None:
    write_csv(tmp_path)
    spec = DataSpec(dataset="csv", path="pets.csv", label_column="kind", preprocessing="none")
    data = load_dataset(spec, base_dir=tmp_path)
    assert data.class_names == ("cat", "dog")
    assert (len(data.x_train), len(data.x_test)) == (8, 2)
    assert (data.source_kind, data.source_path) == ("csv", tmp_path / "pets.csv")
    rows = np.concatenate([data.x_train, data.x_test])
    labels = np.concatenate([data.y_train, data.y_test])
    # The rows stay whole while shuffled: b is twice a, the label follows a.
    np.testing.assert_array_equal(rows[:, 1], rows[:, 0] * 2)
    np.testing.assert_array_equal(labels, (rows[:, 0] % 3 == 0).astype(int))
    assert describe(spec, tmp_path) == DataInfo((2,), 2, ("cat", "dog"))


def test_a_test_share_that_leaves_nothing_to_train_on_is_refused(tmp_path: Path) -> None:
    (tmp_path / "two.csv").write_text("a,label\n1,x\n2,y\n")
    spec = DataSpec(dataset="csv", path=str(tmp_path / "two.csv"), label_column="label")
    spec.test_fraction = 0.9
    with pytest.raises(DataError) as info:
        load_dataset(spec)
    assert str(info.value) == (
        "With a test share of 0.9, none of the 2 rows of two.csv are left for training: "
        "expected a smaller test share or more rows."
    )


def test_limits_take_the_first_examples(tmp_path: Path) -> None:
    spec = DataSpec(dataset="features8", preprocessing="none", train_limit=10, test_limit=3)
    data = load_dataset(spec)
    full = load_dataset(DataSpec(dataset="features8", preprocessing="none"))
    np.testing.assert_array_equal(data.x_train, full.x_train[:10])
    np.testing.assert_array_equal(data.y_test, full.y_test[:3])


def test_preprocessing_statistics_come_from_the_limited_training_set() -> None:
    spec = DataSpec(dataset="features8", preprocessing="scale01", train_limit=5)
    data = load_dataset(spec)
    assert data.x_train.max() == 1.0 and data.x_test.max() > 1.0


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (
            DataSpec(dataset="iris"),
            "The dataset must be one of mnist, xor, features8, csv: found 'iris'.",
        ),
        (
            DataSpec(dataset="xor", preprocessing="zscore"),
            "The preprocessing must be one of none, scale01, minus1to1, center, standardize: "
            "found 'zscore'.",
        ),
        (DataSpec(dataset="csv", label_column="kind"), "Choose a file for your own CSV file."),
        (
            DataSpec(dataset="features8", test_fraction=1.0),
            "The test share must be a number from 0 up to (but not including) 1: found 1.0.",
        ),
        (
            DataSpec(dataset="xor", train_limit=-1),
            "The train limit must be a whole number of at least 0 (0 uses all examples): found -1.",
        ),
    ],
)
def test_bad_settings_give_one_sentence(spec: DataSpec, message: str) -> None:
    with pytest.raises(DataError) as info:
        load_dataset(spec)
    assert str(info.value) == message


def test_describe_builtins_from_the_catalog_without_files(tmp_path: Path) -> None:
    # The file is never opened for a built-in description (this one is no MNIST at all)...
    (tmp_path / "empty.npz").write_bytes(b"")
    spec = DataSpec(dataset="mnist", path=str(tmp_path / "empty.npz"), flatten=True)
    info = describe(spec)
    assert info == DataInfo((784,), 10, catalog.DATASETS["mnist"].class_names)
    # ...but one that is not there is said to be missing.
    with pytest.raises(DataError, match=r"nowhere\.npz does not exist: expected an MNIST \.npz"):
        describe(DataSpec(dataset="mnist", path=str(tmp_path / "nowhere.npz")))
    assert describe(DataSpec(dataset="mnist")).feature_shape == (28, 28)
    assert describe(DataSpec(dataset="xor")) == DataInfo((2,), 2, ("0", "1"))
    assert describe(DataSpec(dataset="features8")).num_classes == 4


def test_describe_matches_what_load_dataset_returns(tmp_path: Path) -> None:
    write_csv(tmp_path)
    for spec in (
        DataSpec(dataset="xor"),
        DataSpec(dataset="features8", flatten=True),
        DataSpec(dataset="csv", path=str(tmp_path / "pets.csv"), label_column="kind"),
    ):
        info, data = describe(spec), load_dataset(spec)
        assert (info.feature_shape, info.num_classes) == (data.feature_shape, data.num_classes)
        assert info.class_names == data.class_names


def test_a_user_mnist_file_is_loaded_flattened_and_scaled(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    x = rng.integers(0, 256, size=(4, 28, 28), dtype=np.uint8)
    x[0, 0, 0] = 255
    y = np.array([3, 1, 4, 1], dtype=np.uint8)
    np.savez(tmp_path / "mine.npz", x_train=x, y_train=y, x_test=x[:2], y_test=y[:2])
    spec = DataSpec(dataset="mnist", path="mine.npz", flatten=True, preprocessing="scale01")
    data = load_dataset(spec, base_dir=tmp_path)
    assert isinstance(data, Dataset)
    assert data.x_train.shape == (4, 784) and data.x_train.dtype == np.float32
    assert data.x_train.max() == 1.0
    assert data.y_train.tolist() == [3, 1, 4, 1] and data.y_train.dtype == np.int64
    assert (data.source_kind, data.source_path) == ("npz", tmp_path / "mine.npz")


def test_full_mnist_through_load_dataset(mnist_path: Path) -> None:
    spec = DataSpec(dataset="mnist", path=str(mnist_path), preprocessing="center", test_limit=100)
    data = load_dataset(spec)
    assert data.x_train.shape == (60000, 28, 28) and data.x_test.shape == (100, 28, 28)
    assert data.y_train[:5].tolist() == [5, 0, 4, 1, 9]
    assert data.y_test[:5].tolist() == [7, 2, 1, 0, 4]
    # Centred per pixel, divided by the spread of all the raw pixels (the tutorial's recipe).
    with np.load(mnist_path) as raw:
        pixels = raw["x_train"].astype(np.float64)
    expected = (pixels[0] - pixels.mean(axis=0)) / pixels.std()
    assert abs(float(data.x_train.mean())) < 1e-4
    np.testing.assert_allclose(data.x_train[0], expected, atol=1e-4)


def test_resource_path_finds_shipped_files_and_names_missing_ones() -> None:
    assert resource_path("README.md").name == "README.md"
    with pytest.raises(DataError, match=r"The file nope\.txt that comes with nnstudio is missing"):
        resource_path("nope.txt")


def test_loading_data_never_imports_tensorflow_or_qt() -> None:
    code = (
        "import sys\n"
        "from nnstudio.core.spec import DataSpec\n"
        "from nnstudio.data import load_dataset\n"
        "load_dataset(DataSpec(dataset='features8'))\n"
        "heavy = ('tensorflow', 'keras', 'PySide6', 'pyqtgraph')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_describe_source_matches_the_loaded_source(tmp_path: Path) -> None:
    write_csv(tmp_path)
    for spec in (
        DataSpec(dataset="xor"),
        DataSpec(dataset="features8", test_fraction=0.1),
        DataSpec(dataset="csv", path="pets.csv", label_column="kind"),
    ):
        assert describe_source(spec, tmp_path) == load_dataset(spec, tmp_path).source


def test_mnist_source_and_path_are_found_without_reading_the_pixels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "digits"
    folder.mkdir()
    (folder / "train-images-idx3-ubyte.gz").write_bytes(b"not read")
    spec = DataSpec(dataset="mnist", path="digits/train-images-idx3-ubyte.gz")
    assert resolve_data_path(spec, tmp_path) == folder
    assert describe_source(spec, tmp_path) == (
        f"MNIST from the four IDX files in the folder {folder}."
    )
    monkeypatch.setattr(mnist, "find_resource", lambda name: None)
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    assert resolve_data_path(DataSpec(dataset="mnist")) is None
    assert describe_source(DataSpec(dataset="mnist")).startswith("MNIST will be downloaded")


def test_resolve_data_path_for_each_dataset(tmp_path: Path) -> None:
    csv = write_csv(tmp_path)
    assert resolve_data_path(DataSpec(dataset="csv", path="pets.csv"), tmp_path) == csv
    assert resolve_data_path(DataSpec(dataset="features8")) is None
    with pytest.raises(DataError, match=r"gone\.csv does not exist: expected a CSV file"):
        resolve_data_path(DataSpec(dataset="csv", path="gone.csv"), tmp_path)


def test_a_csv_source_counts_in_words(tmp_path: Path) -> None:
    """'1 row for training', not '1 rows'."""
    path = tmp_path / "two.csv"
    path.write_text("x,label\n1,a\n2,b\n", encoding="utf-8")
    spec = DataSpec(dataset="csv", path=str(path), label_column="label", test_fraction=0.5)
    source = load_dataset(spec).source
    assert "2 rows, 1 feature and 2 classes" in source
    assert "1 row for training and 1 for testing" in source
