"""The last dataset loaded, kept for the next run of the same project.

Reading MNIST and scaling its 47 million pixels takes the better part of a second (several on
a slow laptop); a student who trains, changes a layer and trains again should not wait for it
twice. The cache keeps one dataset: the one for the latest data settings. It is used again
only while those settings are the same and the file it was read from is unchanged (same size
and modification time), so editing a CSV file between runs is noticed.
"""

from __future__ import annotations

import copy
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from nnstudio.core.spec import DataSpec
from nnstudio.data.dataset import Dataset, load_dataset

log = logging.getLogger("nnstudio.data")

#: What identifies the file (or folder of files) a dataset was read from: name, size and
#: modification time of each.
Stamp = tuple[tuple[str, int, int], ...]


def source_stamp(path: Path | None) -> Stamp | None:
    """The stamp of ``path`` as it is now; None when it cannot be read (then the dataset is
    read again, and that read says what is wrong)."""
    if path is None:
        return ()
    try:
        files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
        stats = [(os.fspath(p), p.stat()) for p in files]
    except OSError:
        return None
    return tuple((name, st.st_size, st.st_mtime_ns) for name, st in stats)


@dataclass
class _Entry:
    spec: DataSpec
    base_dir: Path | None
    stamp: Stamp
    dataset: Dataset


class DatasetCache:
    """:func:`~nnstudio.data.load_dataset` that remembers its last answer.

    The arrays handed out are shared between runs, so they are made read-only: a run that
    tried to change them in place would fail loudly instead of changing the next run's data.
    """

    def __init__(self) -> None:
        self._entry: _Entry | None = None
        #: How many loads were answered from the cache (for the log and the tests).
        self.hits = 0

    def load(self, spec: DataSpec, base_dir: Path | None = None) -> Dataset:
        """The dataset ``spec`` describes, read again only if it changed since the last call.
        Raises :class:`~nnstudio.core.errors.DataError` as ``load_dataset`` does."""
        entry = self._entry
        if (
            entry is not None
            and entry.spec == spec
            and entry.base_dir == base_dir
            and source_stamp(entry.dataset.source_path) == entry.stamp
        ):
            self.hits += 1
            log.info("data loaded before is used again: %s", entry.dataset.source)
            return entry.dataset
        # Let go of the old arrays before reading the new ones: only one dataset in memory.
        self._entry = None
        dataset = load_dataset(spec, base_dir)
        stamp = source_stamp(dataset.source_path)
        if stamp is not None:
            for array in (dataset.x_train, dataset.y_train, dataset.x_test, dataset.y_test,
                          dataset.x_test_raw):  # fmt: skip
                if array is not None:
                    array.flags.writeable = False
            self._entry = _Entry(copy.deepcopy(spec), base_dir, stamp, dataset)
        return dataset

    def clear(self) -> None:
        self._entry = None
