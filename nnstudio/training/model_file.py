"""A trained network's ``.keras`` file: written atomically, and checked before Keras reads it
so that a damaged file is called damaged (Keras says "File not found" for a cut-short one).

No TensorFlow here: the model passed in brings Keras with it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from nnstudio.core.atomic_write import replace_atomically
from nnstudio.core.errors import NNStudioError

SUFFIX = ".keras"


def save_model(model: Any, path: Path | str) -> None:
    """Write ``model`` (a Keras model) to ``path``: the file there stays whole until the new
    one is complete, and keeps its permissions. Raises :class:`NNStudioError` in words."""
    path = Path(path)

    def write(tmp: Path) -> None:
        try:
            model.save(tmp)
        except OSError:
            raise
        except Exception as exc:  # Keras raises many kinds; the student gets one sentence
            raise NNStudioError(f"Could not save {path}: {exc}") from exc

    # Keras writes only to names ending in .keras, so the temporary name ends so too.
    replace_atomically(path, write, suffix=".tmp" + SUFFIX)


def damage(path: Path) -> str | None:
    """Why ``path`` cannot be a Keras model file, in words, or None if it may be one."""
    try:
        size = path.stat().st_size
        is_zip = zipfile.is_zipfile(path)
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        return f"it could not be read ({exc.strerror})"
    if size == 0:
        return "it is empty"
    if not is_zip:
        if head.startswith(b"PK"):
            return (
                f"its {size:,} bytes stop before the end of the archive (perhaps its saving "
                "was interrupted)"
            )
        return f"it is not a zip archive ({size:,} bytes of something else)"
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        return f"its archive is broken ({exc})"
    if "config.json" not in names:
        return "it is a zip archive, but it holds no Keras network (no config.json in it)"
    return None


def check_model_file(path: Path) -> None:
    """Raise :class:`NNStudioError` saying what is wrong if ``path`` is no Keras model file."""
    if not path.exists():
        raise NNStudioError(f"There is no trained network at {path}.")
    problem = damage(path)
    if problem is not None:
        raise NNStudioError(
            f"{path.name} is damaged: expected a trained network saved by Keras (a .keras "
            f"file, which is a zip archive), but {problem}."
        )
