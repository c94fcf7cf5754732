"""The XOR table and the generated features8 data: the same every time, on every computer."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from nnstudio.data.tables import make_features8, split_train_test, xor_table


def test_xor_truth_table() -> None:
    x, y = xor_table()
    assert x.dtype == np.float32 and y.dtype == np.int64
    assert x.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
    assert y.tolist() == [0, 1, 1, 0]


def test_features8_is_always_the_same() -> None:
    x, y = make_features8()
    assert x.shape == (1000, 8) and x.dtype == np.float32
    assert y.dtype == np.int64 and np.bincount(y).tolist() == [250, 250, 250, 250]
    again_x, again_y = make_features8()
    np.testing.assert_array_equal(x, again_x)
    np.testing.assert_array_equal(y, again_y)
    # Pinned, so that a change to the generator (or to NumPy's generator) is noticed: exported
    # scripts and earlier lessons rely on these exact numbers.
    np.testing.assert_allclose(
        x[0], [-1.2164, 2.8058, 14.9564, 86.9590, 20.3978, 9.4414, -43.1101, -19.6941], atol=1e-3
    )


def test_features8_columns_differ_in_size() -> None:
    # So that standardising visibly matters, as with real table columns.
    spread = make_features8()[0].std(axis=0)
    assert spread.max() / spread.min() > 10


def test_the_split_is_reproducible_and_complete() -> None:
    x = np.arange(100, dtype=np.float32).reshape(50, 2)
    y = np.arange(50)
    x_train, y_train, x_test, y_test = split_train_test(x, y, 0.2, seed=0)
    assert (len(x_train), len(x_test)) == (40, 10)
    np.testing.assert_array_equal(x_train[:, 0] // 2, y_train)
    assert sorted(y_train.tolist() + y_test.tolist()) == list(range(50))
    again = split_train_test(x, y, 0.2, seed=0)
    np.testing.assert_array_equal(again[3], y_test)
    assert split_train_test(x, y, 0.2, seed=1)[3].tolist() != y_test.tolist()


def test_a_test_fraction_of_zero_keeps_every_row_for_training() -> None:
    x, y = xor_table()
    x_train, _, x_test, _ = split_train_test(x, y, 0.0, seed=0)
    assert (len(x_train), len(x_test)) == (4, 0)


@pytest.mark.parametrize(
    ("func", "args"),
    [(xor_table, ()), (make_features8, (40, 3)), (split_train_test, (*xor_table(), 0.5, 7))],
)
def test_the_exporter_can_copy_the_functions_verbatim(
    func: Callable[..., Any], args: tuple[Any, ...]
) -> None:
    assert set(inspect.getclosurevars(func).globals) <= {"np"}
    namespace: dict[str, Any] = {"np": np}
    exec(inspect.getsource(func), namespace)
    for got, want in zip(namespace[func.__name__](*args), func(*args), strict=True):
        np.testing.assert_array_equal(got, want)
