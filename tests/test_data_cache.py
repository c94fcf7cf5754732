"""The training process keeps the last dataset for the next run of the same data."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from nnstudio.core.errors import DataError
from nnstudio.core.spec import DataSpec
from nnstudio.data.cache import DatasetCache, source_stamp


def _csv(path: Path, rows: int) -> Path:
    path.write_text("a,b,kind\n" + "".join(f"{i},{i * 2},{i % 2}\n" for i in range(rows)))
    return path


def _spec(path: Path) -> DataSpec:
    return DataSpec(dataset="csv", path=str(path), label_column="kind", preprocessing="none")


def test_the_same_settings_give_the_same_arrays_without_reading_again(tmp_path: Path) -> None:
    cache = DatasetCache()
    spec = _spec(_csv(tmp_path / "t.csv", 20))
    first = cache.load(spec)
    again = cache.load(DataSpec(**vars(spec)))  # equal settings, another object
    assert again is first and cache.hits == 1
    # Shared between runs, so nobody may change them in place.
    with pytest.raises(ValueError, match="read-only"):
        first.x_train[0, 0] = 99.0


def test_other_settings_read_the_data_again(tmp_path: Path) -> None:
    cache = DatasetCache()
    spec = _spec(_csv(tmp_path / "t.csv", 20))
    first = cache.load(spec)
    spec.train_limit = 5
    limited = cache.load(spec)
    assert limited is not first and len(limited.x_train) == 5 and cache.hits == 0
    # Changing the settings the cache holds from outside does not fool it: it kept a copy.
    spec.train_limit = 0
    assert len(cache.load(spec).x_train) == 16


def test_a_file_changed_between_runs_is_read_again(tmp_path: Path) -> None:
    cache = DatasetCache()
    path = _csv(tmp_path / "t.csv", 20)
    assert len(cache.load(_spec(path)).x_train) == 16
    _csv(path, 40)
    os.utime(path, ns=(1, 1))  # a different time, even on a file system with coarse times
    assert len(cache.load(_spec(path)).x_train) == 32
    assert cache.hits == 0


def test_a_file_gone_between_runs_is_reported_not_served_from_memory(tmp_path: Path) -> None:
    cache = DatasetCache()
    path = _csv(tmp_path / "t.csv", 20)
    cache.load(_spec(path))
    path.unlink()
    with pytest.raises(DataError, match=r"t\.csv"):
        cache.load(_spec(path))


def test_generated_data_is_kept_and_other_data_replaces_it() -> None:
    cache = DatasetCache()
    xor = DataSpec(dataset="xor", preprocessing="none")
    first = cache.load(xor)
    assert cache.load(xor) is first
    features = cache.load(DataSpec(dataset="features8"))
    assert features.name == "features8"
    assert cache.load(xor) is not first  # only the last dataset is kept
    np.testing.assert_array_equal(cache.load(xor).x_train, first.x_train)


def test_the_stamp_of_a_folder_covers_every_file_in_it(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"1")
    before = source_stamp(tmp_path)
    (tmp_path / "b").write_bytes(b"22")
    assert source_stamp(tmp_path) != before
    assert source_stamp(tmp_path / "missing") is None
    assert source_stamp(None) == ()
