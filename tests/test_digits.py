"""A drawn digit is made into a 28x28 picture the way MNIST's digits were."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from nnstudio.data.digits import area_resize, normalize_drawing


def centre_of_mass(picture: np.ndarray) -> tuple[float, float]:
    rows, cols = np.indices(picture.shape)
    total = picture.sum()
    return float((rows * picture).sum() / total), float((cols * picture).sum() / total)


def bounding_box(picture: np.ndarray) -> tuple[int, int]:
    rows = np.flatnonzero(picture.any(axis=1))
    cols = np.flatnonzero(picture.any(axis=0))
    return int(rows[-1] - rows[0] + 1), int(cols[-1] - cols[0] + 1)


def test_a_blank_drawing_gives_none() -> None:
    assert normalize_drawing(np.zeros((280, 280), np.float32)) is None
    assert normalize_drawing(np.zeros((5, 7), np.uint8)) is None


def test_a_blob_anywhere_ends_up_centred_and_20_pixels_tall() -> None:
    drawing = np.zeros((280, 280), np.float32)
    drawing[10:110, 150:190] = 1.0  # a tall bar in the top right corner, 0..1 ink
    digit = normalize_drawing(drawing)
    assert digit is not None
    assert digit.shape == (28, 28) and digit.dtype == np.float32
    assert digit.min() >= 0 and digit.max() == pytest.approx(255.0)
    row, col = centre_of_mass(digit)
    assert abs(row - 14) <= 1 and abs(col - 14) <= 1
    assert bounding_box(digit) == (20, 8)  # 100x40 scaled to fit 20x20 keeps its proportions


def test_ink_on_a_0_to_255_scale_is_read_as_such() -> None:
    drawing = np.zeros((56, 56), np.uint8)
    drawing[10:40, 20:30] = 128
    digit = normalize_drawing(drawing)
    assert digit is not None
    assert digit.max() == pytest.approx(128.0)


def test_scaling_down_averages_the_area_so_edges_turn_grey() -> None:
    # A line 4 pixels wide on a 30-pixel canvas: at 20, each new pixel covers 1.5 old ones,
    # so the third column holds 1 inked pixel of 1.5 (two thirds grey) and the fourth none.
    picture = np.zeros((30, 30), np.float32)
    picture[:, 0:4] = 255
    small = area_resize(picture, 20, 20)
    for column, value in enumerate((255.0, 255.0, 170.0, 0.0)):
        assert small[:, column] == pytest.approx(np.full(20, value), abs=1e-3)
    assert small.sum() == pytest.approx(picture.sum() * (20 * 20) / (30 * 30))


def test_a_280_pixel_drawing_takes_well_under_a_few_milliseconds() -> None:
    drawing = np.zeros((280, 280), np.float32)
    drawing[40:240, 100:170] = 1.0
    normalize_drawing(drawing)
    start = time.perf_counter()
    for _ in range(20):
        normalize_drawing(drawing)
    # Measured: about 0.2 ms each on the development machine (2 shared cores).
    assert (time.perf_counter() - start) / 20 < 0.005


def test_mnist_digits_come_back_unchanged(mnist_path: Path) -> None:
    """MNIST's digits already are normalized this way, so they pass through untouched.

    Measured over all 10,000 test digits: 9,997 come back identical (largest pixel difference
    below 0.001); the other 3 (numbers 4530, 9300, 9302) are only 19 pixels tall because they
    touch the picture's bottom edge, and are scaled up to 20 (mean difference up to 19 of 255).
    The first 1,000 all come back identical, also when enlarged ten times first as on the
    drawing pad. This test checks the first 200 both ways.
    """
    x_test = np.load(mnist_path)["x_test"][:200]
    for i, raw in enumerate(x_test):
        pixels = raw.astype(np.float32)
        for drawing in (raw, np.kron(pixels / 255, np.ones((10, 10), np.float32))):
            digit = normalize_drawing(drawing)
            assert digit is not None
            assert np.abs(digit - pixels).max() < 1e-3, f"test digit {i} changed"
            assert bounding_box(digit) == bounding_box(raw)
