"""The data's code in an exported script: the data layer's own functions, copied in, and
``load_data``, which calls them and prepares the examples as the project says.

Every function here comes from :mod:`nnstudio.data` through ``inspect.getsource``, with the
functions and constants it uses, so the script reads, splits and preprocesses the data with
the very code the app runs. Only the body of ``load_data`` is written here: which reader to
call, then the limits, the flattening, the preprocessing and the labels' encoding.
"""

from __future__ import annotations

import ast
import inspect
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from nnstudio.core import catalog
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.core.labels import Encoding
from nnstudio.core.spec import Project
from nnstudio.core.validate import DataInfoLike
from nnstudio.data import describe, resolve_data_path
from nnstudio.data.csvfile import read_csv_file
from nnstudio.data.idx import is_idx_name, read_idx_folder
from nnstudio.data.mnist import download_mnist, read_npz
from nnstudio.data.preprocess import PREPROCESSORS
from nnstudio.data.tables import SPLIT_SEED, make_features8, split_train_test, xor_table
from nnstudio.export.pyformat import comment, expr, function, py_string, string_constant

#: The words of the exported code (its comments, docstrings and notes; the code stays Keras).
ExportDataCode = Context("ExportDataCode")

#: In English: :func:`mnist_credit` says it in the language spoken.
MNIST_CREDIT = QT_TRANSLATE_NOOP(
    "ExportDataCode",
    "MNIST is by Yann LeCun and Corinna Cortes, who make it available under the Creative "
    "Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0).",
)


def mnist_credit() -> str:
    """Whose MNIST is, and its licence, in the language spoken."""
    return translate("ExportDataCode", MNIST_CREDIT)


#: The statements that load the data, as the script's main() and the notebook run them.
DATA_STATEMENTS = (
    "(x_train, y_train), (x_test, y_test) = load_data()",
    'print("Training examples:", x_train.shape, "labels:", y_train.shape)',
    'print("Test examples:", x_test.shape, "labels:", y_test.shape)',
)

#: Names the script defines itself, which no copied function or constant may take.
SCRIPT_NAMES = frozenset({"load_data", "build_model", "evaluate", "main"})


@dataclass
class DataCode:
    """What the script needs to load one dataset."""

    #: A paragraph saying where the data comes from, safe to show as text.
    about: str
    #: Standard-library modules the copied functions use (numpy is always imported).
    imports: set[str] = field(default_factory=set)
    constants: list[str] = field(default_factory=list)
    #: The copied functions' definitions, then ``load_data``.
    defs: list[str] = field(default_factory=list)
    credit: str = ""


def data_path(project: Project, given: str | os.PathLike[str] | None) -> str | None:
    """The file or folder the app reads the data from, or None for generated data and for
    MNIST that Keras must download."""
    if given is not None:
        return os.fspath(given)
    if project.data.dataset not in ("mnist", "csv"):
        return None
    try:
        found = resolve_data_path(project.data)
    except NNStudioError:
        # A file that is missing now may be there when the script runs.
        return project.data.path or None
    return None if found is None else os.fspath(found)


def csv_info(project: Project, path: str | None) -> DataInfoLike | None:
    """What the app knows about a CSV file (its shape and classes), as the engine validates
    with it; None when the file cannot be read now, which only matters if the Input layer
    leaves its shape to the data."""
    if project.data.dataset != "csv" or not path:
        return None
    try:
        return describe(replace(project.data, path=path))
    except NNStudioError:
        return None


