from __future__ import annotations

import pytest

from nnstudio.core.spec import CompileSpec, DataSpec, LayerSpec, Project
from nnstudio.core.templates import TEMPLATES, from_template
from nnstudio.core.validate import Problem, StaticDataInfo, validate

L = LayerSpec.new


def _mnist(*layers: LayerSpec, loss: str = "sparse_categorical_crossentropy") -> Project:
    return Project(
        layers=list(layers),
        compile=CompileSpec.new(loss, "adam"),
        data=DataSpec(dataset="mnist"),
    )


def _messages(project: Project) -> list[str]:
    return [p.message for p in validate(project).errors]


def _one_error(project: Project) -> Problem:
    errors = validate(project).errors
    assert len(errors) == 1, [e.message for e in errors]
    return errors[0]


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_every_template_is_valid(name: str) -> None:
    report = validate(from_template(name))
    assert report.problems == []
    assert report.complete


def test_template_parameter_counts_match_the_tutorials() -> None:
    counts = {name: validate(from_template(name)).total_params for name in TEMPLATES}
    assert counts == {
        "mnist-128": 101_770,
        "mnist-512": 407_050,
        "mnist-tanh-sgd": 42_310,
        "xor": 65,
        "layers-8-6-6-4": 124,
    }


@pytest.mark.parametrize(
    ("units", "received"), [(0, "units=0"), (-3, "units=-3"), (12.5, "units=12.5"),
                            ("abc", "units='abc'"), (True, "units=True")],
)  # fmt: skip
def test_units_must_be_a_positive_whole_number(units: object, received: str) -> None:
    project = from_template("mnist-128")
    project.layers[2].params["units"] = units
    problem = validate(project).errors[0]
    assert problem.layer == 2 and problem.field == "units"
    assert problem.message == (
        f"Layer 3 (Dense): units must be a whole number from 1 to 100,000. Received: {received}."
    )


@pytest.mark.parametrize("rate", [1.0, 1.5, -0.1, "half"])
def test_dropout_rates_outside_zero_to_one(rate: object) -> None:
    project = from_template("mnist-128")
    project.layers.insert(3, L("Dropout", rate=rate))
    problem = _one_error(project)
    assert problem.layer == 3
    assert "Layer 4 (Dropout): rate must be a number from 0 up to (but not including) 1" in (
        problem.message
    )
    assert f"Received: rate={rate!r}" in problem.message


def test_output_size_must_match_the_classes() -> None:
    project = from_template("mnist-128")
    project.layers[-1].params["units"] = 5
    problem = _one_error(project)
    assert problem.layer == 3 and problem.field == "units"
    assert "the output layer has 5 units, but the data has 10 classes" in problem.message
    assert "Expected 10 units, one per class" in problem.message


def test_binary_cross_entropy_on_ten_softmax_units() -> None:
    project = from_template("mnist-128")
    project.compile.loss = "binary_crossentropy"
    problem = _one_error(project)
    assert problem.section == "compile" and problem.field == "loss"
    assert "Binary cross-entropy scores a single yes/no answer" in problem.message
    assert "10 units that share one softmax" in problem.message


def test_softmax_on_a_single_unit() -> None:
    project = from_template("xor")
    project.layers[-1].params["activation"] = "softmax"
    messages = _messages(project)
    assert any("softmax on a single unit always outputs 1" in m for m in messages)
    assert messages[0].startswith("Layer 3 (Dense)")


def test_categorical_loss_on_one_unit() -> None:
    project = from_template("xor")
    project.compile.loss = "categorical_crossentropy"
    assert "needs one output unit per class" in _one_error(project).message


def test_conv2d_fed_flat_pictures_gets_a_reshape_hint() -> None:
    project = _mnist(
        L("Input"),
        L("Conv2D", filters=8),
        L("Flatten"),
        L("Dense", units=10, activation="softmax"),
    )
    problem = _one_error(project)
    assert problem.layer == 1
    assert problem.message == (
        "Layer 2 (Conv2D): it needs pictures with channels (height, width, channels), that is "
        "3 numbers per shape. Received: (28, 28). Put a Reshape layer to (28, 28, 1) before it."
    )


def test_pooling_and_rnn_fed_the_wrong_rank() -> None:
    pooling = _mnist(L("Input"), L("Flatten"), L("MaxPooling2D"), L("Dense", units=10))
    message = _one_error(pooling).message
    assert message.startswith("Layer 3 (MaxPooling2D): it needs pictures with channels")
    assert "Received: (784,)" in message and "Reshape layer to (28, 28, 1)" in message

    rnn = _mnist(L("Input"), L("Flatten"), L("LSTM", units=8),
                 L("Dense", units=10, activation="softmax"))  # fmt: skip
    message = _one_error(rnn).message
    assert message.startswith("Layer 3 (LSTM): it needs sequences (time steps, features)")
    assert "Reshape layer to (28, 28)" in message


