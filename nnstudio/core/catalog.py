"""The one catalog: every layer kind, activation, loss, optimizer, initializer, metric,
dataset and preprocessing option nnstudio knows, with labels, defaults, allowed ranges and a
sentence a student can read.

Every text a student reads is stored in English, marked with ``QT_TRANSLATE_NOOP("Catalog", …)``
(in the field ending in ``_source``), and read translated: ``kind.label``, ``param.help`` and
the like say it in the current language, so whoever shows them needs to do nothing more. Ids
(``"relu"``, ``"adam"``, ``"Dense"``) and Keras's names stay as they are.

The palette, the property editor, the validator, the Keras builder and the code exporter all
read from here; nothing else lists these things. Each layer kind also names its shape and
parameter-count rules (in ``shapes``), how the diagram draws it, its glyph and its caption, so
adding a kind is one entry here (tests/test_catalog.py says what a new entry still lacks).
Plain data only: no Qt, no TensorFlow.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import KW_ONLY, dataclass
from typing import Any, Literal

from nnstudio.core.i18n import QT_TRANSLATE_NOOP, current_language, translate

ParamType = Literal["int", "float", "bool", "choice", "shape", "text"]
# How the network diagram draws a layer: "data" (the numbers laid out anew, no learning),
# "joined" (a column of neurons, each joined to every neuron before it), "window" (feature
# maps made by sliding a window over the maps before) or "marker" (a thin band: no neurons
# of its own).
DiagramRole = Literal["data", "joined", "window", "marker"]

# The translation context of the catalog's texts; an entry made elsewhere (a ``Param`` of the
# window's own) may name its own context, the one its texts are marked with.
CONTEXT = "Catalog"


def _translated(context: str, source: str) -> str:
    return translate(context, source) if source else source


class TranslatedTexts(Mapping[str, str]):
    """Texts by id, defined in English (marked with ``QT_TRANSLATE_NOOP``) and read translated."""

    def __init__(self, context: str, texts: dict[str, str]) -> None:
        self.context = context
        self.sources = texts

    def __getitem__(self, key: str) -> str:
        return _translated(self.context, self.sources[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)


class _LabelAndHelp:
    """A label and a help text kept in English and read in the current language."""

    context: str
    label_source: str
    help_source: str

    @property
    def label(self) -> str:
        return _translated(self.context, self.label_source)

    @property
    def help(self) -> str:
        return _translated(self.context, self.help_source)


@dataclass(frozen=True)
class Param(_LabelAndHelp):
    """One setting of a layer or an optimizer."""

    name: str
    label_source: str
    type: ParamType
    default: Any
    help_source: str
    minimum: float | None = None
    maximum: float | None = None
    # False when the maximum itself is not allowed (a dropout rate must stay below 1).
    maximum_inclusive: bool = True
    # False when the minimum itself is not allowed (a learning rate must be above 0).
    minimum_inclusive: bool = True
    # For type "choice": the allowed names, or the name of a catalog table
    # ("activations", "initializers") whose keys are allowed.
    choices: tuple[str, ...] | str = ()
    # None is allowed and means "automatic" (described by ``none_label``).
    optional: bool = False
    none_label_source: str = ""
    _: KW_ONLY
    # The translation context its texts are marked with.
    context: str = CONTEXT

    @property
    def none_label(self) -> str:
        return _translated(self.context, self.none_label_source)

    def allowed_choices(self) -> tuple[str, ...]:
        if isinstance(self.choices, str):
            return tuple(CHOICE_TABLES[self.choices])
        return self.choices


@dataclass(frozen=True)
class Choice(_LabelAndHelp):
    """An entry of a table of named things (an activation, a loss, a metric...)."""

    name: str
    label_source: str
    help_source: str
    _: KW_ONLY
    # The translation context its texts are marked with.
    context: str = CONTEXT


@dataclass(frozen=True)
class LossInfo(Choice):
    # How the labels must be encoded for this loss: "onehot" (one column per class),
    # "integer" (the class number), or "binary" (0 or 1 for a single output unit);
    # "onehot_or_binary" picks by the number of output units.
    labels: str = "onehot_or_binary"


@dataclass(frozen=True)
class OptimizerInfo(Choice):
    keras_class: str = ""
    params: tuple[Param, ...] = ()


@dataclass(frozen=True)
class LayerKind:
    name: str
    label_source: str
    group: str
    help_source: str
    params: tuple[Param, ...] = ()
    # The rank of one example this layer accepts (batch axis not counted); None means any.
    input_rank: int | None = None
    # What the input must look like, in words, for messages about the wrong rank.
    input_words_source: str = ""
    # Whether the layer has weights that training changes.
    trainable: bool = False
    # Every kind must say the following, so a new kind cannot be half described.
    _: KW_ONLY
    # How its output shape follows from its input: a rule in ``shapes.SHAPE_RULES``.
    shape_rule: str
    # How many weights and biases (Keras's "parameters") it has: a rule in
    # ``shapes.COUNT_RULES``.
    count_rule: str
    # How the network diagram draws it (see ``DiagramRole``).
    diagram: DiagramRole
    # The name of its picture in the palette and the stack (``ui.common.icons``).
    glyph: str
    # Its short caption, as the tutorials write it ("Dense 128, ReLU"): a ``str.format``
    # template over ``label`` and its settings (see ``captions.layer_caption``).
    caption_source: str
    # The name Keras gives a layer of this kind that has none ("dense", then "dense_1").
    keras_name: str
    # Keras's defaults for this kind where they differ from its usual ones (``keras_args``),
    # so exported code leaves out what Keras would do anyway.
    keras_defaults: tuple[tuple[str, Any], ...] = ()
    # Whether its settings choose how many numbers come out (units, filters), so a wrong
    # number of outputs is pointed at it.
    sets_outputs: bool = False

    @property
    def label(self) -> str:
        return _translated(CONTEXT, self.label_source)

    @property
    def help(self) -> str:
        return _translated(CONTEXT, self.help_source)

    @property
    def input_words(self) -> str:
        return _translated(CONTEXT, self.input_words_source)

    @property
    def caption(self) -> str:
        return _translated(CONTEXT, self.caption_source)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}


# --- activations -------------------------------------------------------------------------

ACTIVATIONS: dict[str, Choice] = {
    c.name: c
    for c in (
        Choice(
            "relu",
            QT_TRANSLATE_NOOP("Catalog", "ReLU"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Passes positive values through unchanged and turns negative values into 0; "
                "simple, fast and the usual choice for hidden layers.",
            ),
        ),
        Choice(
            "sigmoid",
            QT_TRANSLATE_NOOP("Catalog", "Sigmoid"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Squashes any number into the range 0 to 1, so a single output unit can say "
                "how likely the answer is 'yes'.",
            ),
        ),
        Choice(
            "tanh",
            QT_TRANSLATE_NOOP("Catalog", "Tanh"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Squashes any number into the range -1 to 1, centred on 0; a classic choice "
                "for hidden layers.",
            ),
        ),
        Choice(
            "softmax",
            QT_TRANSLATE_NOOP("Catalog", "Softmax"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Turns the layer's outputs into probabilities that are all positive and sum "
                "to 1, one per class, so the biggest one is the network's answer.",
            ),
        ),
        Choice(
            "linear",
            #: Short captions drop the note in brackets ("Activation: Linear"), so keep the
            #: note last, in brackets.
            QT_TRANSLATE_NOOP("Catalog", "Linear (none)"),
            QT_TRANSLATE_NOOP("Catalog", "Leaves the numbers as they are: no activation at all."),
        ),
        Choice(
            "elu",
            QT_TRANSLATE_NOOP("Catalog", "ELU"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Like ReLU for positive values, but negative values curve smoothly down "
                "towards -1 instead of stopping at 0.",
            ),
        ),
        Choice(
            "selu",
            QT_TRANSLATE_NOOP("Catalog", "SELU"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A scaled ELU that keeps the signal's mean and spread steady through many "
                "layers (pair it with lecun_normal initialisation).",
            ),
        ),
        Choice(
            "gelu",
            QT_TRANSLATE_NOOP("Catalog", "GELU"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A smooth version of ReLU that lets small negative values through a little; "
                "used in modern language models.",
            ),
        ),
        Choice(
            "leaky_relu",
            QT_TRANSLATE_NOOP("Catalog", "Leaky ReLU"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Like ReLU, but negative values are multiplied by a small number instead of "
                "becoming 0, so neurons never go completely silent.",
            ),
        ),
        Choice(
            "softplus",
            QT_TRANSLATE_NOOP("Catalog", "Softplus"),
            QT_TRANSLATE_NOOP(
                "Catalog", "A smooth curve that looks like ReLU but has no sharp corner at 0."
            ),
        ),
        Choice(
            "swish",
            QT_TRANSLATE_NOOP("Catalog", "Swish"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Multiplies a value by its own sigmoid: smooth, and often a little better "
                "than ReLU in deep networks.",
            ),
        ),
    )
}

# --- initializers --------------------------------------------------------------------------

INITIALIZERS: dict[str, Choice] = {
    c.name: c
    for c in (
        Choice(
            "glorot_uniform",
            QT_TRANSLATE_NOOP("Catalog", "Glorot uniform"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Random starting weights whose spread depends on how many inputs and outputs "
                "the layer has; Keras's default and a good match for tanh and sigmoid.",
            ),
        ),
        Choice(
            "glorot_normal",
            QT_TRANSLATE_NOOP("Catalog", "Glorot normal"),
            QT_TRANSLATE_NOOP("Catalog", "Like Glorot uniform, but drawn from a bell curve."),
        ),
        Choice(
            "he_uniform",
            QT_TRANSLATE_NOOP("Catalog", "He uniform"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Random starting weights scaled for ReLU layers, so the signal neither "
                "fades nor explodes.",
            ),
        ),
        Choice(
            "he_normal",
            QT_TRANSLATE_NOOP("Catalog", "He normal"),
            QT_TRANSLATE_NOOP("Catalog", "Like He uniform, but drawn from a bell curve."),
        ),
        Choice(
            "lecun_uniform",
            QT_TRANSLATE_NOOP("Catalog", "LeCun uniform"),
            QT_TRANSLATE_NOOP(
                "Catalog", "Random starting weights scaled by the number of inputs only."
            ),
        ),
        Choice(
            "lecun_normal",
            QT_TRANSLATE_NOOP("Catalog", "LeCun normal"),
            QT_TRANSLATE_NOOP(
                "Catalog", "Like LeCun uniform, but drawn from a bell curve; the partner of SELU."
            ),
        ),
        Choice(
            "random_normal",
            QT_TRANSLATE_NOOP("Catalog", "Random normal"),
            QT_TRANSLATE_NOOP(
                "Catalog", "Small random numbers from a bell curve with spread 0.05."
            ),
        ),
        Choice(
            "random_uniform",
            QT_TRANSLATE_NOOP("Catalog", "Random uniform"),
            QT_TRANSLATE_NOOP("Catalog", "Small random numbers between -0.05 and 0.05."),
        ),
        Choice(
            "zeros",
            QT_TRANSLATE_NOOP("Catalog", "Zeros"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Every weight starts at 0; fine for biases, but a layer of weights that all "
                "start equal can never learn different things.",
            ),
        ),
        Choice(
            "ones",
            QT_TRANSLATE_NOOP("Catalog", "Ones"),
            QT_TRANSLATE_NOOP("Catalog", "Every weight starts at 1."),
        ),
    )
}

CHOICE_TABLES: dict[str, dict[str, Choice]] = {
    "activations": ACTIVATIONS,
    "initializers": INITIALIZERS,
}

# --- layer kinds ---------------------------------------------------------------------------


def _units(default: int) -> Param:
    return Param(
        "units",
        QT_TRANSLATE_NOOP("Catalog", "Units"),
        "int",
        default,
        QT_TRANSLATE_NOOP(
            "Catalog", "How many neurons the layer has, which is also how many numbers it outputs."
        ),
        minimum=1,
        maximum=100_000,
    )


def _activation(default: str) -> Param:
    return Param(
        "activation",
        QT_TRANSLATE_NOOP("Catalog", "Activation"),
        "choice",
        default,
        QT_TRANSLATE_NOOP(
            "Catalog", "The function each neuron applies to its weighted sum before passing it on."
        ),
        choices="activations",
    )


_USE_BIAS = Param(
    "use_bias",
    QT_TRANSLATE_NOOP("Catalog", "Use bias"),
    "bool",
    True,
    QT_TRANSLATE_NOOP(
        "Catalog", "Whether each neuron also learns a bias, a number added to its weighted sum."
    ),
)
_KERNEL_INIT = Param(
    "kernel_initializer",
    QT_TRANSLATE_NOOP("Catalog", "Weight initializer"),
    "choice",
    "glorot_uniform",
    QT_TRANSLATE_NOOP("Catalog", "How the weights are set before training starts."),
    choices="initializers",
)
_BIAS_INIT = Param(
    "bias_initializer",
    QT_TRANSLATE_NOOP("Catalog", "Bias initializer"),
    "choice",
    "zeros",
    QT_TRANSLATE_NOOP("Catalog", "How the biases are set before training starts."),
    choices="initializers",
)
_PADDING = Param(
    "padding",
    QT_TRANSLATE_NOOP("Catalog", "Padding"),
    "choice",
    "valid",
    QT_TRANSLATE_NOOP(
        "Catalog",
        "'valid' only looks where the window fits, so the picture shrinks; 'same' pads the "
        "edges with zeros so it keeps its size.",
    ),
    choices=("valid", "same"),
)
_RETURN_SEQUENCES = Param(
    "return_sequences",
    QT_TRANSLATE_NOOP("Catalog", "Return sequences"),
    "bool",
    False,
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Output one vector per time step (to feed another recurrent layer) instead of only "
        "the last one.",
    ),
)

LAYER_GROUPS: Mapping[str, str] = TranslatedTexts(
    CONTEXT,
    {
        "core": QT_TRANSLATE_NOOP("Catalog", "Core"),
        "convolution": QT_TRANSLATE_NOOP("Catalog", "Convolution"),
        "recurrent": QT_TRANSLATE_NOOP("Catalog", "Recurrent"),
        "regularisation": QT_TRANSLATE_NOOP("Catalog", "Regularisation"),
    },
)

LAYER_KINDS: dict[str, LayerKind] = {
    k.name: k
    for k in (
        LayerKind(
            "Input",
            #: The Keras layer's name, which the exported code uses too.
            QT_TRANSLATE_NOOP("Catalog", "Input"),
            "core",
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Where the data enters the network; its shape is the shape of one example.",
            ),
            params=(
                Param(
                    "shape",
                    QT_TRANSLATE_NOOP("Catalog", "Shape"),
                    "shape",
                    None,
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "The shape of one example, such as 28, 28 for an MNIST digit or 2 for "
                        "an XOR row; leave it empty to take it from the data.",
                    ),
                    optional=True,
                    #: What an empty setting means, shown after "empty means:".
                    none_label_source=QT_TRANSLATE_NOOP("Catalog", "from the data"),
                ),
            ),
            shape_rule="same",
            count_rule="none",
            diagram="data",
            glyph="arrow_in",
            caption_source="{label}",
            keras_name="input_layer",
        ),
        LayerKind(
            "Flatten",
            #: The Keras layer's name, which the exported code uses too.
            QT_TRANSLATE_NOOP("Catalog", "Flatten"),
            "core",
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Lays a picture (or any grid) out as one long row of numbers, so a Dense "
                "layer can read it; it learns nothing.",
            ),
            shape_rule="flatten",
            count_rule="none",
            diagram="data",
            glyph="flatten",
            caption_source="{label}",
            keras_name="flatten",
        ),
        LayerKind(
            "Dense",
            #: The Keras layer's name, which the exported code uses too.
            QT_TRANSLATE_NOOP("Catalog", "Dense"),
            "core",
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A fully connected layer: every neuron looks at every input, multiplies each by "
                "a weight, adds them up with a bias and applies the activation.",
            ),
            params=(_units(32), _activation("relu"), _USE_BIAS, _KERNEL_INIT, _BIAS_INIT),
            trainable=True,
            shape_rule="dense",
            count_rule="dense",
            diagram="joined",
            glyph="dense",
            #: A layer's short caption in the network diagram ("Dense 128, ReLU"): {label} is
            #: the layer's name, the other names in braces its settings (keep them as they are).
            caption_source=QT_TRANSLATE_NOOP("Catalog", "{label} {units}, {activation}"),
            keras_name="dense",
            sets_outputs=True,
        ),
        LayerKind(
            "Activation",
            QT_TRANSLATE_NOOP("Catalog", "Activation"),
            "core",
            QT_TRANSLATE_NOOP(
                "Catalog", "Applies an activation function on its own, as a separate step."
            ),
            params=(_activation("relu"),),
            shape_rule="same",
            count_rule="none",
            diagram="marker",
            glyph="curve",
            #: A layer's short caption in the network diagram; keep the names in braces.
            caption_source=QT_TRANSLATE_NOOP("Catalog", "{label}: {activation}"),
            keras_name="activation",
        ),
        LayerKind(
            "Reshape",
            #: The Keras layer's name, which the exported code uses too.
            QT_TRANSLATE_NOOP("Catalog", "Reshape"),
            "core",
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Rearranges the numbers into a new shape with the same count, for example 784 "
                "into 28, 28, 1 so a Conv2D layer can read it.",
            ),
            params=(
                Param(
                    "target_shape",
                    QT_TRANSLATE_NOOP("Catalog", "Target shape"),
                    "shape",
                    (28, 28, 1),
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "The new shape of one example; one entry may be -1 to fill in the rest.",
                    ),
                ),
            ),
            shape_rule="reshape",
            count_rule="none",
            diagram="data",
            glyph="reshape",
            caption_source="{label}",
            keras_name="reshape",
        ),
        LayerKind(
            "Dropout",
            #: The Keras layer's name, which the exported code uses too.
            QT_TRANSLATE_NOOP("Catalog", "Dropout"),
            "regularisation",
            QT_TRANSLATE_NOOP(
                "Catalog",
                "During training, switches off a random share of its inputs at each step so the "
                "network cannot rely on any single neuron; it does nothing when predicting.",
            ),
            params=(
                Param(
                    "rate",
                    QT_TRANSLATE_NOOP("Catalog", "Rate"),
                    "float",
                    0.2,
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "The share of inputs switched off at each training step, from 0 (none) "
                        "up to, but not including, 1 (all).",
                    ),
                    minimum=0.0,
                    maximum=1.0,
                    maximum_inclusive=False,
                ),
            ),
            shape_rule="same",
            count_rule="none",
            diagram="marker",
            glyph="dropout",
            #: A layer's short caption in the network diagram; keep the names in braces.
            caption_source=QT_TRANSLATE_NOOP("Catalog", "{label} {rate}"),
            keras_name="dropout",
        ),
        LayerKind(
            "BatchNormalization",
            QT_TRANSLATE_NOOP("Catalog", "Batch normalization"),
            "regularisation",
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Rescales its inputs to a steady mean and spread during training, which often "
                "lets a network learn faster.",
            ),
            params=(
                Param(
                    "momentum",
                    QT_TRANSLATE_NOOP("Catalog", "Momentum"),
                    "float",
                    0.99,
                    QT_TRANSLATE_NOOP(
                        "Catalog", "How slowly the running mean and spread follow each new batch."
                    ),
                    minimum=0.0,
                    maximum=1.0,
                    maximum_inclusive=False,
                ),
                Param(
                    "epsilon",
                    QT_TRANSLATE_NOOP("Catalog", "Epsilon"),
                    "float",
                    0.001,
                    QT_TRANSLATE_NOOP("Catalog", "A tiny number added to avoid dividing by zero."),
                    minimum=0.0,
                    minimum_inclusive=False,
                    maximum=1.0,
                ),
            ),
            trainable=True,
            shape_rule="same",
            count_rule="batch_norm",
            diagram="marker",
            glyph="bell_curve",
            caption_source="{label}",
            keras_name="batch_normalization",
            keras_defaults=(("momentum", 0.99), ("epsilon", 0.001)),
        ),
        LayerKind(
            "Conv2D",
            #: The Keras layer's name, which the exported code uses too.
            QT_TRANSLATE_NOOP("Catalog", "Conv2D"),
            "convolution",
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Slides small learned filters over a picture and records where each filter "
                "finds its pattern (edges, curves, corners).",
            ),
            params=(
                Param(
                    "filters",
                    QT_TRANSLATE_NOOP("Catalog", "Filters"),
                    "int",
                    32,
                    QT_TRANSLATE_NOOP(
                        "Catalog", "How many different patterns the layer learns to look for."
                    ),
                    minimum=1,
                    maximum=4096,
                ),
                Param(
                    "kernel_size",
                    QT_TRANSLATE_NOOP("Catalog", "Kernel size"),
                    "int",
                    3,
                    QT_TRANSLATE_NOOP("Catalog", "The width and height of each filter, in pixels."),
                    minimum=1,
                    maximum=64,
                ),
                Param(
                    "strides",
                    QT_TRANSLATE_NOOP("Catalog", "Stride"),
                    "int",
                    1,
                    QT_TRANSLATE_NOOP("Catalog", "How many pixels the filter moves at each step."),
                    minimum=1,
                    maximum=64,
                ),
                _PADDING,
                _activation("relu"),
                _USE_BIAS,
                _KERNEL_INIT,
            ),
            input_rank=3,
            #: Completes "it needs …, that is 3 numbers per shape."
            input_words_source=QT_TRANSLATE_NOOP(
                "Catalog", "pictures with channels (height, width, channels)"
            ),
            trainable=True,
            shape_rule="conv2d",
            count_rule="conv2d",
            diagram="window",
            glyph="filter_window",
            #: A layer's short caption in the network diagram; keep the names in braces.
            caption_source=QT_TRANSLATE_NOOP(
                "Catalog", "{label} {filters}, {kernel_size}×{kernel_size}, {activation}"
            ),
            keras_name="conv2d",
            keras_defaults=(("strides", 1),),
            sets_outputs=True,
        ),
        LayerKind(
            "MaxPooling2D",
            QT_TRANSLATE_NOOP("Catalog", "Max pooling 2D"),
            "convolution",
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Shrinks a picture by keeping only the largest value in each small window.",
            ),
            params=(
                Param(
                    "pool_size",
                    QT_TRANSLATE_NOOP("Catalog", "Pool size"),
                    "int",
                    2,
                    QT_TRANSLATE_NOOP("Catalog", "The width and height of the window."),
                    minimum=1,
                    maximum=64,
                ),
                Param(
                    "strides",
                    QT_TRANSLATE_NOOP("Catalog", "Stride"),
                    "int",
                    None,
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "How many pixels the window moves at each step; empty means the pool size.",
                    ),
                    minimum=1,
                    maximum=64,
                    optional=True,
                    #: What an empty setting means, shown after "empty means:".
                    none_label_source=QT_TRANSLATE_NOOP("Catalog", "same as the pool size"),
                ),
                _PADDING,
            ),
            input_rank=3,
            input_words_source=QT_TRANSLATE_NOOP(
                "Catalog", "pictures with channels (height, width, channels)"
            ),
            shape_rule="pool2d",
            count_rule="none",
            diagram="window",
            glyph="pooling",
            #: A layer's short caption in the network diagram; keep the names in braces.
            caption_source=QT_TRANSLATE_NOOP("Catalog", "Max pooling {pool_size}×{pool_size}"),
            keras_name="max_pooling2d",
        ),
        LayerKind(
            "SimpleRNN",
            QT_TRANSLATE_NOOP("Catalog", "Simple RNN"),
            "recurrent",
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Reads a sequence one step at a time, carrying a memory from each step to the "
                "next.",
            ),
            params=(_units(32), _activation("tanh"), _RETURN_SEQUENCES),
            input_rank=2,
            #: Completes "it needs …, that is 2 numbers per shape."
            input_words_source=QT_TRANSLATE_NOOP("Catalog", "sequences (time steps, features)"),
            trainable=True,
            shape_rule="recurrent",
            count_rule="simple_rnn",
            diagram="joined",
            glyph="loop",
            caption_source=QT_TRANSLATE_NOOP("Catalog", "{label} {units}, {activation}"),
            keras_name="simple_rnn",
            keras_defaults=(("activation", "tanh"),),
            sets_outputs=True,
        ),
        LayerKind(
            "LSTM",
            #: The Keras layer's name, which the exported code uses too.
            QT_TRANSLATE_NOOP("Catalog", "LSTM"),
            "recurrent",
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A recurrent layer with gates that decide what to remember and what to forget, "
                "so it can follow long sequences.",
            ),
            params=(
                _units(32),
                _activation("tanh"),
                Param(
                    "recurrent_activation",
                    QT_TRANSLATE_NOOP("Catalog", "Gate activation"),
                    "choice",
                    "sigmoid",
                    QT_TRANSLATE_NOOP(
                        "Catalog", "The function the gates use to decide how much to let through."
                    ),
                    choices="activations",
                ),
                _RETURN_SEQUENCES,
            ),
            input_rank=2,
            input_words_source=QT_TRANSLATE_NOOP("Catalog", "sequences (time steps, features)"),
            trainable=True,
            shape_rule="recurrent",
            count_rule="lstm",
            diagram="joined",
            glyph="gated_loop",
            caption_source=QT_TRANSLATE_NOOP("Catalog", "{label} {units}, {activation}"),
            keras_name="lstm",
            keras_defaults=(("activation", "tanh"),),
            sets_outputs=True,
        ),
    )
}

# --- losses ----------------------------------------------------------------------------------

LOSSES: dict[str, LossInfo] = {
    c.name: c
    for c in (
        LossInfo(
            "categorical_crossentropy",
            QT_TRANSLATE_NOOP("Catalog", "Categorical cross-entropy"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "For choosing one class out of several: punishes the network for giving the "
                "right class a low probability. Labels are one-hot (a 1 in the class's column).",
            ),
            labels="onehot",
        ),
        LossInfo(
            "sparse_categorical_crossentropy",
            QT_TRANSLATE_NOOP("Catalog", "Sparse categorical cross-entropy"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The same as categorical cross-entropy, but the labels are plain class numbers "
                "(0 to 9 for digits) instead of one-hot rows.",
            ),
            labels="integer",
        ),
        LossInfo(
            "binary_crossentropy",
            QT_TRANSLATE_NOOP("Catalog", "Binary cross-entropy"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "For yes/no answers from a single sigmoid unit: punishes confident wrong answers "
                "hard.",
            ),
            labels="binary",
        ),
        LossInfo(
            "mean_squared_error",
            QT_TRANSLATE_NOOP("Catalog", "Mean squared error"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The average of the squared differences between the output and the target; "
                "big mistakes count much more than small ones.",
            ),
        ),
        LossInfo(
            "mean_absolute_error",
            QT_TRANSLATE_NOOP("Catalog", "Mean absolute error"),
            QT_TRANSLATE_NOOP(
                "Catalog", "The average size of the differences between the output and the target."
            ),
        ),
        LossInfo(
            "hinge",
            QT_TRANSLATE_NOOP("Catalog", "Hinge"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The loss of support vector machines: it only cares whether the answer is on "
                "the right side of the boundary by a safe margin.",
            ),
        ),
    )
}

# --- metrics -------------------------------------------------------------------------------

METRICS: dict[str, Choice] = {
    c.name: c
    for c in (
        Choice(
            "accuracy",
            QT_TRANSLATE_NOOP("Catalog", "Accuracy"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The share of examples the network gets right; Keras picks the right way to "
                "count it for the loss you chose.",
            ),
        ),
        Choice(
            "binary_accuracy",
            QT_TRANSLATE_NOOP("Catalog", "Binary accuracy"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The share of yes/no answers that are right, counting an output above 0.5 as "
                "'yes'.",
            ),
        ),
        Choice(
            "categorical_accuracy",
            QT_TRANSLATE_NOOP("Catalog", "Categorical accuracy"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The share of examples whose biggest output is the right class (one-hot labels).",
            ),
        ),
        Choice(
            "sparse_categorical_accuracy",
            QT_TRANSLATE_NOOP("Catalog", "Sparse categorical accuracy"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The share of examples whose biggest output is the right class (class-number "
                "labels).",
            ),
        ),
        Choice(
            "mean_squared_error",
            QT_TRANSLATE_NOOP("Catalog", "Mean squared error"),
            QT_TRANSLATE_NOOP(
                "Catalog", "The average squared difference between output and target."
            ),
        ),
        Choice(
            "mean_absolute_error",
            QT_TRANSLATE_NOOP("Catalog", "Mean absolute error"),
            QT_TRANSLATE_NOOP(
                "Catalog", "The average size of the difference between output and target."
            ),
        ),
    )
}

# The metrics that only make sense with one label encoding.
METRIC_LABELS: dict[str, str] = {
    "categorical_accuracy": "onehot",
    "sparse_categorical_accuracy": "integer",
    "binary_accuracy": "binary",
}

# --- optimizers ------------------------------------------------------------------------------


def _lr(default: float) -> Param:
    return Param(
        "learning_rate",
        QT_TRANSLATE_NOOP("Catalog", "Learning rate"),
        "float",
        default,
        QT_TRANSLATE_NOOP(
            "Catalog",
            "How big a step the weights take at each update: too small learns slowly, too "
            "big overshoots and the loss jumps around or becomes NaN.",
        ),
        minimum=0.0,
        minimum_inclusive=False,
        maximum=10.0,
    )


_DECAY = Param(
    "decay",
    QT_TRANSLATE_NOOP("Catalog", "Learning-rate decay"),
    "float",
    0.0,
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Shrinks the learning rate a little after every batch: rate / (1 + decay x steps). "
        "0 keeps it constant.",
    ),
    minimum=0.0,
    maximum=1.0,
)


def _beta(name: str, label: str, default: float, help: str) -> Param:
    return Param(
        name,
        label,
        "float",
        default,
        help,
        minimum=0.0,
        maximum=1.0,
        maximum_inclusive=False,
    )


_EPSILON = Param(
    "epsilon",
    QT_TRANSLATE_NOOP("Catalog", "Epsilon"),
    "float",
    1e-7,
    QT_TRANSLATE_NOOP("Catalog", "A tiny number added to avoid dividing by zero."),
    minimum=0.0,
    minimum_inclusive=False,
    maximum=1.0,
)
_AVERAGE_GRADIENT_HELP = QT_TRANSLATE_NOOP(
    "Catalog", "How much of the average gradient is carried over from one step to the next."
)
_AVERAGE_SQUARED_GRADIENT_HELP = QT_TRANSLATE_NOOP(
    "Catalog",
    "How much of the average squared gradient is carried over from one step to the next.",
)
_BETA_1 = _beta("beta_1", QT_TRANSLATE_NOOP("Catalog", "Beta 1"), 0.9, _AVERAGE_GRADIENT_HELP)
_BETA_2 = _beta(
    "beta_2", QT_TRANSLATE_NOOP("Catalog", "Beta 2"), 0.999, _AVERAGE_SQUARED_GRADIENT_HELP
)

OPTIMIZERS: dict[str, OptimizerInfo] = {
    o.name: o
    for o in (
        OptimizerInfo(
            "sgd",
            QT_TRANSLATE_NOOP("Catalog", "SGD"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Stochastic gradient descent: after each batch, nudges every weight a small step "
                "downhill on the loss; momentum lets it keep rolling in a steady direction.",
            ),
            keras_class="SGD",
            params=(
                _lr(0.01),
                Param(
                    "momentum",
                    QT_TRANSLATE_NOOP("Catalog", "Momentum"),
                    "float",
                    0.0,
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "How much of the previous step is added to the next one, like a ball "
                        "rolling downhill; 0.9 is common.",
                    ),
                    minimum=0.0,
                    maximum=1.0,
                    maximum_inclusive=False,
                ),
                Param(
                    "nesterov",
                    QT_TRANSLATE_NOOP("Catalog", "Nesterov"),
                    "bool",
                    False,
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "Looks ahead along the momentum before measuring the slope, which often "
                        "steadies training.",
                    ),
                ),
                _DECAY,
            ),
        ),
        OptimizerInfo(
            "adam",
            QT_TRANSLATE_NOOP("Catalog", "Adam"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Gives every weight its own step size, from running averages of its gradients; "
                "works well out of the box and is the usual first choice.",
            ),
            keras_class="Adam",
            params=(_lr(0.001), _BETA_1, _BETA_2, _EPSILON, _DECAY),
        ),
        OptimizerInfo(
            "adamw",
            QT_TRANSLATE_NOOP("Catalog", "AdamW"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Adam plus weight decay: it also pulls every weight gently towards 0, which "
                "helps against overfitting.",
            ),
            keras_class="AdamW",
            params=(
                _lr(0.001),
                Param(
                    "weight_decay",
                    QT_TRANSLATE_NOOP("Catalog", "Weight decay"),
                    "float",
                    0.004,
                    QT_TRANSLATE_NOOP(
                        "Catalog", "How strongly the weights are pulled towards 0 at each step."
                    ),
                    minimum=0.0,
                    maximum=1.0,
                ),
                _BETA_1,
                _BETA_2,
                _EPSILON,
                _DECAY,
            ),
        ),
        OptimizerInfo(
            "rmsprop",
            QT_TRANSLATE_NOOP("Catalog", "RMSprop"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Divides each step by a running average of recent gradient sizes, so weights "
                "with big gradients take smaller steps.",
            ),
            keras_class="RMSprop",
            params=(
                _lr(0.001),
                _beta(
                    "rho", QT_TRANSLATE_NOOP("Catalog", "Rho"), 0.9, _AVERAGE_SQUARED_GRADIENT_HELP
                ),
                Param(
                    "momentum",
                    QT_TRANSLATE_NOOP("Catalog", "Momentum"),
                    "float",
                    0.0,
                    QT_TRANSLATE_NOOP(
                        "Catalog", "How much of the previous step is added to the next one."
                    ),
                    minimum=0.0,
                    maximum=1.0,
                    maximum_inclusive=False,
                ),
                _EPSILON,
                _DECAY,
            ),
        ),
        OptimizerInfo(
            "adagrad",
            QT_TRANSLATE_NOOP("Catalog", "Adagrad"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Gives weights that have already moved a lot smaller and smaller steps; good "
                "for rare features, but it can slow to a stop.",
            ),
            keras_class="Adagrad",
            params=(
                _lr(0.001),
                Param(
                    "initial_accumulator_value",
                    QT_TRANSLATE_NOOP("Catalog", "Initial accumulator"),
                    "float",
                    0.1,
                    QT_TRANSLATE_NOOP(
                        "Catalog", "The starting value of the running sum of squared gradients."
                    ),
                    minimum=0.0,
                    maximum=10.0,
                ),
                _EPSILON,
                _DECAY,
            ),
        ),
        OptimizerInfo(
            "adamax",
            QT_TRANSLATE_NOOP("Catalog", "Adamax"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A variant of Adam that scales steps by the largest recent gradient instead "
                "of the average.",
            ),
            keras_class="Adamax",
            params=(_lr(0.001), _BETA_1, _BETA_2, _EPSILON, _DECAY),
        ),
        OptimizerInfo(
            "nadam",
            QT_TRANSLATE_NOOP("Catalog", "Nadam"),
            QT_TRANSLATE_NOOP("Catalog", "Adam with Nesterov's look-ahead momentum."),
            keras_class="Nadam",
            params=(_lr(0.001), _BETA_1, _BETA_2, _EPSILON, _DECAY),
        ),
    )
}

# --- data ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DatasetInfo(Choice):
    # Shape of one example as loaded, before any flattening.
    feature_shape: tuple[int, ...] | None = None
    # Number of classes, or None when it depends on the file.
    num_classes: int | None = None
    # Names of the classes, when fixed.
    class_names: tuple[str, ...] = ()
    # Whether a file path is needed ("required"), allowed ("optional") or not used ("none").
    path: str = "none"
    # True when the examples are 28x28 grey pictures.
    images: bool = False
    # At most how many examples there are to train on (None: it depends on the file).
    train_examples: int | None = None


DATASETS: dict[str, DatasetInfo] = {
    d.name: d
    for d in (
        DatasetInfo(
            "mnist",
            QT_TRANSLATE_NOOP("Catalog", "MNIST handwritten digits"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "70,000 pictures of handwritten digits, 28 by 28 grey pixels each, labelled 0 "
                "to 9: 60,000 to learn from and 10,000 to test on.",
            ),
            feature_shape=(28, 28),
            num_classes=10,
            class_names=tuple(str(i) for i in range(10)),
            path="optional",
            images=True,
            train_examples=60_000,
        ),
        DatasetInfo(
            "xor",
            QT_TRANSLATE_NOOP("Catalog", "XOR truth table"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Four rows, two inputs each: the answer is 1 when exactly one input is 1 "
                "(old or young customer, middle or high income), a problem no straight line "
                "can separate.",
            ),
            feature_shape=(2,),
            num_classes=2,
            class_names=("0", "1"),
            train_examples=4,
        ),
        DatasetInfo(
            "features8",
            QT_TRANSLATE_NOOP("Catalog", "8 features, 4 classes (generated)"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "1,000 generated examples with 8 numeric features each, in 4 overlapping "
                "clusters, one per class; the same every time.",
            ),
            feature_shape=(8,),
            num_classes=4,
            class_names=("0", "1", "2", "3"),
            train_examples=1000,
        ),
        DatasetInfo(
            "csv",
            QT_TRANSLATE_NOOP("Catalog", "Your own CSV file"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A table of numbers with a header row; one column holds the label, the others "
                "are the features.",
            ),
            path="required",
        ),
    )
}

PREPROCESSING: dict[str, Choice] = {
    c.name: c
    for c in (
        Choice(
            "none",
            QT_TRANSLATE_NOOP("Catalog", "None"),
            QT_TRANSLATE_NOOP("Catalog", "Use the numbers exactly as they are in the file."),
        ),
        Choice(
            "scale01",
            QT_TRANSLATE_NOOP("Catalog", "Scale to 0..1"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Divide by the largest value in the training data (255 for pixels), so every "
                "input lies between 0 and 1.",
            ),
        ),
        Choice(
            "minus1to1",
            QT_TRANSLATE_NOOP("Catalog", "Scale to -1..1"),
            QT_TRANSLATE_NOOP("Catalog", "Stretch the training data's range onto -1 to 1."),
        ),
        Choice(
            "center",
            QT_TRANSLATE_NOOP("Catalog", "Centre, divide by overall spread"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Subtract each feature's training mean and divide by the spread of all the "
                "training numbers together (the classic way for pixels).",
            ),
        ),
        Choice(
            "standardize",
            QT_TRANSLATE_NOOP("Catalog", "Standardise each feature"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Give each feature a training mean of 0 and spread of 1 (the classic way for "
                "table columns of different sizes).",
            ),
        ),
    )
}


# --- training settings --------------------------------------------------------------------

TRAINING_PARAMS: dict[str, Param] = {
    p.name: p
    for p in (
        Param(
            "epochs",
            QT_TRANSLATE_NOOP("Catalog", "Epochs"),
            "int",
            5,
            QT_TRANSLATE_NOOP(
                "Catalog", "How many times the network works through the whole training set."
            ),
            minimum=1,
            maximum=100_000,
        ),
        Param(
            "batch_size",
            QT_TRANSLATE_NOOP("Catalog", "Batch size"),
            "int",
            32,
            QT_TRANSLATE_NOOP(
                "Catalog",
                "How many examples the network looks at before each update of its weights.",
            ),
            minimum=1,
            maximum=1_000_000,
        ),
        Param(
            "seed",
            QT_TRANSLATE_NOOP("Catalog", "Random seed"),
            "int",
            42,
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Fixes the random starting weights and shuffling, so a run can be repeated "
                "exactly.",
            ),
            minimum=0,
            maximum=2**31 - 1,
        ),
        Param(
            "shuffle",
            QT_TRANSLATE_NOOP("Catalog", "Shuffle"),
            "bool",
            True,
            QT_TRANSLATE_NOOP(
                "Catalog", "Mix up the order of the training examples before every epoch."
            ),
        ),
    )
}

DATA_PARAMS: dict[str, Param] = {
    p.name: p
    for p in (
        Param(
            "validation_split",
            QT_TRANSLATE_NOOP("Catalog", "Validation share"),
            "float",
            0.0,
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The share of the training data held back to check the network on examples it "
                "does not learn from, after every epoch.",
            ),
            minimum=0.0,
            maximum=1.0,
            maximum_inclusive=False,
        ),
        Param(
            "test_fraction",
            QT_TRANSLATE_NOOP("Catalog", "Test share"),
            "float",
            0.2,
            QT_TRANSLATE_NOOP(
                "Catalog",
                "For data without a separate test set: the share of rows kept aside for the "
                "final test.",
            ),
            minimum=0.0,
            maximum=1.0,
            maximum_inclusive=False,
        ),
        Param(
            "train_limit",
            QT_TRANSLATE_NOOP("Catalog", "Training examples"),
            "int",
            0,
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Use only this many training examples (0 uses them all); handy for a quick try.",
            ),
            minimum=0,
            maximum=10_000_000,
        ),
        Param(
            "test_limit",
            QT_TRANSLATE_NOOP("Catalog", "Test examples"),
            "int",
            0,
            QT_TRANSLATE_NOOP("Catalog", "Use only this many test examples (0 uses them all)."),
            minimum=0,
            maximum=10_000_000,
        ),
        Param(
            "flatten",
            QT_TRANSLATE_NOOP("Catalog", "Flatten inputs"),
            "bool",
            False,
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Lay each example out as one long row while loading (784 numbers for a digit) "
                "instead of with a Flatten layer.",
            ),
        ),
        Param(
            "skip_missing",
            QT_TRANSLATE_NOOP("Catalog", "Skip rows with missing values"),
            "bool",
            False,
            QT_TRANSLATE_NOOP(
                "Catalog",
                "For a CSV file: leave out every row with an empty cell (or NA, N/A, NaN, null "
                "or ?) instead of refusing the file; the data's description says how many.",
            ),
        ),
    )
}


def choice_label(table: Mapping[str, Any], name: str) -> str:
    entry = table.get(name)
    return entry.label if entry is not None else name


def in_sentence(label: str) -> str:
    """A label as it reads inside a sentence: "Learning rate" becomes "learning rate", except
    in German, whose nouns keep their capital letter ("Lernrate")."""
    return label if current_language() == "de" else label.lower()


# --- advice: what the analysis warns a student about ---------------------------------------


@dataclass(frozen=True)
class AdviceRule:
    """A network that builds and trains, but probably not as the student hopes."""

    name: str
    # A few words, for a list.
    title_source: str
    # Why it matters.
    why_source: str
    # What to try instead.
    try_this_source: str

    @property
    def title(self) -> str:
        return _translated(CONTEXT, self.title_source)

    @property
    def why(self) -> str:
        return _translated(CONTEXT, self.why_source)

    @property
    def try_this(self) -> str:
        return _translated(CONTEXT, self.try_this_source)


ADVICE: dict[str, AdviceRule] = {
    r.name: r
    for r in (
        AdviceRule(
            "linear-stack",
            QT_TRANSLATE_NOOP("Catalog", "Layers with no activation between them"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Two layers in a row with no activation between them work exactly like one layer: "
                "together they can still only draw straight lines, so they cannot learn XOR.",
            ),
            QT_TRANSLATE_NOOP("Catalog", "Give the first of them an activation such as ReLU."),
        ),
        AdviceRule(
            "after-output",
            QT_TRANSLATE_NOOP("Catalog", "A layer after the output"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The output layer's answers are what the loss scores; Dropout or batch "
                "normalization after it changes those answers at random or shifts them, so they "
                "are no longer probabilities.",
            ),
            QT_TRANSLATE_NOOP("Catalog", "Move it before the output layer."),
        ),
        AdviceRule(
            "learning-rate",
            QT_TRANSLATE_NOOP("Catalog", "An unusual learning rate"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Too large a learning rate makes each step jump past the best weights, so the loss "
                "jumps about or becomes NaN; too small a one makes training crawl.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Start from the optimizer's usual value (shown as its default) and change it by "
                "factors of 10.",
            ),
        ),
        AdviceRule(
            "more-weights-than-examples",
            QT_TRANSLATE_NOOP("Catalog", "Far more weights than examples"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "With many more weights to learn than examples to learn from, a network can "
                "memorise the training examples instead of learning what they have in common.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Use fewer neurons, more data, or Dropout, and hold back some examples for "
                "validation to see whether it memorises.",
            ),
        ),
        AdviceRule(
            "no-validation",
            QT_TRANSLATE_NOOP("Catalog", "Many epochs and nothing held back"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "After many epochs a network starts memorising its training examples; only "
                "examples held back for validation show when that begins.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog", "Set the validation share to 0.1 and watch the validation loss."
            ),
        ),
        AdviceRule(
            "deep-saturating",
            QT_TRANSLATE_NOOP("Catalog", "A deep stack of sigmoid or tanh layers"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Sigmoid and tanh flatten out for large inputs, and each layer makes the signal "
                "that trains the early layers smaller: deep stacks of them learn very slowly.",
            ),
            QT_TRANSLATE_NOOP("Catalog", "Use ReLU in the hidden layers."),
        ),
        AdviceRule(
            "unscaled-pixels",
            QT_TRANSLATE_NOOP("Catalog", "Pixels from 0 to 255"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Inputs in the hundreds make the first layer's sums huge, so training starts badly "
                "and needs a tiny learning rate.",
            ),
            QT_TRANSLATE_NOOP("Catalog", "Choose the preprocessing 'Scale to 0..1'."),
        ),
        AdviceRule(
            "dense-on-picture",
            QT_TRANSLATE_NOOP("Catalog", "A Dense layer on a picture"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A Dense layer works along the last axis only: on a 28x28 picture it looks at each "
                "row of 28 pixels on its own, never at the whole digit.",
            ),
            QT_TRANSLATE_NOOP("Catalog", "Put a Flatten layer before it."),
        ),
        AdviceRule(
            "equal-start",
            QT_TRANSLATE_NOOP("Catalog", "Weights that all start the same"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Neurons that start with the same weights get the same updates, so they stay "
                "the same and the layer learns as if it had one neuron.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog", "Use a random initializer such as Glorot uniform (the default)."
            ),
        ),
        AdviceRule(
            "huge-layer",
            QT_TRANSLATE_NOOP("Catalog", "A very large layer"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A layer with millions of weights takes much memory and time to train, and rarely "
                "helps a small dataset.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog", "Shrink the picture first (pooling) or use fewer neurons."
            ),
        ),
        AdviceRule(
            "tiny-batches",
            QT_TRANSLATE_NOOP("Catalog", "Batches of one example"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "One example per step makes every epoch as many steps as examples: slow, and a "
                "noisy loss.",
            ),
            QT_TRANSLATE_NOOP("Catalog", "Use a batch size of 32."),
        ),
        AdviceRule(
            "distance-loss-for-classes",
            QT_TRANSLATE_NOOP("Catalog", "A distance loss for classes"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Mean squared or absolute error measure how far numbers are apart; for choosing "
                "a class, cross-entropy learns much faster.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Use categorical cross-entropy with softmax (or binary cross-entropy with one "
                "sigmoid unit).",
            ),
        ),
        AdviceRule(
            "xor-one-line",
            QT_TRANSLATE_NOOP("Catalog", "XOR with no hidden layer"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "One layer can only separate the classes with a straight line, and no straight "
                "line separates XOR's two classes.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Add a hidden Dense layer with ReLU before the output, as the XOR template has.",
            ),
        ),
        AdviceRule(
            "heavy-dropout",
            QT_TRANSLATE_NOOP("Catalog", "Dropout that drops most of the signal"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Dropping most neurons at every step leaves too little for the next layer to "
                "learn from.",
            ),
            QT_TRANSLATE_NOOP("Catalog", "Use a rate between 0.1 and 0.5."),
        ),
    )
}
