"""Where nnstudio keeps its own files (logs, settings, autosaves), and the log itself.

nnstudio never writes into its install folder. Everything goes to the user's data folder, or,
in portable mode, to a ``data`` folder beside the program:
- ``NNSTUDIO_HOME`` set: that folder (tests, school images with a roaming drive);
- a file called ``portable.txt`` beside the executable (frozen) or the package: portable mode;
- otherwise the platform's per-user data folder.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

APP = "nnstudio"
PORTABLE_MARKER = "portable.txt"


def _program_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The folder for nnstudio's own files (created on first use)."""
    override = os.environ.get("NNSTUDIO_HOME")
    if override:
        path = Path(override)
    elif (_program_dir() / PORTABLE_MARKER).is_file():
        path = _program_dir() / "data"
    elif sys.platform == "win32":
        path = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / APP
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / APP
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        path = Path(base) / APP
    return path


def log_dir() -> Path:
    return data_dir() / "logs"


def log_file(name: str = APP) -> Path:
    """The log of the window (``nnstudio.log``) or of the training process (``training.log``)."""
    return log_dir() / f"{name}.log"


_configured = False


def setup_logging(level: int = logging.INFO, name: str = APP) -> Path | None:
    """Send nnstudio's log to a rotating file in the user's data folder (``name``.log: each
    process writes its own file, as rotating one file from two processes is not safe).

    Returns the log file, or None if the folder cannot be written (the app still runs).
    """
    global _configured
    path = log_file(name)
    if _configured:
        return path
    logger = logging.getLogger(APP)
    logger.setLevel(level)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    _configured = True
    return path
