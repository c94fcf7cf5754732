"""Replacing a file all at once: the new content goes to a hidden temporary file in the same
folder, which then takes the file's place, so the old file stays whole until the new one is.

The file keeps the permissions it had (a project shared in a class folder stays readable by
the class); a new file gets the ones the user's umask gives any new file. Temporary files left
by a save that was killed are removed by a later save of the same file.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from nnstudio.core.errors import ProjectFileError
from nnstudio.core.i18n import Context

AtomicWrite = Context("AtomicWrite")

#: A temporary file this much older than its last write belongs to no save still running: a
#: save writes its temporary file in one go, then renames it, within seconds.
STALE_AFTER_SECONDS = 10 * 60

_TEMP_SUFFIXES = (".tmp", ".tmp.keras")


def replace_atomically(path: Path, write: Callable[[Path], None], *, suffix: str = ".tmp") -> None:
    """Call ``write`` with a temporary path beside ``path``, then put that file in its place.

    ``suffix`` ends the temporary file's name (Keras writes only to names ending in .keras).
    If ``write`` raises, the temporary file is removed and ``path`` is left as it was.
    Raises :class:`ProjectFileError` in words when the folder or the file cannot be written.
    """
    directory = path.parent if str(path.parent) else Path(".")
    mode = _mode_for(path)
    remove_stale_temporaries(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=directory)
    except OSError as exc:
        raise ProjectFileError(
            AtomicWrite.tr("Could not write to the folder {folder}: {error}.").format(
                folder=directory, error=exc.strerror
            )
        ) from None
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        _fsync(tmp)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ProjectFileError(
            AtomicWrite.tr("Could not save {path}: {error}.").format(
                path=path, error=exc.strerror or exc
            )
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_stale_temporaries(path: Path, older_than: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Remove the temporary files that saves of ``path`` left behind when they were killed
    (those not written to for ``older_than`` seconds); return the ones removed."""
    directory = path.parent if str(path.parent) else Path(".")
    # mkstemp's names: the prefix, eight random letters, digits or _, then the suffix.
    pattern = re.compile(
        rf"\.{re.escape(path.name)}\.[a-z0-9_]{{8}}"
        rf"(?:{'|'.join(re.escape(s) for s in _TEMP_SUFFIXES)})"
    )
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > older_than:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:  # gone already, or not ours to remove: leave it
            continue
    return removed


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # Reading the umask means setting it; /proc tells it without that, which matters in a
    # program with threads, where another thread might create a file in between.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
