"""Fuzz tests: project files, CSV files and command lines made at random by Hypothesis.

Whatever the input, nothing but nnstudio's own error (a sentence for the student) escapes,
each such sentence says what was expected and what was received, and the command line never
ends in exit 3 ("something unexpected").

The default run is short and always the same (derandomized). For a longer, random run:

    NNSTUDIO_FUZZ_EXAMPLES=5000 pytest -n 0 -p no:cacheprovider tests/test_fuzz.py
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnstudio.cli import run
from nnstudio.core import project_file
from nnstudio.core.errors import NNStudioError
from nnstudio.core.spec import Project
from nnstudio.core.templates import TEMPLATES, from_template
from nnstudio.core.validate import validate
from nnstudio.data.csvfile import csv_columns, read_csv

_LONG_RUN = "NNSTUDIO_FUZZ_EXAMPLES" in os.environ


def _settings(default_examples: int) -> Callable[[Any], Any]:
    """A fixed, quick run by default; NNSTUDIO_FUZZ_EXAMPLES asks for a longer random one."""
    examples = int(os.environ.get("NNSTUDIO_FUZZ_EXAMPLES", default_examples))
    return settings(
        max_examples=examples,
        derandomize=not _LONG_RUN,
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
        ],
    )


_EXPECTED = re.compile(r"\bexpect", re.IGNORECASE)
_RECEIVED = re.compile(r"\b(received|found)\b", re.IGNORECASE)
# The CSV reader's sentences state what the file holds first: 'x.csv has 0 data rows:
# expected at least 2 below the header.'
_FOUND_THEN_EXPECTED = re.compile(r"\b(has|have|is|holds)\b.*?: expected ")


def assert_says_expected_and_received(message: str, csv: bool = False) -> None:
    assert _EXPECTED.search(message), f"no 'expected' in: {message}"
    assert _RECEIVED.search(message) or (csv and _FOUND_THEN_EXPECTED.search(message)), (
        f"no 'received' or 'found' in: {message}"
    )


# --- JSON values, ordinary and odd -------------------------------------------------------------

_ODD_NUMBERS = st.sampled_from(
    [0, -1, 1, -1.0, 1.0, 0.5, 2**31, 2**63, 10**400, -(10**400), 1e308, -1e-320,
     float("nan"), float("inf"), float("-inf"), True, False]
)  # fmt: skip
_ODD_TEXT = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        ["", " ", "\ud800", "a\udcffb", "\x00", "\ufeff", "~nosuchuser/x.npz", "a" * 300,
         "../" * 50 + "x.csv", "x" * 100_000, "Dense", "relu", "adam", "csv", "mnist", "xor"]
    ),
)  # fmt: skip
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), _ODD_NUMBERS, _ODD_TEXT)
JSON_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_ODD_TEXT, inner, max_size=4),
    max_leaves=12,
)


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


ANY_VALUE = st.one_of(
    JSON_VALUES,
    st.integers(min_value=20, max_value=60).map(_nested),
    st.lists(st.sampled_from([-1, -1.0, 1, 1.0, 0, 28, True, 10**400]), max_size=5),
)


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document, as the keys and indexes that lead to it."""
    places = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            places += _places(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            places += _places(item, (*path, i))
    return places


@st.composite
def project_documents(draw: st.DrawFn) -> str:
    """A template's project file, changed in a few places, as text."""
    doc: Any = json.loads(project_file.dumps(from_template(draw(st.sampled_from(list(TEMPLATES))))))
    doc["project"]["runs"] = draw(
        st.lists(
            st.fixed_dictionaries(
                {"finished": st.just("2024-01-01T00:00:00"), "epochs_done": st.just(2)},
                optional={
                    "history": st.just({"loss": [0.5, 0.25], "accuracy": [0.5, None]}),
                    "test": st.just({"loss": 0.3}),
                },
            ),
            max_size=2,
        )
    )
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        place = draw(st.sampled_from(_places(doc)))
        if not place:
            if draw(st.integers(0, 9)) == 0:
                doc = draw(ANY_VALUE)
            continue
        *parent_path, last = place
        parent = doc
        for key in parent_path:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if action == "replace":
            parent[last] = draw(ANY_VALUE)
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[draw(_ODD_TEXT)] = draw(ANY_VALUE)
        else:
            parent.insert(last, draw(ANY_VALUE))
    text = json.dumps(doc, indent=draw(st.sampled_from([None, 2])))
    edit = draw(st.sampled_from(["none"] * 6 + ["bom", "cut", "digits", "deep", "char"]))
    if edit == "bom":
        text = "\ufeff" + text
    elif edit == "cut":
        text = text[: draw(st.integers(0, len(text)))]
    elif edit == "digits":
        text = re.sub(r"\b\d+\b", "9" * 5000, text, count=1)
    elif edit == "deep":
        depth = draw(st.sampled_from([33, 500, 989, 990, 5000]))
        if text.startswith("{"):  # a key nnstudio does not read, holding deep lists
            text = '{"deep": ' + "[" * depth + "1" + "]" * depth + ", " + text[1:]
    elif edit == "char":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(min_size=1, max_size=3)) + text[at:]
    return text


