"""Preprocessing of inputs and encoding of labels.

Statistics always come from the training set and are applied unchanged to the test set, as
they would be to new data after training. Each method is a plain function using only ``np`` so
the code exporter can copy it into a script (``inspect.getsource``); their annotations spell
``np.typing`` out for the same reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from nnstudio.core.errors import DataError
from nnstudio.core.i18n import Context

PreprocessData = Context("PreprocessData")

Floats = npt.NDArray[np.float32]
Preprocessor = Callable[[Floats, Floats], tuple[Floats, Floats]]


def no_preprocessing(
    x_train: np.typing.NDArray[np.float32], x_test: np.typing.NDArray[np.float32]
) -> tuple[np.typing.NDArray[np.float32], np.typing.NDArray[np.float32]]:
    """Use the numbers exactly as they are."""
    return x_train, x_test


def scale01(
    x_train: np.typing.NDArray[np.float32], x_test: np.typing.NDArray[np.float32]
) -> tuple[np.typing.NDArray[np.float32], np.typing.NDArray[np.float32]]:
    """Divide by the largest training value (255 for pixels)."""
    top = float(x_train.max())
    scale = top if top > 0 else 1.0
    return x_train / scale, x_test / scale


def minus1to1(
    x_train: np.typing.NDArray[np.float32], x_test: np.typing.NDArray[np.float32]
) -> tuple[np.typing.NDArray[np.float32], np.typing.NDArray[np.float32]]:
    """Stretch the training range (smallest to largest value) onto -1 to 1."""
    low, high = float(x_train.min()), float(x_train.max())
    middle = (low + high) / 2
    half_range = (high - low) / 2 if high > low else 1.0
    return (x_train - middle) / half_range, (x_test - middle) / half_range


def center(
    x_train: np.typing.NDArray[np.float32], x_test: np.typing.NDArray[np.float32]
) -> tuple[np.typing.NDArray[np.float32], np.typing.NDArray[np.float32]]:
    """Subtract each feature's training mean, then divide by the spread of all training numbers."""
    mean = x_train.mean(axis=0, dtype=np.float64).astype(np.float32)
    # One spread for all the numbers together, as the tutorial's np.std(X_train) does.
    spread = float(np.std(x_train, dtype=np.float64))
    spread = spread if spread > 0 else 1.0
    return (x_train - mean) / spread, (x_test - mean) / spread


def standardize(
    x_train: np.typing.NDArray[np.float32], x_test: np.typing.NDArray[np.float32]
) -> tuple[np.typing.NDArray[np.float32], np.typing.NDArray[np.float32]]:
    """Give each feature a training mean of 0 and a spread of 1."""
    mean = x_train.mean(axis=0, dtype=np.float64).astype(np.float32)
    x_train = x_train - mean
    x_test = x_test - mean
    # The centred data has mean 0, so each feature's spread is the root of its mean square.
    spread = np.sqrt(np.mean(np.square(x_train), axis=0, dtype=np.float64)).astype(np.float32)
    # A feature that never changes stays 0 instead of being divided by 0.
    spread[spread == 0] = 1.0
    return x_train / spread, x_test / spread


#: The function for each name in ``catalog.PREPROCESSING``.
PREPROCESSORS: dict[str, Preprocessor] = {
    "none": no_preprocessing,
    "scale01": scale01,
    "minus1to1": minus1to1,
    "center": center,
    "standardize": standardize,
}


def check_preprocessing(method: str) -> None:
    if method not in PREPROCESSORS:
        raise DataError(
            PreprocessData.tr(
                "The preprocessing must be one of {methods}: found {method!r}."
            ).format(methods=", ".join(PREPROCESSORS), method=method)
        )


def preprocess(
    x_train: npt.NDArray[Any], x_test: npt.NDArray[Any], method: str
) -> tuple[Floats, Floats]:
    """Both sets as float32, preprocessed by ``method`` with the training set's statistics."""
    check_preprocessing(method)
    train, test = PREPROCESSORS[method](x_train.astype(np.float32), x_test.astype(np.float32))
    return train.astype(np.float32, copy=False), test.astype(np.float32, copy=False)


