"""A neuron's arithmetic written out with the real numbers, from a trace of one example."""

from __future__ import annotations

import numpy as np

from nnstudio.training.inside import (
    LayerTrace,
    Trace,
    equation,
    input_names,
    neuron_sum,
    number,
    strongest,
)


def _xor_trace() -> Trace:
    """x = (1, 0) through 2 -> 3 ReLU neurons -> 1 sigmoid, with easy weights."""
    x = np.array([1.0, 0.0], np.float32)
    k1 = np.array([[0.5, -1.0, 2.0], [-0.25, 1.0, 1.0]], np.float32)
    b1 = np.array([-0.1, 0.2, 0.0], np.float32)
    h = np.maximum(x @ k1 + b1, 0)
    k2 = np.array([[1.0], [3.0], [-2.0]], np.float32)
    b2 = np.array([0.5], np.float32)
    out = 1 / (1 + np.exp(-(h @ k2 + b2)))
    return Trace(
        x,
        (
            LayerTrace("dense", "Dense", "relu", h.astype(np.float32), k1, b1),
            LayerTrace("dense_1", "Dense", "sigmoid", out.astype(np.float32), k2, b2),
        ),
    )


def test_a_small_neuron_is_written_out_term_by_term() -> None:
    trace = _xor_trace()
    ns = neuron_sum(trace, 0, 0)
    assert ns is not None
    assert ns.z == np.float32(0.4)
    assert equation(ns) == ["z = 0.50 × 1.00 + (−0.25) × 0.00 − 0.10 = 0.40", "relu(0.40) = 0.40"]
    dead = neuron_sum(trace, 0, 1)  # -1 + 0.2 < 0: ReLU gives 0
    assert dead is not None and equation(dead)[1] == "relu(−0.80) = 0.00"
    out = neuron_sum(trace, 1, 0)
    assert out is not None
    # 0.4*1 + 0*3 + 2*(-2) + 0.5 = -3.1
    assert equation(out) == [
        "z = 1.00 × 0.40 + 3.00 × 0.00 + (−2.00) × 2.00 + 0.50 = −3.10",
        "sigmoid(−3.10) = 0.043",
    ]
    assert input_names(trace, 1, None) == ["dense neuron 1", "dense neuron 2", "dense neuron 3"]
    assert input_names(trace, 0, None) == ["x1", "x2"]


def test_a_neuron_with_many_inputs_lists_the_largest_contributions() -> None:
    rng = np.random.default_rng(0)
    x = rng.random(784).astype(np.float32)
    kernel = rng.normal(0, 0.05, (784, 4)).astype(np.float32)
    kernel[100, 2] = 3.0  # by far the largest contribution to neuron 2
    bias = np.array([0.0, 0.0, 0.25, 0.0], np.float32)
    flat = LayerTrace("flatten", "Flatten", None, x)
    z = x @ kernel + bias
    dense = LayerTrace("dense", "Dense", "relu", np.maximum(z, 0), kernel, bias)
    trace = Trace(x.reshape(28, 28), (flat, dense))
    ns = neuron_sum(trace, 1, 2)
    assert ns is not None
    assert abs(ns.z - float(z[2])) < 1e-4
    lines = equation(ns, input_names(trace, 1, (28, 28)), shown=5)
    assert lines[0] == "z = the sum of 784 weights × their inputs, plus the bias"
    assert lines[1].startswith("  pixel (row 4, column 17): 3.00 × ")  # index 100
    assert len([line for line in lines if "pixel" in line]) == 5
    assert lines[6].startswith("  the other 779 inputs together: ")
    assert lines[7] == "  bias: 0.25" and lines[8] == f"z = {number(float(z[2]))}"
    # The listed products, the rest and the bias add up to z as written.
    top = ns.largest(5)
    rest = float(ns.contributions.sum() - ns.contributions[top].sum())
    assert abs(float(ns.contributions[top].sum()) + rest + 0.25 - ns.z) < 1e-4


def test_softmax_is_shown_as_a_share_of_the_whole_layer() -> None:
    x = np.array([1.0, 2.0], np.float32)
    kernel = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], np.float32)
    bias = np.zeros(3, np.float32)
    z = x @ kernel
    p = np.exp(z) / np.exp(z).sum()
    trace = Trace(x, (LayerTrace("out", "Dense", "softmax", p.astype(np.float32), kernel, bias),))
    ns = neuron_sum(trace, 0, 1)
    assert ns is not None and ns.layer_z is not None
    assert ns.layer_z.tolist() == [1.0, 2.0, 0.0]
    assert equation(ns)[1] == (
        "softmax: e^2.00 divided by the sum of e^z over all 3 outputs = 0.665 "
        "(the network says 66.5%)"
    )


def test_only_dense_layers_have_arithmetic_and_neurons_outside_are_refused() -> None:
    trace = _xor_trace()
    assert neuron_sum(trace, 0, 3) is None
    assert neuron_sum(trace, 0, -1) is None
    flat = Trace(
        np.zeros((2, 2), np.float32),
        (LayerTrace("flatten", "Flatten", None, np.zeros(4, np.float32)),),
    )
    assert neuron_sum(flat, 0, 0) is None


def test_numbers_are_written_for_students() -> None:
    assert number(-0.001) == "0.00"
    assert number(-1.5) == "−1.50"
    assert number(2 / 3, 3) == "0.667"
    assert strongest(np.array([0.1, 0.9, 0.5, 0.9], np.float32), 3) == [1, 3, 2]