def data_code(
    project: Project, path: str | None, encoding: Encoding, beside: str | None = None
) -> DataCode:
    """The code that loads and prepares the data; ``path`` as from :func:`data_path`.

    With ``beside`` (the name of a data file or folder next to the exported code, as an
    exported project folder has it), the code reads that, found from ``HERE`` (the code's
    own folder, a constant the script or notebook defines), instead of ``path``.
    """
    d = project.data
    copies = _Copies()
    copies.beside = beside
    readers = {"mnist": _mnist_code, "xor": _xor_code, "features8": _features8_code}
    code, lines = readers.get(d.dataset, _csv_code)(project, path, copies)
    lines += _limit_lines(int(d.train_limit), int(d.test_limit))
    if d.flatten:
        lines += [
            *comment(
                ExportDataCode.tr(
                    "Each example laid out as one long row of numbers (784 for a digit)."
                ),
                4,
            ),
            "x_train = x_train.reshape(len(x_train), -1)",
            "x_test = x_test.reshape(len(x_test), -1)",
        ]
    lines += _preprocess_lines(d.preprocessing, copies)
    lines += _label_lines(project, encoding, code)
    lines.append("return (x_train, y_train), (x_test, y_test)")
    doc = ExportDataCode.tr(
        "The training and test examples, prepared exactly as nnstudio prepares them."
    )
    code.imports |= copies.imports
    for name, value in copies.constants.items():
        code.constants += expr(value, 0, f"{name} = ")
    code.defs = [*copies.sources(), function("load_data", [], lines, doc)]
    return code


# --- each dataset ------------------------------------------------------------------------------


def _xor_code(project: Project, path: str | None, copies: _Copies) -> tuple[DataCode, list[str]]:
    code = DataCode(
        about=ExportDataCode.tr(
            "The data: the XOR truth table, whose four rows are used for training and testing."
        )
    )
    lines = [
        f"x_train, y_train = {copies.call(xor_table)}()",
        *comment(
            ExportDataCode.tr("The four rows are all there is, so they are the test set too."), 4
        ),
        "x_test, y_test = x_train.copy(), y_train.copy()",
    ]
    return code, lines


def _features8_code(
    project: Project, path: str | None, copies: _Copies
) -> tuple[DataCode, list[str]]:
    code = DataCode(
        about=ExportDataCode.tr(
            "The data: 1,000 generated examples with 8 features in 4 classes, made by the "
            "same code as in nnstudio, so they are the very same numbers."
        ),
        constants=_split_constants(project),
    )
    return code, [f"x, y = {copies.call(make_features8)}()", *_split_lines(copies)]


def _csv_code(project: Project, path: str | None, copies: _Copies) -> tuple[DataCode, list[str]]:
    code = DataCode(
        about=ExportDataCode.tr(
            "The data: a CSV file with a header row (CSV_PATH below); the column named in "
            "LABEL_COLUMN holds the labels, the other columns the features."
        ),
        constants=[
            *_path_constant("CSV_PATH", _absolute(path or ""), copies),
            *string_constant("LABEL_COLUMN", project.data.label_column),
            *_split_constants(project),
        ],
    )
    read = copies.call(read_csv_file)
    if not project.data.skip_missing:
        lines = [f"x, y, class_names, _, _ = {read}(CSV_PATH, LABEL_COLUMN)"]
    else:
        lines = [
            *comment(
                ExportDataCode.tr(
                    "Rows with a missing value (an empty cell, NA, N/A, NaN, null or ?) are left "
                    "out,\nas in nnstudio."
                ),
                4,
            ),
            f"x, y, class_names, _, skipped = {read}(CSV_PATH, LABEL_COLUMN, skip_missing=True)",
            'print("Rows skipped for missing values:", skipped)',
        ]
    return code, [*lines, *_split_lines(copies)]


def _mnist_code(project: Project, path: str | None, copies: _Copies) -> tuple[DataCode, list[str]]:
    mnist_path = _mnist_path(path)
    if copies.beside is not None:
        about = ExportDataCode.tr(
            "The data: the MNIST handwritten digits, read from {name} beside this code "
            "(MNIST_PATH below), or downloaded from where Keras downloads it where that is "
            "missing."
        ).format(name=copies.beside)
    elif mnist_path is None:
        about = ExportDataCode.tr(
            "The data: the MNIST handwritten digits, downloaded from where Keras downloads it, "
            "as nnstudio found no copy on this computer."
        )
    else:
        about = ExportDataCode.tr(
            "The data: the MNIST handwritten digits, read from the same file as in nnstudio "
            "(MNIST_PATH below), or downloaded from where Keras downloads it where that file is "
            "missing."
        )
    code = DataCode(
        about=about,
        credit=mnist_credit(),
        constants=_path_constant("MNIST_PATH", mnist_path, copies),
    )
    arrays = "x_train, y_train, x_test, y_test"
    download = copies.call(download_mnist)
    if mnist_path is None:
        return code, [f"{arrays} = {download}()"]
    # Only the reader this file needs is copied (an .npz file needs none of the IDX code);
    # on a computer without the file, the script downloads MNIST as read_mnist() would.
    folder = Path(mnist_path).is_dir()
    read, exists = (read_idx_folder, "isdir") if folder else (read_npz, "isfile")
    copies.imports.add("os")
    return code, [
        f"if os.path.{exists}(MNIST_PATH):",
        f"    {arrays} = {copies.call(read)}(MNIST_PATH)",
        "else:",
        f"    {arrays} = {download}()",
    ]


