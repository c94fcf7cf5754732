"""Render packaging/icons/nnstudio.svg to the icon files each installer wants.

    python packaging/make_icons.py OUT_DIR

writes nnstudio-SIZE.png (16 to 512), nnstudio.ico (Windows) and nnstudio.icns (macOS) with
Qt's own image writers, so no other tool is needed on any of the three build machines.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent / "icons" / "nnstudio.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not a valid SVG")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    images = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        images[size] = image
        path = out_dir / f"nnstudio-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"make_icons: could not write {path}")
        written.append(path)
    for name, fmt, size in (("nnstudio.ico", "ICO", 256), ("nnstudio.icns", "ICNS", 512)):
        path = out_dir / name
        if not images[size].save(str(path), fmt):
            raise SystemExit(f"make_icons: could not write {path}")
        written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/make_icons.py OUT_DIR")
    for p in render(Path(sys.argv[1])):
        print(p)
