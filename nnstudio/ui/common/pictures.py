"""Small pictures of data: a digit as a framed, enlarged grey image."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

#: Each 28x28 digit drawn at this many screen pixels per data pixel, unless told otherwise.
ZOOM = 2


def digit_pixmap(pixels: npt.NDArray[np.uint8], zoom: int = ZOOM) -> QPixmap:
    """A grey picture of one digit, ``zoom`` screen pixels per data pixel, with a thin frame."""
    height, width = pixels.shape
    data = np.ascontiguousarray(pixels, dtype=np.uint8)
    image = QImage(data.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
    return _framed(image, zoom)


def _framed(image: QImage, zoom: int) -> QPixmap:
    """``image`` enlarged ``zoom`` times, with a thin grey frame."""
    pixmap = QPixmap.fromImage(image).scaled(
        image.width() * zoom, image.height() * zoom, Qt.AspectRatioMode.IgnoreAspectRatio
    )
    painter = QPainter(pixmap)
    painter.setPen(QColor("#888888"))
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    painter.end()
    return pixmap


#: Blue for negative, white for zero, red for positive: the weights' colours everywhere.
DIVERGING = "CET-D1"


def diverging_pixmap(values: npt.NDArray[np.floating], level: float, zoom: int = ZOOM) -> QPixmap:
    """``values`` (height, width) coloured blue (negative) to white (0) to red (positive),
    ``level`` and beyond taking the strongest colour; ``zoom`` screen pixels per value."""
    import pyqtgraph as pg

    lut = pg.colormap.get(DIVERGING).getLookupTable(0.0, 1.0, 256)
    level = level if level > 0 else 1.0
    scaled = np.clip((np.asarray(values, np.float64) / level + 1.0) / 2.0, 0.0, 1.0)
    rgb = np.ascontiguousarray(lut[np.round(scaled * 255).astype(np.int64)], dtype=np.uint8)
    height, width = scaled.shape
    image = QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
    return _framed(image, zoom)
