"""Put an exported script or notebook together from its parts, and write it to a file.

The output is already formatted: ``ruff format --isolated --line-length 100`` leaves it as it
is, and ``ruff check --isolated --select E,F,W,I --line-length 100`` finds nothing (the tests
check both).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from nnstudio.core.errors import InvalidProjectError, NNStudioError
from nnstudio.core.i18n import Context
from nnstudio.core.labels import label_encoding
from nnstudio.core.project_file import write_text_atomic
from nnstudio.core.spec import Project
from nnstudio.core.validate import DataInfoLike, Problem, Report, validate
from nnstudio.export.data_code import DATA_STATEMENTS, DataCode, csv_info, data_code, data_path
from nnstudio.export.importer import kept_line, kept_settings
from nnstudio.export.model_code import (
    MODEL_STATEMENTS,
    STRATEGIES,
    build_model_def,
    evaluate_def,
    fit_statements,
    strategy_def,
    train_on_workers_def,
)
from nnstudio.export.pyformat import (
    comment,
    docstring,
    function,
    join_blocks,
    markdown_text,
    plain_text,
    with_comment,
)

#: The words of an exported script or notebook: its comments, docstrings and notebook text
#: (the code itself stays as Keras has it).
ExportCode = Context("ExportCode")

Format = Literal["script", "notebook"]
PathLike = str | os.PathLike[str]

SUFFIXES: dict[Format, str] = {"script": ".py", "notebook": ".ipynb"}


def script(
    project: Project,
    data_path: PathLike | None = None,
    *,
    data: DataInfoLike | None = None,
    beside: str | None = None,
) -> str:
    """The project as a standalone Python script with ``load_data()``, ``build_model()`` and
    ``main()``.

    ``data_path`` is the MNIST .npz file or IDX folder, or the CSV file, that the app reads
    (``nnstudio.data.resolve_data_path`` with the project's folder); without it, the data
    layer resolves the project's path against the current folder, and MNIST defaults to the
    copy that comes with nnstudio or the Keras cache. ``data`` describes the dataset, as for
    :func:`~nnstudio.core.validate.validate`; for a CSV file it is read from the file.
    ``beside`` names the data file or folder that travels next to the script (an exported
    project folder): the script reads it from its own folder, wherever that is copied.
    Raises :class:`InvalidProjectError` when the network has problems.
    """
    parts = _parts(project, data_path, data, beside, _here_script())
    title = ExportCode.tr("{title}: a Keras script exported from nnstudio.").format(
        title=parts.title
    )
    main_doc = ExportCode.tr(
        "Load the data, then build, train and test (--strategy spreads the training)."
    )
    blocks = [
        docstring([_docstring_safe(title), *map(_docstring_safe, parts.about)]),
        "\n".join(_imports(parts.modules | {"argparse"})),
        "\n".join(parts.constants),
        *parts.defs,
        parts.evaluate_def,
        strategy_def(),
        train_on_workers_def(),
        function("main", ["argv=None"], parts.script_main, main_doc),
        'if __name__ == "__main__":\n    main()',
    ]
    # The last line keeps, for nnstudio's File → Import, what the code carries unreadably.
    return join_blocks(blocks) + "\n\n" + kept_line(project) + "\n"


def notebook(
    project: Project,
    data_path: PathLike | None = None,
    *,
    data: DataInfoLike | None = None,
    beside: str | None = None,
) -> str:
    """The same code as :func:`script`, as a Jupyter notebook (nbformat 4 JSON).

    One markdown title cell, then code cells for the imports, the data, the model, the
    training and the evaluation, each introduced by a line of markdown. With ``beside``, the
    data is read from the notebook's folder (where Jupyter runs it).
    """
    parts = _parts(project, data_path, data, beside, _here_notebook())
    about = [ExportCode.tr("A Keras notebook exported from nnstudio."), *parts.about]
    data_words = ExportCode.tr(
        "Load the examples and prepare them exactly as nnstudio does, with the labels encoded "
        "as the loss needs them."
    )
    model_words = ExportCode.tr(
        "Build the network layer by layer and compile it with its loss and optimizer."
    )
    train_words = ExportCode.tr(
        "Train the network: each epoch works through all the training examples once."
    )
    test_words = ExportCode.tr("Check the network on test examples it has never seen.")
    cells = [
        _markdown_cell(["# " + markdown_text(parts.title), *map(markdown_text, about)]),
        _code_cell(["\n".join(parts.imports), "\n".join(parts.constants)], sep="\n\n"),
        _markdown_cell(_section(ExportCode.tr("The data"), data_words)),
        _code_cell([*parts.defs[:-1], "\n".join(DATA_STATEMENTS)]),
        _markdown_cell(_section(ExportCode.tr("The model"), model_words)),
        _code_cell([parts.defs[-1], "\n".join(MODEL_STATEMENTS)]),
        _markdown_cell(_section(ExportCode.tr("Training"), train_words)),
        _code_cell(["\n".join(parts.fit_statements)]),
        _markdown_cell(_section(ExportCode.tr("Testing"), test_words)),
        _code_cell([parts.evaluate_def, "evaluate(model, x_test, y_test)"]),
    ]
    for number, cell in enumerate(cells, start=1):
        cell["id"] = f"cell-{number}"
    document = {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
            # For nnstudio's File → Import: what the code carries unreadably (the data).
            "nnstudio": kept_settings(project),
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def export(
    project: Project,
    path: PathLike,
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
        raise NNStudioError(
            ExportCode.tr("Expected the format 'script' or 'notebook'. Received: {format}.").format(
                format=repr(fmt)
            )
        )
    write_text_atomic(path, text)
    return path


def format_for(path: PathLike) -> Format:
    """The export format a file name asks for, by its ending."""
    suffix = Path(path).suffix.lower()
    for fmt, known in SUFFIXES.items():
        if suffix == known:
            return fmt
    raise NNStudioError(
        ExportCode.tr(
            "Expected a file name ending in .py (a Python script) or .ipynb (a Jupyter notebook). "
            "Received: {name}."
        ).format(name=repr(Path(path).name))
    )


def suggested_filename(project: Project, fmt: Format = "script") -> str:
    """A file name made from the project's name that is also a valid Python module name."""
    stem = "".join(c if c.isascii() and c.isalnum() else "_" for c in project.name.lower())
    stem = "_".join(filter(None, stem.split("_")))[:40] or "network"
    if stem[0].isdigit():
        stem = "network_" + stem
    return stem + SUFFIXES[fmt]


# --- the parts -----------------------------------------------------------------------------


@dataclass
class _Parts:
    """The pieces of code that both the script and the notebook are made of."""

    #: The project's name, safe to show as text.
    title: str
    #: Paragraphs saying where the code came from and what it does, safe to show as text.
    about: list[str]
    imports: list[str]
    constants: list[str]
    #: Top-level function definitions: the data functions, ``load_data``, then ``build_model``.
    defs: list[str]
    evaluate_def: str
    fit_statements: list[str]
    #: The modules the copied data code imports.
    modules: set[str] = field(default_factory=set)

    @property
    def script_main(self) -> list[str]:
        """The script's ``main(argv)``: the data, the network on one device or spread over
        several (``--strategy``), training, testing."""
        return [
            'parser = argparse.ArgumentParser(description="Train the network exported from '
            'nnstudio.")',
            "parser.add_argument(",
            '    "--strategy",',
            "    choices=[" + ", ".join(f'"{name}"' for name in STRATEGIES) + "],",
            '    default="one",',
            '    help="one device (the usual), every GPU of this computer, or several computers",',
            ")",
            "args = parser.parse_args(argv)",
            *DATA_STATEMENTS,
            "strategy = make_strategy(args.strategy)",
            "if strategy is None:",
            "    model = build_model()",
            "else:",
            *with_comment(
                "    with strategy.scope():",
                ExportCode.tr("the weights are made once per device"),
                4,
            ),
            "        model = build_model()",
            "model.summary()",
            'if args.strategy == "multiworker":',
            "    train_on_workers(model, strategy, x_train, y_train)",
            "else:",
            *("    " + line for line in self.fit_statements),
            'evaluate(model, x_test, y_test, by_hand=args.strategy == "multiworker")',
        ]


def _here_script() -> list[str]:
    """How a script finds its own folder, where an exported folder keeps the data."""
    return [
        *comment(ExportCode.tr("The folder this script is in: the data travels beside it.")),
        "HERE = os.path.dirname(os.path.abspath(__file__))",
    ]


def _here_notebook() -> list[str]:
    """How a notebook finds its own folder, where an exported folder keeps the data."""
    return [
        *comment(
            ExportCode.tr(
                "The folder this notebook is in (Jupyter runs it there): the data travels beside "
                "it."
            )
        ),
        'HERE = os.path.abspath("")',
    ]


def _docstring_safe(text: str) -> str:
    """A paragraph for the module docstring: a backslash or three quotes (a translation's)
    must not end it early or escape."""
    return text.replace("\\", "/").replace('"' * 3, "'" * 3)


def _section(title: str, words: str) -> list[str]:
    """A notebook's markdown: a heading and a paragraph (nnstudio's own words, translated)."""
    return ["## " + markdown_text(title), markdown_text(words)]


def _parts(
    project: Project,
    given_path: PathLike | None,
    data: DataInfoLike | None,
    beside: str | None = None,
    here: list[str] | None = None,
) -> _Parts:
    path = data_path(project, given_path)
    report = _checked(project, data or csv_info(project, path))
    first = report.shapes[0]
    input_shape = first.output_shape if first is not None else None
    if input_shape is None:
        message = ExportCode.tr(
            "Layer 1 (Input): its shape is unknown. Set it, or choose data to take it from."
        )
        raise InvalidProjectError([Problem(message, layer=0, field="shape")])
    encoding = label_encoding(project.compile.loss, _output_units(report))
    loader = data_code(project, path, encoding, beside)
    if beside is not None and "os" in loader.imports and here:
        loader.constants = [*here, *loader.constants]
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
        title=plain_text(project.name, 80) or ExportCode.tr("Untitled"),
        about=_about(project, loader),
        imports=_imports(loader.imports),
        constants=constants,
        defs=[*loader.defs, build_model_def(project, input_shape, report)],
        evaluate_def=evaluate_def(encoding),
        fit_statements=fit_statements(int(t.epochs)),
        modules=set(loader.imports),
    )


def _checked(project: Project, data: DataInfoLike | None) -> Report:
    report = validate(project, data)
    if not report.ok:
        raise InvalidProjectError(report.errors)
    return report


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


def _about(project: Project, loader: DataCode) -> list[str]:
    paragraphs = []
    if project.template:
        paragraphs.append(
            ExportCode.tr('Made from the nnstudio template "{template}".').format(
                template=plain_text(project.template, 60)
            )
        )
    description = plain_text(project.description, 1200)
    if description:
        paragraphs.append(description)
    paragraphs.append(
        ExportCode.tr(
            "It needs only numpy and Keras 3: it loads the same data, prepares it the same way "
            "and builds the same network as nnstudio, then trains it and prints how well it does "
            "on the test examples."
        )
    )
    paragraphs.append(loader.about)
    paragraphs.append(
        ExportCode.tr(
            "The functions before load_data() are nnstudio's own data code, copied in unchanged."
        )
    )
    if loader.credit:
        paragraphs.append(loader.credit)
    return paragraphs


# --- notebook cells ------------------------------------------------------------------------


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
