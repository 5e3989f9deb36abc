"""Make the bundle's icons from ``resources/icons/mentorat.svg``: ``python scripts/make_icons.py``.

The SVG is the one source; this writes ``mentorat.ico`` (Windows, 16 to 256 px) and
``mentorat.icns`` (macOS, 16 to 1024 px) beside it, and ``mentorat-256.png`` for Linux menus
that do not read SVG. Run it again after editing the SVG and commit the results. It needs
Pillow (a build tool only, not a dependency of the app): ``pip install pillow``.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024]


def render(size: int) -> Image.Image:
    """Render the SVG at ``size`` pixels with Qt's SVG renderer (no Cairo needed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "mentorat.svg")).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    largest = render(1024)
    largest.save(ICONS / "mentorat.icns", sizes=[(s, s) for s in ICNS_SIZES])
    render(256).save(ICONS / "mentorat.ico", sizes=[(s, s) for s in ICO_SIZES])
    render(256).save(ICONS / "mentorat-256.png")
    for name in ("mentorat.ico", "mentorat.icns", "mentorat-256.png"):
        print(ICONS / name, (ICONS / name).stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
