"""Smoke test of an nnstudio program: a built bundle, an installed copy, or the source.

    python packaging/smoke_test.py [--offline] [--targets] [--only CHECK ...] -- PROGRAM...

PROGRAM is how to start nnstudio: the bundle's executable (``dist/nnstudio/nnstudio``), an
installed launcher (``nnstudio``), or ``python -m nnstudio``. The checks, each a real start of
the program with its own empty data folder (``NNSTUDIO_HOME``) and Qt offscreen unless a
display is asked for:

- ``version``: ``--version`` answers;
- ``gui``: ``gui --smoke-test`` opens the window, trains the ``xor`` template through the
  window's Train path to 100% and quits (the window's and TensorFlow's start times are read
  from its one-line report);
- ``train``: ``train --template xor`` in the terminal reaches 100%;
- ``export``: ``export --template xor`` writes a script that Python can compile (the exporter
  reads nnstudio's own source, which a frozen build must ship);
- ``lessons``: ``lesson list`` lists the built-in lessons and challenges (their files ship
  beside the code);
- ``language``: ``--language de lesson list`` speaks German (the translations ship beside the
  code and are read);
- ``readonly``: none of the above wrote a file into the program's folder.

``--portable`` instead puts ``portable.txt`` beside the program for the run, points every
home-folder variable at an empty folder, and checks that the log went to ``data/`` beside the
program and that the home folder is still empty (then removes both again).

``--offline`` runs every check with the network cut off (``unshare``, Linux only);
``--targets`` also fails when the window took over 1 s or training was not ready within 6 s.
It prints one line per check and a JSON summary last, and exits 0 when every check passed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHECKS = ("version", "gui", "train", "export", "lessons", "language", "readonly")
TARGET_WINDOW_S = 1.0
TARGET_READY_S = 6.0
TIMEOUT_S = 300

_SMOKE_LINE = re.compile(r"smoke test (passed|failed): (.*)")
_SECONDS = {
    "window": re.compile(r"window shown in ([0-9.]+) s"),
    "ready": re.compile(r"ready to train ([0-9.]+) s after start"),
    "finished": re.compile(r"trained by ([0-9.]+) s"),
}


def parse_smoke_line(output: str) -> dict[str, object] | None:
    """The report of ``gui --smoke-test`` as a dict, or None if the output has none."""
    for line in output.splitlines():
        match = _SMOKE_LINE.search(line)
        if match:
            result: dict[str, object] = {"passed": match.group(1) == "passed", "line": line}
            for key, pattern in _SECONDS.items():
                found = pattern.search(line)
                if found:
                    result[key] = float(found.group(1).rstrip("."))
            return result
    return None


def offline_prefix() -> list[str]:
    """A command prefix that runs a program with no network at all (its own empty namespace)."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        raise SystemExit("smoke_test: --offline needs Linux's unshare")
    return ["unshare", "-n"] if os.geteuid() == 0 else ["unshare", "-r", "-n"]


def program_dir(program: list[str]) -> Path | None:
    """The folder of a bundle's executable (None for ``python -m nnstudio``)."""
    exe = shutil.which(program[0]) if os.path.sep not in program[0] else program[0]
    if exe is None or Path(exe).resolve().name.startswith("python"):
        return None
    return Path(exe).resolve().parent


def snapshot(folder: Path | None) -> dict[str, tuple[int, int]]:
    if folder is None:
        return {}
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    }


#: The variables that point at a user's folders: in portable mode they all point at an empty
#: folder, which must still be empty afterwards.
HOME_VARIABLES = ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "XDG_DATA_HOME",
                  "XDG_CONFIG_HOME", "XDG_CACHE_HOME")  # fmt: skip


