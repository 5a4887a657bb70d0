"""The training PDFs: a session's sign-in sheet, the matrix, and the yearly report.

Each function gathers the figures through the training services, turns keys into the
user's words, and hands plain lines to its builder in ``csdesk.reports``.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

from csdesk.common.i18n import translate
from csdesk.common.labels import hours_text, label, money, post_labels
from csdesk.common.progress import Progress
from csdesk.common.training_labels import format_labels, standing_labels
from csdesk.domain.training import Attendance, Standing
from csdesk.services import shop
from csdesk.services.database import Database
from csdesk.services.training import session_records, training_figures, training_status
from csdesk.services.training.seeded_courses import course_title


def _when(starts_at: datetime) -> str:
    if starts_at.time() == datetime.min.time():
        return starts_at.strftime("%Y-%m-%d")
    return starts_at.strftime("%Y-%m-%d %H:%M")


def _pass_mark_text(pass_mark: float | None) -> str:
    if pass_mark is None:
        return translate("Report", "Attendance only")
    return f"{pass_mark:g}"


def sign_in_sheet(
    db: Database, session_id: int, out: Path, progress: Progress | None = None
) -> int:
    """Write the sign-in sheet of a session; return how many agents it lists."""
    from csdesk.reports.sign_in_sheet import SheetHeading, SheetLine, build_sign_in_sheet

    record = session_records.get_session(db, session_id)
    posts = post_labels()
    heading = SheetHeading(
        course=f"{record.course_title} ({record.course_code})",
        when=_when(record.data.starts_at),
        trainer=record.data.trainer,
        location=record.data.location,
        format=label(format_labels(), record.data.format),
        hours=hours_text(record.data.hours),
        pass_mark=_pass_mark_text(record.pass_mark),
    )
    lines = [
        SheetLine(a.employee_no, a.name, label(posts, a.post))
        for a in sorted(record.attendees, key=lambda a: a.employee_no)
    ]
    build_sign_in_sheet(out, shop.shop_name(db), heading, lines, progress=progress)
    return len(lines)


def _cell_date(cell) -> str:
    if cell.standing == Standing.NOT_TRAINED:
        return ""
    return (cell.valid_until or cell.completed_on).isoformat()


def matrix_report(
    db: Database,
    out: Path,
    today: date | None = None,
    agent_ids: list[int] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the training matrix PDF; return how many agents it lists.

    Args:
        db: the shop.
        out: the PDF to write.
        today: the day the standings are judged on (tests pin it).
        agent_ids: only these agents (the page prints what its filter shows).
        progress: hears of every page; returning False cancels (nothing written).
    """
    from csdesk.reports.training_matrix import MatrixCell, MatrixLine, build_matrix_pdf

    matrix = training_status.training_matrix(db, today or date.today())
    rows = matrix.rows
    if agent_ids is not None:
        wanted = set(agent_ids)
        rows = tuple(r for r in rows if r.agent_id in wanted)
    words, posts = standing_labels(), post_labels()
    lines = [
        MatrixLine(
            r.employee_no,
            r.name,
            label(posts, r.post),
            tuple(
                MatrixCell("", "", "")
                if c is None
                else MatrixCell(c.standing, words[c.standing], _cell_date(c))
                for c in r.cells
            ),
        )
        for r in rows
    ]
    counts = dict.fromkeys(Standing, 0)
    for r in rows:
        for c in r.cells:
            if c is not None:
                counts[c.standing] += 1
    summary = [
        translate(
            "Report",
            "Standing on {date}; expiring means within {days} days.",
            None,
            matrix.warn_days,
        ).format(date=matrix.day.isoformat(), days=matrix.warn_days),
        translate("Report", "Agents: {count}").format(count=len(lines))
        + "  ·  "
        + "  ".join(f"{words[s]} {counts[s]}" for s in Standing),
    ]
    build_matrix_pdf(
        out,
        shop.shop_name(db),
        [c.title for c in matrix.courses],
        lines,
        summary,
        words,
        progress=progress,
    )
    return len(lines)


def _percent(part: int, whole: int) -> str:
    return "—" if not whole else f"{part / whole * 100:.0f}%"


