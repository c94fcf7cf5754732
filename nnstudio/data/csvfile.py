"""Read a user's CSV file: a header row, numeric feature columns and one label column.

The code exporter copies :func:`read_csv_file` and the functions it calls into scripts
(``inspect.getsource``), so those use only numpy, the standard library and each other, and
report a broken file with a ValueError whose message is a sentence for the student.
"""

from __future__ import annotations

import csv
import io
import math
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from nnstudio.core.errors import DataError
from nnstudio.data.errors import data_errors

#: Enough of the file to hold its header row.
_HEADER_BYTES = 64 * 1024


@dataclass(frozen=True)
class CsvTable:
    x: npt.NDArray[np.float32]
    #: Class numbers 0..K-1, numbering the sorted distinct labels.
    y: npt.NDArray[np.int64]
    class_names: tuple[str, ...]
    feature_names: tuple[str, ...]


def csv_columns(path: Path) -> tuple[str, ...]:
    """The column names in the header row of ``path``, reading only the start of the file."""
    text = _read_text(path, _HEADER_BYTES)
    with data_errors():
        header, _, _ = csv_header(text, path.name)
    return header


def read_csv(path: Path, label_column: str) -> CsvTable:
    """The features and labels in ``path``; raises :class:`DataError` naming the bad cell."""
    if not label_column:
        raise DataError("Choose which column of the CSV file holds the label.")
    _check_is_file(path)
    with data_errors():
        x, y, class_names, feature_names = read_csv_file(os.fspath(path), label_column)
    return CsvTable(x, y, class_names, feature_names)


def _check_is_file(path: Path) -> None:
    with data_errors():  # a name too long for the file system is an OSError
        is_dir, is_file = path.is_dir(), path.is_file()
    if is_dir:
        raise DataError(f"{path} is a folder: expected a CSV file.")
    if not is_file:
        raise DataError(f"{path} does not exist: expected a CSV file.")


def _read_text(path: Path, limit: int) -> str:
    _check_is_file(path)
    with data_errors(), path.open("rb") as f:
        data = f.read(limit)
    if len(data) == limit and b"\n" in data:
        # Cut at a line end so a multi-byte character is never split in two.
        data = data[: data.rindex(b"\n") + 1]
    return decode_text(data)


# --- the reader that exported scripts copy ---------------------------------------------------


def read_csv_file(
    path: str, label_column: str
) -> tuple[
    np.typing.NDArray[np.float32], np.typing.NDArray[np.int64], tuple[str, ...], tuple[str, ...]
]:
    """The features, class numbers, class names and feature names in a CSV file whose header
    row names the columns; ``label_column`` names the column that holds the labels."""
    with open(path, "rb") as f:
        text = decode_text(f.read())
    return parse_csv(text, label_column, os.path.basename(path))


