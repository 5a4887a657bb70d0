"""The printed rota of a week (``csdesk report rota`` and the page's Print…)."""

from __future__ import annotations

from pathlib import Path

from csdesk.common.i18n import translate
from csdesk.common.progress import Progress
from csdesk.common.rota_labels import leave_labels, leave_marks, shift_times, week_title
from csdesk.domain.rota import Leave
from csdesk.domain.weeks import Week
from csdesk.services import shop
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.rota import week_plan as rota

PAPERS = ("A4", "A3")


def _weekday_names() -> list[str]:
    return [
        translate("Report", "Mon"),
        translate("Report", "Tue"),
        translate("Report", "Wed"),
        translate("Report", "Thu"),
        translate("Report", "Fri"),
        translate("Report", "Sat"),
        translate("Report", "Sun"),
    ]


def rota_report(
    db: Database, week: Week, out: Path, paper: str = "A4", progress: Progress | None = None
) -> int:
    """Write the week's rota as a PDF on A4 or A3 landscape; return how many agents.

    Raises:
        UserError: a paper size other than A4 or A3.
    """
    from csdesk.reports.rota import RotaCell, RotaLine, RotaSheet, build_rota_pdf

    if paper not in PAPERS:
        raise UserError(translate("Report", "The rota prints on A4 or A3."))
    found = rota.week_rota(db, week)
    marks, leave_names = leave_marks(), leave_labels()
    colours = {s.code: s.colour for s in found.shifts}
    names = _weekday_names()
    days = []
    for number, day in enumerate(week.days):
        heading = f"{names[number]} {day.month}/{day.day}"
        if day in found.holidays:
            heading += "\n" + (found.holidays[day] or translate("Report", "Holiday"))
        days.append(heading)
    lines = []
    for agent in found.agents:
        cells = []
        for day in week.days:
            plan = found.plan(agent.id, day)
            parts = list(plan.codes)
            if plan.leave is not None:
                parts.append(marks[plan.leave])
            cells.append(RotaCell("+".join(parts), plan.fill(colours)))
        lines.append(
            RotaLine(
                agent.employee_no, agent.name, tuple(cells), f"{found.hours.get(agent.id, 0.0):g}"
            )
        )
    used = {c for plan in found.plans.values() for c in plan.codes}
    legend = [
        (s.code, f"{s.name} {shift_times(s.shift)}", s.colour)
        for s in found.shifts
        if not s.archived or s.code in used
    ]
    legend += [
        (marks[kind], leave_names[kind], rota.DayPlan((), Leave(kind)).fill({})) for kind in marks
    ]
    notes = []
    if found.published and found.published_at is not None:
        notes.append(
            translate("Report", "Published {when} by {who}.").format(
                when=found.published_at.strftime("%Y-%m-%d %H:%M"), who=found.published_by
            )
        )
    else:
        notes.append(translate("Report", "Draft: this week is not published yet."))
    open_checks = sum(1 for f in found.findings if f.open)
    if open_checks:
        notes.append(
            translate("Report", "Rule checks still open: {count}.").format(count=open_checks)
        )
    first, last = week.days[0], week.days[-1]
    title = translate("Report", "Rota, week {week} ({first} – {last})").format(
        week=week_title(week), first=first.isoformat(), last=last.isoformat()
    )
    sheet = RotaSheet(
        shop.shop_name(db),
        title,
        tuple(days),
        tuple(n for n, d in enumerate(week.days) if d in found.holidays),
        tuple(lines),
        tuple(legend),
        tuple(notes),
    )
    build_rota_pdf(out, sheet, paper, progress=progress)
    return len(lines)
