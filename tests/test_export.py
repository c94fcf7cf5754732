"""The code exporter: scripts and notebooks that build the app's model, load the app's data,
run on their own, are ruff-clean, and cannot be broken by anything a user types.

The generated code is checked with ruff in isolation from the repository's settings (which
ban module-level ``import keras``, right for nnstudio, wrong for a standalone script):
``ruff format --isolated --line-length 100`` and ``ruff check --isolated --select E,F,W,I``.
"""

from __future__ import annotations

import ast
import csv
import gzip
import importlib
import importlib.util
import inspect
import json
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest

from nnstudio import export
from nnstudio.core.errors import InvalidProjectError, NNStudioError
from nnstudio.core.labels import label_encoding
from nnstudio.core.spec import CompileSpec, DataSpec, LayerSpec, Project, TrainSpec
from nnstudio.core.templates import TEMPLATES, from_template
from nnstudio.core.validate import validate
from nnstudio.data import describe, encode_labels, load_dataset
from nnstudio.export import pyformat

L = LayerSpec.new

RUFF_FORMAT = ("format", "--isolated", "--no-cache", "--line-length", "100", "--check", "--diff")
RUFF_CHECK = (
    "check", "--isolated", "--no-cache", "--select", "E,F,W,I", "--line-length", "100",
    "--target-version", "py310", "--output-format", "concise",
)  # fmt: skip

# A script must run without nnstudio: any attempt to import it fails in these subprocesses.
RUN_WITHOUT_NNSTUDIO = (
    "import runpy, sys; sys.modules['nnstudio'] = None; sys.argv = sys.argv[1:]; "
    "runpy.run_path(sys.argv[0], run_name='__main__')"
)

HOSTILE = (
    'Evil """ name\n__import__("os").system("echo PWNED")\n"""\\'
    "\\N{BULLET} \\x00 \r\t\x00\u202e\u2028 ’quotes’ 数据 naïve e\u0301 🙂 "
    "<script>alert(1)</script> # not a comment '''"
)


# --- helpers -----------------------------------------------------------------------------


def ruff(*args: str, path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args, str(path)],
        capture_output=True,
        text=True,
        cwd=path.parent if path.is_file() else path,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def assert_ruff_clean(path: Path) -> None:
    ruff(*RUFF_FORMAT, path=path)
    ruff(*RUFF_CHECK, path=path)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


_loaded = 0


