"""The five built-in networks, each as its tutorial built it, in today's Keras."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.core.spec import CompileSpec, DataSpec, LayerSpec, Project, TrainSpec

Templates = Context("Templates")

L = LayerSpec.new


@dataclass(frozen=True)
class Template:
    name: str
    # In English, marked with ``QT_TRANSLATE_NOOP("Templates", …)``; ``summary`` translates it.
    summary_source: str
    # What the tutorial reported, for the record and for the tests that check it.
    reported: str
    make: Callable[[], Project]

    @property
    def summary(self) -> str:
        return translate(Templates.name, self.summary_source)


def _mnist_128() -> Project:
    return Project(
        #: The name of a project made from this template; it also suggests its file name.
        name=Templates.tr("MNIST, 128 hidden neurons"),
        description=Templates.tr(
            "The three-layer network: each 28x28 digit is flattened to 784 inputs, one hidden "
            "layer of 128 ReLU neurons, and 10 softmax outputs, one per digit."
        ),
        layers=[
            L("Input", shape=(28, 28)),
            L("Flatten"),
            L("Dense", units=128, activation="relu"),
            L("Dense", units=10, activation="softmax"),
        ],
        compile=CompileSpec.new("sparse_categorical_crossentropy", "adam", ["accuracy"]),
        data=DataSpec(dataset="mnist", preprocessing="scale01"),
        train=TrainSpec(epochs=10, batch_size=32, seed=42),
    )


def _mnist_512() -> Project:
    return Project(
        name=Templates.tr("MNIST, 512 hidden neurons"),
        description=Templates.tr(
            "Pixels scaled to 0..1 and laid out as 784 numbers, one hidden layer of 512 ReLU "
            "neurons, 10 softmax outputs, one-hot labels and categorical cross-entropy; "
            "5 epochs."
        ),
        layers=[
            L("Input", shape=(784,)),
            L("Dense", units=512, activation="relu"),
            L("Dense", units=10, activation="softmax"),
        ],
        compile=CompileSpec.new("categorical_crossentropy", "adam", ["accuracy"]),
        data=DataSpec(dataset="mnist", preprocessing="scale01", flatten=True),
        train=TrainSpec(epochs=5, batch_size=128, seed=42),
    )


def _mnist_tanh_sgd() -> Project:
    return Project(
        name=Templates.tr("MNIST, two tanh layers, SGD"),
        description=Templates.tr(
            "784 mean-centred inputs, two hidden layers of 50 tanh neurons with Glorot "
            "initialisation, 10 softmax outputs, trained by SGD with momentum 0.9 and a tiny "
            "learning-rate decay, batches of 64, 10% of the training data held back for "
            "validation."
        ),
        layers=[
            L("Input", shape=(784,)),
            L("Dense", units=50, activation="tanh", kernel_initializer="glorot_uniform"),
            L("Dense", units=50, activation="tanh", kernel_initializer="glorot_uniform"),
            L("Dense", units=10, activation="softmax", kernel_initializer="glorot_uniform"),
        ],
        compile=CompileSpec.new(
            "categorical_crossentropy",
            "sgd",
            ["accuracy"],
            learning_rate=0.001,
            momentum=0.9,
            decay=1e-7,
        ),
        data=DataSpec(dataset="mnist", preprocessing="center", flatten=True, validation_split=0.1),
        # The tutorial seeded numpy and TensorFlow with 123.
        train=TrainSpec(epochs=50, batch_size=64, seed=123),
    )


def _xor() -> Project:
    return Project(
        name="XOR",
        description=Templates.tr(
            "The loyal-customers example: two yes/no inputs (old or young, middle or high "
            "income), and the answer is 1 when exactly one of them is 1. 16 ReLU neurons "
            "and one sigmoid output learn what no straight line can."
        ),
        layers=[
            L("Input", shape=(2,)),
            L("Dense", units=16, activation="relu"),
            L("Dense", units=1, activation="sigmoid"),
        ],
        compile=CompileSpec.new("mean_squared_error", "adam", ["binary_accuracy"]),
        data=DataSpec(dataset="xor", preprocessing="none", test_fraction=0.0),
        train=TrainSpec(epochs=500, batch_size=4, seed=42),
    )


def _layers_8_6_6_4() -> Project:
    return Project(
        name="8-6-6-4",
        description=Templates.tr(
            "Eight inputs, two hidden layers of six ReLU neurons and four softmax outputs: "
            "the picture of a small network from the lesson on layers, trained on generated "
            "data with 8 features and 4 classes."
        ),
        layers=[
            L("Input", shape=(8,)),
            L("Dense", units=6, activation="relu"),
            L("Dense", units=6, activation="relu"),
            L("Dense", units=4, activation="softmax"),
        ],
        compile=CompileSpec.new("categorical_crossentropy", "adam", ["accuracy"]),
        data=DataSpec(dataset="features8", preprocessing="standardize", validation_split=0.1),
        train=TrainSpec(epochs=50, batch_size=32, seed=42),
    )


TEMPLATES: dict[str, Template] = {
    t.name: t
    for t in (
        Template(
            "mnist-128",
            QT_TRANSLATE_NOOP(
                "Templates",
                "MNIST digits: Flatten 28x28, Dense 128 ReLU, Dense 10 softmax (101,770 weights).",
            ),
            "about 97.5% test accuracy",
            _mnist_128,
        ),
        Template(
            "mnist-512",
            QT_TRANSLATE_NOOP(
                "Templates",
                "MNIST digits: 784 inputs, Dense 512 ReLU, Dense 10 softmax, Adam, 5 epochs.",
            ),
            "97.88% test accuracy",
            _mnist_512,
        ),
        Template(
            "mnist-tanh-sgd",
            QT_TRANSLATE_NOOP(
                "Templates",
                "MNIST digits: 784 centred inputs, two Dense 50 tanh layers, SGD with momentum.",
            ),
            "96.27% test accuracy",
            _mnist_tanh_sgd,
        ),
        Template(
            "xor",
            QT_TRANSLATE_NOOP(
                "Templates", "The XOR truth table: 2 inputs, Dense 16 ReLU, 1 sigmoid output."
            ),
            "100% accuracy on the four rows",
            _xor,
        ),
        Template(
            "layers-8-6-6-4",
            QT_TRANSLATE_NOOP(
                "Templates", "8 generated features, two Dense 6 ReLU layers, 4 softmax outputs."
            ),
            "a small network to look at",
            _layers_8_6_6_4,
        ),
    )
}

DEFAULT_TEMPLATE = "mnist-128"


def from_template(name: str) -> Project:
    """A fresh copy of the template called ``name``."""
    try:
        template = TEMPLATES[name]
    except KeyError:
        raise NNStudioError(
            Templates.tr("There is no template called {name}. Expected one of: {names}.").format(
                name=repr(name), names=", ".join(TEMPLATES)
            )
        ) from None
    project = template.make()
    project.template = name
    return project
