"""Advice on networks that train, but not well: each rule fires on the mistake it is about,
names the layer or setting, and stays quiet on the built-in templates."""

from __future__ import annotations

import pytest

from nnstudio.core import catalog
from nnstudio.core.advice import Advice, advise
from nnstudio.core.document import new_layer
from nnstudio.core.spec import LayerSpec, Project
from nnstudio.core.templates import TEMPLATES, from_template
from nnstudio.core.validate import StaticDataInfo

MNIST = StaticDataInfo((28, 28), 10, tuple(str(d) for d in range(10)))
XOR = StaticDataInfo((2,), 2, ("0", "1"))
FEATURES = StaticDataInfo((8,), 4, ("a", "b", "c", "d"))


def _data(project: Project) -> StaticDataInfo:
    return {"mnist": MNIST, "xor": XOR, "features8": FEATURES}[project.data.dataset]


def _rules(project: Project) -> list[Advice]:
    return advise(project, _data(project))


def _only(project: Project, rule: str) -> Advice:
    found = _rules(project)
    assert [a.rule for a in found] == [rule], [str(a) for a in found]
    return found[0]


def _dense(units: int, activation: str = "relu") -> LayerSpec:
    layer = new_layer("Dense")
    layer.params.update(units=units, activation=activation)
    return layer


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_the_templates_get_no_advice(name: str) -> None:
    assert _rules(from_template(name)) == []


def test_every_rule_has_its_words_in_the_catalog() -> None:
    assert len(catalog.ADVICE) >= 12
    for rule in catalog.ADVICE.values():
        assert rule.title and rule.why.endswith(".") and rule.try_this.endswith(".")


def test_dense_layers_with_no_activation_between_them() -> None:
    p = from_template("xor")
    p.layers[1].params["activation"] = "linear"
    advice = _only(p, "linear-stack")
    assert advice.message == "Layer 2 (Dense) and Layer 3 (Dense) have no activation between them."
    assert advice.layer == 1 and advice.field == "activation"
    assert "cannot learn XOR" in advice.why and "ReLU" in advice.try_this
    # An Activation layer between them is an activation.
    p.layers.insert(2, LayerSpec("Activation", {"activation": "relu"}))
    assert _rules(p) == []


def test_dropout_after_the_output() -> None:
    p = from_template("mnist-128")
    p.layers.append(new_layer("Dropout"))
    assert _only(p, "after-output").message == (
        "Layer 5 (Dropout) comes after the output layer (Layer 4 (Dense))."
    )


def test_a_learning_rate_far_off_either_way() -> None:
    p = from_template("mnist-128")
    p.compile.optimizer_params["learning_rate"] = 0.5
    assert _only(p, "learning-rate").message == (
        "A learning rate of 0.5 is very large for Adam (usually 1e-05 to 0.1)."
    )
    p.compile.optimizer_params["learning_rate"] = 1e-7
    assert "very small" in _only(p, "learning-rate").message


def test_far_more_weights_than_examples() -> None:
    p = from_template("mnist-512")
    p.data.train_limit = 1000
    assert _only(p, "more-weights-than-examples").message == (
        "The network has 407,050 weights and biases to learn from 1,000 training examples."
    )


def test_many_epochs_and_nothing_held_back() -> None:
    p = from_template("layers-8-6-6-4")
    p.data.validation_split = 0.0
    assert _only(p, "no-validation").field == "validation_split"
    p.train.epochs = 10
    assert _rules(p) == []


def test_a_deep_stack_of_sigmoid_layers() -> None:
    p = from_template("mnist-128")
    for _ in range(4):
        p.layers.insert(2, _dense(32, "sigmoid"))
    advice = _only(p, "deep-saturating")
    assert advice.message.startswith("4 hidden layers use sigmoid or tanh") and advice.layer == 2


def test_pixels_left_at_0_to_255() -> None:
    p = from_template("mnist-128")
    p.data.preprocessing = "none"
    assert _only(p, "unscaled-pixels").section == "data"


def test_a_dense_layer_on_an_unflattened_picture() -> None:
    p = from_template("mnist-128")
    del p.layers[1]  # no Flatten
    found = [a for a in _rules(p) if a.rule == "dense-on-picture"]
    assert found and found[0].message == (
        "Layer 2 (Dense) gets a 28×28 input, not a flat row of numbers."
    )


def test_weights_that_all_start_the_same() -> None:
    p = from_template("xor")
    p.layers[1].params["kernel_initializer"] = "zeros"
    advice = _only(p, "equal-start")
    assert advice.message == "Layer 2 (Dense) starts every weight at 0."
    assert advice.field == "kernel_initializer"


def test_a_very_large_layer() -> None:
    p = from_template("mnist-128")
    p.layers[2].params["units"] = 8000  # 784 x 8000 weights
    found = [a.rule for a in _rules(p)]
    assert "huge-layer" in found


def test_batches_of_one() -> None:
    p = from_template("mnist-128")
    p.train.batch_size = 1
    assert _only(p, "tiny-batches").message == "A batch size of 1 means 60,000 steps an epoch."


def test_a_distance_loss_on_a_softmax_classifier() -> None:
    p = from_template("mnist-128")
    p.compile.loss = "mean_squared_error"
    assert _only(p, "distance-loss-for-classes").section == "compile"


def test_xor_without_a_hidden_layer() -> None:
    p = from_template("xor")
    del p.layers[1]
    assert _only(p, "xor-one-line").layer == 1


def test_dropout_that_drops_most() -> None:
    p = from_template("mnist-128")
    dropout = new_layer("Dropout")
    dropout.params["rate"] = 0.8
    p.layers.insert(3, dropout)
    assert (
        _only(p, "heavy-dropout").message
        == "Layer 4 (Dropout) drops 80% of its inputs at every step."
    )
