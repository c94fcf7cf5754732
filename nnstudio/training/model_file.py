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
from nnstudio.core.i18n import Context

ModelFile = Context("ModelFile")

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
            raise NNStudioError(
                ModelFile.tr("Could not save {path}: {error}").format(path=path, error=exc)
            ) from exc

    # Keras writes only to names ending in .keras, so the temporary name ends so too.
    replace_atomically(path, write, suffix=".tmp" + SUFFIX)


def damage(path: Path) -> str | None:
    """The sentence saying why ``path`` cannot be a Keras model file, or None if it may be
    one."""
    name = path.name
    try:
        size = path.stat().st_size
        is_zip = zipfile.is_zipfile(path)
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        return ModelFile.tr(
            "{name} is damaged: expected a trained network saved by Keras (a .keras file, "
            "which is a zip archive), but it could not be read ({error})."
        ).format(name=name, error=exc.strerror)
    if size == 0:
        return ModelFile.tr(
            "{name} is damaged: expected a trained network saved by Keras (a .keras file, "
            "which is a zip archive), but it is empty."
        ).format(name=name)
    if not is_zip:
        if head.startswith(b"PK"):
            return ModelFile.tr(
                "{name} is damaged: expected a trained network saved by Keras (a .keras file, "
                "which is a zip archive), but its {size:,} bytes stop before the end of the "
                "archive (perhaps its saving was interrupted)."
            ).format(name=name, size=size)
        return ModelFile.tr(
            "{name} is damaged: expected a trained network saved by Keras (a .keras file, "
            "which is a zip archive), but it is not a zip archive ({size:,} bytes of something "
            "else)."
        ).format(name=name, size=size)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        return ModelFile.tr(
            "{name} is damaged: expected a trained network saved by Keras (a .keras file, "
            "which is a zip archive), but its archive is broken ({error})."
        ).format(name=name, error=exc)
    if "config.json" not in names:
        return ModelFile.tr(
            "{name} is damaged: expected a trained network saved by Keras (a .keras file, "
            "which is a zip archive), but it is a zip archive, but it holds no Keras network "
            "(no config.json in it)."
        ).format(name=name)
    return None


def check_model_file(path: Path) -> None:
    """Raise :class:`NNStudioError` saying what is wrong if ``path`` is no Keras model file."""
    if not path.exists():
        raise NNStudioError(
            ModelFile.tr("There is no trained network at {path}.").format(path=path)
        )
    problem = damage(path)
    if problem is not None:
        raise NNStudioError(problem)