def test_a_network_with_nothing_to_learn() -> None:
    project = _mnist(L("Input"), L("Flatten"), L("Activation", activation="softmax"))
    messages = _messages(project)
    assert (
        "The network has no layer that learns: add a Dense (or Conv2D, SimpleRNN, LSTM) layer, "
        "or there is nothing to train."
    ) in messages
    # Nothing more about the output (its labels, its units): there is no output layer yet.
    assert len(messages) == 1, messages


def test_every_problem_is_reported_at_once() -> None:
    project = from_template("mnist-128")
    project.layers[2].params["units"] = 0
    project.layers.insert(3, L("Dropout", rate=2))
    project.compile.optimizer_params["learning_rate"] = -1
    project.train.epochs = 0
    project.data.validation_split = 1.5
    report = validate(project)
    layers = sorted(p.layer for p in report.errors if p.layer is not None)
    sections = sorted(p.section for p in report.errors)
    assert layers == [2, 3]
    assert sections == ["compile", "data", "layers", "layers", "train"]
    assert any("learning rate must be a number above 0" in p.message for p in report.errors)
    assert any("Received: epochs=0" in p.message for p in report.errors)


def test_the_first_layer_must_be_the_input() -> None:
    project = from_template("mnist-128")
    del project.layers[0]
    messages = _messages(project)
    assert any(
        m.startswith("Layer 1 (Flatten): the first layer must be an Input") for m in messages
    )


def test_input_shape_must_match_the_data() -> None:
    project = from_template("mnist-512")
    project.data.flatten = False  # the data now comes as 28x28 pictures
    problem = _one_error(project)
    assert problem.layer == 0 and problem.field == "shape"
    assert "the data gives examples of shape (28, 28), but the Input layer expects (784,)" in (
        problem.message
    )


def test_an_empty_input_shape_is_taken_from_the_data() -> None:
    project = from_template("mnist-128")
    project.layers[0].params["shape"] = None
    report = validate(project)
    assert report.ok and report.total_params == 101_770


def test_csv_data_is_checked_against_what_the_file_holds() -> None:
    project = from_template("layers-8-6-6-4")
    project.data = DataSpec(dataset="csv", path="table.csv", label_column="species")
    report = validate(project, StaticDataInfo((8,), 3, ("a", "b", "c")))
    assert "the data has 3 classes (a, b, c)" in report.errors[0].message
    project.data.path = ""
    project.data.label_column = ""
    messages = _messages(project)
    assert "Choose a file for your own csv file." in messages
    assert "Choose which column of the CSV file holds the label." in messages


def test_metric_that_does_not_fit_the_labels() -> None:
    project = from_template("mnist-128")
    project.compile.metrics = ["categorical_accuracy"]
    assert "needs labels as one-hot rows" in _one_error(project).message


def test_cross_entropy_without_softmax_is_a_warning_not_an_error() -> None:
    project = from_template("mnist-128")
    project.layers[-1].params["activation"] = "relu"
    report = validate(project)
    assert report.ok
    assert "expects probabilities that sum to 1" in report.warnings[0].message


def test_bad_names_and_unknown_compile_settings() -> None:
    project = from_template("xor")
    project.layers[1].name = "my layer/1"
    project.layers[2].name = "out"
    project.layers[1].name = "out"
    project.compile.loss = "cross_entropy"
    project.compile.optimizer = "adamm"
    messages = _messages(project)
    assert any("the name 'out' is already used by layer 2" in m for m in messages)
    assert any("Received: 'cross_entropy'" in m for m in messages)
    assert any("Received: 'adamm'" in m for m in messages)
    project.layers[1].name = 'x"; import os'
    assert any("a name may use letters" in m for m in _messages(project))


def test_kernel_bigger_than_the_picture() -> None:
    project = _mnist(
        L("Input", shape=(4, 4, 1)),
        L("Conv2D", filters=2, kernel_size=5),
        L("Flatten"),
        L("Dense", units=10, activation="softmax"),
    )
    project.data.flatten = False
    report = validate(project, StaticDataInfo((4, 4, 1), 10, tuple("0123456789")))
    assert "kernel of 5x5 is bigger than the 4x4 picture" in report.errors[0].message
