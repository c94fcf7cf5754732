"""The Debian packages a Linux bundle needs from the system, for the .deb's Depends line.

    python packaging/linux/debdeps.py BUNDLE

PyInstaller copies most libraries into the bundle but leaves the ones that must match the
system (glibc, OpenGL/EGL, fontconfig, X11/xcb, D-Bus) to the system. This reads every ELF
file's needed libraries (``readelf -d``), drops those the bundle carries itself, and asks dpkg
which package provides each of the rest on the build machine. It prints one Depends value.
"""

from __future__ import annotations

import platform
import re
import subprocess
import sys
from pathlib import Path

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(.+?)\]")
#: Libraries that come with every Debian system (and the loader), so no Depends entry names them.
ESSENTIAL = {"libc6", "libgcc-s1", "libstdc++6", "libzstd1", "zlib1g"}


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """(libraries some ELF file in the bundle needs, libraries the bundle itself holds)."""
    needed: set[str] = set()
    present: set[str] = set()
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink() or not is_elf(path):
            continue
        present.add(path.name)
        out = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
        ).stdout
        needed.update(_NEEDED.findall(out))
    for path in bundle.rglob("*"):
        if path.is_symlink():
            present.add(path.name)
    return needed, present


def package_of(library: str) -> str | None:
    """The Debian package that holds ``library`` on this machine (None if dpkg knows none)."""
    out = subprocess.run(
        ["dpkg", "-S", f"*/{library}"], capture_output=True, text=True, check=False
    ).stdout
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        if path.strip().startswith(("/lib/", "/usr/lib/")):
            return package.split(":")[0]
    return None


def depends(bundle: Path) -> str:
    needed, present = needed_libraries(bundle)
    missing = sorted(needed - present - {"ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1"})
    packages = set()
    unknown = []
    for library in missing:
        package = package_of(library)
        if package is None:
            unknown.append(library)
        elif package not in ESSENTIAL:
            packages.add(package)
    if unknown:
        print(f"debdeps: no package provides {', '.join(unknown)}", file=sys.stderr)
    libc = platform.libc_ver()[1] or "2.31"
    return ", ".join([f"libc6 (>= {libc})", *sorted(packages)])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/linux/debdeps.py BUNDLE")
    print(depends(Path(sys.argv[1])))
