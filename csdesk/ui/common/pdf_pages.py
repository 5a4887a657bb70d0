"""Turning a PDF's pages into images and onto a printer, the same for preview and print.

Qt's PDF module renders each page at the printer's resolution (capped at ``MAX_DPI``, so a
1200 dpi printer does not get 100 MB pages); the page is centred and scaled to fit the
paper, never cropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from csdesk.common.progress import Progress, report

#: Printers report 600 dpi and more; 300 prints text sharp and keeps memory sane.
MAX_DPI = 300


#: The preview's page images: sharp on screen at full-page zoom, 4.7 MB a page.
PREVIEW_DPI = 110


def a4_printer() -> QPrinter:
    """A printer set to A4 portrait at high resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def render_pages(path: Path, dpi: int, progress: Progress | None = None) -> list[QImage]:
    """Every page of the PDF at ``path`` as an image at ``dpi`` (safe in a worker thread)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        images = []
        total = len(document)
        for number in range(total):
            report(progress, number, total)
            images.append(_page_image(document, number, dpi))
        report(progress, total, total)
        return images
    finally:
        document.close()


def _page_image(document, number: int, dpi: int) -> QImage:
    """One page as a ``Format_RGB32`` image, which Qt paints without converting.

    52 preview pages are recorded in 9 ms this way, against 150 ms as RGB888.
    """
    bitmap = document[number].render(scale=dpi / 72, prefer_bgrx=True)
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
    )
    return image.copy()  # own the pixels: the bitmap's buffer goes with the bitmap


def _draw_centred(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    target = printer.pageLayout().paintRectPixels(printer.resolution())
    area = QRectF(0, 0, target.width(), target.height())
    size = QSize(image.width(), image.height()).scaled(
        area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
    )
    painter.drawImage(
        QRectF(
            (area.width() - size.width()) / 2,
            (area.height() - size.height()) / 2,
            size.width(),
            size.height(),
        ),
        image,
    )


def paint_pdf(printer: QPrinter, path: Path, progress: Progress | None = None) -> int:
    """Paint every page of the PDF at ``path`` on ``printer``; return the page count.

    Safe in a worker thread. Raises ``Cancelled`` between pages when ``progress`` says
    stop (the pages already sent stay sent; the printer aborts the rest).
    """
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        return 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        total = len(document)
        for number in range(total):
            report(progress, number, total)
            if number:
                printer.newPage()
            _draw_centred(painter, printer, _page_image(document, number, dpi))
        report(progress, total, total)
        return total
    except BaseException:
        printer.abort()
        raise
    finally:
        painter.end()
        document.close()


def paint_images(printer: QPrinter, images: list[QImage]) -> None:
    """Paint rendered pages on ``printer`` (the preview's pages: quick, GUI thread)."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            _draw_centred(painter, printer, image)
    finally:
        painter.end()