class Runner:
    def __init__(
        self, program: list[str], offline: bool, display: bool, portable: bool = False
    ) -> None:
        self.prefix = offline_prefix() if offline else []
        self.program = program
        self.portable = portable
        self.env = dict(os.environ)
        self.env.pop("NNSTUDIO_HOME", None)
        if not display:
            self.env["QT_QPA_PLATFORM"] = "offscreen"
        if program_dir(program) is not None:
            # A bundle must not find its modules anywhere but inside itself.
            self.env.pop("PYTHONPATH", None)

    def run(self, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        # The program's smoke report counts its times from here: the launch.
        env = dict(self.env, NNSTUDIO_LAUNCH_TIME=repr(time.time()))
        if self.portable:
            empty = cwd / "empty-home"
            empty.mkdir(exist_ok=True)
            env.update({name: str(empty) for name in HOME_VARIABLES})
        else:
            env["NNSTUDIO_HOME"] = str(cwd / "home")
        return subprocess.run(
            [*self.prefix, *self.program, *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offline", action="store_true", help="cut the network off (Linux)")
    parser.add_argument("--targets", action="store_true", help="enforce the time targets")
    parser.add_argument("--display", action="store_true", help="use $DISPLAY, not offscreen")
    parser.add_argument("--only", nargs="+", choices=CHECKS, help="run only these checks")
    parser.add_argument(
        "--portable",
        action="store_true",
        help="put portable.txt beside the program for the run, and check that everything "
        "it wrote stayed in the data folder beside it (the home folder stays empty)",
    )
    parser.add_argument("program", nargs="+", help="how to start nnstudio")
    args = parser.parse_args(argv)

    runner = Runner(args.program, args.offline, args.display, args.portable)
    folder = program_dir(args.program)
    if args.portable:
        if folder is None:
            raise SystemExit("smoke_test: --portable needs a bundle's executable")
        (folder / "portable.txt").write_text("", encoding="utf-8")
    before = snapshot(folder)
    checks = args.only or list(CHECKS)
    summary: dict[str, object] = {"program": args.program, "offline": args.offline}
    failures: list[str] = []

    def report(name: str, ok: bool, detail: str) -> None:
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}", flush=True)
        summary[name] = {"ok": ok, "detail": detail}
        if not ok:
            failures.append(name)

    def explain(proc: subprocess.CompletedProcess[str]) -> str:
        tail = (proc.stdout + proc.stderr).strip().splitlines()[-15:]
        # An unexpected error is explained in the program's log, which goes with the temp dir.
        log = Path(tmp) / "home" / "logs" / "nnstudio.log"
        if log.is_file():
            tail += ["--- the log ends:", *log.read_text("utf-8", "replace").splitlines()[-25:]]
        return f"exit code {proc.returncode}; last output:\n    " + "\n    ".join(tail)

    with tempfile.TemporaryDirectory(prefix="nnstudio-smoke-") as tmp:
        cwd = Path(tmp)
        if "version" in checks:
            proc = runner.run("--version", cwd=cwd)
            ok = proc.returncode == 0 and proc.stdout.startswith("nnstudio ")
            report("version", ok, proc.stdout.strip() if ok else explain(proc))

        if "gui" in checks:
            started = time.monotonic()
            proc = runner.run("gui", "--smoke-test", cwd=cwd)
            wall = time.monotonic() - started
            parsed = parse_smoke_line(proc.stdout)
            ok = proc.returncode == 0 and parsed is not None and bool(parsed["passed"])
            if parsed is not None:
                summary["times"] = {k: parsed[k] for k in _SECONDS if k in parsed}
                summary["times"]["wall"] = round(wall, 2)  # type: ignore[index]
            report("gui", ok, str(parsed["line"]) if ok and parsed else explain(proc))
            if ok and args.targets and parsed is not None:
                window, ready = parsed.get("window"), parsed.get("ready")
                report(
                    "targets",
                    isinstance(window, float)
                    and window <= TARGET_WINDOW_S
                    and isinstance(ready, float)
                    and ready <= TARGET_READY_S,
                    f"window {window} s (target {TARGET_WINDOW_S} s), ready {ready} s "
                    f"(target {TARGET_READY_S} s)",
                )

        if "train" in checks:
            proc = runner.run("train", "--template", "xor", cwd=cwd)
            last = (proc.stdout.strip().splitlines() or [""])[-1]
            found = re.search(r"^Test: .*accuracy ([0-9.]+)", last)
            ok = proc.returncode == 0 and found is not None and float(found.group(1)) >= 1.0
            report("train", ok, last if ok else explain(proc))

        if "export" in checks:
            out = cwd / "xor_export.py"
            proc = runner.run("export", "--template", "xor", "-o", str(out), cwd=cwd)
            ok = proc.returncode == 0 and out.is_file()
            if ok:
                source = out.read_text(encoding="utf-8")
                try:
                    compile(source, str(out), "exec")
                except SyntaxError as exc:
                    ok, proc = False, subprocess.CompletedProcess([], 1, "", f"{exc}")
                ok = ok and "def " in source and "keras" in source
            detail = f"{out.name}: {len(source.splitlines())} lines" if ok else explain(proc)
            report("export", ok, detail)

        if "lessons" in checks:
            # The built-in lessons ship beside the code: all of them listed and readable.
            proc = runner.run("lesson", "list", cwd=cwd)
            listed = [line for line in proc.stdout.splitlines() if " min  " in line]
            ok = proc.returncode == 0 and len(listed) >= 8
            report("lessons", ok, f"{len(listed)} lessons and challenges" if ok else explain(proc))

        if "language" in checks:
            # The German translation ships beside the code and is read without Qt.
            proc = runner.run("--language", "de", "lesson", "list", cwd=cwd)
            german = "Handgeschriebene Ziffern lesen" in proc.stdout
            ok = proc.returncode == 0 and german
            report("language", ok, "German lesson titles" if ok else explain(proc))

        if args.portable and folder is not None:
            empty = cwd / "empty-home"
            left = (
                sorted(str(p.relative_to(empty)) for p in empty.rglob("*"))
                if empty.is_dir()
                else []
            )
            log = folder / "data" / "logs" / "nnstudio.log"
            report(
                "portable",
                log.is_file() and not left,
                f"log in {log.parent}; the home folder stayed empty"
                if log.is_file() and not left
                else f"log beside the program: {log.is_file()}; in the home folder: {left[:10]}",
            )
            shutil.rmtree(folder / "data", ignore_errors=True)
            (folder / "portable.txt").unlink()
            before = {k: v for k, v in before.items() if k != "portable.txt"}

        if "readonly" in checks and folder is not None and not args.portable:
            after = snapshot(folder)
            changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
            report(
                "readonly",
                not changed,
                "nothing written into the program's folder"
                if not changed
                else f"{len(changed)} files changed there: {changed[:10]}",
            )

    summary["passed"] = not failures
    print(json.dumps(summary))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
