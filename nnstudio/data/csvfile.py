"""Read a user's CSV file: a header row, numeric feature columns and one label column.

The code exporter copies :func:`read_csv_file` and the functions it calls into scripts
(``inspect.getsource``), so those use only numpy, the standard library and each other, and
report a broken file with a ValueError whose message is a sentence for the student.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import math
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from nnstudio.core.errors import DataError
from nnstudio.core.i18n import Context
from nnstudio.data.errors import data_errors

# The reader that exported scripts copy (below) says its sentences in English; they are marked
# for translation in nnstudio/data/errors.py, and keep in step with the ones there.
CsvFile = Context("CsvFile")

#: Enough of the file to hold its header row.
_HEADER_BYTES = 64 * 1024


@dataclass(frozen=True)
class CsvTable:
    #: Read-only: the table is shared by everyone who reads the same file (see read_csv).
    x: npt.NDArray[np.float32]
    #: Class numbers 0..K-1, numbering the sorted distinct labels.
    y: npt.NDArray[np.int64]
    class_names: tuple[str, ...]
    feature_names: tuple[str, ...]
    #: Rows left out because a value was missing (only when the project skips such rows).
    skipped: int = 0


def csv_columns(path: Path) -> tuple[str, ...]:
    """The column names in the header row of ``path``, reading only the start of the file."""
    text = _read_text(path, _HEADER_BYTES)
    with data_errors():
        delimiter, lines = csv_delimiter(io.StringIO(text, newline=""), path.name)
        header, _ = csv_header(lines, delimiter, path.name)
    return header


#: The last table read, by the file (and its modification time) and the settings it was read
#: with: the app describes the data, then loads it, and a big file takes seconds to read.
_last_table: dict[tuple[object, ...], CsvTable] = {}


def read_csv(path: Path, label_column: str, skip_missing: bool = False) -> CsvTable:
    """The features and labels in ``path``; raises :class:`DataError` naming the bad cell."""
    if not label_column:
        raise DataError(CsvFile.tr("Choose which column of the CSV file holds the label."))
    _check_is_file(path)
    try:
        stat = path.stat()
    except OSError:
        stat = None  # read_csv_file says why
    key = (
        os.fspath(path.absolute()),
        stat.st_mtime_ns if stat else None,
        stat.st_size if stat else None,
        label_column,
        bool(skip_missing),
    )
    table = _last_table.get(key)
    if table is not None:
        return table
    with data_errors():
        x, y, class_names, feature_names, skipped = read_csv_file(
            os.fspath(path), label_column, bool(skip_missing)
        )
    x.flags.writeable = False
    y.flags.writeable = False
    table = CsvTable(x, y, class_names, feature_names, skipped)
    _last_table.clear()
    _last_table[key] = table
    return table


def skipped_sentence(skipped: int) -> str:
    """The sentence saying how many rows were left out for missing values, or ''."""
    if not skipped:
        return ""
    if skipped == 1:
        return CsvFile.tr("1 row with missing values was skipped.")
    return CsvFile.tr("{count:,} rows with missing values were skipped.").format(count=skipped)


def _check_is_file(path: Path) -> None:
    with data_errors():
        check_csv_path(os.fspath(path))


def _read_text(path: Path, limit: int) -> str:
    _check_is_file(path)
    with data_errors(), path.open("rb") as f:
        data = f.read(limit)
    if len(data) == limit and b"\n" in data:
        # Cut at a line end so a multi-byte character is never split in two.
        data = data[: data.rindex(b"\n") + 1]
    return decode_text(data)


# --- the reader that exported scripts copy ---------------------------------------------------

#: What a cell holds when its value is missing, as spreadsheets and statistics programs
#: write it (compared in lower case).
MISSING_VALUES = ("", "na", "n/a", "nan", "null", "?")


def read_csv_file(
    path: str, label_column: str, skip_missing: bool = False
) -> tuple[
    np.typing.NDArray[np.float32],
    np.typing.NDArray[np.int64],
    tuple[str, ...],
    tuple[str, ...],
    int,
]:
    """The features, class numbers, class names and feature names in a CSV file whose header
    row names the columns, and the number of rows skipped; ``label_column`` names the column
    that holds the labels. With ``skip_missing``, a row with a missing value (an empty cell,
    NA, N/A, NaN, null or ?) is left out instead of refused."""
    check_csv_path(path)
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            return parse_csv(f, label_column, name, skip_missing)
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the Windows code page rather than UTF-8.
        with open(path, encoding="cp1252", errors="replace", newline="") as f:
            return parse_csv(f, label_column, name, skip_missing)


def check_csv_path(path: str) -> None:
    """Refuse anything but a file: reading a pipe or a device could wait for ever. (Another
    OSError, such as a name too long for the file system, is left to the caller to explain.)"""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise ValueError(f"{path} does not exist: expected a CSV file.") from None
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise ValueError(f"{path} is a folder: expected a CSV file.")
    raise ValueError(f"{path} is not a file but a pipe, a device or a socket: expected a CSV file.")


def decode_text(data: bytes) -> str:
    """A text file's bytes as text: UTF-8 (with or without a byte order mark), else cp1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the Windows code page rather than UTF-8.
        return data.decode("cp1252", errors="replace")


