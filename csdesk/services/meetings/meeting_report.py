"""A meeting's sheet: the agenda with its figures, the minutes, the decisions, who attended.

Printed before the meeting it is the agenda with room to write; after it, the minutes
to sign, each decision with its owner and deadline, and the attendance list with a
line for each signature.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from csdesk.common.goal_labels import goal_status_labels, team_kpi_name, team_value_text
from csdesk.common.i18n import translate
from csdesk.common.labels import month_title
from csdesk.common.progress import Progress
from csdesk.services import shop
from csdesk.services.database import Database
from csdesk.services.meetings.meeting_agenda import agenda
from csdesk.services.meetings.meeting_records import MeetingKind, decisions, meeting_on, on_leave
from csdesk.services.staff.agents import list_agents


def kind_labels() -> dict[str, str]:
    """A meeting's kind -> words."""
    return {
        MeetingKind.WEEKLY: translate("Meetings", "Weekly meeting"),
        MeetingKind.MONTHLY: translate("Meetings", "Monthly review"),
        MeetingKind.AD_HOC: translate("Meetings", "Meeting"),
    }


def meeting_report(
    db: Database,
    day: date,
    out: Path,
    *,
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the sheet of the meeting on ``day`` (or its agenda); return the attendees."""
    from csdesk.reports.signed_sheet import Block, SignedSheet, build_signed_sheets

    found = meeting_on(db, day)
    plan = agenda(db, day, uncategorised=translate("Reports", "Uncategorised"))
    words = goal_status_labels()
    index = plan.month.month - 1
    goals = [
        [team_kpi_name(g.kpi), team_value_text(g.kpi, g.months[index].target),
         team_value_text(g.kpi, g.months[index].actual),
         words.get(g.months[index].status or "", translate("Reports", "no data"))]
        for g in plan.goals
    ]  # fmt: skip
    late = [[a.data.title, a.owner, a.data.deadline.isoformat()] for a in plan.overdue]
    agreed = [
        [a.data.title, a.owner, a.data.deadline.isoformat()]
        for a in (decisions(db, found.id) if found else [])
    ]
    away = on_leave(db, day)
    if found is not None:
        asked = [(found.names.get(a, str(a)), present) for a, present in found.data.attendees]
    else:
        asked = [
            (f"{a.data.name} ({a.data.employee_no})", a.id not in away)
            for a in list_agents(db)
            if a.data.left_date is None
        ]
    kind = kind_labels().get(found.data.kind if found else "", translate("Reports", "Meeting"))
    blocks = [
        Block(translate("Reports", "Goals in {month}").format(month=month_title(plan.month)),
              [translate("Reports", "Goal"), translate("Reports", "Month's target"),
               translate("Reports", "Actual"), translate("Reports", "Status")],
              goals, [40, 20, 20, 20], translate("Reports", "No goals set for the year.")),
        Block(translate("Reports", "Complaints in {month}: {count} received").format(
                  month=month_title(plan.month), count=plan.received),
              [translate("Reports", "Root cause"), translate("Reports", "Complaints")],
              [[name, str(n)] for name, n in plan.root_causes], [80, 20],
              translate("Reports", "No root causes recorded.")),
        Block(translate("Reports", "Overdue actions ({late} of {open} open); training lapses: "
                        "{lapses}").format(late=len(late), open=plan.open_actions,
                                           lapses=plan.lapses),
              [translate("Reports", "Action"), translate("Reports", "Owner"),
               translate("Reports", "Deadline")],
              late, [60, 25, 15], translate("Reports", "No action is overdue.")),
        Block(translate("Reports", "Decisions"),
              [translate("Reports", "Action"), translate("Reports", "Owner"),
               translate("Reports", "Deadline")],
              agreed, [60, 25, 15], translate("Reports", "To be written in the meeting.")),
        Block(translate("Reports", "Attendance"),
              [translate("Reports", "Agent"), translate("Reports", "Present"),
               translate("Reports", "Signature")],
              [[name, translate("Reports", "yes") if present
                else translate("Reports", "absent"), ""] for name, present in asked],
              [40, 25, 35], translate("Reports", "Nobody asked.")),
    ]  # fmt: skip
    sheet = SignedSheet(
        f"{kind} · {day.isoformat()}",
        translate("Reports", "Service-quality meeting of {shop}").format(
            shop=shop.shop_name(db) or "csdesk"
        ),
        blocks,
        translate("Reports", "Minutes"),
        found.data.minutes if found else "",
        translate("Reports", "Other business"),
        "",
        [translate("Reports", "Chair: ____________"),
         translate("Reports", "Minutes by: ____________")],
    )  # fmt: skip
    build_signed_sheets(
        out, shop.shop_name(db), translate("Reports", "Service-quality meeting"), [sheet],
        printed_at, progress,
    )  # fmt: skip
    return len(asked)
