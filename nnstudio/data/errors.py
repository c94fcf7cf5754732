"""The portable readers' errors as the app reports them.

The readers that the code exporter copies into scripts use nothing from nnstudio, so they
report a broken file with a ValueError whose message is already a sentence for the student,
and leave the file system's OSError as it is; the app shows both as a :class:`DataError`.

Those sentences are English where they are written (an exported script says them so), and
cannot be marked for translation there. They are marked here instead, in
:data:`READER_SENTENCES`, with named placeholders where the readers put values in; the app
recognises a reader's sentence by its shape and says it in the student's language
(:func:`reader_sentence`). A sentence not among them is shown as the reader said it.
tests/test_data_language.py checks that every sentence the readers say is among them.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager

from nnstudio.core.errors import DataError
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.core.paths import os_error_sentence

DataReaders = Context("DataReaders")

#: What the readers of csvfile.py, idx.py and mnist.py say, as they say it, with a named
#: placeholder for each value they put in. Where a sentence differs by a few words (a variant
#: of a reader's sentence, "1 data row" and "0 data rows"), each variant is written out. A
#: message is taken for the first sentence it fits, so the more particular come first (the
#: variant with more words; mnist.py's "In {where}, …" before idx.py's sentences, which would
#: fit them too).
READER_SENTENCES = (
    # --- csvfile.py ---
    QT_TRANSLATE_NOOP("DataReaders", "{path} does not exist: expected a CSV file."),
    QT_TRANSLATE_NOOP("DataReaders", "{path} is a folder: expected a CSV file."),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{path} is not a file but a pipe, a device or a socket: expected a CSV file.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} has 0 data rows ({skipped} more had missing values and were skipped): "
        "expected at least 2 below the header.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} has 1 data row ({skipped} more had missing values and were skipped): "
        "expected at least 2 below the header.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders", "{name} has 0 data rows: expected at least 2 below the header."
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders", "{name} has 1 data row: expected at least 2 below the header."
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        'Row {row}, column "{column}" of {name} holds a number too large for the network: '
        "expected numbers between -3.4e38 and 3.4e38.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        'The label column "{label_column}" of {name} holds only the class "{class_name}": '
        "expected at least 2 different labels.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "Row {row} of {name} has {cells} cells: expected {columns}, one for each column of "
        "the header.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        'Row {row}, label column "{column}" of {name} is empty: expected a class label.',
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "Row {row} of {name} has a cell of more than {limit} characters: expected numbers and "
        'short labels. A quote mark (") that is never closed turns the rest of the file into '
        "one cell.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        'Row {row} of {name} has a quote mark (") that is never closed: expected a closing '
        "quote mark at the end of the cell, found the end of the file.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "Row {row} of {name} is not valid CSV ({error}): expected cells separated by commas "
        'or semicolons, a quoted cell ending with a quote mark (") before the next one.',
    ),
    QT_TRANSLATE_NOOP("DataReaders", "{name} is empty: expected a header row naming the columns."),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} has no header row: expected the first row to name the columns, found {cells}.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        '{name} has only one column ("{column}"): expected feature columns and a label '
        "column, separated by commas or semicolons.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        '{name} has no column called "{wanted}": expected one of its columns, which are '
        "{columns} and {more} more.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        '{name} has no column called "{wanted}": expected one of its columns, which are {columns}.',
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        '{name} has {count} columns called "{wanted}": expected exactly one, so the label '
        "column is clear.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders", "Row {row}, column {number} (no name) of {name} is empty: expected a number."
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders", 'Row {row}, column "{column}" of {name} is empty: expected a number.'
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        'Row {row}, column {number} (no name) of {name} holds "{cell}": expected a number.',
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders", 'Row {row}, column "{column}" of {name} holds "{cell}": expected a number.'
    ),
    # --- mnist.py ---
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "The downloaded file is not MNIST: expected SHA-256 {expected}, received {received}.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{path} is not an .npz file: expected a NumPy .npz archive (a zip file), found "
        "something else or a file that is cut short.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{path} could not be opened as an .npz archive: expected NumPy arrays, found a "
        "damaged file ({error}).",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{path} is missing {missing}: expected the arrays {expected}, found none.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{path} is missing {missing}: expected the arrays {expected}, found {found}.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{path} is damaged: expected readable arrays {expected}, found one that cannot be "
        "read ({error}).",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "In {where}, {array} has shape {shape}: expected 28 by 28 pictures, shape (number of "
        "pictures, 28, 28).",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "In {where}, {array} holds {dtype} numbers: expected uint8 pixels 0 to 255.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders", "In {where}, {array} holds no pictures: expected at least one."
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "In {where}, {array} has shape {shape}: expected one label per picture, shape ({count},).",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "In {where}, {array} holds {dtype} values: expected whole-number labels 0 to 9.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "In {where}, {images} has {pictures} pictures but {array} has {labels} labels: "
        "expected one label per picture.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "In {where}, {array} has the label {label} (example {example}): expected labels 0 to 9.",
    ),
    # --- idx.py ---
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "The folder {folder} holds none of the MNIST files: expected the four MNIST files "
        "{expected} (each may end in .gz).",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "The folder {folder} is missing {missing}: expected the four MNIST files {expected} "
        "(each may end in .gz).",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{images_file} has {pictures} pictures but {labels_file} has {labels} labels: "
        "expected one label per picture.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} holds pictures of {rows} by {columns} pixels: expected 28 by 28.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} has the label {label} (example {example}): expected labels 0 to 9.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} is a damaged gzip file: expected a complete compressed IDX file, found one "
        "that is cut short or corrupt.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} is too short to be an MNIST image file: expected at least {size} bytes, "
        "found {found}.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} is too short to be an MNIST label file: expected at least {size} bytes, "
        "found {found}.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} is not an MNIST image file: expected magic number {magic}, found {found}.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} is not an MNIST label file: expected magic number {magic}, found {found}.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders", "{name} is truncated: expected a header of {size} bytes, found {found}."
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} is truncated: expected {expected} bytes of pixels after the header, found {found}.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} is truncated: expected {expected} labels after the header, found {found}.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} is longer than its header says: expected {expected} bytes of pixels after the "
        "header, found {found}.",
    ),
    QT_TRANSLATE_NOOP(
        "DataReaders",
        "{name} is longer than its header says: expected {expected} labels after the header, "
        "found {found}.",
    ),
)

#: What a placeholder stands for, where it is narrower than "any text": a row's number and an
#: array's name (x_train).
_PLACEHOLDER_PATTERNS = {"row": r"\d+", "array": r"[xy]_\w+", "images": r"[xy]_\w+"}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@contextmanager
def data_errors() -> Iterator[None]:
    """Turn a portable reader's ValueError or OSError into a :class:`DataError`."""
    try:
        yield
    except ValueError as exc:
        raise DataError(reader_sentence(str(exc))) from exc
    except csv.Error as exc:  # the csv module's own complaint, such as a cell over 128 KB
        raise DataError(
            DataReaders.tr(
                "The CSV file could not be read: expected rows of cells separated by commas or "
                "semicolons, found a problem the CSV reader describes as: {problem}."
            ).format(problem=exc)
        ) from exc
    except OSError as exc:
        raise DataError(os_error_sentence(exc)) from exc