def decode_text(data: bytes) -> str:
    """A text file's bytes as text: UTF-8 (with or without a byte order mark), else cp1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the Windows code page rather than UTF-8.
        return data.decode("cp1252", errors="replace")


def parse_csv(
    text: str, label_column: str, name: str
) -> tuple[
    np.typing.NDArray[np.float32], np.typing.NDArray[np.int64], tuple[str, ...], tuple[str, ...]
]:
    """As :func:`read_csv_file`, from the file's text; ``name`` is the file's name, which the
    error messages show."""
    header, header_row, delimiter = csv_header(text, name)
    label_at = csv_label_index(header, label_column, name)
    # Spreadsheets set to use a decimal comma write "1,5" and separate cells with ";".
    decimal_comma = delimiter == ";"
    rows: list[list[float]] = []
    labels: list[str] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    # Numbered as a spreadsheet shows them: the header is row 1 when nothing is above it.
    for row_number, row in enumerate(reader, start=1):
        if row_number <= header_row or not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ValueError(
                f"Row {row_number} of {name} has {len(row)} cells: expected "
                f"{len(header)}, one for each column of the header."
            )
        values: list[float] = []
        for i, cell in enumerate(row):
            if i == label_at:
                continue
            value = csv_number(cell, decimal_comma)
            if value is None:
                raise ValueError(csv_cell_problem(name, row_number, header, i, cell))
            values.append(value)
        label = row[label_at].strip()
        if not label:
            raise ValueError(
                f'Row {row_number}, label column "{label_column}" of {name} is empty: '
                "expected a class label."
            )
        rows.append(values)
        labels.append(label)
    if len(rows) < 2:
        raise ValueError(
            f"{name} has {len(rows)} data row{'s' if len(rows) != 1 else ''}: "
            "expected at least 2 below the header."
        )
    y, class_names = csv_classes(labels, decimal_comma)
    if len(class_names) < 2:
        raise ValueError(
            f'The label column "{label_column}" of {name} holds only the class '
            f'"{class_names[0]}": expected at least 2 different labels.'
        )
    features = tuple(column for i, column in enumerate(header) if i != label_at)
    x = np.array(rows, dtype=np.float32).reshape(len(rows), len(features))
    return x, y, class_names, features


def csv_header(text: str, name: str) -> tuple[tuple[str, ...], int, str]:
    """The column names, the header's row number and the delimiter of a CSV file's text."""
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    if not first_line:
        raise ValueError(f"{name} is empty: expected a header row naming the columns.")
    delimiter = max((",", ";", "\t"), key=first_line.count)
    header: tuple[str, ...] = ()
    header_row = 0
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        header_row += 1
        if any(cell.strip() for cell in row):
            header = tuple(cell.strip() for cell in row)
            break
    if all(csv_number(cell, False) is not None for cell in header):
        raise ValueError(
            f"{name} has no header row: expected the first row to name the columns, "
            f"found {', '.join(header)}."
        )
    if len(header) < 2:
        raise ValueError(
            f'{name} has only one column ("{header[0]}"): expected feature columns and a '
            "label column, separated by commas or semicolons."
        )
    return header, header_row, delimiter


def csv_label_index(header: tuple[str, ...], label_column: str, name: str) -> int:
    """Where the label column is among the columns of the header."""
    wanted = label_column.strip()
    matches = [i for i, column in enumerate(header) if column == wanted]
    if not matches:
        shown = ", ".join(f'"{column}"' for column in header[:20])
        more = f" and {len(header) - 20} more" if len(header) > 20 else ""
        raise ValueError(
            f'{name} has no column called "{wanted}": expected one of its columns, '
            f"which are {shown}{more}."
        )
    if len(matches) > 1:
        raise ValueError(
            f'{name} has {len(matches)} columns called "{wanted}": expected exactly one, '
            "so the label column is clear."
        )
    return matches[0]


def csv_number(cell: str, decimal_comma: bool) -> float | None:
    """The number in a cell, or None if it holds none."""
    text = cell.strip()
    if decimal_comma:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    # NaN and infinity would silently turn the whole training loss into NaN.
    return value if math.isfinite(value) else None


def csv_cell_problem(
    name: str, row_number: int, header: tuple[str, ...], column: int, cell: str
) -> str:
    """The sentence saying that a cell holds no number."""
    column_name = f'"{header[column]}"' if header[column] else f"{column + 1} (no name)"
    where = f"Row {row_number}, column {column_name} of {name}"
    if not cell.strip():
        return f"{where} is empty: expected a number."
    shown = cell if len(cell) <= 40 else cell[:37] + "..."
    return f'{where} holds "{shown}": expected a number.'


def csv_classes(
    labels: list[str], decimal_comma: bool
) -> tuple[np.typing.NDArray[np.int64], tuple[str, ...]]:
    """Class numbers 0..K-1 for the labels, numbering the sorted distinct labels, and the
    class names."""
    numbers = [csv_number(label, decimal_comma) for label in labels]
    if all(n is not None for n in numbers):
        # Numeric labels sort as numbers (2 before 10) and "1" and "1.0" are the same class.
        values = [float(n) for n in numbers if n is not None]
        distinct = sorted(set(values))
        index = {v: i for i, v in enumerate(distinct)}
        y = np.array([index[v] for v in values], dtype=np.int64)
        return y, tuple(str(int(v)) if v.is_integer() else str(v) for v in distinct)
    names = sorted(set(labels))
    text_index = {label: i for i, label in enumerate(names)}
    return np.array([text_index[s] for s in labels], dtype=np.int64), tuple(names)
