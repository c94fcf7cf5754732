from __future__ import annotations

from string import Formatter
from typing import get_args

import pytest

from nnstudio.core import catalog
from nnstudio.core.captions import layer_caption
from nnstudio.core.shapes import COUNT_RULES, SHAPE_RULES, LayerShape, infer_layer
from nnstudio.core.spec import LayerSpec
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


# --- every layer kind is described in full -----------------------------------------------------
# Adding a layer kind is one entry in catalog.LAYER_KINDS (plus a glyph and, for a band in the
# diagram, a colour); these tests name whatever such an entry still lacks.

KINDS = list(catalog.LAYER_KINDS.values())
# An input each kind accepts with its default settings, by the rank it needs.
FITTING_INPUT = {3: (28, 28, 1), 2: (28, 28), None: (784,)}


def _fitting_shape(kind: catalog.LayerKind) -> LayerShape:
    return infer_layer(kind, kind.defaults(), FITTING_INPUT[kind.input_rank])


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_kind_has_a_shape_rule_and_a_count_rule(kind: catalog.LayerKind) -> None:
    assert kind.shape_rule in SHAPE_RULES
    assert kind.count_rule in COUNT_RULES
    result = _fitting_shape(kind)
    assert result.output_shape and all(d >= 1 for d in result.output_shape)
    assert 0 <= result.trainable_params <= result.params
    # A kind that says it learns has weights that training changes, and only such a kind.
    assert (result.trainable_params > 0) == kind.trainable


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_kind_is_drawn_in_a_way_its_shapes_allow(kind: catalog.LayerKind) -> None:
    assert kind.diagram in get_args(catalog.DiagramRole)
    if kind.diagram == "marker":
        # A band between two columns: what comes out must look like what went in.
        assert kind.shape_rule == "same"
    if kind.diagram == "data":
        # Drawn in the data's colours, so it must not learn.
        assert kind.count_rule == "none"
    if kind.diagram == "window":
        assert kind.input_rank == 3


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_the_kinds_that_set_the_outputs_are_those_with_units_or_filters(
    kind: catalog.LayerKind,
) -> None:
    sized_by = [p.name for p in kind.params if p.name in ("units", "filters")]
    assert kind.sets_outputs == bool(sized_by)
    if kind.sets_outputs:
        assert _fitting_shape(kind).output_shape[-1] == kind.param(sized_by[0]).default


def _another_value(param: catalog.Param) -> object:
    if param.type == "choice":
        return next(c for c in param.allowed_choices() if c != param.default)
    if param.type == "int":
        return param.default + 1
    if param.type == "float":
        return param.default / 2
    raise AssertionError(f"no other value for the {param.type} setting {param.name}")


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_kind_has_a_caption_that_names_it_and_shows_its_settings(
    kind: catalog.LayerKind,
) -> None:
    layer = LayerSpec.new(kind.name)
    caption = layer_caption(layer)
    # Its label, or the start of it ("Max pooling 2×2" for "Max pooling 2D").
    assert caption.startswith(kind.label.split(" ")[0])
    assert "{" not in caption and "None" not in caption
    fields = {name for _, name, _, _ in Formatter().parse(kind.caption) if name}
    assert fields <= {"label"} | {p.name for p in kind.params}
    # Every setting the caption mentions shows its current value.
    for name in fields - {"label"}:
        changed = LayerSpec.new(kind.name, **{name: _another_value(kind.param(name))})
        assert layer_caption(changed) != caption, name


@pytest.mark.parametrize(
    ("layer", "caption"),
    [
        (LayerSpec.new("Dense", units=128), "Dense 128, ReLU"),
        (LayerSpec.new("Conv2D", filters=32, kernel_size=3), "Conv2D 32, 3×3, ReLU"),
        (LayerSpec.new("MaxPooling2D", pool_size=2), "Max pooling 2×2"),
        (LayerSpec.new("Dropout", rate=0.2), "Dropout 0.2"),
        (LayerSpec.new("Activation", activation="linear"), "Activation: Linear"),
        (LayerSpec.new("LSTM", units=64), "LSTM 64, Tanh"),
        (LayerSpec.new("Flatten"), "Flatten"),
    ],
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_captions_read_as_the_tutorials_write_them(layer: LayerSpec, caption: str) -> None:
    assert layer_caption(layer) == caption


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_kind_has_a_glyph_and_every_band_a_colour(kind: catalog.LayerKind) -> None:
    pytest.importorskip("PySide6")
    from nnstudio.ui.builder.network_diagram import MARKER_COLORS
    from nnstudio.ui.common.icons import GLYPHS

    assert kind.glyph in GLYPHS
    assert (kind.name in MARKER_COLORS) == (kind.diagram == "marker")


def test_no_two_kinds_share_a_glyph() -> None:
    glyphs = [k.glyph for k in KINDS]
    assert len(set(glyphs)) == len(glyphs)


def test_a_summary_counts_in_words() -> None:
    """One unit, not "1 units": XOR's output layer is the first a student sees."""
    from nnstudio.core.captions import layer_summary
    from nnstudio.core.spec import LayerSpec

    assert layer_summary(LayerSpec.new("Dense", units=1, activation="sigmoid")) == "1 unit, Sigmoid"
    assert layer_summary(LayerSpec.new("Dense", units=16)) == "16 units, ReLU"
    assert layer_summary(LayerSpec.new("Conv2D", filters=1)).startswith("1 filter, ")


def test_a_layer_is_titled_with_its_size_in_words() -> None:
    from nnstudio.core.captions import layer_title, sized_layer_title
    from nnstudio.core.spec import LayerSpec

    dense = LayerSpec.new("Dense", units=128)
    assert layer_title(2, dense) == "Layer 3 (Dense)"
    assert sized_layer_title(1, dense) == "Layer 2 (Dense, 128 neurons)"
    assert sized_layer_title(2, LayerSpec.new("Dense", units=1)) == "Layer 3 (Dense, 1 neuron)"
    assert sized_layer_title(0, LayerSpec.new("Flatten")) == "Layer 1 (Flatten)"


def test_test_results_read_as_words_loss_first() -> None:
    from nnstudio.core.captions import test_results_text

    assert test_results_text({"binary_accuracy": 1.0, "loss": 0.08374}) == (
        "test loss 0.0837, test binary accuracy 1.0000"
    )
