"""What the complaints page writes to files: the export, and the monthly review as a PDF.

Functions of the page, kept apart from the list; they speak in the page's words (its
translation context) and run their work through ``run_with_progress``.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from csdesk.domain.months import Month
from csdesk.services.complaints import complaint_export
from csdesk.ui.background import run_with_progress
from csdesk.ui.common.table_export import export_table
from csdesk.ui.common.widgets import status_message
from csdesk.ui.context import AppContext


def export_complaints(page: QWidget, ctx: AppContext) -> None:
    """Export complaints (all, or one month) to CSV or XLSX."""
    db = ctx.db
    export_table(
        page,
        ctx,
        QCoreApplication.translate("ComplaintsPage", "Export complaints"),
        QCoreApplication.translate("ComplaintsPage", "complaints.xlsx"),
        lambda target, fmt, progress: complaint_export.export_complaints(
            db, target, fmt, progress=progress, labelled=True
        ),
        lambda n: QCoreApplication.translate(
            "ComplaintsPage", "{count} complaints exported to {path}", None, n
        ),
        label=QCoreApplication.translate("ComplaintsPage", "Exporting complaints…"),
    )


def _review_month(page: QWidget) -> Month | None:
    from csdesk.ui.common.month_dialog import ask_month

    title = QCoreApplication.translate("ComplaintsPage", "Monthly complaint review")
    return ask_month(page, title, Month.of(date.today()).shift(-1))


def save_review(page: QWidget, ctx: AppContext) -> None:
    """Save a month's complaint review as a PDF."""
    month = _review_month(page)
    if month is None:
        return
    name, _ = QFileDialog.getSaveFileName(
        page,
        QCoreApplication.translate("ComplaintsPage", "Monthly complaint review"),
        QCoreApplication.translate("ComplaintsPage", "complaint-review-{month}.pdf").format(
            month=month
        ),
        QCoreApplication.translate("ComplaintsPage", "PDF (*.pdf)"),
    )
    if name:
        _write_review(page, ctx, month, Path(name), open_after=False)


def print_review(page: QWidget, ctx: AppContext) -> None:
    """Open a month's review in the system viewer, to print from there."""
    month = _review_month(page)
    if month is not None:
        folder = Path(tempfile.mkdtemp(prefix="csdesk-print-"))
        _write_review(page, ctx, month, folder / f"complaint-review-{month}.pdf", open_after=True)


def _write_review(page: QWidget, ctx: AppContext, month: Month, path: Path, open_after: bool):
    from csdesk.services.complaints import complaint_reports

    def done(_result) -> None:
        written = QCoreApplication.translate("ComplaintsPage", "Complaint review written to {path}")
        status_message(page, written.format(path=path))
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    db = ctx.db
    run_with_progress(
        page,
        ctx,
        QCoreApplication.translate("ComplaintsPage", "Monthly complaint review"),
        lambda progress: complaint_reports.review_report(db, month, path, progress=progress),
        done,
        label=QCoreApplication.translate("ComplaintsPage", "Writing the complaint review…"),
        path=path,
    )