# --- project files ----------------------------------------------------------------------------


@_settings(default_examples=600)
@given(text=project_documents())
def test_any_project_file_loads_or_is_refused_in_words(text: str) -> None:
    try:
        project = project_file.loads(text, "fuzz.nnproj")
    except NNStudioError as exc:
        assert_says_expected_and_received(str(exc))
        return
    assert isinstance(project, Project)
    validate(project)
    # Whatever was read saves and reads back the same.
    saved = project_file.dumps(project)
    assert project_file.dumps(project_file.loads(saved)) == saved
    project.copy()


@_settings(default_examples=200)
@given(text=project_documents())
def test_check_and_export_of_any_project_file_end_in_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    path = tmp_path / "fuzz.nnproj"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    out = tmp_path / "fuzz.py"
    out.unlink(missing_ok=True)
    assert run(["check", str(path)]) in (0, 1, 2)
    code = run(["export", str(path), "-o", str(out)])
    assert code in (0, 1, 2)
    err = capsys.readouterr().err
    assert out.exists() == (code == 0)
    if code == 2:
        assert_says_expected_and_received(err)


# --- CSV files --------------------------------------------------------------------------------

_CELLS = st.one_of(
    st.text(max_size=8),
    st.sampled_from(["", " ", '"', '""', '"a,b"', "1", "-2.5", "1,5", "nan", "inf", "1e400",
                     "x", "yes", ";", "\t", "\r", "\n", "é", "\ufeff", "0x10", "  3  "]),
    st.floats(allow_nan=True).map(str),
    st.just("x" * 140_000),  # beyond the csv module's field limit
    st.integers().map(str),
)  # fmt: skip


@st.composite
def csv_files(draw: st.DrawFn) -> tuple[bytes, str]:
    """The bytes of a CSV file, and the label column to ask for."""
    width = draw(st.integers(1, 5))
    header = draw(st.lists(_CELLS, min_size=width, max_size=width))
    rows = draw(
        st.lists(
            st.lists(_CELLS, min_size=max(0, width - 1), max_size=width + 1),
            max_size=8,
        )
    )
    delimiter = draw(st.sampled_from([",", ";", "\t", ","]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    quote = draw(st.booleans())

    def line(cells: list[str]) -> str:
        if quote:
            cells = ['"' + c.replace('"', '""') + '"' for c in cells]
        return delimiter.join(cells)

    text = newline.join(line(r) for r in [header, *rows]) + draw(st.sampled_from(["", newline]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 9)) == 0:
        data += draw(st.binary(max_size=20))
    label = draw(st.one_of(st.sampled_from(header), _CELLS))
    return data, label


@_settings(default_examples=400)
@given(csv=csv_files())
def test_any_csv_file_reads_or_is_refused_in_words(tmp_path: Path, csv: tuple[bytes, str]) -> None:
    data, label = csv
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    for read in (lambda: csv_columns(path), lambda: read_csv(path, label)):
        try:
            read()
        except NNStudioError as exc:
            message = str(exc)
            if message != "Choose which column of the CSV file holds the label.":
                assert_says_expected_and_received(message, csv=True)


@_settings(default_examples=150)
@given(csv=csv_files())
def test_check_of_a_project_with_any_csv_file_ends_in_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], csv: tuple[bytes, str]
) -> None:
    data, label = csv
    (tmp_path / "fuzz.csv").write_bytes(data)
    project = from_template("xor")
    project.data.dataset, project.data.path, project.data.label_column = "csv", "fuzz.csv", label
    project.layers[0].params["shape"] = None
    project_file.save(project, tmp_path / "fuzz.nnproj")
    assert run(["check", str(tmp_path / "fuzz.nnproj")]) in (0, 1)
    capsys.readouterr()


# --- command lines ----------------------------------------------------------------------------

# Only names inside the test's folder: no "/" (nothing is written elsewhere), no NUL (a real
# command line cannot hold one).
_NAMES = st.one_of(
    st.text(st.characters(blacklist_characters="/\\\x00", blacklist_categories=["Cs"]), max_size=9),
    st.sampled_from(["x.nnproj", "x.py", "x.ipynb", "x", ".", "..", "~", "~nosuchuser",
                     "a" * 300, "-", "--", "xor", "mnist-128", "project.nnproj"]),
)  # fmt: skip
_OPTIONS = st.sampled_from(
    ["--template", "-t", "-o", "--output", "--format", "--force", "script", "notebook", "xor",
     "mnist-128", "--help", "-h"]
)  # fmt: skip


@_settings(default_examples=400)
@given(
    command=st.sampled_from(["check", "export", "new"]),
    args=st.lists(st.one_of(_OPTIONS, _NAMES), max_size=6),
)
def test_any_command_line_ends_in_a_sentence(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    args: list[str],
) -> None:
    folder = tmp_path / "cwd"
    folder.mkdir(exist_ok=True)
    monkeypatch.chdir(folder)
    project_file.save(from_template("xor"), folder / "project.nnproj")
    code = run([command, *args])
    err = capsys.readouterr().err
    assert code in (0, 1, 2)
    if code == 2 and err.startswith("nnstudio: ") and "usage:" not in err:
        assert_says_expected_and_received(err)
