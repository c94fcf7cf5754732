"""Export a project as a standalone Keras script or Jupyter notebook.

The exported code needs numpy and Keras only, never nnstudio: a student can take it home, read
it and run it. It loads the same data, prepares it the same way and builds the same model as
the app, because the model is written out from the same :class:`~nnstudio.core.keras_args.Call`
objects the Keras builder carries out (:mod:`.model_code`), and the data code is the data
layer's own functions, copied in (:mod:`.data_code`). :mod:`.assemble` puts the parts together
and :mod:`.pyformat` formats them as ruff would.

This package imports only from :mod:`nnstudio.core` and :mod:`nnstudio.data`.
"""

from __future__ import annotations

from nnstudio.export.assemble import (
    SUFFIXES,
    Format,
    export,
    format_for,
    notebook,
    script,
    suggested_filename,
)
from nnstudio.export.data_code import MNIST_CREDIT
from nnstudio.export.pyformat import py_string

__all__ = [
    "MNIST_CREDIT",
    "SUFFIXES",
    "Format",
    "export",
    "format_for",
    "notebook",
    "py_string",
    "script",
    "suggested_filename",
]
