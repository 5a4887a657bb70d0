"""Gather the data of each printed report and hand it to its PDF builder."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from csdesk.common.i18n import translate
from csdesk.common.labels import channels_text, label, level_labels, post_labels, status_labels
from csdesk.common.progress import Progress
from csdesk.domain.months import Month
from csdesk.domain.staff import Status
from csdesk.services import shop
from csdesk.services.database import Database
from csdesk.services.staff import agents as staff
from csdesk.services.staff import headcount


def staff_report(
    db: Database,
    out: Path,
    include_left: bool = False,
    agent_ids: list[int] | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the staff list PDF to ``out``; return how many agents it lists.

    Args:
        db: the shop.
        out: the PDF to write (replaced atomically).
        include_left: list former agents too.
        agent_ids: only these agents (the page prints what its filter shows).
        today: the date the summary counts up to (tests pin it).
        progress: hears of every page; returning False cancels (nothing written).
    """
    from csdesk.reports.staff_list import StaffLine, build_staff_list

    today = today or date.today()
    records = staff.list_agents(db)
    if agent_ids is not None:
        wanted = set(agent_ids)
        records = [r for r in records if r.id in wanted]
    elif not include_left:
        records = [r for r in records if r.data.status != Status.LEFT]
    posts, levels, statuses = post_labels(), level_labels(), status_labels()
    lines = [
        StaffLine(
            r.employee_no,
            r.name,
            label(posts, r.data.post),
            label(levels, r.data.level),
            label(statuses, r.data.status),
            r.data.hire_date,
            f"{r.mentor_name} ({r.data.mentor_no})" if r.data.mentor_no else "",
            channels_text(r.data.channels),
            r.data.phone,
        )
        for r in records
    ]
    counts = {s: sum(r.data.status == s for r in records) for s in Status}
    figures = headcount.team_figures(db, Month.of(today))
    rate = figures.year_turnover.rate
    summary = [
        translate("Report", "Agents listed: {count}").format(count=len(lines))
        + "  ·  "
        + "  ".join(f"{statuses[s]} {counts[s]}" for s in Status if counts[s]),
        translate(
            "Report",
            "Headcount today: {headcount}  ·  leavers in {year}: {leavers}  ·  "
            "turnover in {year}: {rate}",
        ).format(
            headcount=headcount.headcount_on(db, today),
            year=today.year,
            leavers=figures.year_turnover.leavers,
            rate="—" if rate is None else f"{rate * 100:.1f}%",
        ),
    ]
    build_staff_list(out, shop.shop_name(db), lines, summary, datetime.now(), progress)
    return len(lines)
