"""Send a PDF to a printer: pdfium draws each page as an image, Qt paints it on the sheet.

This PySide6 has no QtPdf, and the system print dialog only gives a QPrinter, so the pages
are rasterised here, one at a time to keep memory flat, each scaled to fit the printable
area of its sheet.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _

# Sharp text on paper; higher only makes the print job larger and slower to spool.
MAX_DPI = 300
POINTS_PER_INCH = 72


def page_count(data: bytes) -> int:
    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def render_page(page: pdfium.PdfPage, dpi: float) -> QImage:
    """One page as an opaque image at ``dpi``; the copy owns its pixels once pdfium's go."""
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
    try:
        image = QImage(
            bitmap.buffer,
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888,
        )
        return image.copy()
    finally:
        bitmap.close()


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """Zero-based page numbers chosen in the print dialog (all of them unless a range was)."""
    ranges = printer.pageRanges()
    if printer.printRange() != QPrinter.PrintRange.PageRange or ranges.isEmpty():
        return list(range(count))
    return [n - 1 for n in range(1, count + 1) if ranges.contains(n)]


def fitted(page_width: float, page_height: float, area: QRectF) -> QRectF:
    """The page at its real size, shrunk (never enlarged) to fit ``area``, centred in it."""
    scale = min(1.0, area.width() / page_width, area.height() / page_height)
    width, height = page_width * scale, page_height * scale
    return QRectF(
        area.x() + (area.width() - width) / 2,
        area.y() + (area.height() - height) / 2,
        width,
        height,
    )


def print_pdf(data: bytes, printer: QPrinter, pages: list[int] | None = None) -> int:
    """Print ``pages`` (all by default) one per sheet; returns how many sheets were printed.

    Copies are left to the printer when it can make them, repeated here otherwise.
    """
    pdf = pdfium.PdfDocument(data)
    try:
        chosen = list(range(len(pdf))) if pages is None else pages
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        sequence = chosen * copies
        if not sequence:
            return 0
        resolution = printer.resolution()
        dpi = min(resolution, MAX_DPI)
        # Painter coordinates start at the printable area's corner, in device pixels.
        paint = printer.pageLayout().paintRectPixels(resolution)
        area = QRectF(0, 0, paint.width(), paint.height())
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(_("The printer could not be started. Check that it is available."))
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for sheet, index in enumerate(sequence):
                if sheet and not printer.newPage():
                    raise UserError(_("The printer stopped before the last page."))
                page = pdf[index]
                try:
                    width, height = page.get_size()
                    target = fitted(
                        width / POINTS_PER_INCH * resolution,
                        height / POINTS_PER_INCH * resolution,
                        area,
                    )
                    painter.drawImage(target, render_page(page, dpi))
                finally:
                    page.close()
        finally:
            painter.end()
        return len(sequence)
    finally:
        pdf.close()
