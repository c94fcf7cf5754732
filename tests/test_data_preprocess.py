"""Preprocessing learns its numbers from the training set only; labels fit the loss."""

from __future__ import annotations

import inspect

import numpy as np
import pytest

from nnstudio.core import catalog
from nnstudio.core.errors import DataError
from nnstudio.data import encode_labels
from nnstudio.data.preprocess import PREPROCESSORS, preprocess, preprocess_fitted

TRAIN = np.array([[0.0, 10.0], [2.0, 30.0], [4.0, 20.0]])
TEST = np.array([[8.0, 40.0]])


def test_every_catalog_option_has_a_function() -> None:
    assert set(PREPROCESSORS) == set(catalog.PREPROCESSING)


def test_none_keeps_the_numbers_as_float32() -> None:
    train, test = preprocess(TRAIN.astype(np.uint8), TEST.astype(np.uint8), "none")
    assert train.dtype == test.dtype == np.float32
    np.testing.assert_array_equal(test, [[8, 40]])


def test_scale01_divides_by_the_training_maximum() -> None:
    train, test = preprocess(TRAIN, TEST, "scale01")
    assert train.max() == 1.0
    np.testing.assert_allclose(test, [[8 / 30, 40 / 30]], rtol=1e-6)
    assert train.dtype == test.dtype == np.float32


def test_minus1to1_maps_the_training_range() -> None:
    train, test = preprocess(TRAIN, TEST, "minus1to1")
    assert (train.min(), train.max()) == (-1.0, 1.0)
    # The training range 0..30 maps onto -1..1, so 40 lands beyond 1.
    np.testing.assert_allclose(test, [[8 / 15 - 1, 40 / 15 - 1]], rtol=1e-6)


def test_center_uses_per_feature_means_and_one_overall_spread() -> None:
    train, test = preprocess(TRAIN, TEST, "center")
    # The tutorial's recipe: per-pixel means, one standard deviation of all the numbers.
    spread = TRAIN.std()
    np.testing.assert_allclose(train, (TRAIN - TRAIN.mean(axis=0)) / spread, rtol=1e-6)
    np.testing.assert_allclose(test, (TEST - TRAIN.mean(axis=0)) / spread, rtol=1e-6)


def test_standardize_gives_each_training_feature_mean_0_and_spread_1() -> None:
    train, test = preprocess(TRAIN, TEST, "standardize")
    np.testing.assert_allclose(train.mean(axis=0), 0, atol=1e-6)
    np.testing.assert_allclose(train.std(axis=0), 1, rtol=1e-6)
    expected = (TEST - TRAIN.mean(axis=0)) / TRAIN.std(axis=0)
    np.testing.assert_allclose(test, expected, rtol=1e-6)


def test_pictures_keep_their_shape_with_per_pixel_statistics() -> None:
    pictures = np.random.default_rng(0).integers(0, 256, size=(5, 28, 28)).astype(np.uint8)
    train, test = preprocess(pictures, pictures[:2], "standardize")
    assert train.shape == (5, 28, 28) and test.shape == (2, 28, 28)
    np.testing.assert_allclose(train.mean(axis=0), 0, atol=1e-5)


@pytest.mark.parametrize("method", sorted(PREPROCESSORS))
def test_constant_data_gives_no_division_by_zero(method: str) -> None:
    # A column that never changes (a blank pixel border): warnings are errors in the tests.
    train = np.array([[0.1, 0.0], [0.1, 0.0], [0.1, 0.0]], dtype=np.float32)
    out, test = preprocess(train, train[:1], method)
    assert np.isfinite(out).all() and np.isfinite(test).all()


def test_an_unknown_method_lists_the_known_ones() -> None:
    with pytest.raises(DataError) as info:
        preprocess(TRAIN, TEST, "normalise")
    assert str(info.value) == (
        "The preprocessing must be one of none, scale01, minus1to1, center, standardize: "
        "found 'normalise'."
    )


@pytest.mark.parametrize("method", sorted(PREPROCESSORS))
def test_methods_copy_into_a_script_that_only_imports_numpy(method: str) -> None:
    func = PREPROCESSORS[method]
    assert set(inspect.getclosurevars(func).globals) <= {"np"}
    namespace: dict[str, object] = {"np": np}
    exec(inspect.getsource(func), namespace)
    copied = namespace[func.__name__]
    train, test = TRAIN.astype(np.float32), TEST.astype(np.float32)
    copy_out = copied(train, test)  # type: ignore[operator]
    for got, want in zip(copy_out, func(train, test), strict=True):
        np.testing.assert_array_equal(got, want)


# --- labels ----------------------------------------------------------------------------------

Y = np.array([2, 0, 1])


def test_onehot_labels() -> None:
    out = encode_labels(Y, "onehot", 3)
    assert out.dtype == np.float32
    np.testing.assert_array_equal(out, [[0, 0, 1], [1, 0, 0], [0, 1, 0]])


def test_integer_labels() -> None:
    out = encode_labels(Y.astype(np.uint8), "integer", 3)
    assert out.dtype == np.int64 and out.tolist() == [2, 0, 1]


def test_binary_labels() -> None:
    out = encode_labels(np.array([0, 1, 1]), "binary", 2)
    assert out.dtype == np.float32 and out.shape == (3, 1)
    assert out.ravel().tolist() == [0, 1, 1]


def test_one_output_unit_cannot_hold_ten_classes() -> None:
    with pytest.raises(DataError) as info:
        encode_labels(np.arange(10), "binary", 10)
    assert str(info.value) == (
        "A single output unit can only answer yes or no: expected 2 classes, found 10; "
        "give the last layer 10 units instead."
    )


def test_labels_beyond_the_classes_are_refused() -> None:
    with pytest.raises(
        DataError, match="The labels run from 0 to 2: expected class numbers 0 to 1"
    ):
        encode_labels(Y, "onehot", 2)


@pytest.mark.parametrize("method", sorted(PREPROCESSORS))
def test_the_fitted_transform_does_to_new_inputs_what_the_method_did_to_the_test_set(
    method: str,
) -> None:
    rng = np.random.default_rng(3)
    x_train = rng.integers(0, 256, size=(50, 6, 5)).astype(np.uint8)
    x_train[:, 0, 0] = 7  # a constant pixel
    x_test = rng.integers(0, 256, size=(9, 6, 5)).astype(np.uint8)
    train, test, transform = preprocess_fitted(x_train, x_test, method)
    expected_train, expected_test = preprocess(x_train, x_test, method)
    np.testing.assert_array_equal(train, expected_train)
    np.testing.assert_allclose(test, expected_test, rtol=1e-6, atol=1e-6)
    # Read off float32 arithmetic: equal to a ten-thousandth, far below what a pixel changes.
    np.testing.assert_allclose(transform.apply(x_test), expected_test, atol=1e-4)
    np.testing.assert_allclose(transform.apply(x_test[4]), expected_test[4], atol=1e-4)
    assert transform.shift.shape == transform.scale.shape == (6, 5)
