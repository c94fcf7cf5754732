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
    pixmap = QPixmap.fromImage(image).scaled(
        width * zoom, height * zoom, Qt.AspectRatioMode.IgnoreAspectRatio
    )
    painter = QPainter(pixmap)
    painter.setPen(QColor("#888888"))
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    painter.end()
    return pixmap
