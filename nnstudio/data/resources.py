"""Find the files shipped with nnstudio, installed, run from a checkout, or frozen."""

from __future__ import annotations

import importlib.resources
import sys
from pathlib import Path

from nnstudio.core.errors import DataError
from nnstudio.core.i18n import Context

ShippedFiles = Context("ShippedFiles")


def resource_candidates(name: str) -> list[Path]:
    """Every place a shipped file called ``name`` may be, most likely first."""
    places: list[Path] = []
    try:
        root = importlib.resources.files("nnstudio.resources")
    except ModuleNotFoundError:
        # A plain source checkout has no package "nnstudio.resources": only pip's
        # package-dir mapping in pyproject.toml creates it.
        root = None
    if isinstance(root, Path):
        places.append(root / name)
    places.append(Path(__file__).resolve().parents[2] / "resources" / name)
    frozen = getattr(sys, "_MEIPASS", None)
    if isinstance(frozen, str):
        places.append(Path(frozen) / "resources" / name)
    return list(dict.fromkeys(places))


def find_resource(name: str) -> Path | None:
    """The shipped file called ``name``, or None when it is in none of the usual places."""
    return next((p for p in resource_candidates(name) if p.is_file()), None)


def resource_path(name: str) -> Path:
    """The shipped file called ``name``; raises :class:`DataError` when it is missing."""
    path = find_resource(name)
    if path is None:
        places = ", ".join(str(p) for p in resource_candidates(name))
        raise DataError(
            ShippedFiles.tr(
                "The file {name} that comes with nnstudio is missing: expected it in one of "
                "{places}, found it in none (reinstalling nnstudio brings it back)."
            ).format(name=name, places=places)
        )
    return path