@dataclass(frozen=True)
class InputTransform:
    """The preprocessing fitted on a training set, to apply to new inputs (a drawn digit).

    Every method is ``(x - shift) / scale`` with the training set's statistics, per feature or
    for all features at once; both are arrays of one example's shape.
    """

    shift: Floats
    scale: Floats

    def apply(self, x: npt.NDArray[Any]) -> Floats:
        """``x`` (one example or a batch, in the training data's layout) preprocessed."""
        return ((np.asarray(x, dtype=np.float32) - self.shift) / self.scale).astype(np.float32)


def network_input(
    example: npt.NDArray[Any], transform: InputTransform | None, input_shape: tuple[int, ...]
) -> Floats:
    """One example as read (a 28x28 digit, a row of a table) laid out and preprocessed as the
    training data was, in the network's input shape, without a batch axis.

    The transform's statistics have the data's layout; when the network's input differs
    (data (28, 28), network (28, 28, 1)), the example is transformed in the data's layout and
    reshaped for the network afterwards, so no statistic lands on the wrong pixel.
    """
    x = np.asarray(example, dtype=np.float32)
    if transform is None:
        return x.reshape(input_shape).astype(np.float32)
    shift = np.asarray(transform.shift)
    layout = shift.shape if shift.size == x.size else input_shape
    return transform.apply(x.reshape(layout)).reshape(input_shape)


def preprocess_fitted(
    x_train: npt.NDArray[Any], x_test: npt.NDArray[Any], method: str
) -> tuple[Floats, Floats, InputTransform]:
    """As :func:`preprocess`, plus the fitted transform for new inputs.

    The transform is read off the method itself: two probe rows, all 0 and all 1, go through
    with the test set, so it cannot drift from what the method does.
    """
    check_preprocessing(method)
    shape = x_train.shape[1:]
    probes = np.stack([np.zeros(shape, np.float32), np.ones(shape, np.float32)])
    test = np.concatenate([x_test.astype(np.float32).reshape(-1, *shape), probes])
    train, test = preprocess(x_train, test, method)
    at0, at1 = test[-2], test[-1]
    inverse_scale = at1 - at0  # (1 - shift)/scale - (0 - shift)/scale
    scale = np.where(inverse_scale != 0, 1.0 / np.where(inverse_scale != 0, inverse_scale, 1), 1)
    shift = -at0 * scale
    transform = InputTransform(shift.astype(np.float32), scale.astype(np.float32))
    return train, test[:-2], transform


def encode_labels(y: npt.NDArray[Any], encoding: str, num_classes: int) -> npt.NDArray[Any]:
    """Class numbers ``y`` (0..K-1) as a loss wants them (see ``nnstudio.core.labels``).

    "onehot": float32 (n, K) with a 1 in each row's class column; "integer": int64 (n,);
    "binary": float32 (n, 1) of 0 and 1, for a network with a single output unit.
    """
    labels = np.asarray(y).astype(np.int64)
    if labels.size and (labels.min() < 0 or labels.max() >= num_classes):
        raise DataError(
            PreprocessData.tr(
                "The labels run from {lowest} to {highest}: expected class numbers 0 to {last} "
                "for {classes} classes."
            ).format(
                lowest=labels.min(), highest=labels.max(), last=num_classes - 1, classes=num_classes
            )
        )
    if encoding == "integer":
        return labels
    if encoding == "onehot":
        return np.eye(num_classes, dtype=np.float32)[labels]
    if encoding == "binary":
        if num_classes > 2:
            raise DataError(
                PreprocessData.tr(
                    "A single output unit can only answer yes or no: expected 2 classes, "
                    "found {classes}; give the last layer {classes} units instead."
                ).format(classes=num_classes)
            )
        return labels.astype(np.float32).reshape(-1, 1)
    raise ValueError(f"unknown label encoding {encoding!r}; expected onehot, integer or binary")
