"""Importing networks: nnstudio's own exports come back the same (templates and hundreds of
generated projects), Keras scripts, notebooks and .keras files become projects, and what
cannot be imported is listed, with nothing imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from nnstudio.cli import run
from nnstudio.core import catalog, project_file
from nnstudio.core.compare import settings_of
from nnstudio.core.spec import CompileSpec, DataSpec, LayerSpec, Project, TrainSpec
from nnstudio.core.templates import TEMPLATES, from_template
from nnstudio.core.validate import validate
from nnstudio.data import describe
from nnstudio.export import notebook, script
from nnstudio.export.importer import ImportError_, from_python, import_file


def same_project(a: Project, b: Project) -> None:
    assert settings_of(a) == settings_of(b)
    assert (a.name, a.description, a.template) == (b.name, b.description, b.template)


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_every_template_exported_and_imported_is_the_same(name: str, tmp_path: Path) -> None:
    project = from_template(name)
    for suffix, text in ((".py", script(project)), (".ipynb", notebook(project))):
        path = tmp_path / f"net{suffix}"
        path.write_text(text)
        imported = import_file(path)
        same_project(project, imported.project)
        assert imported.notes == []


# --- hundreds of generated projects -------------------------------------------------------

L = LayerSpec.new
ACTIVATIONS = [a for a in catalog.ACTIVATIONS if a != "softmax"]
INITIALIZERS = list(catalog.INITIALIZERS)


@st.composite
def hidden_dense(draw: st.DrawFn) -> LayerSpec:
    return L(
        "Dense",
        units=draw(st.integers(1, 64)),
        activation=draw(st.sampled_from(ACTIVATIONS)),
        use_bias=draw(st.booleans()),
        kernel_initializer=draw(st.sampled_from(INITIALIZERS)),
        bias_initializer=draw(st.sampled_from(INITIALIZERS)),
    )


@st.composite
def between(draw: st.DrawFn) -> LayerSpec:
    kind = draw(st.sampled_from(["Dropout", "BatchNormalization", "Activation"]))
    if kind == "Dropout":
        return L("Dropout", rate=draw(st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.75])))
    if kind == "BatchNormalization":
        return L(
            "BatchNormalization",
            momentum=draw(st.sampled_from([0.9, 0.99, 0.5])),
            epsilon=draw(st.sampled_from([0.001, 1e-05])),
        )
    return L("Activation", activation=draw(st.sampled_from(ACTIVATIONS)))


@st.composite
def optimizers(draw: st.DrawFn) -> CompileSpec:
    name = draw(st.sampled_from(list(catalog.OPTIMIZERS)))
    spec = CompileSpec.new("categorical_crossentropy", name)
    for p in catalog.OPTIMIZERS[name].params:
        if p.type == "float" and draw(st.booleans()):
            low = p.minimum if p.minimum is not None and p.minimum_inclusive else 1e-6
            high = min(p.maximum if p.maximum is not None else 1.0, 1.0)
            if p.maximum is not None and not p.maximum_inclusive:
                high = high * 0.99
            spec.optimizer_params[p.name] = draw(
                st.floats(low, high, allow_nan=False).map(lambda v: float(f"{v:.6g}"))
            )
        elif p.type == "bool":
            spec.optimizer_params[p.name] = draw(st.booleans())
    return spec


@st.composite
def projects(draw: st.DrawFn) -> Project:
    dataset = draw(st.sampled_from(["xor", "features8", "mnist", "mnist-flat", "mnist-conv"]))
    data = DataSpec(
        preprocessing=draw(st.sampled_from(list(catalog.PREPROCESSING))),
        validation_split=draw(st.sampled_from([0.0, 0.1, 0.25])),
        train_limit=draw(st.sampled_from([0, 100, 2000])),
        test_limit=draw(st.sampled_from([0, 50])),
    )
    if dataset == "xor":
        data.dataset, data.test_fraction, data.validation_split = "xor", 0.0, 0.0
        data.train_limit = data.test_limit = 0
        layers, classes = [L("Input", shape=(2,))], 2
    elif dataset == "features8":
        data.dataset, data.test_fraction = "features8", draw(st.sampled_from([0.2, 0.3]))
        layers, classes = [L("Input", shape=(8,))], 4
    elif dataset == "mnist-flat":
        data.dataset, data.flatten = "mnist", True
        layers, classes = [L("Input", shape=(784,))], 10
    elif dataset == "mnist-conv":
        data.dataset = "mnist"
        layers = [
            L("Input", shape=(28, 28)),
            L("Reshape", target_shape=(28, 28, 1)),
            L(
                "Conv2D",
                filters=draw(st.integers(1, 16)),
                kernel_size=draw(st.sampled_from([3, 5])),
                strides=draw(st.sampled_from([1, 2])),
                padding=draw(st.sampled_from(["valid", "same"])),
                activation=draw(st.sampled_from(ACTIVATIONS)),
            ),
            L("MaxPooling2D", pool_size=2),
            L("Flatten"),
        ]
        classes = 10
    else:
        data.dataset = "mnist"
        layers, classes = [L("Input", shape=(28, 28)), L("Flatten")], 10
    for _ in range(draw(st.integers(0, 3))):
        layers.append(draw(hidden_dense()))
        if draw(st.integers(0, 3)) == 0:
            layers.append(draw(between()))
    compile_spec = draw(optimizers())
    binary = dataset == "xor" and draw(st.booleans())
    if binary:
        layers.append(L("Dense", units=1, activation="sigmoid"))
        compile_spec.loss = draw(st.sampled_from(["binary_crossentropy", "mean_squared_error"]))
        compile_spec.metrics = ["binary_accuracy"]
    else:
        layers.append(L("Dense", units=classes, activation="softmax"))
        compile_spec.loss = draw(
            st.sampled_from(["categorical_crossentropy", "sparse_categorical_crossentropy"])
        )
    if draw(st.integers(0, 4)) == 0:
        layers[-1].name = "answer"
    project = Project(
        name=draw(st.sampled_from(["Mine", "Test 2", "Ünïcode ✓", 'quote "x"'])),
        description=draw(st.sampled_from(["", "A network.\nTwo lines."])),
        layers=layers,
        compile=compile_spec,
        data=data,
        train=TrainSpec(
            epochs=draw(st.integers(1, 500)),
            batch_size=draw(st.integers(1, 512)),
            seed=draw(st.integers(0, 10_000)),
            shuffle=draw(st.booleans()),
        ),
    )
    return project


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(projects())
def test_generated_projects_exported_and_imported_are_the_same(project: Project) -> None:
    report = validate(project, describe(project.data, None))
    assume(report.ok)
    same_project(project, from_python(script(project), "net.py").project)


# --- scripts and notebooks written by people ------------------------------------------------


def test_a_tutorial_style_script_with_old_spellings() -> None:
    text = """
