"""The portable readers' errors as the app reports them.

The readers that the code exporter copies into scripts use nothing from nnstudio, so they
report a broken file with a ValueError whose message is already a sentence for the student,
and leave the file system's OSError as it is; the app shows both as a :class:`DataError`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import contextmanager

from nnstudio.core.errors import DataError
from nnstudio.core.paths import os_error_sentence


@contextmanager
def data_errors() -> Iterator[None]:
    """Turn a portable reader's ValueError or OSError into a :class:`DataError`."""
    try:
        yield
    except ValueError as exc:
        raise DataError(str(exc)) from exc
    except csv.Error as exc:  # the csv module's own complaint, such as a cell over 128 KB
        raise DataError(
            "The CSV file could not be read: expected rows of cells separated by commas or "
            f"semicolons, found a problem the CSV reader describes as: {exc}."
        ) from exc
    except OSError as exc:
        raise DataError(os_error_sentence(exc)) from exc
