"""Export a project as a standalone Keras script or Jupyter notebook.

The exported code needs numpy and Keras only, never nnstudio: a student can take it home, read
it and run it. It loads the same data, prepares it the same way and builds the same model as
the app, because the model is written out from the same :class:`~nnstudio.core.keras_args.Call`
objects the Keras builder carries out, and the data code is the data layer's own functions,
copied in.

Everything a user typed (names, descriptions, file paths, column names) reaches the code only as
an escaped string literal, or, in the docstring, as plain text with quotes, backslashes and line
breaks made harmless; so no name can break or inject code.

The output is already formatted: ``ruff format --isolated --line-length 100`` leaves it as it
is, and ``ruff check --isolated --select E,F,W,I --line-length 100`` finds nothing (the tests
check both).
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from nnstudio.core import catalog
from nnstudio.core.errors import InvalidProjectError, NNStudioError
from nnstudio.core.keras_args import Call, model_calls, optimizer_call
from nnstudio.core.labels import Encoding, label_encoding
from nnstudio.core.project_file import write_text_atomic
from nnstudio.core.spec import Project
from nnstudio.core.validate import DataInfoLike, Problem, Report, validate

Format = Literal["script", "notebook"]
PathLike = str | os.PathLike[str]

LINE_LENGTH = 100
_INDENT = "    "
# Prose is wrapped well inside the line length, so wide characters cannot push it over.
_TEXT_WIDTH = 88

SUFFIXES: dict[Format, str] = {"script": ".py", "notebook": ".ipynb"}

MNIST_CREDIT = (
    "MNIST is by Yann LeCun and Corinna Cortes, who make it available under the Creative "
    "Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0)."
)


# --- public API --------------------------------------------------------------------------------


def script(
    project: Project, data_path: PathLike | None = None, *, data: DataInfoLike | None = None
) -> str:
    """The project as a standalone Python script with ``load_data()``, ``build_model()`` and
    ``main()``.

    ``data_path`` is the MNIST .npz file or IDX folder, or the CSV file, that the app reads
    (``nnstudio.data.resolve_data_path`` with the project's folder); without it, the data
    layer resolves the project's path against the current folder, and MNIST defaults to the
    copy that comes with nnstudio or the Keras cache. ``data`` describes the dataset, as for
    :func:`~nnstudio.core.validate.validate`; for a CSV file it is read from the file.
    Raises :class:`InvalidProjectError` when the network has problems.
    """
    parts = _parts(project, data_path, data)
    blocks = [
        _docstring([f"{parts.title}: a Keras script exported from nnstudio.", *parts.about]),
        "\n".join(parts.imports),
        "\n".join(parts.constants),
        *parts.defs,
        parts.evaluate_def,
        _function("main", [], parts.main_body, "Load the data, then build, train and test."),
        'if __name__ == "__main__":\n    main()',
    ]
    return _join_blocks(blocks)


def notebook(
    project: Project, data_path: PathLike | None = None, *, data: DataInfoLike | None = None
) -> str:
    """The same code as :func:`script`, as a Jupyter notebook (nbformat 4 JSON).

    One markdown title cell, then code cells for the imports, the data, the model, the
    training and the evaluation, each introduced by a line of markdown.
    """
    parts = _parts(project, data_path, data)
    about = ["A Keras notebook exported from nnstudio.", *parts.about]
    cells = [
        _markdown_cell(["# " + _markdown_text(parts.title), *map(_markdown_text, about)]),
        _code_cell(["\n".join(parts.imports), "\n".join(parts.constants)], sep="\n\n"),
        _markdown_cell(["## The data", _DATA_WORDS]),
        _code_cell([*parts.defs[:-1], "\n".join(_DATA_STATEMENTS)]),
        _markdown_cell(["## The model", _MODEL_WORDS]),
        _code_cell([parts.defs[-1], "\n".join(_MODEL_STATEMENTS)]),
        _markdown_cell(["## Training", _TRAIN_WORDS]),
        _code_cell(["\n".join(parts.fit_statements)]),
        _markdown_cell(["## Testing", _TEST_WORDS]),
        _code_cell([parts.evaluate_def, "evaluate(model, x_test, y_test)"]),
    ]
    for number, cell in enumerate(cells, start=1):
        cell["id"] = f"cell-{number}"
    document = {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def export(
    project: Project,
    path: str | os.PathLike[str],
    fmt: Format | None = None,
    data_path: PathLike | None = None,
    *,
    data: DataInfoLike | None = None,
) -> Path:
    """Write the project to ``path`` as a script (.py) or notebook (.ipynb), atomically.

    ``fmt`` overrides the choice made from the file name's ending. Returns the path written.
    """
    path = Path(path)
    fmt = fmt or format_for(path)
    if fmt == "script":
        text = script(project, data_path, data=data)
    elif fmt == "notebook":
        text = notebook(project, data_path, data=data)
    else:
        raise NNStudioError(f"Expected the format 'script' or 'notebook'. Received: {fmt!r}.")
    write_text_atomic(path, text)
    return path


def format_for(path: str | os.PathLike[str]) -> Format:
    """The export format a file name asks for, by its ending."""
    suffix = Path(path).suffix.lower()
    for fmt, known in SUFFIXES.items():
        if suffix == known:
            return fmt
    raise NNStudioError(
        "Expected a file name ending in .py (a Python script) or .ipynb (a Jupyter notebook). "
        f"Received: {Path(path).name!r}."
    )


def suggested_filename(project: Project, fmt: Format = "script") -> str:
    """A file name made from the project's name that is also a valid Python module name."""
    stem = "".join(c if c.isascii() and c.isalnum() else "_" for c in project.name.lower())
    stem = "_".join(filter(None, stem.split("_")))[:40] or "network"
    if stem[0].isdigit():
        stem = "network_" + stem
    return stem + SUFFIXES[fmt]


# --- putting the parts together -------------------------------------------------------------


@dataclass
class _Parts:
    """The pieces of code that both the script and the notebook are made of."""

    #: The project's name, safe to show as text.
    title: str
    #: Paragraphs saying where the code came from and what it does, safe to show as text.
    about: list[str]
    imports: list[str]
    constants: list[str]
    #: Top-level function definitions: the data helpers, ``load_data``, then ``build_model``.
    defs: list[str]
    evaluate_def: str
    fit_statements: list[str]

    @property
    def main_body(self) -> list[str]:
        return [
            _DATA_STATEMENTS[0],
            *_MODEL_STATEMENTS,
            *self.fit_statements,
            "evaluate(model, x_test, y_test)",
        ]


_DATA_STATEMENTS = (
    "(x_train, y_train), (x_test, y_test) = load_data()",
    'print("Training examples:", x_train.shape, "labels:", y_train.shape)',
    'print("Test examples:", x_test.shape, "labels:", y_test.shape)',
)
_MODEL_STATEMENTS = ("model = build_model()", "model.summary()")


def _parts(project: Project, data_path: PathLike | None, data: DataInfoLike | None) -> _Parts:
    path = _data_path(project, data_path)
    report = _checked(project, data or _csv_info(project, path))
    first = report.shapes[0]
    input_shape = first.output_shape if first is not None else None
    if input_shape is None:
        message = "Layer 1 (Input): its shape is unknown. Set it, or choose data to take it from."
        raise InvalidProjectError([Problem(message, layer=0, field="shape")])
    encoding = label_encoding(project.compile.loss, _output_units(report))
    loader = _data_code(project, path, encoding)
    t = project.train
    constants = [
        # int() and float() as a second guard: validation already refused anything else.
        f"SEED = {int(t.seed)!r}",
        f"EPOCHS = {int(t.epochs)!r}",
        f"BATCH_SIZE = {int(t.batch_size)!r}",
        f"VALIDATION_SPLIT = {float(project.data.validation_split)!r}",
        f"SHUFFLE = {bool(t.shuffle)!r}",
        *loader.constants,
    ]
    return _Parts(
        title=_plain_text(project.name, 80) or "Untitled",
        about=_about(project, loader),
        imports=_imports(loader.imports),
        constants=constants,
        defs=[*loader.defs, _build_model_def(project, input_shape)],
        evaluate_def=_evaluate_def(encoding),
        fit_statements=_fit_statements(int(t.epochs)),
    )


def _checked(project: Project, data: DataInfoLike | None) -> Report:
    report = validate(project, data)
    if not report.ok:
        raise InvalidProjectError(report.errors)
    return report


def _data_path(project: Project, data_path: PathLike | None) -> str | None:
    """The file or folder the app reads the data from, or None for generated data and for
    MNIST that Keras must download."""
    if data_path is not None:
        return os.fspath(data_path)
    if project.data.dataset not in ("mnist", "csv"):
        return None
    from nnstudio.data import resolve_data_path

    try:
        found = resolve_data_path(project.data)
    except NNStudioError:
        # A file that is missing now may be there when the script runs.
        return project.data.path or None
    return None if found is None else os.fspath(found)


def _csv_info(project: Project, path: str | None) -> DataInfoLike | None:
    """What the app knows about a CSV file (its shape and classes), as the engine validates
    with it; None when the file cannot be read now, which only matters if the Input layer
    leaves its shape to the data."""
    if project.data.dataset != "csv" or not path:
        return None
    from dataclasses import replace

    from nnstudio.data import describe

    spec = replace(project.data, path=path)
    try:
        return describe(spec)
    except NNStudioError:
        return None


def _output_units(report: Report) -> int | None:
    out = report.output_shape
    if out is not None and len(out) == 1:
        return out[0]
    return report.data.num_classes if report.data is not None else None


def _imports(modules: Iterable[str]) -> list[str]:
    # The copied data-layer functions are annotated with np.typing, which older numpy only
    # provides after "import numpy.typing"; postponed annotations are never evaluated.
    lines = ["from __future__ import annotations", ""]
    lines += [f"import {m}" for m in sorted(set(modules))]
    if len(lines) > 2:
        lines.append("")
    return [*lines, "import keras", "import numpy as np"]


def _about(project: Project, loader: _DataCode) -> list[str]:
    paragraphs = []
    if project.template:
        paragraphs.append(f'Made from the nnstudio template "{_plain_text(project.template, 60)}".')
    description = _plain_text(project.description, 1200)
    if description:
        paragraphs.append(description)
    paragraphs.append(
        "It needs only numpy and Keras 3: it loads the same data, prepares it the same way and "
        "builds the same network as nnstudio, then trains it and prints how well it does on "
        "the test examples."
    )
    paragraphs.append(loader.about)
    if loader.credit:
        paragraphs.append(loader.credit)
    return paragraphs


def _join_blocks(blocks: Sequence[str]) -> str:
    """Top-level blocks separated as ruff separates them."""
    out = ""
    previous = ""
    for block in blocks:
        if not block:
            continue
        if out:
            is_def = block.startswith(("def ", "class ", "@"))
            after_def = previous.startswith(("def ", "class ", "@"))
            after_docstring = previous.startswith('"""')
            gap = 1 if after_docstring else 2 if is_def or after_def else 1
            out += "\n" * (gap + 1)
        out += block
        previous = block
    return out + "\n"


def _function(name: str, params: Sequence[str], body: Sequence[str], doc: str = "") -> str:
    lines = [f"def {name}({', '.join(params)}):"]
    if doc:
        lines.append(f'{_INDENT}"""{doc}"""')
    lines += [_INDENT + line if line else "" for line in body]
    return "\n".join(lines)


# --- the model -----------------------------------------------------------------------------


def _build_model_def(project: Project, input_shape: tuple[int, ...]) -> str:
    layers: list[str] = []
    for call in model_calls(project.layers, input_shape):
        layers += _body_expr(call, 8, suffix=",")
    c = project.compile
    body = [
        "# Fixing the seed fixes the random starting weights and the shuffling, as in nnstudio.",
        "keras.utils.set_random_seed(SEED)",
        "model = keras.Sequential(",
        "    [",
        *layers,
        "    ],",
        '    name="sequential",',
        ")",
        "model.compile(",
        *_body_expr(optimizer_call(c), 4, "optimizer=", ","),
        *_body_expr(c.loss, 4, "loss=", ","),
        *_body_expr(list(c.metrics), 4, "metrics=", ","),
        ")",
        "return model",
    ]
    return _function("build_model", [], body, "The network, built and compiled as in nnstudio.")


def _fit_statements(epochs: int) -> list[str]:
    lines = []
    if epochs > _PROGRESS_BAR_EPOCHS:
        lines.append(f"# verbose=2 prints one line per epoch, so {epochs} epochs stay readable.")
    lines += [
        "model.fit(",
        "    x_train,",
        "    y_train,",
        "    epochs=EPOCHS,",
        "    batch_size=BATCH_SIZE,",
        "    validation_split=VALIDATION_SPLIT,",
        "    shuffle=SHUFFLE,",
    ]
    if epochs > _PROGRESS_BAR_EPOCHS:
        lines.append("    verbose=2,")
    return [*lines, ")"]


_PROGRESS_BAR_EPOCHS = 20


def _evaluate_def(encoding: Encoding) -> str:
    if encoding == "binary":
        answer = [
            "# One sigmoid unit says yes (1) when its output is above 0.5.",
            "predicted = (model.predict(x_test, verbose=0)[:, 0] > 0.5).astype(int)",
            "expected = y_test.reshape(len(y_test))",
        ]
    else:
        answer = [
            "# The network's answer is the class with the biggest output.",
            "predicted = np.argmax(model.predict(x_test, verbose=0), 1)",
            "expected = np.argmax(y_test, 1)"
            if encoding == "onehot"
            else "expected = y_test.reshape(len(y_test))",
        ]
    body = [
        "if len(x_test) == 0:",
        '    print("There are no test examples to test the network on.")',
        "    return",
        "results = model.evaluate(x_test, y_test, verbose=0, return_dict=True)",
        "for name, value in results.items():",
        '    print(f"Test {name}: {value:.4f}")',
        *answer,
        "right = int(np.sum(predicted == expected))",
        'print(f"Right answers: {right} of {len(expected)} ({right / len(expected):.1%})")',
    ]
    return _function(
        "evaluate", ["model", "x_test", "y_test"], body, "Print how well the network does."
    )


# --- the data ----------------------------------------------------------------------------


@dataclass
class _DataCode:
    """What the script needs to load one dataset."""

    about: str
    imports: set[str] = field(default_factory=set)
    constants: list[str] = field(default_factory=list)
    #: Function definitions, then the first lines of ``load_data``'s body.
    defs: list[str] = field(default_factory=list)
    credit: str = ""


def _data_code(project: Project, data_path: str | None, encoding: Encoding) -> _DataCode:
    """The code that loads and prepares the data; ``data_path`` as from :func:`_data_path`."""
    d = project.data
    readers = {"mnist": _mnist_code, "xor": _xor_code, "features8": _features8_code}
    code = readers.get(d.dataset, _csv_code)(project, data_path)
    lines = code.defs.pop().splitlines()
    lines += _limit_lines(int(d.train_limit), int(d.test_limit))
    if d.flatten:
        lines += [
            "# Each example laid out as one long row of numbers (784 for a digit).",
            "x_train = x_train.reshape(len(x_train), -1)",
            "x_test = x_test.reshape(len(x_test), -1)",
        ]
    lines += _preprocess_lines(d.preprocessing, code)
    lines += _label_lines(project, encoding, code)
    lines.append("return (x_train, y_train), (x_test, y_test)")
    doc = "The training and test examples, prepared exactly as nnstudio prepares them."
    code.defs.append(_function("load_data", [], lines, doc))
    return code


def _limit_lines(train_limit: int, test_limit: int) -> list[str]:
    lines = []
    if train_limit > 0:
        lines += [
            f"# Only the first {train_limit} training examples, as set in nnstudio.",
            f"x_train, y_train = x_train[:{train_limit}], y_train[:{train_limit}]",
        ]
    if test_limit > 0:
        lines += [
            f"# Only the first {test_limit} test examples, as set in nnstudio.",
            f"x_test, y_test = x_test[:{test_limit}], y_test[:{test_limit}]",
        ]
    return lines


def _preprocess_lines(method: str, code: _DataCode) -> list[str]:
    from nnstudio.data.preprocess import PREPROCESSORS

    if method == "none":
        return [
            "# The numbers are used as they are, as 32-bit floats.",
            "x_train, x_test = x_train.astype(np.float32), x_test.astype(np.float32)",
        ]
    function = PREPROCESSORS[method]
    code.defs.append(_source_of(function))
    return [
        *_comment(
            f"{catalog.PREPROCESSING[method].help} The statistics come from the training data "
            "only, and the test data is changed in exactly the same way, as new data would be."
        ),
        "x_train, x_test = x_train.astype(np.float32), x_test.astype(np.float32)",
        f"x_train, x_test = {function.__name__}(x_train, x_test)",
    ]


def _label_lines(project: Project, encoding: Encoding, code: _DataCode) -> list[str]:
    label = catalog.choice_label(catalog.LOSSES, project.compile.loss)
    if encoding == "integer":
        return [
            f"# {label} wants each label as its class number.",
            "y_train, y_test = y_train.astype(np.int64), y_test.astype(np.int64)",
        ]
    if encoding == "binary":
        return [
            f"# {label} with one output unit wants each label as a 0 or 1, in a column.",
            "y_train = y_train.astype(np.float32).reshape(-1, 1)",
            "y_test = y_test.astype(np.float32).reshape(-1, 1)",
        ]
    classes = catalog.DATASETS[project.data.dataset].num_classes
    if classes is None:
        count = "len(class_names)"
    else:
        code.constants.append(f"NUM_CLASSES = {classes!r}")
        count = "NUM_CLASSES"
    return [
        *_comment(
            f"{label} wants one column per class, with a 1 in the column of the right class."
        ),
        f"y_train = np.eye({count}, dtype=np.float32)[y_train]",
        f"y_test = np.eye({count}, dtype=np.float32)[y_test]",
    ]


def _comment(text: str) -> list[str]:
    """``text`` as comment lines; only ever called with nnstudio's own words."""
    return ["# " + line for line in _wrap(text)]


def _source_of(function: Any) -> str:
    """A data-layer function's own source, so the script runs the very same code."""
    import inspect

    try:
        return inspect.getsource(function).rstrip()
    except OSError:
        # A frozen build that ships only compiled modules has no source to copy.
        raise NNStudioError(
            f"Exporting code needs the source of {function.__module__}.{function.__name__}, "
            "which this installation of nnstudio lacks. Expected its .py file next to the "
            "compiled one; reinstalling nnstudio brings it back."
        ) from None


def _xor_code(project: Project, data_path: str | None) -> _DataCode:
    from nnstudio.data.tables import xor_table

    return _DataCode(
        about="The data: the XOR truth table, whose four rows are used for training and testing.",
        defs=[
            _source_of(xor_table),
            "x_train, y_train = xor_table()\n"
            "# The four rows are all there is, so they are the test set too.\n"
            "x_test, y_test = x_train.copy(), y_train.copy()",
        ],
    )


_SPLIT = (
    "# The rows are shuffled with a fixed seed, then cut into training and test sets.\n"
    "x_train, y_train, x_test, y_test = split_train_test(x, y, TEST_FRACTION, SPLIT_SEED)"
)


def _split_constants(project: Project) -> list[str]:
    from nnstudio.data.tables import SPLIT_SEED

    return [
        f"TEST_FRACTION = {float(project.data.test_fraction)!r}",
        f"SPLIT_SEED = {SPLIT_SEED!r}",
    ]


def _features8_code(project: Project, data_path: str | None) -> _DataCode:
    from nnstudio.data.tables import make_features8, split_train_test

    return _DataCode(
        about=(
            "The data: 1,000 generated examples with 8 features in 4 classes, made by the "
            "same code as in nnstudio, so they are the very same numbers."
        ),
        constants=_split_constants(project),
        defs=[
            _source_of(make_features8),
            _source_of(split_train_test),
            "x, y = make_features8()\n" + _SPLIT,
        ],
    )


def _csv_code(project: Project, data_path: str | None) -> _DataCode:
    from nnstudio.data.tables import split_train_test

    return _DataCode(
        about=(
            "The data: a CSV file with a header row (CSV_PATH below); the column named in "
            "LABEL_COLUMN holds the labels, the other columns the features."
        ),
        imports={"csv", "io", "math"},
        constants=[
            *_string_constant("CSV_PATH", _absolute(data_path or "")),
            *_string_constant("LABEL_COLUMN", project.data.label_column),
            *_split_constants(project),
        ],
        defs=[
            _READ_CSV,
            _source_of(split_train_test),
            "x, y, class_names = read_csv(CSV_PATH, LABEL_COLUMN)\n" + _SPLIT,
        ],
    )


def _absolute(path: str) -> str:
    # Forward slashes read better and work everywhere, Windows included.
    return Path(os.path.abspath(os.path.expanduser(path))).as_posix()


# The reading rules of nnstudio.data.csvfile, without its checks and messages.
_READ_CSV = r'''def read_csv(path, label_column):
    """The features, class numbers and class names in a CSV file with a header row."""
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves CSV files in the Windows code page rather than UTF-8.
        text = raw.decode("cp1252", errors="replace")
    first_line = next(line for line in text.splitlines() if line.strip())
    delimiter = max((",", ";", "\t"), key=first_line.count)
    # Spreadsheets set to use a decimal comma write 1,5 and separate cells with ";".
    decimal_comma = delimiter == ";"

    def number(cell):
        value = float(cell.replace(",", ".") if decimal_comma else cell)
        if not math.isfinite(value):
            raise ValueError(f"{cell!r} is not a number a network can learn from")
        return value

    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = [row for row in reader if any(cell.strip() for cell in row)]
    header = [cell.strip() for cell in rows[0]]
    label_at = header.index(label_column.strip())
    features = [[number(c) for i, c in enumerate(row) if i != label_at] for row in rows[1:]]
    x = np.array(features, dtype=np.float32).reshape(len(features), len(header) - 1)
    labels = [row[label_at].strip() for row in rows[1:]]
    try:
        # Numeric labels sort as numbers (2 before 10), and 1 and 1.0 are the same class.
        labels = [number(label) for label in labels]
    except ValueError:
        pass
    class_names = sorted(set(labels))
    index = {label: i for i, label in enumerate(class_names)}
    y = np.array([index[label] for label in labels], dtype=np.int64)
    return x, y, class_names'''


def _mnist_code(project: Project, data_path: str | None) -> _DataCode:
    path = _mnist_path(data_path)
    where = (
        "downloaded by Keras, as nnstudio found no copy on this computer"
        if path is None
        else "read from the same file as in nnstudio (MNIST_PATH below), or downloaded by "
        "Keras where that file is missing"
    )
    code = _DataCode(
        about=f"The data: the MNIST handwritten digits, {where}.",
        imports={"os"},
        credit=MNIST_CREDIT,
        constants=_string_constant("MNIST_PATH", path),
    )
    start = "(x_train, y_train), (x_test, y_test) = load_mnist()"
    if path is not None and os.path.isdir(path):
        code.imports.add("gzip")
        code.defs = [_READ_IDX, _LOAD_MNIST_IDX, start]
    else:
        code.defs = [_LOAD_MNIST_NPZ, start]
    return code


def _mnist_path(data_path: str | None) -> str | None:
    """The .npz file or IDX folder to read, as an absolute path."""
    from nnstudio.data.idx import is_idx_name

    if data_path is None:
        return None
    path = Path(_absolute(data_path))
    # Choosing one of the four IDX files means their folder, as in nnstudio.
    if path.is_file() and is_idx_name(path.name):
        path = path.parent
    return path.as_posix()


_LOAD_MNIST_NPZ = '''def load_mnist():
    """MNIST from the file nnstudio read, or downloaded by Keras where that file is missing."""
    if MNIST_PATH is not None and os.path.isfile(MNIST_PATH):
        with np.load(MNIST_PATH) as f:
            return (f["x_train"], f["y_train"]), (f["x_test"], f["y_test"])
    return keras.datasets.mnist.load_data()'''

_LOAD_MNIST_IDX = '''def load_mnist():
    """MNIST from the IDX files nnstudio read, or downloaded by Keras where they are missing."""
    if os.path.isdir(MNIST_PATH):
        x_train = read_idx(MNIST_PATH, "train-images", "idx3")
        y_train = read_idx(MNIST_PATH, "train-labels", "idx1")
        x_test = read_idx(MNIST_PATH, "t10k-images", "idx3")
        y_test = read_idx(MNIST_PATH, "t10k-labels", "idx1")
        return (x_train, y_train), (x_test, y_test)
    return keras.datasets.mnist.load_data()'''

_READ_IDX = r'''def read_idx(folder, stem, kind):
    """One of the four MNIST IDX files in a folder, gzipped or not, as a numpy array.

    An IDX file starts with a magic number whose last byte is the number of dimensions, then
    one big-endian 32-bit size per dimension, then the bytes.
    """
    names = [f"{stem}-{kind}-ubyte", f"{stem}.{kind}-ubyte"]
    for name in names + [name + ".gz" for name in names]:
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            with open(path, "rb") as f:
                data = f.read()
            if data[:2] == b"\x1f\x8b":
                data = gzip.decompress(data)
            ndim = data[3]
            shape = [int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim)]
            return np.frombuffer(data, np.uint8, offset=4 + 4 * ndim).reshape(shape)
    raise FileNotFoundError(f"there is no {names[0]} file in {folder}")'''


# --- rendering values as source ------------------------------------------------------------


def _expr(value: Any, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
    """``value`` as source lines starting at column ``indent``, formatted as ruff would.

    It stays on one line if that fits; otherwise a call, list or tuple is split one item per
    line with a trailing comma (which ruff keeps split, so the result is stable).
    """
    pad = " " * indent
    flat = pad + prefix + _flat(value) + suffix
    if _width(flat) <= LINE_LENGTH:
        return [flat]
    if isinstance(value, Call):
        opening, closing = value.func + "(", ")"
        items = [(None, a) for a in value.args] + list(value.kwargs.items())
    elif isinstance(value, (list, tuple)) and len(value) > 1:
        opening, closing = ("[", "]") if isinstance(value, list) else ("(", ")")
        items = [(None, v) for v in value]
    else:
        return [flat]
    lines = [pad + prefix + opening]
    for key, item in items:
        lines += _expr(item, indent + 4, f"{key}=" if key else "", ",")
    lines.append(pad + closing + suffix)
    return lines


def _body_expr(value: Any, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
    """As :func:`_expr`, for the body of a top-level function (one indent level deeper)."""
    return [line[len(_INDENT) :] for line in _expr(value, indent + len(_INDENT), prefix, suffix)]


def _flat(value: Any) -> str:
    if isinstance(value, Call):
        args = [_flat(a) for a in value.args]
        args += [f"{k}={_flat(v)}" for k, v in value.kwargs.items()]
        return f"{value.func}({', '.join(args)})"
    if isinstance(value, str):
        return py_string(value)
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, float):
        # repr round-trips exactly; inf and nan never pass validation.
        return repr(value)
    if isinstance(value, tuple):
        inner = ", ".join(_flat(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(_flat(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} values as source: {value!r}")


def py_string(text: str) -> str:
    """``text`` as a Python string literal that evaluates back to exactly ``text``.

    Quotes as ruff quotes (double unless the text holds more double than single quotes);
    backslashes, quotes, line breaks and every character that is invisible, combining or of
    uncertain width are escaped, so the literal is safe, fits on one line and its width on
    screen is known.
    """
    quote = "'" if text.count('"') > text.count("'") else '"'
    return quote + "".join(_escape(ch, quote) for ch in text) + quote


def _escape(ch: str, quote: str) -> str:
    if ch == "\\" or ch == quote:
        return "\\" + ch
    if _char_width(ch) is not None:
        return ch
    code = ord(ch)
    if ch in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch]
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _char_width(ch: str) -> int | None:
    """Columns ``ch`` takes on screen (as ruff counts them), or None if it is better escaped:
    a line break, an invisible or combining character."""
    if " " <= ch <= "~":
        return 1
    if not ch.isprintable() or unicodedata.category(ch).startswith("M"):
        return None
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _width(line: str) -> int:
    return sum(_char_width(ch) or 0 for ch in line)


def _string_constant(name: str, text: str | None) -> list[str]:
    """``NAME = "text"``, split into parts inside parentheses when it is too long for one line."""
    if text is None:
        return [f"{name} = None"]
    literal = py_string(text)
    if _width(f"{name} = {literal}") <= LINE_LENGTH:
        return [f"{name} = {literal}"]
    if _width(_INDENT + literal) <= LINE_LENGTH:
        return [f"{name} = (", _INDENT + literal, ")"]
    lines = [f"{name} = ("]
    chunk = ""
    for ch in text:
        while chunk and _width(_INDENT + py_string(chunk + ch)) > LINE_LENGTH:
            # Break after a slash or a space where there is one, so words stay whole.
            cut = max(chunk.rfind("/"), chunk.rfind(" ")) + 1
            cut = cut if cut > len(chunk) // 2 else len(chunk)
            lines.append(_INDENT + py_string(chunk[:cut]))
            chunk = chunk[cut:]
        chunk += ch
    lines += [_INDENT + py_string(chunk), ")"]
    return lines


# --- prose: docstrings and markdown ----------------------------------------------------------


def _plain_text(text: str, limit: int) -> str:
    """User text made safe for a docstring: one line, no quotes or backslashes to escape."""
    words = "".join(ch if ch.isprintable() else " " for ch in text)
    words = words.replace('"', "'").replace("\\", "/")
    words = " ".join(words.split())
    if len(words) > limit:
        words = words[: limit - 3].rstrip() + "..."
    return words


def _wrap(text: str, width: int = _TEXT_WIDTH) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        for piece in _pieces(word, width):
            candidate = f"{line} {piece}" if line else piece
            if line and _width(candidate) > width:
                lines.append(line)
                line = piece
            else:
                line = candidate
    if line:
        lines.append(line)
    return lines


def _pieces(word: str, width: int) -> Iterator[str]:
    # A word longer than a line (a long link, say) is cut, so that no line is too long.
    while _width(word) > width:
        cut = width
        while _width(word[:cut]) > width:
            cut -= 1
        yield word[:cut]
        word = word[cut:]
    yield word


def _docstring(paragraphs: Sequence[str]) -> str:
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        lines += _wrap(paragraph)
    lines[0] = '"""' + lines[0]
    return "\n".join([*lines, '"""'])


def _markdown_text(text: str) -> str:
    # Markdown cells can hold HTML; these three make sure a name shows as typed and nothing more.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_DATA_WORDS = (
    "Load the examples and prepare them exactly as nnstudio does, with the labels encoded "
    "as the loss needs them."
)
_MODEL_WORDS = "Build the network layer by layer and compile it with its loss and optimizer."
_TRAIN_WORDS = "Train the network: each epoch works through all the training examples once."
_TEST_WORDS = "Check the network on test examples it has never seen."


def _markdown_cell(paragraphs: Sequence[str]) -> dict[str, Any]:
    return {"cell_type": "markdown", "metadata": {}, "source": _lines("\n\n".join(paragraphs))}


def _code_cell(blocks: Sequence[str], sep: str = "\n\n\n") -> dict[str, Any]:
    source = sep.join(b for b in blocks if b)
    return {
        "cell_type": "code",
        "execution_count": None,
        "metadata": {},
        "outputs": [],
        "source": _lines(source),
    }


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)
