"""Verify an exported folder: run its script in a process of its own, offline, for one short
epoch on a slice of its data, and say whether it worked, with its output.

:func:`verify_folder` starts ``nnstudio run-exported SCRIPT`` (:func:`run`) in a copy of the
folder. :func:`run` loads the exported module from its file and calls its ``main()``, making
only ``EPOCHS`` and what ``load_data()`` returns smaller; any attempt to reach the network (a
download the folder should have made unnecessary) fails at once. Nothing here imports Keras:
the exported code does, in that process.

The run uses the same Python packages nnstudio trains with (those ``requirements.txt``
pins), starts in a copy of nothing but the folder, and cannot reach the network: the
exported code must find its data beside itself. On Linux the process also gets a network
namespace of its own when ``unshare`` allows it.
"""

from __future__ import annotations

import importlib.util
import inspect
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import Context

VerifyExport = Context("VerifyExport")

#: What the exported script prints when the short run got through (training.run_exported).
#: These three are read back from the output, so they stay in English whatever the language.
PASSED = "nnstudio verify: the exported script trained and tested"
FAILED = "nnstudio verify: the exported script stopped"
#: What the network guard's error says (found in the output: a download was tried).
NETWORK_WORDS = "tried to use the network"
TIMEOUT = 600


@dataclass(frozen=True)
class Verdict:
    ok: bool
    #: One sentence for the student.
    sentence: str
    #: What the script printed (its output and errors), for a closer look.
    output: str
    seconds: float


def nnstudio_command() -> list[str]:
    """How to start nnstudio itself: the bundle's program, or this Python with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "nnstudio"]


def _offline_prefix() -> list[str]:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return []
    prefix = ["unshare", "-n"] if os.geteuid() == 0 else ["unshare", "-r", "-n"]
    try:
        probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return []
    return prefix if probe.returncode == 0 else []


def find_script(folder: Path) -> Path:
    scripts = sorted(folder.glob("*.py"))
    if len(scripts) != 1:
        raise NNStudioError(
            VerifyExport.tr(
                "{folder} is not an exported project folder: expected one Python script in it, "
                "found {count}."
            ).format(folder=folder, count=len(scripts))
        )
    return scripts[0]


def verify_folder(folder: str | os.PathLike[str], timeout: float = TIMEOUT) -> Verdict:
    """Run the folder's script briefly in a copy of the folder; raises NNStudioError when
    ``folder`` is not an exported folder."""
    folder = Path(folder)
    script = find_script(folder)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="nnstudio-verify-") as tmp:
        # A copy: whatever the script writes goes there, and it proves the folder travels.
        copy = Path(tmp) / folder.name
        shutil.copytree(folder, copy)
        env = {
            **os.environ,
            "KERAS_HOME": str(Path(tmp) / "keras-home"),  # no cached download to lean on
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        command = [
            *_offline_prefix(),
            *nnstudio_command(),
            "run-exported",
            str(copy / script.name),
        ]
        try:
            proc = subprocess.run(
                command, cwd=copy, env=env, capture_output=True, text=True, timeout=timeout,
                encoding="utf-8", errors="replace",
            )  # fmt: skip
        except subprocess.TimeoutExpired as exc:
            output = _text(exc.stdout) + _text(exc.stderr)
            return Verdict(
                False,
                VerifyExport.tr("{script} did not finish within {seconds:.0f} seconds.").format(
                    script=script.name, seconds=timeout
                ),
                output,
                time.monotonic() - started,
            )
    seconds = time.monotonic() - started
    output = proc.stdout + (("\n" + proc.stderr) if proc.stderr.strip() else "")
    if proc.returncode == 0 and PASSED in proc.stdout:
        return Verdict(
            True,
            VerifyExport.tr(
                "{script} ran offline from a copy of the folder: it read its data, trained one "
                "short epoch and tested ({seconds:.0f} s)."
            ).format(script=script.name, seconds=seconds),
            output,
            seconds,
        )
    if NETWORK_WORDS in output:
        sentence = VerifyExport.tr(
            "{script} tried to download something instead of reading its data from the folder, "
            "so it would not run offline."
        ).format(script=script.name)
    else:
        lines = [line for line in output.splitlines() if line.strip()]
        last = next((line for line in reversed(lines) if FAILED in line), None)
        last = last or (lines[-1] if lines else VerifyExport.tr("no output"))
        last = last.replace(FAILED + ": ", "").strip()
        sentence = VerifyExport.tr(
            "{script} failed when run on its own (exit {code}): {error}"
        ).format(script=script.name, code=proc.returncode, error=last)
    return Verdict(False, sentence, output, seconds)


def _text(value: str | bytes | None) -> str:
    if value is None:
        return ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


# --- in the verifying process -------------------------------------------------------------


class NetworkBlocked(OSError):
    """Raised when the exported code tries to open a network connection."""


def _no_network(*args: Any, **kwargs: Any) -> Any:
    # English, whatever the language: the verdict finds NETWORK_WORDS in the output.
    raise NetworkBlocked(
        "the exported code tried to use the network (to download something), but it must run "
        "offline from its folder"
    )


def block_network() -> None:
    """Every new connection fails: the exported code must find everything in its folder."""
    socket.socket.connect = _no_network  # type: ignore[method-assign]
    socket.socket.connect_ex = _no_network  # type: ignore[method-assign]
    socket.create_connection = _no_network
    socket.getaddrinfo = _no_network


def run(script: Path, epochs: int = 1, train_limit: int = 512, test_limit: int = 256) -> int:
    block_network()
    started = time.monotonic()
    spec = importlib.util.spec_from_file_location("exported_network", script)
    if spec is None or spec.loader is None:
        said = VerifyExport.tr("{script} is not a Python file").format(script=script)
        print(f"nnstudio verify: {said}", file=sys.stderr)
        return 2
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    sys.path.insert(0, str(script.parent))
    try:
        spec.loader.exec_module(module)  # defines everything; main() runs below
        _shorten(module, epochs, train_limit, test_limit)
        # Today's exports read --strategy from the command line; this process's is not theirs.
        takes_argv = bool(inspect.signature(module.main).parameters)
        module.main([]) if takes_argv else module.main()
    except Exception as exc:  # the exported code's own error: shown as Python shows it
        traceback.print_exc()
        print(f"{FAILED}: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        return 1
    print(f"{PASSED} in {time.monotonic() - started:.1f} s", flush=True)
    return 0


def _shorten(module: Any, epochs: int, train_limit: int, test_limit: int) -> None:
    """One short run: fewer epochs, and the first examples only."""
    module.EPOCHS = epochs
    full = module.load_data

    def load_data() -> Any:
        (x_train, y_train), (x_test, y_test) = full()
        said = VerifyExport.tr(
            "{train} training and {test} test examples read; training on the first {first} "
            "for %n epoch(s)",
            "",
            epochs,
        ).format(train=len(x_train), test=len(x_test), first=min(train_limit, len(x_train)))
        print(f"nnstudio verify: {said}", flush=True)
        return (x_train[:train_limit], y_train[:train_limit]), (
            x_test[:test_limit],
            y_test[:test_limit],
        )

    module.load_data = load_data