def training_report(
    db: Database,
    out: Path,
    year: int | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the yearly training report; return the number of sessions in the year.

    Hours, cost and pass rates by course and month, per-agent hours and cost, the
    matrix summary per course, and the list of what is expiring or missing.
    """
    from csdesk.reports.sections import Section, SectionedReport, build_sectioned_report

    today = today or date.today()
    year = year or today.year
    totals = training_figures.training_totals(db, year)
    sessions = session_records.list_sessions(db, year)

    months = [
        [
            str(m.month),
            str(m.sessions),
            str(m.attendances),
            hours_text(m.hours),
            money(m.cost_cents),
        ]
        for m in totals.months
        if m.sessions
    ]
    by_course: dict[str, list[int | float]] = defaultdict(lambda: [0, 0, 0, 0, 0.0, 0])
    titles: dict[str, str] = {}
    for s in sessions:
        figures = by_course[s.course_code]
        titles[s.course_code] = s.course_title
        figures[0] += 1
        figures[1] += s.present
        figures[2] += s.passed_count
        scores = [
            a.score
            for a in s.attendees
            if a.score is not None and a.attendance == Attendance.PRESENT
        ]
        figures[3] += len(scores)
        figures[4] += sum(scores)
        figures[5] += s.data.cost_cents
    courses = [
        [
            f"{titles[code]} ({code})",
            str(f[0]),
            str(f[1]),
            str(f[2]),
            _percent(int(f[2]), int(f[1])),
            f"{f[4] / f[3]:.1f}" if f[3] else "—",
            money(int(f[5])),
        ]
        for code, f in sorted(by_course.items())
    ]
    present = sum(int(f[1]) for f in by_course.values())
    passed = sum(int(f[2]) for f in by_course.values())
    agents = [
        [a.employee_no, a.name, str(a.sessions), hours_text(a.hours), money(a.cost_cents)]
        for a in totals.agents
    ]
    matrix = training_status.training_matrix(db, today)
    standings = []
    for index, course in enumerate(matrix.courses):
        cells = [c for r in matrix.rows if (c := r.cells[index]) is not None]
        cleared = sum(c.cleared for c in cells)
        standings.append(
            [
                course_title(course.title),
                str(len(cells)),
                str(sum(c.standing == Standing.CURRENT for c in cells)),
                str(sum(c.standing == Standing.EXPIRING for c in cells)),
                str(sum(c.standing == Standing.EXPIRED for c in cells)),
                str(sum(c.standing == Standing.NOT_TRAINED for c in cells)),
                _percent(cleared, len(cells)),
            ]
        )
    words = standing_labels()
    kinds = {
        "duty": translate("Report", "Not cleared for duty"),
        "course": translate("Report", "Course"),
        "certificate": translate("Report", "Certificate"),
    }
    due = [
        [
            f"{r.employee_no} {r.name}",
            kinds[r.kind],
            r.item,
            words[r.standing] if r.kind != "duty" else "",
            r.due.isoformat() if r.due else "",
        ]
        for r in training_status.reminders(db, today)
    ]
    report = SectionedReport(
        title=translate("Report", "Training report"),
        subtitle=translate("Report", "Training report {year}").format(year=year),
        summary=[
            translate(
                "Report",
                "Sessions: {sessions}  ·  attendances: {present}  ·  attendee hours: {hours}  ·  "
                "cost: {cost}  ·  pass rate: {rate}",
            ).format(
                sessions=totals.sessions,
                present=present,
                hours=hours_text(totals.hours),
                cost=money(totals.cost_cents),
                rate=_percent(passed, present),
            )
        ],
        sections=[
            Section(
                translate("Report", "By month"),
                [
                    translate("Report", "Month"),
                    translate("Report", "Sessions"),
                    translate("Report", "Attendances"),
                    translate("Report", "Hours"),
                    translate("Report", "Cost"),
                ],
                months,
                [30, 30, 30, 30, 40],
                numeric=(0, 1, 2, 3, 4),
                empty=translate("Report", "No sessions in this year."),
                total=[
                    translate("Report", "Total"),
                    str(totals.sessions),
                    str(sum(m.attendances for m in totals.months)),
                    hours_text(totals.hours),
                    money(totals.cost_cents),
                ],
            ),
            Section(
                translate("Report", "Pass rates by course"),
                [
                    translate("Report", "Course"),
                    translate("Report", "Sessions"),
                    translate("Report", "Present"),
                    translate("Report", "Passed"),
                    translate("Report", "Pass rate"),
                    translate("Report", "Average score"),
                    translate("Report", "Cost"),
                ],
                courses,
                [62, 18, 18, 18, 20, 22, 22],
                numeric=(1, 2, 3, 4, 5, 6),
                empty=translate("Report", "No sessions in this year."),
            ),
            Section(
                translate("Report", "Hours and cost per agent"),
                [
                    translate("Report", "No."),
                    translate("Report", "Name"),
                    translate("Report", "Sessions"),
                    translate("Report", "Hours"),
                    translate("Report", "Cost"),
                ],
                agents,
                [24, 50, 30, 30, 40],
                numeric=(2, 3, 4),
                note=translate(
                    "Report", "An agent's cost is their share of each session they attended."
                ),
                empty=translate("Report", "Nobody attended a session in this year."),
            ),
            Section(
                translate("Report", "Matrix summary on {date}").format(date=today.isoformat()),
                [
                    translate("Report", "Course"),
                    translate("Report", "Agents"),
                    words[Standing.CURRENT],
                    words[Standing.EXPIRING],
                    words[Standing.EXPIRED],
                    words[Standing.NOT_TRAINED],
                    translate("Report", "Cleared"),
                ],
                standings,
                [60, 18, 20, 20, 20, 22, 20],
                numeric=(1, 2, 3, 4, 5, 6),
                empty=translate("Report", "No course is required for any post."),
            ),
            Section(
                translate("Report", "Expiring, expired and not cleared for duty"),
                [
                    translate("Report", "Agent"),
                    translate("Report", "What"),
                    translate("Report", "Item"),
                    translate("Report", "Standing"),
                    translate("Report", "Date"),
                ],
                due,
                [36, 32, 62, 24, 26],
                empty=translate("Report", "Nothing is expiring or missing."),
            ),
        ],
    )
    build_sectioned_report(out, shop.shop_name(db), report, progress=progress)
    return totals.sessions