def _path_constant(name: str, path: str | None, copies: _Copies) -> list[str]:
    """``NAME = "/the/absolute/path"``, or, beside the code, ``os.path.join(HERE, "name")``."""
    if copies.beside is None:
        return string_constant(name, path)
    copies.imports.add("os")
    return [f"{name} = os.path.join(HERE, {py_string(copies.beside)})"]


def _split_constants(project: Project) -> list[str]:
    return [
        f"TEST_FRACTION = {float(project.data.test_fraction)!r}",
        f"SPLIT_SEED = {SPLIT_SEED!r}",
    ]


def _split_lines(copies: _Copies) -> list[str]:
    split = copies.call(split_train_test)
    return [
        *comment(
            ExportDataCode.tr(
                "The rows are shuffled with a fixed seed, then cut into training and test sets."
            ),
            4,
        ),
        f"x_train, y_train, x_test, y_test = {split}(x, y, TEST_FRACTION, SPLIT_SEED)",
    ]


def _absolute(path: str) -> str:
    # Forward slashes read better and work everywhere, Windows included.
    return Path(os.path.abspath(os.path.expanduser(path))).as_posix()


def _mnist_path(path: str | None) -> str | None:
    """The .npz file or IDX folder to read, as an absolute path."""
    if path is None:
        return None
    absolute = Path(_absolute(path))
    # Choosing one of the four IDX files means their folder, as in nnstudio.
    if absolute.is_file() and is_idx_name(absolute.name):
        absolute = absolute.parent
    return absolute.as_posix()


# --- preparing the examples --------------------------------------------------------------------


def _limit_lines(train_limit: int, test_limit: int) -> list[str]:
    lines = []
    if train_limit > 0:
        lines += [
            *comment(
                ExportDataCode.tr(
                    "Only the first %n training example(s), as set in nnstudio.", "", train_limit
                ),
                4,
            ),
            f"x_train, y_train = x_train[:{train_limit}], y_train[:{train_limit}]",
        ]
    if test_limit > 0:
        lines += [
            *comment(
                ExportDataCode.tr(
                    "Only the first %n test example(s), as set in nnstudio.", "", test_limit
                ),
                4,
            ),
            f"x_test, y_test = x_test[:{test_limit}], y_test[:{test_limit}]",
        ]
    return lines


def _preprocess_lines(method: str, copies: _Copies) -> list[str]:
    if method == "none":
        return [
            *comment(ExportDataCode.tr("The numbers are used as they are, as 32-bit floats."), 4),
            "x_train, x_test = x_train.astype(np.float32), x_test.astype(np.float32)",
        ]
    name = copies.call(PREPROCESSORS[method])
    return [
        *comment(
            ExportDataCode.tr(
                "{method} The statistics come from the training data only, and the test data is "
                "changed in exactly the same way, as new data would be."
            ).format(method=catalog.PREPROCESSING[method].help),
            4,
        ),
        "x_train, x_test = x_train.astype(np.float32), x_test.astype(np.float32)",
        f"x_train, x_test = {name}(x_train, x_test)",
    ]