import tensorflow as tf
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense, Dropout

model = Sequential()
model.add(Dense(64, input_dim=8, activation=tf.nn.relu))
model.add(Dropout(0.5))
model.add(Dense(4, activation="softmax"))
model.compile(optimizer=tf.keras.optimizers.SGD(lr=0.01, momentum=0.9),
              loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(x, y, epochs=20, batch_size=16, validation_split=0.2)
"""
    imported = from_python(text, "tutorial.py")
    p = imported.project
    assert [(x.kind, x.params.get("units")) for x in p.layers] == [
        ("Input", None), ("Dense", 64), ("Dropout", None), ("Dense", 4)
    ]  # fmt: skip
    assert p.layers[0].params["shape"] == (8,) and p.layers[2].params["rate"] == 0.5
    assert (p.compile.optimizer, p.compile.optimizer_params["learning_rate"]) == ("sgd", 0.01)
    assert p.compile.optimizer_params["momentum"] == 0.9
    assert (p.train.epochs, p.train.batch_size, p.data.validation_split) == (20, 16, 0.2)
    assert "choose your CSV file" in imported.notes[0]


def test_a_functional_chain_and_a_notebook_with_shell_lines(tmp_path: Path) -> None:
    code = [
        "!pip install keras\n",
        "import keras\nfrom keras import layers\n",
        "inputs = keras.Input(shape=(28, 28))\nx = layers.Flatten()(inputs)\n"
        "x = layers.Dense(128, activation='relu')(x)\n"
        "outputs = layers.Dense(10, activation='softmax')(x)\n"
        "model = keras.Model(inputs, outputs)\n"
        "model.compile(optimizer='adam', loss='sparse_categorical_crossentropy',"
        " metrics=['accuracy'])\nmodel.fit(x_train, y_train, epochs=10)\n",
    ]
    doc = {"cells": [{"cell_type": "code", "source": c} for c in code], "metadata": {}}
    path = tmp_path / "digits.ipynb"
    path.write_text(json.dumps(doc))
    imported = import_file(path)
    template = from_template("mnist-128")
    assert settings_of(imported.project)["layers"] == settings_of(template)["layers"]
    assert settings_of(imported.project)["compile"] == settings_of(template)["compile"]
    assert imported.project.data.dataset == "mnist" and "MNIST is chosen" in imported.notes[0]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "import keras\nmodel = keras.Sequential()\nfor n in [64, 32]:\n"
            "    model.add(keras.layers.Dense(n))\n",
            ["line 4: this layer is added in a loop"],
        ),
        (
            "import keras\nmodel = keras.Sequential([keras.layers.Dense(int('8'), input_dim=2),"
            " keras.layers.Lambda(lambda t: t)])\n",
            [
                "line 2: expected a written-out value, found a computed one (int('8'))",
                "line 2: a Lambda layer runs code of its own",
            ],
        ),
        (
            "import keras\nmodel = keras.Sequential([keras.Input(shape=(9,)),"
            " keras.layers.Conv1D(4, 3)])\n",
            ["nnstudio has no layer Conv1D"],
        ),
        (
            "import keras\na = keras.Input(shape=(2,))\nb = keras.Input(shape=(2,))\n"
            "x = keras.layers.Dense(3)(c)\nmodel = keras.Model([a, b], x)\n",
            ["line 4: this layer takes c, which is not a chain from keras.Input"],
        ),
        ("print('hello')\n", ["no Keras model found"]),
        ("def broken(:\n", ["is not valid Python: line 1"]),
        (
            "import keras\nmodel = keras.Sequential([keras.Input(shape=(4,)),"
            " keras.layers.Dense(3, kernel_regularizer='l2')])\n"
            "model.compile(optimizer='adam', loss='poisson')\n",
            ["has no setting kernel_regularizer='l2'", "nnstudio has no loss 'poisson'"],
        ),
    ],
)
def test_what_cannot_be_imported_is_listed_naming_the_line(text: str, sentences: list[str]) -> None:
    with pytest.raises(ImportError_) as info:
        from_python(text, "mine.py")
    joined = "\n".join(info.value.problems)
    for sentence in sentences:
        assert sentence in joined, joined
    assert all(p.startswith("mine.py") for p in info.value.problems)


# --- .keras files -------------------------------------------------------------------------


def test_a_keras_file_s_config_becomes_a_project_and_custom_code_is_refused(
    tmp_path: Path,
) -> None:
    import keras

    model = keras.Sequential(
        [
            keras.Input(shape=(28, 28)),
            keras.layers.Flatten(),
            keras.layers.Dense(64, activation="tanh", kernel_initializer="he_normal"),
            keras.layers.Dropout(0.3),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.002),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    model.save(tmp_path / "net.keras")
    imported = import_file(tmp_path / "net.keras")
    p = imported.project
    assert [x.kind for x in p.layers] == ["Input", "Flatten", "Dense", "Dropout", "Dense"]
    assert p.layers[2].params["kernel_initializer"] == "he_normal"
    assert p.layers[2].params["activation"] == "tanh" and p.layers[3].params["rate"] == 0.3
    assert all(layer.name == "" for layer in p.layers)  # Keras's made-up names
    assert p.compile.optimizer_params["learning_rate"] == 0.002  # not 0.0020000000949...
    assert validate(p, describe(p.data, None)).ok
    assert imported.weights == tmp_path / "net.keras"  # trained weights, loaded on request

    lam = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Lambda(lambda t: t * 2)])
    lam.save(tmp_path / "lambda.keras")
    with pytest.raises(ImportError_, match="custom code"):
        import_file(tmp_path / "lambda.keras")
    (tmp_path / "fake.keras").write_text("not a zip")
    with pytest.raises(ImportError_, match="expected a zip archive"):
        import_file(tmp_path / "fake.keras")


# --- the command ----------------------------------------------------------------------------


def test_import_writes_a_project_or_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "xor.py"
    good.write_text(script(from_template("xor")))
    out = tmp_path / "xor.nnproj"
    assert run(["import", str(good), "-o", str(out)]) == 0
    same_project(project_file.load(out), from_template("xor"))
    assert run(["import", str(good), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    bad = tmp_path / "loop.py"
    bad.write_text(
        "import keras\nm = keras.Sequential()\nwhile True:\n    m.add(keras.layers.Dense(2))\n"
    )
    assert run(["import", str(bad), "-o", str(tmp_path / "loop.nnproj")]) == 2
    err = capsys.readouterr().err
    assert "nothing imported; 1 problem" in err and "line 4" in err
    assert not (tmp_path / "loop.nnproj").exists()
    (tmp_path / "notes.txt").write_text("x")
    assert run(["import", str(tmp_path / "notes.txt"), "-o", str(tmp_path / "n.nnproj")]) == 2
    assert "expected a .keras file, a Python script (.py) or a notebook" in capsys.readouterr().err


def test_a_keras_file_s_weights_travel_with_the_imported_project(
    tmp_path: Path, mnist_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import keras

    from nnstudio.training.restore import restore, saved_model_path

    model = keras.Sequential(
        [keras.Input(shape=(28, 28)), keras.layers.Flatten(),
         keras.layers.Dense(10, activation="softmax")]
    )  # fmt: skip
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    import numpy as np

    model.fit(np.zeros((4, 28, 28)), np.zeros(4), epochs=1, verbose=0)  # trained, a little
    model.save(tmp_path / "trained.keras")
    out = tmp_path / "class" / "mine.nnproj"
    out.parent.mkdir()
    assert run(["import", str(tmp_path / "trained.keras"), "-o", str(out)]) == 0
    assert "Its trained weights are kept beside the project (mine.keras)" in capsys.readouterr().out
    project = project_file.load(out)
    project.data.path, project.data.test_limit = str(mnist_path), 200
    path = saved_model_path(project, out.parent)
    assert path == out.parent / "mine.keras"
    restored = restore(project, out.parent, path)
    assert restored.evaluation is not None and len(restored.evaluation.labels) == 200
