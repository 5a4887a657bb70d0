"""A month's appraisals as a table for payroll: ``csdesk export appraisals --month``.

One line per agent of the month, as the appraisals page shows it (prepared or only
computed). Grade and bonus are empty for a month that does not grade the agent, so a
payroll sheet never pays a grade that was not given.
"""

from __future__ import annotations

from pathlib import Path

from csdesk.common.progress import Progress
from csdesk.domain.access import Permission
from csdesk.domain.months import Month
from csdesk.services.accounts.access import require
from csdesk.services.appraisals.records import NOT_PREPARED, AppraisalRecord, month_view
from csdesk.services.database import Database
from csdesk.services.exporting import write_table

#: Machine keys: the file is read by payroll sheets, whatever the UI's language.
COLUMNS = ["employee_no", "name", "post", "total", "grade", "bonus", "status", "coverage"]


def _status(record: AppraisalRecord) -> str:
    """final, draft or not_prepared when graded; otherwise why the month is not graded."""
    if not record.graded:
        return record.standing
    return record.status if record.status != NOT_PREPARED else "not_prepared"


def _line(record: AppraisalRecord) -> list[object]:
    graded = record.graded
    return [
        record.employee_no,
        record.name,
        record.post,
        None if record.total is None else round(record.total, 1),
        (record.grade or None) if graded else None,
        round(record.bonus.amount / 100, 2) if graded else None,
        _status(record),
        None if record.coverage is None else round(record.coverage * 100, 1),
    ]


def export_appraisals(
    db: Database,
    out: Path,
    fmt: str | None = None,
    month: Month | None = None,
    progress: Progress | None = None,
) -> int:
    """Write ``month``'s appraisals to ``out`` (CSV or XLSX); return the lines written.

    ``bonus`` is in yuan, ``total`` to one decimal, ``coverage`` the percent of the
    scorecard's weight with data. ``status`` is final, draft or not_prepared for a
    graded month, else in_progress, onboarding, not_cleared or not_enough_data.
    """
    if month is None:
        raise ValueError("export_appraisals needs the month")
    require(db, Permission.PAY)  # the file carries each agent's bonus
    lines = [_line(a) for a in month_view(db, month).appraisals]
    return write_table(out, COLUMNS, lines, fmt, total=len(lines), progress=progress)
