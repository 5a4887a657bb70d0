"""What the Goals page prints and keeps for the year: the two reports and the budget.

The team report and the year-end summary are written in the background and opened in
the print preview, the path the appraisals print through. Words keep the page's
translation context.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from csdesk.domain.months import Month
from csdesk.ui.common import pdf_printing
from csdesk.ui.common.widgets import status_message
from csdesk.ui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("GoalsPage", text)


def print_team_report(page: QWidget, ctx: AppContext) -> None:
    """Ask for the month, write its team report and open it in the preview."""
    from csdesk.services.goals.team_report import team_report
    from csdesk.ui.common.month_dialog import ask_month, month_text

    month = ask_month(page, _tr("Team report"), Month.of(date.today()).shift(-1))
    if month is None:
        return
    pdf_printing.preview_written(
        page, ctx, f"team-{month}.pdf",
        lambda path, progress: team_report(ctx.db, month, path, progress=progress),
        _tr("Team report {month}").format(month=month_text(month)),
    )  # fmt: skip


def print_year_report(page: QWidget, ctx: AppContext, year: int) -> None:
    """Write ``year``'s year-end summary and open it in the preview."""
    from csdesk.services.goals.year_report import year_report

    pdf_printing.preview_written(
        page, ctx, f"year-{year}.pdf",
        lambda path, progress: year_report(ctx.db, year, path, progress=progress),
        _tr("Year-end summary {year}").format(year=year),
    )  # fmt: skip


def edit_budget(page: QWidget, ctx: AppContext, year: int) -> None:
    """Set ``year``'s training budget (0: none)."""
    from csdesk.services.training import training_budget

    cents = training_budget.training_budget(ctx.db, year) or 0
    amount, ok = QInputDialog.getDouble(
        page,
        _tr("Training budget"),
        _tr("Training budget for {year} (¥; 0: none)").format(year=year),
        cents / 100,
        0,
        1e9,
        2,
    )
    if ok:
        training_budget.set_training_budget(ctx.db, year, round(amount * 100) or None)
        status_message(page, _tr("Training budget for {year} saved.").format(year=year))
