"""Shape inference and parameter counts must equal what Keras itself reports."""

from __future__ import annotations

import inspect
import re

import pytest

from nnstudio.core import catalog
from nnstudio.core.spec import CompileSpec, DataSpec, LayerSpec, Project
from nnstudio.core.templates import TEMPLATES, from_template
from nnstudio.core.validate import StaticDataInfo, validate
from nnstudio.training.build import build_model

L = LayerSpec.new


def _project(
    shape: tuple[int, ...], classes: int, *layers: LayerSpec
) -> tuple[Project, StaticDataInfo]:
    project = Project(
        layers=[L("Input", shape=shape), *layers],
        compile=CompileSpec.new("sparse_categorical_crossentropy", "adam"),
        data=DataSpec(dataset="csv", path="x.csv", label_column="y"),
    )
    return project, StaticDataInfo(shape, classes, tuple(str(i) for i in range(classes)))


ARCHITECTURES = {
    "conv-net": _project(
        (28, 28), 10,
        L("Reshape", target_shape=(28, 28, 1)),
        L("Conv2D", filters=16, kernel_size=3),
        L("MaxPooling2D", pool_size=2),
        L("Conv2D", filters=8, kernel_size=5, strides=2, padding="same", use_bias=False),
        L("MaxPooling2D", pool_size=3, strides=1, padding="same"),
        L("BatchNormalization"),
        L("Flatten"),
        L("Dropout", rate=0.5),
        L("Dense", units=10, activation="softmax"),
    ),
    "recurrent": _project(
        (784,), 10,
        L("Reshape", target_shape=(28, -1)),
        L("SimpleRNN", units=20, return_sequences=True),
        L("LSTM", units=12),
        L("Dense", units=10, activation="softmax"),
    ),
    "dense-on-sequences": _project(
        (5, 3), 4,
        L("Dense", units=7, activation="elu"),
        L("BatchNormalization"),
        L("Activation", activation="selu"),
        L("Flatten"),
        L("Dense", units=4, activation="softmax", use_bias=False),
    ),
}  # fmt: skip


def _keras_rows(model) -> list[tuple[tuple[int, ...], int, int]]:
    rows = []
    for layer in model.layers:
        trainable = sum(int(w.numpy().size) for w in layer.trainable_weights)
        rows.append((tuple(layer.output.shape[1:]), layer.count_params(), trainable))
    return rows


def _our_rows(report) -> list[tuple[tuple[int, ...], int, int]]:
    return [(s.output_shape, s.params, s.trainable_params) for s in report.shapes[1:]]


@pytest.mark.parametrize("name", list(ARCHITECTURES))
def test_shapes_and_counts_match_keras(name: str) -> None:
    project, data = ARCHITECTURES[name]
    report = validate(project, data)
    assert report.ok, [p.message for p in report.errors]
    model = build_model(project, data)
    assert _our_rows(report) == _keras_rows(model)
    assert report.total_params == model.count_params()


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_template_counts_match_keras_summary(name: str) -> None:
    project = from_template(name)
    report = validate(project)
    model = build_model(project)
    assert _our_rows(report) == _keras_rows(model)
    assert report.total_params == model.count_params()


@pytest.mark.parametrize("kind", [k for k in catalog.LAYER_KINDS if k != "Input"])
def test_each_kind_is_named_and_defaulted_as_keras_does(kind: str) -> None:
    """The catalog's keras_name is the name Keras gives an unnamed layer of the kind, and its
    keras_defaults are the real defaults of the Keras class (the exporter leaves them out)."""
    import keras

    info = catalog.LAYER_KINDS[kind]
    cls = getattr(keras.layers, kind)
    layer = cls(**{p.name: p.default for p in info.params if p.default is not None})
    assert re.sub(r"_\d+$", "", layer.name) == info.keras_name
    signature = inspect.signature(cls.__init__).parameters
    for name, value in info.keras_defaults:
        # A square window's size is one number here, a pair in Keras: (1, 1) is strides=1.
        assert signature[name].default in (value, (value, value)), (kind, name)


def test_an_unnamed_input_is_named_as_keras_names_it() -> None:
    import keras

    tensor = keras.Input(shape=(2,))
    name = tensor._keras_history[0].name
    assert re.sub(r"_\d+$", "", name) == catalog.LAYER_KINDS["Input"].keras_name
