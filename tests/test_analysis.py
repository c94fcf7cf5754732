"""Analyzing a network before training: outputs, parameters and memory per layer, and the
time of an epoch measured by a short run."""

from __future__ import annotations

import pytest

from nnstudio.cli import run
from nnstudio.core.analysis import (
    Timing,
    analyze,
    duration_text,
    optimizer_slots,
    size_text,
    table_lines,
)
from nnstudio.core.spec import CompileSpec
from nnstudio.core.templates import from_template
from nnstudio.core.validate import validate


def test_each_layer_s_outputs_parameters_and_memory_for_training() -> None:
    project = from_template("mnist-128")  # Adam, batches of 32
    a = analyze(project, validate(project, None))
    assert [(r.name, r.outputs, r.params) for r in a.rows] == [
        ("input_layer", 784, 0),
        ("flatten", 784, 0),
        ("dense", 128, 100_480),
        ("dense_1", 10, 1_290),
    ]
    # The batch of inputs; then each layer's weights (stored, gradient, Adam's two) and its
    # outputs with their gradients, for 32 examples, in 4-byte numbers.
    assert a.rows[0].memory == 784 * 32 * 4
    assert a.rows[2].memory == (100_480 * 4 + 2 * 128 * 32) * 4
    assert a.memory == sum(r.memory for r in a.rows if r.memory is not None)
    assert a.steps_per_epoch == 1875 and a.epochs == 10
    project.train.batch_size = 64
    bigger = analyze(project, validate(project, None))
    assert bigger.rows[2].memory - a.rows[2].memory == 2 * 128 * 32 * 4  # outputs double
    assert bigger.rows[3].params == a.rows[3].params


def test_the_optimizer_s_own_numbers_per_weight() -> None:
    project = from_template("mnist-128")
    assert optimizer_slots(project) == 2
    project.compile = CompileSpec.new("sparse_categorical_crossentropy", "sgd")
    assert optimizer_slots(project) == 0
    project.compile.optimizer_params["momentum"] = 0.9
    assert optimizer_slots(project) == 1


def test_unknown_shapes_are_unknown_not_zero() -> None:
    project = from_template("mnist-128")
    project.layers[2].params["units"] = 0
    a = analyze(project, validate(project, None))
    assert a.rows[2].outputs is None and a.memory is None
    assert "?" in "\n".join(table_lines(a))


def test_the_table_says_the_totals_and_what_was_measured() -> None:
    project = from_template("mnist-tanh-sgd")
    a = analyze(project, validate(project, None))
    timing = Timing(step_seconds=0.0012, start_seconds=2.0, steps_measured=800)
    text = "\n".join(table_lines(a, timing))
    assert "Total params: 42,310" in text and "1 optimizer number per weight" in text
    assert "1.2 ms a step (800 steps timed)" in text
    assert "about 1.0 s an epoch of 844 steps" in text  # 0.0012 × 844 = 1.01
    assert "52.6 s for all 50 epochs" in text  # 2.0 + 50 × 1.0128
    assert size_text(2_200_000) == "2.2 MB" and size_text(64) == "64 bytes"
    assert duration_text(0.00026) == "0.26 ms" and duration_text(3600) == "60 min"


def test_measuring_times_a_real_short_run() -> None:
    from nnstudio.training.probe import measure

    timing = measure(from_template("xor"), seconds=0.5)
    assert 0 < timing.step_seconds < 0.1
    assert timing.steps_measured >= 1 and timing.start_seconds > 0


def test_check_analyze_prints_the_table_and_the_time(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", "--template", "xor", "--analyze"]) == 0
    out = capsys.readouterr().out
    assert "Analysis:" in out and "Memory" in out
    assert "Measured on this computer:" in out and "for all 500 epochs" in out
