from __future__ import annotations

import pytest

from nnstudio.core import catalog
from nnstudio.core.shapes import ShapeError, fmt_shape, infer_layer


@pytest.mark.parametrize(
    ("shape", "batch", "text"),
    [
        ((784,), False, "(784,)"),
        ((28, 28, 1), False, "(28, 28, 1)"),
        (None, False, "?"),
        ((784,), True, "(None, 784)"),
        ((28, 28), True, "(None, 28, 28)"),
        (None, True, "?"),
    ],
)
def test_shape_text_as_a_tuple_or_as_keras_summary_prints_it(shape, batch, text) -> None:
    assert fmt_shape(shape, batch=batch) == text


@pytest.mark.parametrize(
    ("kind", "received", "hint"),
    [
        ("Conv2D", (28, 28), "Put a Reshape layer to (28, 28, 1) before it."),
        ("MaxPooling2D", (784,), "Put a Reshape layer to (28, 28, 1) before it."),
        ("LSTM", (784,), "Put a Reshape layer to (28, 28) before it."),
        ("SimpleRNN", (10,), "Put a Reshape layer to (10, 1) before it."),
        ("LSTM", (28, 28, 1), "Put a Reshape layer before it that joins the last two axes."),
    ],
)
def test_a_layer_fed_the_wrong_rank_says_how_to_reshape(kind, received, hint) -> None:
    info = catalog.LAYER_KINDS[kind]
    with pytest.raises(ShapeError) as caught:
        infer_layer(info, info.defaults(), received)
    assert str(caught.value).endswith(f"Received: {fmt_shape(received)}. {hint}")
