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

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.ui.background import run_with_progress
from csdesk.ui.common.pdf_pages import (
    PREVIEW_DPI,
    a4_printer,
    paint_images,
    paint_pdf,
    render_pages,
)
from csdesk.ui.common.widgets import open_size, status_message
from csdesk.ui.context import AppContext


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


def preview_written(
    parent: QWidget, ctx: AppContext, name: str, write: Callable[..., object], title: str
) -> None:
    """Write a report with ``write(path, progress)`` in the background, then preview it.

    The file is written to a fresh temporary folder named ``name``; the preview prints it.
    """
    path = Path(tempfile.mkdtemp(prefix="csdesk-print-")) / name
    run_with_progress(
        parent,
        ctx,
        title,
        lambda progress: write(path, progress),
        lambda _count: preview_pdf(parent, ctx, path, title),
        path=path,
        label=QCoreApplication.translate("Printing", "Writing the report…"),
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
        open_size(self, 820, 640)

    def print_now(self) -> None:
        """Close the preview and print the PDF (printer dialog, then the background)."""
        owner = self.parentWidget() or self
        self.accept()
        self.images = []  # the preview's pages are not needed any more
        print_pdf(owner, self.ctx, self.path, self.title)
