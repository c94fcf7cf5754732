"""Build nnstudio's one-folder bundle with PyInstaller, then check it.

    python -m venv .pkgvenv && .pkgvenv/bin/pip install -r packaging/requirements-build.txt
    .pkgvenv/bin/python packaging/build.py [--dist DIR] [--work DIR] [--no-smoke] [--offline]

Steps: render the icons, run PyInstaller on packaging/nnstudio.spec, add the credits
(nnstudio, MNIST's CC BY-SA 3.0, every bundled package's licence), write ``build-info.json``
and ``MANIFEST.sha256``, then run packaging/smoke_test.py against the bundle. The result is
``DIST/nnstudio/`` (and ``DIST/nnstudio.app`` on macOS); it is what every installer ships.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import buildinfo  # noqa: E402
import make_icons  # noqa: E402


def executable(bundle: Path) -> Path:
    return bundle / ("nnstudio.exe" if sys.platform == "win32" else "nnstudio")


def strip_tensorflow(bundle: Path) -> int:
    """Linux: drop the symbol tables the dynamic linker never reads from TensorFlow's libraries.

    libtensorflow_cc.so goes from 790 MB to 580 MB. Only TensorFlow's: other wheels' libraries
    were rewritten by auditwheel, and ``strip`` breaks those. Returns the bytes saved.
    """
    if not sys.platform.startswith("linux") or shutil.which("strip") is None:
        return 0
    saved = 0
    for lib in sorted((bundle / "_internal" / "tensorflow").rglob("*.so*")):
        if lib.is_symlink() or not lib.is_file() or lib.stat().st_size < 1_000_000:
            continue
        before = lib.stat().st_size
        subprocess.run(["strip", "--strip-unneeded", str(lib)], check=True)
        saved += before - lib.stat().st_size
    return saved


def credits_text() -> str:
    """CREDITS.txt: who made what is inside, and under which licence."""
    mnist = (REPO / "resources" / "README.md").read_text(encoding="utf-8")
    lines = [
        "nnstudio - learn neural networks by building them. MIT licence.",
        "",
        "This folder also contains the MNIST database of handwritten digits",
        "(resources/mnist.npz), by Yann LeCun and Corinna Cortes, available under the",
        "Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0). Its notice:",
        "",
        *("    " + line for line in mnist.splitlines()),
        "",
        "and these Python packages, each under its own licence (the licence files are in",
        "their *.dist-info folders inside _internal/ where the package ships them):",
        "",
    ]
    seen = set()
    for dist in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"].lower()):
        name = dist.metadata["Name"]
        if name.lower() in seen or name.lower() in {"pip", "setuptools", "wheel", "pyinstaller"}:
            continue
        seen.add(name.lower())
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        licence = licence.splitlines()[0].strip() if licence.strip() else ""
        if not licence or len(licence) > 60:
            classifiers = [
                c.split("::")[-1].strip()
                for c in dist.metadata.get_all("Classifier") or []
                if c.startswith("License ::")
            ]
            licence = ", ".join(classifiers) or "see the package"
        lines.append(f"    {name} {dist.version}: {licence}")
    lines += ["", "Python itself: Python Software Foundation License.", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=REPO / "build", help="PyInstaller's scratch")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    parser.add_argument("--offline", action="store_true", help="smoke test with no network")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    started = time.monotonic()
    icons = work / "icons"
    make_icons.render(icons)
    env = dict(os.environ, NNSTUDIO_REPO=str(REPO), NNSTUDIO_ICONS=str(icons))
    env.pop("PYTHONPATH", None)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(HERE / "nnstudio.spec"),
        ],
        check=True,
        env=env,
    )
    bundle = dist / "nnstudio"
    saved = strip_tensorflow(bundle)
    if saved:
        print(f"build: stripping TensorFlow's libraries saved {saved / 1e6:.0f} MB")
    # The icons, for the installers' menu entries (the Linux ones copy them from here).
    shutil.copytree(icons, bundle / "icons", dirs_exist_ok=True)
    shutil.copy2(HERE / "icons" / "nnstudio.svg", bundle / "icons" / "nnstudio.svg")
    (bundle / "CREDITS.txt").write_text(credits_text(), encoding="utf-8")
    info = buildinfo.write_build_info(bundle, REPO, executable(bundle))
    if sys.platform == "darwin":
        resources = dist / "nnstudio.app" / "Contents" / "Resources"
        for name in ("CREDITS.txt", buildinfo.BUILD_INFO, buildinfo.MANIFEST):
            shutil.copy2(bundle / name, resources / name)
    print(f"build: {bundle} in {time.monotonic() - started:.0f} s; {info.name}:")
    print(info.read_text(encoding="utf-8"))

    if args.no_smoke:
        return 0
    smoke = [sys.executable, str(HERE / "smoke_test.py")]
    if args.offline:
        smoke.append("--offline")
    program = str(executable(bundle))
    if sys.platform == "win32":
        program = str(bundle / "nnstudio-cli.exe")
    return subprocess.run([*smoke, "--", program], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