def reader_sentence(message: str) -> str:
    """A portable reader's ``message`` in the current language: the one of
    :data:`READER_SENTENCES` it is, translated, with the reader's values put in. The message as
    it is in English, when it is none of them, or when its translation is missing."""
    match = matching_sentence(message)
    if match is None:
        return message
    source, values = match
    translated = translate("DataReaders", source)
    if translated == source:  # English, or not translated yet
        return message
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a placeholder of its own
        return message


def matching_sentence(message: str) -> tuple[str, dict[str, str]] | None:
    """Which of :data:`READER_SENTENCES` ``message`` is, and the values it put in."""
    for source, pattern in _patterns():
        found = pattern.fullmatch(message)
        if found is not None:
            return source, found.groupdict()
    return None


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((source, _pattern(source)) for source in READER_SENTENCES)


def _pattern(source: str) -> re.Pattern[str]:
    """A pattern that matches what a reader says for ``source``."""
    parts: list[str] = []
    end = 0
    for placeholder in _PLACEHOLDER.finditer(source):
        name = placeholder.group(1)
        parts.append(re.escape(source[end : placeholder.start()]))
        parts.append(f"(?P<{name}>{_PLACEHOLDER_PATTERNS.get(name, '.+?')})")
        end = placeholder.end()
    parts.append(re.escape(source[end:]))
    return re.compile("".join(parts), re.DOTALL)