def parse_csv(
    lines: io.TextIOBase, label_column: str, name: str, skip_missing: bool = False
) -> tuple[
    np.typing.NDArray[np.float32],
    np.typing.NDArray[np.int64],
    tuple[str, ...],
    tuple[str, ...],
    int,
]:
    """As :func:`read_csv_file`, from the file's lines (an open file, read as it goes);
    ``name`` is the file's name, which the error messages show."""
    delimiter, rest = csv_delimiter(lines, name)
    header, header_row = csv_header(rest, delimiter, name)
    # A reader takes lines only as it needs them, so this one goes on below the header.
    reader = csv.reader(rest, delimiter=delimiter, strict=True)
    label_at = csv_label_index(header, label_column, name)
    width = len(header)
    # Spreadsheets set to use a decimal comma write "1,5" and separate cells with ";".
    decimal_comma = delimiter == ";"
    # The numbers go into float32 arrays a chunk of rows at a time: as Python floats, a
    # million rows of 20 numbers would take 2 GB.
    chunks: list[np.typing.NDArray[np.float32]] = []
    flat: list[float] = []
    codes: list[int] = []
    row_numbers: list[int] = []
    class_of: dict[str, int] = {}
    skipped = 0
    # Numbered as a spreadsheet shows them: the header is row 1 when nothing is above it.
    row_number = header_row
    try:
        for row in reader:
            row_number += 1
            numbers = None
            if len(row) == width:
                label = row[label_at].strip()
                cells = row[:label_at] + row[label_at + 1 :]
                if decimal_comma:
                    cells = [cell.replace(",", ".") for cell in cells]
                with contextlib.suppress(ValueError):
                    numbers = list(map(float, cells))
                # NaN and infinity read as numbers, but would turn the whole loss into NaN.
                if (
                    numbers is not None
                    and label
                    and math.isfinite(sum(numbers))
                    and not (skip_missing and label.lower() in MISSING_VALUES)
                ):
                    flat += numbers
                    codes.append(class_of.setdefault(label, len(class_of)))
                    row_numbers.append(row_number)
                    if len(flat) >= 1 << 20:
                        chunks.append(csv_floats(flat))
                        flat.clear()
                    continue
            # The slow, careful look, only for a row the quick one refused.
            numbers = csv_row_numbers(
                row, header, label_at, decimal_comma, skip_missing, name, row_number
            )
            if numbers is None:
                continue
            if not numbers:
                skipped += 1
                continue
            flat += numbers
            codes.append(class_of.setdefault(row[label_at].strip(), len(class_of)))
            row_numbers.append(row_number)
    except csv.Error as exc:
        raise ValueError(csv_syntax_problem(name, row_number + 1, str(exc))) from None
    count = len(codes)
    if count < 2:
        more = f" ({skipped:,} more had missing values and were skipped)" if skipped else ""
        raise ValueError(
            f"{name} has {count} data row{'s' if count != 1 else ''}{more}: "
            "expected at least 2 below the header."
        )
    features = tuple(column for i, column in enumerate(header) if i != label_at)
    chunks.append(csv_floats(flat))
    x = np.concatenate(chunks).reshape(count, len(features))
    del chunks, flat
    finite = np.isfinite(x).all(axis=1)
    if not finite.all():
        bad = int(np.argmin(finite))
        column = int(np.argmin(np.isfinite(x[bad])))
        raise ValueError(
            f'Row {row_numbers[bad]}, column "{features[column]}" of {name} holds a number too '
            "large for the network: expected numbers between -3.4e38 and 3.4e38."
        )
    labels = list(class_of)
    class_numbers, class_names = csv_classes(labels, decimal_comma)
    if len(class_names) < 2:
        raise ValueError(
            f'The label column "{label_column}" of {name} holds only the class '
            f'"{class_names[0]}": expected at least 2 different labels.'
        )
    y = class_numbers[np.array(codes, dtype=np.int64)]
    return x, y, class_names, features, skipped


