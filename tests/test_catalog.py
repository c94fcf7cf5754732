from __future__ import annotations

import pytest

from nnstudio.core import catalog
from nnstudio.core.validate import check_value

REQUIRED_LAYERS = [
    "Input", "Flatten", "Dense", "Dropout", "Activation", "BatchNormalization",
    "Conv2D", "MaxPooling2D", "Reshape", "SimpleRNN", "LSTM",
]  # fmt: skip
REQUIRED_ACTIVATIONS = [
    "relu", "sigmoid", "tanh", "softmax", "linear", "elu", "selu", "gelu",
    "leaky_relu", "softplus", "swish",
]  # fmt: skip
REQUIRED_LOSSES = [
    "categorical_crossentropy", "sparse_categorical_crossentropy", "binary_crossentropy",
    "mean_squared_error", "mean_absolute_error", "hinge",
]  # fmt: skip
REQUIRED_OPTIMIZERS = ["sgd", "adam", "adamw", "rmsprop", "adagrad", "adamax", "nadam"]


def test_the_catalog_has_everything_the_course_needs() -> None:
    assert set(REQUIRED_LAYERS) <= set(catalog.LAYER_KINDS)
    assert set(REQUIRED_ACTIVATIONS) <= set(catalog.ACTIVATIONS)
    assert set(REQUIRED_LOSSES) <= set(catalog.LOSSES)
    assert set(REQUIRED_OPTIMIZERS) <= set(catalog.OPTIMIZERS)
    sgd = {p.name for p in catalog.OPTIMIZERS["sgd"].params}
    assert {"learning_rate", "momentum", "nesterov", "decay"} <= sgd


def _all_entries() -> list[catalog.Choice | catalog.LayerKind]:
    tables = [
        catalog.ACTIVATIONS, catalog.INITIALIZERS, catalog.LOSSES, catalog.METRICS,
        catalog.OPTIMIZERS, catalog.DATASETS, catalog.PREPROCESSING, catalog.LAYER_KINDS,
    ]  # fmt: skip
    return [entry for table in tables for entry in table.values()]


@pytest.mark.parametrize("entry", _all_entries(), ids=lambda e: e.name)
def test_every_entry_explains_itself_in_a_sentence(entry: catalog.Choice) -> None:
    assert entry.label
    assert (entry.help[0].isupper() or entry.help[0].isdigit()) and entry.help.endswith("."), (
        entry.help
    )
    assert 20 <= len(entry.help) <= 260


def _all_params() -> list[catalog.Param]:
    params = [p for k in catalog.LAYER_KINDS.values() for p in k.params]
    params += [p for o in catalog.OPTIMIZERS.values() for p in o.params]
    params += list(catalog.TRAINING_PARAMS.values()) + list(catalog.DATA_PARAMS.values())
    return params


@pytest.mark.parametrize("param", _all_params(), ids=lambda p: p.name)
def test_every_default_is_allowed_by_its_own_range(param: catalog.Param) -> None:
    assert check_value(param, param.default)
    assert param.help.endswith(".")
    if param.type == "choice":
        assert param.allowed_choices()


def test_dropout_rate_range_excludes_one() -> None:
    rate = catalog.LAYER_KINDS["Dropout"].param("rate")
    assert check_value(rate, 0.0) and check_value(rate, 0.99)
    assert not check_value(rate, 1.0) and not check_value(rate, -0.1)
