"""Read a user's CSV file: a header row, numeric feature columns and one label column."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from nnstudio.core.errors import DataError

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
    header, _, _, _ = _header(path, text)
    return header


def read_csv(path: Path, label_column: str) -> CsvTable:
    """The features and labels in ``path``; raises :class:`DataError` naming the bad cell."""
    if not label_column:
        raise DataError("Choose which column of the CSV file holds the label.")
    text = _read_text(path, None)
    header, header_row, delimiter, reader = _header(path, text)
    label_at = _label_index(path, header, label_column)
    # Spreadsheets set to use a decimal comma write "1,5" and separate cells with ";".
    decimal_comma = delimiter == ";"
    rows: list[list[float]] = []
    labels: list[str] = []
    # Numbered as a spreadsheet shows them: the header is row 1 when nothing is above it.
    for row_number, row in enumerate(reader, start=header_row + 1):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise DataError(
                f"Row {row_number} of {path.name} has {len(row)} cells: expected "
                f"{len(header)}, one for each column of the header."
            )
        values: list[float] = []
        for i, cell in enumerate(row):
            if i == label_at:
                continue
            value = _number(cell, decimal_comma)
            if value is None:
                raise DataError(_cell_problem(path, row_number, header, i, cell))
            values.append(value)
        label = row[label_at].strip()
        if not label:
            raise DataError(
                f'Row {row_number}, label column "{label_column}" of {path.name} is empty: '
                "expected a class label."
            )
        rows.append(values)
        labels.append(label)
    if len(rows) < 2:
        raise DataError(
            f"{path.name} has {len(rows)} data row{'s' if len(rows) != 1 else ''}: "
            "expected at least 2 below the header."
        )
    y, class_names = _classes(labels, decimal_comma)
    if len(class_names) < 2:
        raise DataError(
            f'The label column "{label_column}" of {path.name} holds only the class '
            f'"{class_names[0]}": expected at least 2 different labels.'
        )
    features = tuple(name for i, name in enumerate(header) if i != label_at)
    x = np.array(rows, dtype=np.float32).reshape(len(rows), len(features))
    return CsvTable(x, y, class_names, features)


def _read_text(path: Path, limit: int | None) -> str:
    if path.is_dir():
        raise DataError(f"{path} is a folder: expected a CSV file.")
    if not path.is_file():
        raise DataError(f"{path} does not exist: expected a CSV file.")
    try:
        with path.open("rb") as f:
            data = f.read() if limit is None else f.read(limit)
    except OSError as exc:
        raise DataError(f"{path.name} could not be read: {exc.strerror or exc}.") from exc
    if limit is not None and len(data) == limit and b"\n" in data:
        # Cut at a line end so a multi-byte character is never split in two.
        data = data[: data.rindex(b"\n") + 1]
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the Windows code page rather than UTF-8.
        return data.decode("cp1252", errors="replace")


def _header(path: Path, text: str) -> tuple[tuple[str, ...], int, str, Iterator[list[str]]]:
    """The column names, the header's row number, the delimiter, and a reader past the header."""
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    if not first_line:
        raise DataError(f"{path.name} is empty: expected a header row naming the columns.")
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header: tuple[str, ...] = ()
    header_row = 0
    for row in reader:
        header_row += 1
        if any(cell.strip() for cell in row):
            header = tuple(cell.strip() for cell in row)
            break
    if all(_number(cell, False) is not None for cell in header):
        raise DataError(
            f"{path.name} has no header row: expected the first row to name the columns, "
            f"found {', '.join(header)}."
        )
    if len(header) < 2:
        raise DataError(
            f'{path.name} has only one column ("{header[0]}"): expected feature columns and a '
            "label column, separated by commas or semicolons."
        )
    return header, header_row, delimiter, reader


def _label_index(path: Path, header: tuple[str, ...], label_column: str) -> int:
    wanted = label_column.strip()
    matches = [i for i, name in enumerate(header) if name == wanted]
    if not matches:
        shown = ", ".join(f'"{name}"' for name in header[:20])
        more = f" and {len(header) - 20} more" if len(header) > 20 else ""
        raise DataError(
            f'{path.name} has no column called "{wanted}": expected one of its columns, '
            f"which are {shown}{more}."
        )
    if len(matches) > 1:
        raise DataError(
            f'{path.name} has {len(matches)} columns called "{wanted}": expected exactly one, '
            "so the label column is clear."
        )
    return matches[0]


def _number(cell: str, decimal_comma: bool) -> float | None:
    text = cell.strip()
    if decimal_comma:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    # NaN and infinity would silently turn the whole training loss into NaN.
    return value if math.isfinite(value) else None


def _cell_problem(
    path: Path, row_number: int, header: tuple[str, ...], column: int, cell: str
) -> str:
    name = f'"{header[column]}"' if header[column] else f"{column + 1} (no name)"
    where = f"Row {row_number}, column {name} of {path.name}"
    if not cell.strip():
        return f"{where} is empty: expected a number."
    shown = cell if len(cell) <= 40 else cell[:37] + "..."
    return f'{where} holds "{shown}": expected a number.'


def _classes(
    labels: list[str], decimal_comma: bool
) -> tuple[npt.NDArray[np.int64], tuple[str, ...]]:
    numbers = [_number(label, decimal_comma) for label in labels]
    if all(n is not None for n in numbers):
        # Numeric labels sort as numbers (2 before 10) and "1" and "1.0" are the same class.
        values = [float(n) for n in numbers if n is not None]
        distinct = sorted(set(values))
        index = {v: i for i, v in enumerate(distinct)}
        y = np.array([index[v] for v in values], dtype=np.int64)
        return y, tuple(str(int(v)) if v.is_integer() else str(v) for v in distinct)
    names = sorted(set(labels))
    text_index = {name: i for i, name in enumerate(names)}
    return np.array([text_index[s] for s in labels], dtype=np.int64), tuple(names)
