"""Small built-in tables: the XOR truth table and the generated ``features8`` data.

The code exporter copies the bodies of :func:`xor_table`, :func:`make_features8` and
:func:`split_train_test` into generated scripts (``inspect.getsource``), so these functions use
nothing but ``np`` and their arguments, annotations included.
"""

from __future__ import annotations

import numpy as np

#: The seed that shuffles rows before they are cut into training and test sets.
SPLIT_SEED = 0


def xor_table() -> tuple[np.typing.NDArray[np.float32], np.typing.NDArray[np.int64]]:
    """The XOR truth table: the answer is 1 when exactly one of the two inputs is 1."""
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
    y = np.array([0, 1, 1, 0], dtype=np.int64)
    return x, y


def make_features8(
    n: int = 1000, seed: int = 8664
) -> tuple[np.typing.NDArray[np.float32], np.typing.NDArray[np.int64]]:
    """``n`` rows of 8 numeric features in 4 overlapping clusters, one per class."""
    rng = np.random.default_rng(seed)
    # Centres close enough that the clusters overlap, so no network scores 100 %.
    centres = rng.normal(0.0, 0.8, size=(4, 8))
    y = np.arange(n) % 4
    x = centres[y] + rng.normal(0.0, 1.0, size=(n, 8))
    # Columns of very different sizes, as in real tables, so standardising visibly helps.
    scales = 10.0 ** rng.uniform(-1.0, 2.0, size=8)
    offsets = rng.uniform(-50.0, 50.0, size=8)
    x = x * scales + offsets
    return x.astype(np.float32), y.astype(np.int64)


def split_train_test(
    x: np.typing.NDArray[np.float32],
    y: np.typing.NDArray[np.int64],
    test_fraction: float,
    seed: int,
) -> tuple[
    np.typing.NDArray[np.float32],
    np.typing.NDArray[np.int64],
    np.typing.NDArray[np.float32],
    np.typing.NDArray[np.int64],
]:
    """Shuffle the rows with ``seed``, then keep ``test_fraction`` of them for the test set."""
    order = np.random.default_rng(seed).permutation(len(x))
    n_test = round(len(x) * test_fraction)
    test, train = order[:n_test], order[n_test:]
    return x[train], y[train], x[test], y[test]
