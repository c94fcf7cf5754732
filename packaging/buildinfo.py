"""The build-info file of a bundle: what it was built from, and hashes to check it against.

``build-info.json`` sits at the top of every bundle (beside the executable). It names the
nnstudio version and commit, the Python and packaging toolchain, the versions of TensorFlow,
Keras and Qt inside, and the SHA-256 of the executable, of MNIST and of ``MANIFEST.sha256``
(which lists every file of the bundle with its SHA-256, so a school can check a copy).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path

BUILD_INFO = "build-info.json"
MANIFEST = "MANIFEST.sha256"

#: The distributions whose versions a bundle reports (those missing on a platform are left out).
PACKAGES = (
    "pyinstaller",
    "pyinstaller-hooks-contrib",
    "tensorflow-cpu",
    "tensorflow",
    "keras",
    "PySide6-Essentials",
    "shiboken6",
    "pyqtgraph",
    "numpy",
    "h5py",
    "ml_dtypes",
    "protobuf",
)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def package_versions(names: tuple[str, ...] = PACKAGES) -> dict[str, str]:
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return versions


def git_commit(repo: Path) -> tuple[str, bool]:
    """The commit the repository is at, and whether its tracked files have changes."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=repo, capture_output=True, text=True, check=True
        ).stdout.strip()

    try:
        return git("rev-parse", "HEAD"), bool(git("status", "--porcelain", "--untracked-files=no"))
    except (OSError, subprocess.CalledProcessError):
        return "unknown", False


def write_manifest(bundle: Path) -> tuple[int, int]:
    """Write MANIFEST.sha256 (``HASH  relative/path`` lines, sorted); return files and bytes."""
    lines, total = [], 0
    skip = {MANIFEST, BUILD_INFO}
    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()):
        rel = path.relative_to(bundle).as_posix()
        if rel in skip:
            continue
        total += path.stat().st_size
        lines.append(f"{sha256(path)}  {rel}")
    (bundle / MANIFEST).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines), total


def find_file(bundle: Path, relative: str) -> Path | None:
    """``relative`` under the bundle, directly or inside PyInstaller's _internal folder."""
    for base in (bundle, bundle / "_internal", bundle.parent / "Resources"):
        if (base / relative).is_file():
            return base / relative
    return None


def build_info(bundle: Path, repo: Path, executable: Path) -> dict[str, object]:
    """Write the manifest and return the build-info record for ``bundle``."""
    commit, dirty = git_commit(repo)
    files, size = write_manifest(bundle)
    mnist = find_file(bundle, "resources/mnist.npz")
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = (
        _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc)
        if epoch
        else _dt.datetime.now(_dt.timezone.utc)
    )
    sys.path.insert(0, str(repo))
    from nnstudio import __version__

    libc = platform.libc_ver()
    return {
        "name": "nnstudio",
        "version": __version__,
        "commit": commit,
        "dirty": dirty,
        "built_at": when.replace(microsecond=0).isoformat(),
        "system": platform.system(),
        "machine": platform.machine(),
        "libc": f"{libc[0]} {libc[1]}".strip() or None,
        "python": platform.python_version(),
        "packages": package_versions(),
        "files": files,
        "bytes": size,
        "sha256": {
            "executable": sha256(executable),
            "mnist.npz": sha256(mnist) if mnist else None,
            MANIFEST: sha256(bundle / MANIFEST),
        },
    }


def write_build_info(bundle: Path, repo: Path, executable: Path) -> Path:
    info = build_info(bundle, repo, executable)
    path = bundle / BUILD_INFO
    path.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return path


def verify(bundle: Path) -> list[str]:
    """Files whose SHA-256 no longer matches MANIFEST.sha256 (missing ones included)."""
    bad = []
    for line in (bundle / MANIFEST).read_text(encoding="utf-8").splitlines():
        digest, rel = line.split("  ", 1)
        path = bundle / rel
        if not path.is_file() or sha256(path) != digest:
            bad.append(rel)
    return bad
