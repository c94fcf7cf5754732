"""File paths as the student typed them: the one way a relative or ``~`` path is resolved."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from nnstudio.core.i18n import Context

Paths = Context("Paths")

#: The longest folder or file name most file systems allow (255 bytes on Linux and macOS,
#: 255 characters on Windows).
NAME_MAX = 255


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


def os_error_sentence(exc: OSError, path: str | os.PathLike[str] | None = None) -> str:
    """A sentence for the student about a file the operating system would not let us use."""
    where = os.fspath(path) if path is not None else exc.filename
    if where is None:
        where = Paths.tr("a file")
    where = os.fsdecode(where)
    if exc.errno == errno.ENAMETOOLONG:
        longest = max(Path(where).parts, key=len, default="")
        if len(longest.encode("utf-8", "surrogateescape")) > NAME_MAX:
            return Paths.tr(
                "The path {path} is too long for this computer: expected each folder or "
                "file name in it to be at most {most} characters, found one of {found}."
            ).format(path=where, most=NAME_MAX, found=len(longest))
        return Paths.tr(
            "The path {path} is too long for this computer ({length} characters): "
            "expected a shorter one, found the error 'File name too long'."
        ).format(path=where, length=len(where))
    return Paths.tr(
        "Could not use {path}: expected a file or folder that can be opened, found the "
        "error '{error}'."
    ).format(path=where, error=exc.strerror or exc)
