"""Print a PDF that csdesk wrote, through Qt's print dialog and a print preview.

The reports are laid out once, by reportlab, so the printed sheet and the exported
file are the same pages. Qt cannot read a PDF without the QtPdf add-on, which the
installer leaves out; pypdfium2 (PDFium, the PDF engine of Chrome) renders each page and
Qt paints it onto the printer or the preview.

Rendering a 50-page appraisal pack at printer resolution takes about ten seconds, so it
never runs on the GUI thread: QPainter may paint on a QPrinter or QImage in a worker
thread (Qt's threading rules), and the preview's page images are rendered in the
background before the preview opens. Its Print button sends the job back to the
background at full resolution.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.progress import Progress, report
from csdesk.ui.background import run_with_progress
from csdesk.ui.common.widgets import status_message
from csdesk.ui.context import AppContext

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


def print_pdf(parent: QWidget, ctx: AppContext, path: Path, title: str) -> None:
    """Ask for a printer with Qt's print dialog, then print ``path`` in the background."""
    printer = a4_printer()
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return

    def printed(pages: int) -> None:
        text = QCoreApplication.translate(
            "Printing", "Sent to the printer: {count} pages.", None, pages
        )
        status_message(parent, text.format(count=pages))

    run_with_progress(
        parent,
        ctx,
        title,
        lambda progress: paint_pdf(printer, path, progress),
        printed,
        label=QCoreApplication.translate("Printing", "Printing…"),
    )


def preview_pdf(parent: QWidget, ctx: AppContext, path: Path, title: str) -> None:
    """Render the pages in the background, then show them in a print preview."""

    def show(images: list[QImage]) -> None:
        PrintPreview(ctx, path, title, images, parent).exec()

    run_with_progress(
        parent,
        ctx,
        title,
        lambda progress: render_pages(path, PREVIEW_DPI, progress),
        show,
        label=QCoreApplication.translate("Printing", "Preparing the preview…"),
    )


class PrintPreview(QDialog):
    """Qt's page preview of rendered pages, with zoom and a Print button.

    Unlike ``QPrintPreviewDialog``, whose Print paints on the GUI thread, Print here
    closes the preview and prints from the PDF in the background at printer resolution.
    """

    def __init__(
        self,
        ctx: AppContext,
        path: Path,
        title: str,
        images: list[QImage],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.title, self.images = ctx, path, title, images
        self.setWindowTitle(title)
        self.printer = a4_printer()  # kept: the preview widget does not own it
        self.printer.setDocName(title)
        self.view = QPrintPreviewWidget(self.printer, self)
        self.view.paintRequested.connect(lambda target: paint_images(target, self.images))
        self.view.fitToWidth()
        tools = QHBoxLayout()
        for text, slot in (
            (self.tr("Zoom &in"), self.view.zoomIn),
            (self.tr("Zoom &out"), self.view.zoomOut),
            (self.tr("&Fit width"), self.view.fitToWidth),
            (self.tr("&Whole page"), self.view.fitInView),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            tools.addWidget(button)
        tools.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.print_now)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)

    def print_now(self) -> None:
        """Close the preview and print the PDF (printer dialog, then the background)."""
        owner = self.parentWidget() or self
        self.accept()
        self.images = []  # the preview's pages are not needed any more
        print_pdf(owner, self.ctx, self.path, self.title)
