"""The data layer: MNIST, the XOR table, generated data and CSV files, ready to train on.

numpy only: TensorFlow is imported lazily, and only to download MNIST as a last resort.
"""

from __future__ import annotations

from nnstudio.data.csvfile import csv_columns
from nnstudio.data.dataset import (
    DataInfo,
    Dataset,
    describe,
    describe_source,
    load_dataset,
    resolve_data_path,
)
from nnstudio.data.preprocess import encode_labels
from nnstudio.data.resources import resource_path

__all__ = [
    "DataInfo",
    "Dataset",
    "csv_columns",
    "describe",
    "describe_source",
    "encode_labels",
    "load_dataset",
    "resolve_data_path",
    "resource_path",
]
