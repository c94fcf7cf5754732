"""Import TensorFlow without its start-up chatter on the terminal.

TensorFlow's C++ logging writes "oneDNN custom operations are on..." and absl notices to the
process's stderr as it loads, whatever TF_CPP_MIN_LOG_LEVEL says. A student sees that as an
error, so the import runs with file descriptor 2 pointed at a temporary file, whose text goes
to the log instead.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import tempfile
from types import ModuleType

log = logging.getLogger("nnstudio.training")


def import_tensorflow() -> ModuleType:
    if "tensorflow" in sys.modules:
        return sys.modules["tensorflow"]
    try:
        return _import()
    finally:
        _freeze_what_was_loaded()


def _freeze_what_was_loaded() -> None:
    """Keep Python's garbage collector from looking through TensorFlow and Keras again.

    They load about a million objects that live as long as the process. Every full collection
    walked all of them: 0.15-0.25 s each here, once when each run starts (Keras's
    ``clear_session`` collects) and again while the training step is traced. Frozen, they are
    skipped, and a run starts that much sooner. Objects made later are collected as usual.
    """
    gc.collect()
    gc.freeze()


def _import() -> ModuleType:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    # A windowed build has no console: sys.stdout and sys.stderr are None there, and Keras's
    # progress bar and absl's log handler write to them (absl even keeps the stream it saw).
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    try:
        fd = sys.stderr.fileno() if sys.stderr is not None else 2
        saved = os.dup(fd)
    except (AttributeError, OSError, ValueError):
        import tensorflow  # no real stderr to protect (a windowed build, a test capture)

        return sys.modules["tensorflow"]
    with tempfile.TemporaryFile(mode="w+b") as sink:
        os.dup2(sink.fileno(), fd)
        try:
            import keras  # noqa: F401  (loads TensorFlow too)
            import tensorflow  # noqa: F401
        finally:
            os.dup2(saved, fd)
            os.close(saved)
            sink.seek(0)
            text = sink.read().decode("utf-8", "replace").strip()
            if text:
                log.info("TensorFlow said while loading:\n%s", text)
    return sys.modules["tensorflow"]
