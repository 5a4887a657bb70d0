"""Print a PDF that csdesk wrote, through Qt's print dialog and print preview.

The reports are laid out once, by reportlab, so the printed sheet and the exported
file are the same pages. Qt cannot read a PDF without the QtPdf add-on, which the
installer leaves out; pypdfium2 (PDFium, the PDF engine of Chrome) renders each page at
the printer's resolution and Qt paints it onto the printer or the preview.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

#: Printers report 600 dpi and more; 300 prints text sharp and keeps memory sane.
MAX_DPI = 300


def a4_printer() -> QPrinter:
    """A printer set to A4 portrait at high resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def paint_pdf(printer: QPrinter, path: Path) -> int:
    """Paint every page of the PDF at ``path`` on ``printer``; return the page count."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        return 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        area = QRectF(0, 0, target.width(), target.height())
        for number in range(len(document)):
            if number:
                printer.newPage()
            bitmap = document[number].render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            )
            size = QSize(bitmap.width, bitmap.height).scaled(
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
        return len(document)
    finally:
        painter.end()
        document.close()


def print_pdf(parent: QWidget, path: Path, title: str) -> bool:
    """Ask for a printer with Qt's print dialog and print ``path``; False if cancelled."""
    printer = a4_printer()
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pdf(printer, path)
    return True


def preview_pdf(parent: QWidget, path: Path, title: str) -> None:
    """Show ``path`` in Qt's print preview, from which it can be printed."""
    printer = a4_printer()
    printer.setDocName(title)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(title)
    preview.paintRequested.connect(lambda target: paint_pdf(target, path))
    preview.resize(900, 1000)
    preview.exec()