def _label_lines(project: Project, encoding: Encoding, code: DataCode) -> list[str]:
    label = catalog.choice_label(catalog.LOSSES, project.compile.loss)
    if encoding == "integer":
        return [
            *comment(
                ExportDataCode.tr("{loss} wants each label as its class number.").format(
                    loss=label
                ),
                4,
            ),
            "y_train, y_test = y_train.astype(np.int64), y_test.astype(np.int64)",
        ]
    if encoding == "binary":
        return [
            *comment(
                ExportDataCode.tr(
                    "{loss} with one output unit wants each label as a 0 or 1, in a column."
                ).format(loss=label),
                4,
            ),
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
        *comment(
            ExportDataCode.tr(
                "{loss} wants one column per class, with a 1 in the column of the right class."
            ).format(loss=label),
            4,
        ),
        f"y_train = np.eye({count}, dtype=np.float32)[y_train]",
        f"y_test = np.eye({count}, dtype=np.float32)[y_test]",
    ]


# --- copying the data layer's functions ----------------------------------------------------------


class _Copies:
    """Data-layer functions to copy into a script, with every function, constant and module
    they use, found by reading their source; anything a standalone script cannot have
    (a class, an nnstudio import, a name from ``typing``) is refused."""

    def __init__(self) -> None:
        #: In the order they are first used, each before the functions it calls.
        self.functions: dict[str, Callable[..., Any]] = {}
        self.constants: dict[str, object] = {}
        self.imports: set[str] = set()
        #: The data file or folder beside the exported code, if it travels with it.
        self.beside: str | None = None

    def call(self, fn: Callable[..., Any]) -> str:
        """Copy ``fn`` (and what it uses); its name, for the code that calls it."""
        name = fn.__name__
        known = self.functions.get(name)
        if known is fn:
            return name
        if known is not None or name in SCRIPT_NAMES:
            raise TypeError(f"two functions for a script are called {name}")
        self.functions[name] = fn
        tree = ast.parse(source_of(fn))
        for used in _global_names(tree):
            if used in fn.__globals__:
                self._use(fn, used, fn.__globals__[used])
        return name

    def sources(self) -> list[str]:
        return [source_of(fn) for fn in self.functions.values()]

    def _use(self, fn: Callable[..., Any], name: str, value: object) -> None:
        if inspect.isfunction(value) and value.__module__.startswith("nnstudio.data."):
            self.call(value)
        elif isinstance(value, ModuleType) and _is_script_module(name, value):
            if value is not np:
                self.imports.add(name)
        elif name.isupper() and _is_literal(value) and name not in SCRIPT_NAMES:
            self.constants[name] = value
        else:
            raise TypeError(
                f"{fn.__module__}.{fn.__name__} uses {name}, which a standalone script lacks; "
                "the functions a script copies may use only numpy, the standard library, "
                "constants and each other."
            )


def _global_names(tree: ast.Module) -> list[str]:
    """The names a function reads that it does not bind itself, in the order they appear."""
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            bound.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.ExceptHandler):
            bound.add(node.name or "")
    read = [n for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]
    read.sort(key=lambda n: (n.lineno, n.col_offset))
    return [name for name in dict.fromkeys(n.id for n in read) if name not in bound]


def _is_script_module(name: str, module: ModuleType) -> bool:
    if module is np:
        return name == "np"
    return module.__name__ == name and name in sys.stdlib_module_names


def _is_literal(value: object) -> bool:
    if value is None or isinstance(value, (bool, int, float, str)):
        return True
    if isinstance(value, (tuple, list)):
        return all(_is_literal(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _is_literal(v) for k, v in value.items())
    return False


def source_of(fn: Callable[..., Any]) -> str:
    """A data-layer function's own source, so the script runs the very same code."""
    try:
        return inspect.getsource(fn).rstrip()
    except OSError:
        # A frozen build that ships only compiled modules has no source to copy.
        raise NNStudioError(
            ExportDataCode.tr(
                "Exporting code needs the source of {function}, which this installation of "
                "nnstudio lacks. Expected its .py file next to the compiled one; reinstalling "
                "nnstudio brings it back."
            ).format(function=f"{fn.__module__}.{fn.__name__}")
        ) from None