def csv_floats(values: list[float]) -> np.typing.NDArray[np.float32]:
    """The numbers as 32-bit floats; one too large for them becomes infinity, which the
    reader then names."""
    with np.errstate(over="ignore"):
        return np.array(values, dtype=np.float32)


def csv_row_numbers(
    row: list[str],
    header: tuple[str, ...],
    label_at: int,
    decimal_comma: bool,
    skip_missing: bool,
    name: str,
    row_number: int,
) -> list[float] | None:
    """The numbers in a row of a CSV file; None for a blank row, an empty list for a row with
    a missing value when ``skip_missing``. Raises ValueError naming the cell that is wrong."""
    if not any(cell.strip() for cell in row):
        return None
    if len(row) != len(header):
        raise ValueError(
            f"Row {row_number} of {name} has {len(row)} cells: expected "
            f"{len(header)}, one for each column of the header."
        )
    numbers: list[float] = []
    missing = False
    for i, cell in enumerate(row):
        text = cell.strip()
        if skip_missing and text.lower() in MISSING_VALUES:
            missing = True
        elif i == label_at:
            if not text:
                raise ValueError(
                    f'Row {row_number}, label column "{header[i]}" of {name} is empty: '
                    "expected a class label."
                )
        else:
            value = csv_number(cell, decimal_comma)
            if value is None:
                raise ValueError(csv_cell_problem(name, row_number, header, i, cell))
            numbers.append(value)
    return [] if missing else numbers


def csv_syntax_problem(name: str, row_number: int, error: str) -> str:
    """The sentence for a row that the csv module cannot split into cells."""
    if error.startswith("field larger than field limit"):
        return (
            f"Row {row_number} of {name} has a cell of more than "
            f"{csv.field_size_limit():,} characters: expected numbers and short labels. "
            'A quote mark (") that is never closed turns the rest of the file into one cell.'
        )
    if error.startswith("unexpected end of data"):
        return (
            f'Row {row_number} of {name} has a quote mark (") that is never closed: expected '
            "a closing quote mark at the end of the cell, found the end of the file."
        )
    return (
        f"Row {row_number} of {name} is not valid CSV ({error}): expected cells separated by "
        'commas or semicolons, a quoted cell ending with a quote mark (") before the next one.'
    )


def csv_delimiter(lines: io.TextIOBase, name: str) -> tuple[str, itertools.chain[str]]:
    """The delimiter, guessed from the first line that is not blank, and all the lines again."""
    seen: list[str] = []
    for line in lines:
        seen.append(line)
        if line.strip():
            break
    if not seen or not seen[-1].strip():
        raise ValueError(f"{name} is empty: expected a header row naming the columns.")
    delimiter = max((",", ";", "\t"), key=seen[-1].count)
    return delimiter, itertools.chain(seen, lines)


def csv_header(
    lines: itertools.chain[str], delimiter: str, name: str
) -> tuple[tuple[str, ...], int]:
    """The column names in the first row that is not blank, and that row's number; reads
    ``lines`` up to the end of that row."""
    header: tuple[str, ...] = ()
    header_row = 0
    try:
        for row in csv.reader(lines, delimiter=delimiter, strict=True):
            header_row += 1
            if any(cell.strip() for cell in row):
                header = tuple(cell.strip() for cell in row)
                break
    except csv.Error as exc:
        raise ValueError(csv_syntax_problem(name, header_row + 1, str(exc))) from None
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
    return header, header_row


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
