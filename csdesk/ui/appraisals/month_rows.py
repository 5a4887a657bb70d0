"""The month's appraisals table: one row per agent, and the line that says where it stands.

Pure row building from the month's state, so that the page only places the table. The
texts keep the page's translation context.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from csdesk.common.appraisal_labels import appraisal_status_labels, grade_text
from csdesk.common.labels import currency, label, post_labels
from csdesk.domain.standing import Standing
from csdesk.services.appraisals import records
from csdesk.ui.common.formats import show_date
from csdesk.ui.common.rows_model import Row

#: A finalised appraisal's status cell.
FINAL_FILL = "#e6f2e6"


def month_headers() -> list[str]:
    """The table's column titles."""
    return [
        QCoreApplication.translate("AppraisalsPage", "No."),
        QCoreApplication.translate("AppraisalsPage", "Agent"),
        QCoreApplication.translate("AppraisalsPage", "Post"),
        QCoreApplication.translate("AppraisalsPage", "Total"),
        QCoreApplication.translate("AppraisalsPage", "Grade"),
        QCoreApplication.translate("AppraisalsPage", "Bonus"),
        QCoreApplication.translate("AppraisalsPage", "Rank"),
        QCoreApplication.translate("AppraisalsPage", "Status"),
        QCoreApplication.translate("AppraisalsPage", "Signed"),
        QCoreApplication.translate("AppraisalsPage", "Star"),
    ]


def month_rows(state: records.MonthAppraisals) -> list[Row]:
    """One row per agent of the month, sortable by every column."""
    posts, statuses = post_labels(), appraisal_status_labels()
    rows = []
    for a in state.appraisals:
        star = a.agent_id == state.star_agent_id
        signed = show_date(a.acknowledged_on) if a.acknowledged_on else ""
        cells = (
            a.employee_no,
            a.name,
            label(posts, a.post),
            "—" if a.total is None else f"{a.total:.1f}",
            grade_text(a.grade, a.standing),
            currency(a.bonus.amount) if a.shows_pay else "—",
            "—" if a.rank is None else str(a.rank),
            label(statuses, a.status),
            signed,
            "★" if star else "",
        )
        sort = (
            a.employee_no,
            a.name,
            cells[2],
            -1.0 if a.total is None else a.total,
            a.grade or "Z",
            a.bonus.amount,
            a.rank or 10_000,
            cells[7],
            a.acknowledged_on or date.min,
            not star,
        )
        fills = (None,) * 7 + ((FINAL_FILL if a.final else None),) + (None, None)
        rows.append(Row(cells, a, sort=sort, fills=fills))
    return rows


def state_text(state: records.MonthAppraisals) -> str:
    """The line above the table: where the month stands and its Service Star."""
    star = next((a for a in state.appraisals if a.agent_id == state.star_agent_id), None)
    star_text = (
        f"{star.name} ({star.employee_no})"
        if star
        else QCoreApplication.translate("AppraisalsPage", "nobody")
    )
    if not state.appraisals:
        return QCoreApplication.translate("AppraisalsPage", "No agent worked in this month.")
    if all(a.standing == Standing.IN_PROGRESS for a in state.appraisals):
        return QCoreApplication.translate(
            "AppraisalsPage",
            "The month is still running: the figures so far. Grades, bonuses and the "
            "Service Star come after it ends.",
        )
    if state.closed and state.closed_at is not None:
        return QCoreApplication.translate(
            "AppraisalsPage", "Closed on {day}. Service Star: {star}."
        ).format(day=show_date(state.closed_at.date()), star=star_text)
    if not any(a.stored for a in state.appraisals):
        return QCoreApplication.translate(
            "AppraisalsPage",
            "Not prepared: the numbers are computed from the month's data. "
            "Service Star so far: {star}.",
        ).format(star=star_text)
    return QCoreApplication.translate(
        "AppraisalsPage", "{drafts} of {count} not final. Service Star so far: {star}."
    ).format(drafts=state.drafts, count=len(state.appraisals), star=star_text)
