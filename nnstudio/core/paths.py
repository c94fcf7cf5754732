"""File paths as the student typed them: the one way a relative or ``~`` path is resolved."""

from __future__ import annotations

import contextlib
from pathlib import Path


def resolve_user_path(text: str, base_dir: Path | None) -> Path:
    """``text`` as a path: ``~`` expanded, a relative path taken from ``base_dir`` (the
    project's folder) when there is one.

    A ``~name`` for a user this computer does not have stays as typed, so that reading it
    fails later with "does not exist" rather than with an error about users.
    """
    path = Path(text)
    with contextlib.suppress(RuntimeError):
        path = path.expanduser()
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    return path