def import_script(path: Path) -> ModuleType:
    """Import an exported script as a module, without running its main()."""
    global _loaded
    _loaded += 1
    spec = importlib.util.spec_from_file_location(f"exported_{_loaded}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_script(path: Path, timeout: float = 120) -> str:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "KERAS_BACKEND": "tensorflow"}
    result = subprocess.run(
        [sys.executable, "-c", RUN_WITHOUT_NNSTUDIO, str(path)],
        capture_output=True,
        text=True,
        cwd=path.parent,
        env=env,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def encoded(project: Project, data: Any = None) -> tuple[tuple[Any, Any], tuple[Any, Any]]:
    """What the app trains on: the data layer's arrays, labels encoded as the engine does."""
    dataset = load_dataset(project.data)
    report = validate(project, data or describe(project.data))
    units = report.output_shape[0] if report.output_shape else None
    encoding = label_encoding(project.compile.loss, units)
    y_train = encode_labels(dataset.y_train, encoding, dataset.num_classes)
    y_test = encode_labels(dataset.y_test, encoding, dataset.num_classes)
    return (dataset.x_train, y_train), (dataset.x_test, y_test)


def assert_same_data(exported: Any, expected: Any) -> None:
    (xa, ya), (xta, yta) = exported
    (xb, yb), (xtb, ytb) = expected
    for a, b in ((xa, xb), (ya, yb), (xta, xtb), (yta, ytb)):
        assert a.dtype == b.dtype and a.shape == b.shape
        np.testing.assert_array_equal(a, b)


# --- projects ----------------------------------------------------------------------------


def conv_net() -> Project:
    return Project(
        name="Conv net",
        layers=[
            L("Input", shape=(28, 28)),
            L("Reshape", target_shape=(28, 28, 1)),
            L("Conv2D", filters=8, kernel_size=3, kernel_initializer="he_normal"),
            L("MaxPooling2D", pool_size=2),
            L("Conv2D", filters=4, kernel_size=5, strides=2, padding="same", use_bias=False),
            L("MaxPooling2D", pool_size=3, strides=1, padding="same"),
            L("BatchNormalization", momentum=0.9, epsilon=0.01),
            L("Flatten"),
            L("Dropout", rate=0.25),
            L("Dense", units=10, activation="softmax", name="digits"),
        ],
        compile=CompileSpec.new(
            "sparse_categorical_crossentropy", "rmsprop", learning_rate=0.002, rho=0.8
        ),
        data=DataSpec(dataset="mnist", preprocessing="minus1to1"),
    )


def recurrent_sgd_decay() -> Project:
    return Project(
        name="Rows as a sequence",
        layers=[
            L("Input", shape=(784,)),
            L("Reshape", target_shape=(28, -1)),
            L("SimpleRNN", units=8, return_sequences=True, name="rnn.1"),
            L("LSTM", units=6, recurrent_activation="tanh"),
            L("Dropout", rate=0.1),
            L("Dense", units=10, activation="softmax"),
        ],
        compile=CompileSpec.new(
            "categorical_crossentropy",
            "sgd",
            ["accuracy", "categorical_accuracy"],
            learning_rate=0.05,
            momentum=0.5,
            nesterov=True,
            decay=1e-4,
        ),
        data=DataSpec(dataset="mnist", flatten=True, preprocessing="center"),
        train=TrainSpec(seed=7),
    )


def csv_project(path: Path, label_column: str, **data: Any) -> Project:
    return Project(
        name="My table",
        layers=[L("Input"), L("Dense", units=5, activation="tanh"), L("Dense", units=3)],
        compile=CompileSpec.new("sparse_categorical_crossentropy", "adamw", weight_decay=0.01),
        data=DataSpec(dataset="csv", path=str(path), label_column=label_column, **data),
        train=TrainSpec(epochs=3, batch_size=8),
    )


PROJECTS = {
    **{name: lambda name=name: from_template(name) for name in TEMPLATES},
    "conv-net": conv_net,
    "recurrent-sgd-decay": recurrent_sgd_decay,
}


# --- the model is the app's model -------------------------------------------------------


@pytest.mark.parametrize("name", list(PROJECTS))
def test_exported_script_is_clean_and_builds_the_apps_model(name: str, tmp_path: Path) -> None:
    from nnstudio.training.build import build_model

    project = PROJECTS[name]()
    source = export.script(project)
    compile(source, f"{name}.py", "exec")
    path = write(tmp_path, "exported.py", source)
    assert_ruff_clean(path)
    assert "nnstudio" not in {n.split(".")[0] for n in imported_modules(source)}

    import keras

    # A fresh session for each, as the engine has: Keras numbers repeated optimizer names.
    keras.backend.clear_session()
    exported = import_script(path).build_model()
    keras.backend.clear_session()
    app = build_model(project)
    assert exported.get_config() == app.get_config()
    assert exported.count_params() == app.count_params()
    assert exported.optimizer.get_config() == app.optimizer.get_config()
    assert exported.get_compile_config() == app.get_compile_config()
    # Same seed, same starting weights.
    for ours, theirs in zip(exported.get_weights(), app.get_weights(), strict=True):
        np.testing.assert_array_equal(ours, theirs)


def test_sgd_decay_becomes_an_inverse_time_schedule(tmp_path: Path) -> None:
    source = export.script(recurrent_sgd_decay())
    assert "decay=" not in source.replace("decay_steps=", "").replace("decay_rate=", "")
    model = import_script(write(tmp_path, "sgd.py", source)).build_model()
    schedule = model.optimizer.get_config()["learning_rate"]
    assert schedule["class_name"] == "InverseTimeDecay"
    assert schedule["config"]["decay_rate"] == pytest.approx(1e-4)
    assert "lr=" not in source and "predict_classes" not in source


def imported_modules(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            names.add(node.module or "")
    return names


def test_the_script_uses_only_numpy_keras_and_the_standard_library() -> None:
    for make in PROJECTS.values():
        source = export.script(make())
        for name in imported_modules(source):
            top = name.split(".")[0]
            assert top in ("keras", "numpy", "tensorflow") or top in sys.stdlib_module_names, name
        # TensorFlow only where training is spread over several devices (--strategy).
        for node in ast.parse(source).body:
            if isinstance(node, ast.FunctionDef) and node.name not in STRATEGY_OWN:
                assert "tensorflow" not in imported_modules(ast.unparse(node)), node.name
            elif not isinstance(node, ast.FunctionDef):
                assert "tensorflow" not in imported_modules(ast.unparse(node))


def test_the_docstring_names_the_template_and_credits_mnist() -> None:
    doc = ast.get_docstring(ast.parse(export.script(from_template("mnist-128"))))
    assert doc is not None
    assert doc.startswith("MNIST, 128 hidden neurons: a Keras script exported from nnstudio.")
    assert 'template "mnist-128"' in doc
    assert "Yann LeCun and Corinna Cortes" in doc and "CC BY-SA 3.0" in doc
    xor_doc = ast.get_docstring(ast.parse(export.script(from_template("xor"))))
    assert xor_doc is not None and "MNIST" not in xor_doc


# --- the data is the app's data ----------------------------------------------------------


@pytest.mark.parametrize("preprocessing", ["none", "scale01", "minus1to1", "center", "standardize"])
def test_features8_data_equals_the_data_layers(preprocessing: str, tmp_path: Path) -> None:
    project = from_template("layers-8-6-6-4")
    project.data.preprocessing = preprocessing
    project.data.test_fraction = 0.3
    project.data.train_limit = 500
    module = import_script(write(tmp_path, "f8.py", export.script(project)))
    assert_same_data(module.load_data(), encoded(project))


@pytest.mark.parametrize("loss", ["mean_squared_error", "binary_crossentropy"])
def test_xor_data_equals_the_data_layers(loss: str, tmp_path: Path) -> None:
    project = from_template("xor")
    project.compile.loss = loss
    module = import_script(write(tmp_path, "xor.py", export.script(project)))
    assert_same_data(module.load_data(), encoded(project))


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", bom: bool = False) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        for row in rows:
            writer.writerow(row)
    return path


CSV_FILES: dict[str, tuple[list[list[str]], str, dict[str, Any]]] = {
    "text labels, blank rows, BOM": (
        [["a", "b", " kind "], [], ["1", "2.5", "cat"], ["3", "-1", "dog"], ["", "", ""],
         ["0.5", "7", "bird"], ["2", "2", "cat"], ["1e3", "4", "dog"], ["6", " 8 ", "bird"]],
        "kind",
        {"bom": True},
    ),
    "numbers as labels, decimal commas": (
        [["x;y;z;label"], ["1,5;2;3;10"], ["2;3,25;1;2"], ["0;0;0;1.0"], ["4;4;4;1"],
         ["5;5;5;2"], ["6;6;6;10"]],
        "label",
        {"raw": True},
    ),
    "label in the middle, tabs": (
        [["f1", "label", "f2"], ["1", "2", "3"], ["4", "1", "6"], ["7", "0", "9"],
         ["1", "0", "2"], ["3", "1", "4"], ["5", "2", "6"]],
        "label",
        {"delimiter": "\t"},
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", list(CSV_FILES))
@pytest.mark.parametrize(
    "loss", ["sparse_categorical_crossentropy", "categorical_crossentropy"], ids=["int", "1hot"]
)
def test_csv_data_equals_the_data_layers(name: str, loss: str, tmp_path: Path) -> None:
    rows, label, shared = CSV_FILES[name]
    options = dict(shared)
    path = tmp_path / "table.csv"
    if options.pop("raw", False):
        path.write_text("\n".join(r[0] for r in rows) + "\n", encoding="utf-8")
    else:
        write_csv(path, rows, **options)
    project = csv_project(path, label, test_fraction=0.3, preprocessing="standardize")
    project.compile.loss = loss
    project.layers[-1].params["activation"] = "softmax"
    source = export.script(project)
    module = import_script(write(tmp_path, "csv_script.py", source))
    assert_same_data(module.load_data(), encoded(project))
    assert_ruff_clean(tmp_path / "csv_script.py")


def test_a_script_skips_the_rows_nnstudio_skips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "table.csv"
    rows = [["a", "b", "kind"], ["1", "2", "cat"], ["", "1", "dog"], ["3", "NA", "bird"]]
    rows += [[str(i), str(i % 3), ["cat", "dog", "bird"][i % 3]] for i in range(8)]
    write_csv(path, rows)
    project = csv_project(path, "kind", test_fraction=0.3, skip_missing=True)
    module = import_script(write(tmp_path, "skip_script.py", export.script(project)))
    capsys.readouterr()
    assert_same_data(module.load_data(), encoded(project))
    assert capsys.readouterr().out == "Rows skipped for missing values: 2\n"
    assert load_dataset(project.data).source.endswith("2 rows with missing values were skipped.")
    assert_ruff_clean(tmp_path / "skip_script.py")


TINY = np.random.default_rng(3)
TINY_ARRAYS = {
    "x_train": TINY.integers(0, 256, size=(12, 28, 28), dtype=np.uint8),
    "y_train": TINY.integers(0, 10, size=12).astype(np.uint8),
    "x_test": TINY.integers(0, 256, size=(5, 28, 28), dtype=np.uint8),
    "y_test": TINY.integers(0, 10, size=5).astype(np.uint8),
}


def write_idx(folder: Path) -> Path:
    """The tiny MNIST as four IDX files, two gzipped, two plain, one with a dotted name."""
    folder.mkdir()
    names = {
        "x_train": "train-images-idx3-ubyte.gz",
        "y_train": "train-labels.idx1-ubyte",
        "x_test": "t10k-images-idx3-ubyte",
        "y_test": "t10k-labels-idx1-ubyte.gz",
    }
    for key, array in TINY_ARRAYS.items():
        magic = 2051 if key.startswith("x") else 2049
        data = magic.to_bytes(4, "big") + b"".join(d.to_bytes(4, "big") for d in array.shape)
        data += array.tobytes()
        name = names[key]
        (folder / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return folder


@pytest.mark.parametrize("kind", ["npz", "idx folder", "one idx file"])
@pytest.mark.parametrize("template", ["mnist-128", "mnist-tanh-sgd"])
def test_mnist_data_equals_the_data_layers(kind: str, template: str, tmp_path: Path) -> None:
    if kind == "npz":
        path = tmp_path / "digits.npz"
        np.savez_compressed(path, **TINY_ARRAYS)
    else:
        path = write_idx(tmp_path / "idx")
        if kind == "one idx file":
            path = path / "t10k-images-idx3-ubyte"
    project = from_template(template)
    project.data.path = str(path)
    project.data.test_limit = 3
    source = export.script(project, str(path))
    script_path = write(tmp_path, "mnist_script.py", source)
    assert_ruff_clean(script_path)
    assert_same_data(import_script(script_path).load_data(), encoded(project))


@pytest.mark.parametrize("kind", ["npz", "idx folder"])
def test_an_mnist_script_copies_only_its_reader_and_downloads_where_the_file_is_missing(
    kind: str, tmp_path: Path
) -> None:
    """A script made for an .npz file carries no IDX code; taken to a computer without its
    file, it downloads MNIST, as the app's read_mnist would."""
    if kind == "npz":
        path = tmp_path / "digits.npz"
        np.savez_compressed(path, **TINY_ARRAYS)
    else:
        path = write_idx(tmp_path / "idx")
    project = from_template("mnist-128")
    project.data.path = str(path)
    source = export.script(project, str(path))
    assert ("def read_idx_folder(" in source) == (kind != "npz")
    assert "def read_mnist(" not in source  # the script picks its reader itself
    module = import_script(write(tmp_path, "moved.py", source))
    module.MNIST_PATH = str(tmp_path / "not-on-this-computer")
    downloads: list[int] = []

    def download() -> tuple[np.ndarray, ...]:
        downloads.append(1)
        return tuple(TINY_ARRAYS[k] for k in ("x_train", "y_train", "x_test", "y_test"))

    module.download_mnist = download
    (x_train, _), (x_test, _) = module.load_data()
    assert downloads == [1] and len(x_train) == len(TINY_ARRAYS["x_train"])
    assert len(x_test) == len(TINY_ARRAYS["x_test"])


def test_mnist_defaults_to_the_bundled_copy(mnist_path: Path, tmp_path: Path) -> None:
    from nnstudio.data.resources import find_resource

    bundled = find_resource("mnist.npz")
    if bundled is None:
        pytest.skip("no bundled MNIST")
    project = from_template("mnist-512")
    project.data.train_limit, project.data.test_limit = 300, 100
    module = import_script(write(tmp_path, "m.py", export.script(project)))
    assert Path(module.MNIST_PATH).resolve() == bundled.resolve()
    assert_same_data(module.load_data(), encoded(project))


# --- the data code is the data layer's, never a copy of its own --------------------------

SCRIPT_OWN = {"load_data", "build_model", "evaluate", "main"}
#: Spreading training over devices or computers (--strategy): TensorFlow's own API.
STRATEGY_OWN = {"make_strategy", "train_on_workers"}


def data_layer_functions() -> dict[str, list[str]]:
    """The source of every function in nnstudio.data, by name."""
    import nnstudio.data

    found: dict[str, list[str]] = {}
    for info in pkgutil.iter_modules(nnstudio.data.__path__):
        module = importlib.import_module(f"nnstudio.data.{info.name}")
        for name, value in vars(module).items():
            if inspect.isfunction(value) and value.__module__ == module.__name__:
                found.setdefault(name, []).append(inspect.getsource(value).rstrip())
    return found


def data_layer_constants() -> dict[str, list[Any]]:
    import nnstudio.data

    found: dict[str, list[Any]] = {}
    for info in pkgutil.iter_modules(nnstudio.data.__path__):
        module = importlib.import_module(f"nnstudio.data.{info.name}")
        for name, value in vars(module).items():
            if name.isupper():
                found.setdefault(name, []).append(value)
    return found


def every_data_source(tmp_path: Path) -> dict[str, tuple[Project, Path | None]]:
    """A project for each way the exporter loads data."""
    npz = tmp_path / "digits.npz"
    np.savez_compressed(npz, **TINY_ARRAYS)
    table = write_csv(
        tmp_path / "t.csv", [["a", "b", "y"], *([str(i), "1", str(i % 3)] for i in range(9))]
    )
    projects: dict[str, tuple[Project, Path | None]] = {
        "xor": (from_template("xor"), None),
        "mnist npz": (from_template("mnist-128"), npz),
        "mnist idx": (from_template("mnist-tanh-sgd"), write_idx(tmp_path / "idx")),
        "csv": (csv_project(table, "y"), table),
    }
    for method in ("none", "scale01", "minus1to1", "center", "standardize"):
        project = from_template("layers-8-6-6-4")
        project.data.preprocessing = method
        projects[f"features8 {method}"] = (project, None)
    return projects


def test_every_data_function_in_a_script_is_the_data_layers_own(tmp_path: Path) -> None:
    """The exporter writes no data code of its own: each function in a script, other than the
    script's own four, is the source of the function of that name in nnstudio.data, and each
    constant with a data-layer name has the data layer's value."""
    functions = data_layer_functions()
    constants = data_layer_constants()
    copied: set[str] = set()
    for what, (project, path) in every_data_source(tmp_path).items():
        source = export.script(project, path)
        module = ast.parse(source)
        defined: list[str] = []
        for node in module.body:
            if isinstance(node, ast.FunctionDef):
                defined.append(node.name)
            elif isinstance(node, ast.Assign):
                defined += [t.id for t in node.targets if isinstance(t, ast.Name)]
        assert len(defined) == len(set(defined)), f"{what}: a name is defined twice"
        for node in module.body:
            if isinstance(node, ast.FunctionDef) and node.name in SCRIPT_OWN:
                nested = [
                    n
                    for n in ast.walk(node)
                    if isinstance(n, (ast.FunctionDef, ast.Lambda, ast.ClassDef))
                ]
                assert nested == [node], f"{what}: {node.name} defines a function of its own"
            elif isinstance(node, ast.FunctionDef) and node.name in STRATEGY_OWN:
                continue
            elif isinstance(node, ast.FunctionDef):
                code = ast.get_source_segment(source, node)
                assert code in functions.get(node.name, []), (
                    f"{what}: {node.name} is not the source of a function in nnstudio.data"
                )
                copied.add(node.name)
            elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                if name in constants:
                    assert ast.literal_eval(node.value) in constants[name], (what, name)
            else:
                assert not isinstance(node, (ast.ClassDef, ast.AsyncFunctionDef)), what
    # The readers of every kind of file really are among them.
    assert {"read_csv_file", "read_npz", "read_idx_folder", "split_train_test"} <= copied


def test_a_data_function_that_needs_nnstudio_is_not_copied() -> None:
    from nnstudio.data.csvfile import read_csv
    from nnstudio.export.data_code import _Copies

    with pytest.raises(TypeError, match=r"read_csv uses .*, which a standalone script lacks"):
        _Copies().call(read_csv)


def test_the_exporter_imports_only_core_and_data_and_they_never_import_it() -> None:
    root = Path(__file__).resolve().parents[1] / "nnstudio"

    def imports(package: str) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for path in sorted((root / package).rglob("*.py")):
            names = found.setdefault(str(path.relative_to(root.parent)), set())
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names |= {alias.name for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names.add(node.module)
        return found

    for path, names in imports("export").items():
        # "nnstudio" itself holds only its version (a README of an exported folder says it).
        ours = {n for n in names if n.split(".")[0] == "nnstudio" and n != "nnstudio"}
        allowed = ("nnstudio.core", "nnstudio.data", "nnstudio.export")
        assert all(n.startswith(allowed) for n in ours), (path, sorted(ours))
        assert not {n.split(".")[0] for n in names} & {"tensorflow", "keras", "PySide6"}, path
    for package in ("core", "data"):
        for path, names in imports(package).items():
            assert not any(n.startswith("nnstudio.export") for n in names), path


# --- the script runs -----------------------------------------------------------------------


def test_xor_script_runs_on_its_own_and_reports_accuracy(tmp_path: Path) -> None:
    project = from_template("xor")
    project.train.epochs = 60
    path = export.export(project, tmp_path / "xor.py")
    out = run_script(path)
    assert re.search(r"^Test binary_accuracy: \d\.\d{4}$", out, re.M), out[-2000:]
    assert re.search(r"^Right answers: \d of 4 ", out, re.M), out[-2000:]


@pytest.mark.slow
def test_xor_script_with_the_templates_settings_learns_xor(tmp_path: Path) -> None:
    # 500 epochs of model.fit take about 30 s; hence "slow".
    path = export.export(from_template("xor"), tmp_path / "xor.py")
    out = run_script(path, timeout=300)
    assert "Test binary_accuracy: 1.0000" in out and "Right answers: 4 of 4 (100.0%)" in out


def test_mnist_script_runs_on_the_bundled_data(mnist_path: Path, tmp_path: Path) -> None:
    project = from_template("mnist-128")
    project.data.train_limit, project.data.test_limit = 2000, 500
    project.train.epochs = 1
    path = export.export(project, tmp_path / "mnist_128.py", data_path=str(mnist_path))
    out = run_script(path)
    found = re.search(r"^Test accuracy: (\d\.\d{4})$", out, re.M)
    assert found, out[-2000:]
    assert float(found.group(1)) > 0.5
    assert re.search(r"^Right answers: \d+ of 500 ", out, re.M)


# --- notebooks -----------------------------------------------------------------------------


def test_notebook_is_valid_and_its_cells_train_xor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nbformat = pytest.importorskip("nbformat")
    project = from_template("xor")
    project.train.epochs = 25
    path = export.export(project, tmp_path / "xor.ipynb")
    document = nbformat.read(path, as_version=4)
    nbformat.validate(document)
    kinds = [cell.cell_type for cell in document.cells]
    assert kinds[0] == "markdown" and document.cells[0].source.startswith("# XOR\n")
    assert kinds.count("code") == 5

    namespace: dict[str, Any] = {"__name__": "__notebook__"}
    for cell in document.cells:
        if cell.cell_type == "code":
            exec(compile(cell.source, "<cell>", "exec"), namespace)
    assert int(namespace["model"].optimizer.iterations) == 25
    assert re.search(r"^Right answers: \d of 4 ", capsys.readouterr().out, re.M)


def test_notebook_holds_the_same_code_as_the_script() -> None:
    project = from_template("layers-8-6-6-4")
    cells = json.loads(export.notebook(project))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    script = export.script(project)
    for name in ("make_features8", "split_train_test", "standardize", "load_data", "build_model"):
        start = script.index(f"def {name}(")
        end = script.index("\n\n\n", start)
        assert script[start:end] in code


# --- user text cannot break or inject code -----------------------------------------------


def assert_no_injection(source: str) -> None:
    tree = ast.parse(source)
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    attributes = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert "__import__" not in names and "system" not in attributes


def file_name(text: str) -> str:
    """``text`` without the characters this system forbids in file names."""
    if sys.platform == "win32":
        return "".join(c for c in text if c not in '<>:"/\\|?*' and c >= " ")
    return "".join(c for c in text if c not in "/\x00")


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    folder = tmp_path / ("a folder with a long name " * 4) / file_name('we"ird \'dir\\ """')
    folder.mkdir(parents=True)
    path = folder / (file_name(HOSTILE) + ".csv")
    label = 'label "quoted", \'single\'\n__import__("os").system("echo PWNED") \\ """'
    write_csv(path, [["f1", label, "f2"], *([str(i), str(i % 3), "1"] for i in range(9))])
    project = csv_project(path, label)
    project.name = HOSTILE
    project.description = HOSTILE * 3 + " " + "x" * 300
    project.template = HOSTILE

    source = export.script(project)
    assert_no_injection(source)
    script_path = write(tmp_path, "hostile.py", source)
    assert_ruff_clean(script_path)
    module = import_script(script_path)
    # The path and the column name survive exactly, so the script reads the right data.
    assert Path(os.path.abspath(path)).as_posix() == module.CSV_PATH
    assert label == module.LABEL_COLUMN
    assert_same_data(module.load_data(), encoded(project))
    doc = ast.get_docstring(ast.parse(source))
    assert doc is not None and "Evil ''' name __import__('os')" in doc
    assert all(len(line) <= 100 for line in source.splitlines())

    text = export.notebook(project)
    notebook = json.loads(text)
    for cell in notebook["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "code":
            assert_no_injection(source)
        else:
            assert "<script>" not in source
    nbformat = pytest.importorskip("nbformat")
    nbformat.validate(nbformat.reads(text, as_version=4))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain",
        "it's",
        'say "hi"',
        "both ' and \"",
        'more "double" than \'single\' "quotes"',
        "back\\slash\\",
        "\\N{BULLET} \\x41 \\u0041",
        "line\nbreak\r\nand\ttab\x0b\x0c\x1c\u0085\u2028\u2029",
        "\x00\x7f\ud800\U0010ffff",
        "\u202e bidi \u200b zero width \ufeff",
        "数据 naïve e\u0301 🙂 ｆｕｌｌ",
        '"""',
        "'''",
        "x" * 150,
        "a b " * 60 + "数据" * 40,
        "\\" * 99 + '"' * 99,
    ],
)
def test_string_literals_round_trip(text: str) -> None:
    literal = export.py_string(text)
    assert "\n" not in literal and "\r" not in literal
    assert ast.literal_eval(literal) == text
    lines = pyformat.string_constant("VALUE", text)
    assert ast.literal_eval("".join(lines).removeprefix("VALUE = ")) == text


def test_string_constants_are_ruff_formatted(tmp_path: Path) -> None:
    texts = [
        "it's",
        'say "hi"',
        "both ' and \"",
        "x" * 85,
        "x" * 93,
        "x" * 200,
        "数据" * 70,
        "a\\b" * 60,
        ('"' * 3 + "'" * 2) * 30,
        "\u2028\x00" * 40,
    ]
    lines = []
    for i, text in enumerate(texts):
        lines += pyformat.string_constant(f"VALUE_{i}", text)
    path = write(tmp_path, "strings.py", "\n".join(lines) + "\n")
    assert_ruff_clean(path)
    module = import_script(path)
    assert [getattr(module, f"VALUE_{i}") for i in range(len(texts))] == texts


def test_a_hostile_layer_name_is_refused() -> None:
    project = from_template("xor")
    project.layers[1].name = 'x", activation=__import__("os").system("echo PWNED"), q="'
    with pytest.raises(InvalidProjectError):
        export.script(project)


# --- export -------------------------------------------------------------------------------


def test_export_picks_the_format_by_the_file_ending(tmp_path: Path) -> None:
    project = from_template("xor")
    script_path = export.export(project, tmp_path / "xor.py")
    notebook_path = export.export(project, tmp_path / "xor.IPYNB")
    assert script_path.read_text(encoding="utf-8") == export.script(project)
    assert notebook_path.read_text(encoding="utf-8") == export.notebook(project)
    forced = export.export(project, tmp_path / "xor.txt", fmt="notebook")
    assert json.loads(forced.read_text(encoding="utf-8"))["nbformat"] == 4
    with pytest.raises(NNStudioError, match=r"ending in \.py .* Received: 'xor\.txt'"):
        export.export(project, tmp_path / "xor.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["xor.IPYNB", "xor.py", "xor.txt"]


def test_a_broken_network_is_not_exported(tmp_path: Path) -> None:
    project = from_template("mnist-128")
    project.layers[2].params["units"] = 0
    with pytest.raises(InvalidProjectError, match="units must be"):
        export.export(project, tmp_path / "broken.py")
    with pytest.raises(InvalidProjectError):
        export.notebook(project)
    assert list(tmp_path.iterdir()) == []


def test_a_csv_input_shape_comes_from_the_file(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "t.csv",
        [["a", "b", "c", "y"], *([str(i)] * 3 + ["0"] for i in range(3)), ["1", "2", "3", "1"]],
    )
    project = csv_project(path, "y")
    project.layers[-1].params.update(units=1, activation="sigmoid")
    project.compile.loss = "binary_crossentropy"
    module = import_script(write(tmp_path, "t.py", export.script(project)))
    assert module.build_model().input_shape == (None, 3)
    assert_same_data(module.load_data(), encoded(project))
    project.data.path = str(tmp_path / "missing.csv")
    with pytest.raises(InvalidProjectError, match="shape is unknown"):
        export.script(project)


def test_suggested_filename_is_a_module_name() -> None:
    assert export.suggested_filename(from_template("mnist-128")) == "mnist_128_hidden_neurons.py"
    assert export.suggested_filename(from_template("layers-8-6-6-4"), "notebook") == (
        "network_8_6_6_4.ipynb"
    )
    project = Project(name=HOSTILE)
    assert re.fullmatch(r"[a-z_][a-z0-9_]*\.py", export.suggested_filename(project))


def test_mnist_without_any_copy_is_downloaded_from_where_keras_downloads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nnstudio.export import data_code

    monkeypatch.setattr(data_code, "resolve_data_path", lambda spec, base_dir=None: None)
    source = export.script(from_template("mnist-128"))
    path = write(tmp_path, "download.py", source)
    assert_ruff_clean(path)
    assert import_script(path).MNIST_PATH is None
    assert "def download_mnist()" in source and "downloaded from where Keras" in source
    assert "MNIST_URL = " in source and "MNIST_FILE_SHA256 = " in source


@pytest.mark.parametrize(
    ("section", "field"),
    [("train", "seed"), ("train", "epochs"), ("data", "train_limit"), ("data", "test_fraction")],
)
def test_a_hostile_number_is_refused(section: str, field: str) -> None:
    project = from_template("layers-8-6-6-4")
    setattr(getattr(project, section), field, '1]; __import__("os").system("echo PWNED"); x = [')
    with pytest.raises(InvalidProjectError):
        export.script(project)


def test_the_script_trains_with_the_apps_steps_per_call() -> None:
    """The speed setting the engine uses is in the script too, with a word on what it does."""
    from nnstudio.core.compute import steps_per_call, work_per_example

    project = from_template("mnist-128")
    source = export.script(project)
    steps = steps_per_call(work_per_example(validate(project)), project.train.batch_size)
    assert steps > 1
    assert f"    steps_per_execution={steps},\n" in source
    assert "# Several training steps per call: faster, with the very same arithmetic." in source


def test_the_script_uses_xla_when_the_app_does() -> None:
    """XLA for a long MNIST run, as the engine chooses it; not for a short one, nor XOR."""
    from nnstudio.core.compute import XLA_MIN_STEPS

    long_run = from_template("mnist-128")  # 10 epochs of 1,875 steps
    source = export.script(long_run)
    assert "    # XLA compiles each training step into machine code" in source
    assert "    jit_compile=True,\n" in source
    short = from_template("mnist-128")
    short.data.train_limit = 600  # 19 steps an epoch
    assert short.train.epochs * 19 < XLA_MIN_STEPS
    assert "    jit_compile=False,\n" in export.script(short)
    assert "    jit_compile=False,\n" in export.script(from_template("xor"))
