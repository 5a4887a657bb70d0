"""The coaching sheets of a month as a PDF: one page per agent, the evidence filled in.

For one agent, or for ``all``: each agent with a session about the month, and a prepared
agenda (the evidence, room to write) for each agent of the month without one.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from csdesk.common.action_labels import status_labels
from csdesk.common.appraisal_labels import kpi_labels, kpi_value_text
from csdesk.common.i18n import translate
from csdesk.common.labels import month_title
from csdesk.common.progress import Progress
from csdesk.common.training_labels import standing_labels
from csdesk.domain.kpis import BY_KEY
from csdesk.domain.months import Month
from csdesk.services import shop
from csdesk.services.coaching.coaching_evidence import CoachingEvidence, coaching_evidence
from csdesk.services.coaching.coaching_records import (
    CoachingRecord,
    agreed_actions,
    month_sessions,
)
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.performance.kpis import monthly_kpis


def _value(kpi: str, value: float) -> str:
    return kpi_value_text(BY_KEY[kpi].unit, value) if kpi in BY_KEY else f"{value:g}"


def _blocks(db: Database, evidence: CoachingEvidence, session: CoachingRecord | None):
    from csdesk.reports.signed_sheet import Block

    names, states, standings = kpi_labels(), status_labels(), standing_labels()
    blocks = [
        Block(
            translate("Reports", "KPIs short of the scorecard's target"),
            [
                translate("Reports", "KPI"),
                translate("Reports", "This month"),
                translate("Reports", "Target"),
            ],
            [
                [names.get(k.kpi, k.kpi), _value(k.kpi, k.value), _value(k.kpi, k.target)]
                for k in evidence.short_kpis
            ],
            [60, 20, 20],
            translate("Reports", "Every KPI with data reached its target."),
        ),
        Block(
            translate("Reports", "Weakest QA categories"),
            [
                translate("Reports", "Category"),
                translate("Reports", "Score"),
                translate("Reports", "Reviewed on"),
            ],
            [
                [w.name, f"{w.share:.0f} %", ", ".join(d.isoformat() for d in w.days)]
                for w in evidence.weak_categories
            ],
            [50, 15, 35],
            translate("Reports", "No QA review marked down this month."),
        ),
        Block(
            translate("Reports", "Valid complaints"),
            [
                translate("Reports", "Complaint"),
                translate("Reports", "Received"),
                translate("Reports", "What"),
            ],
            [[ref, day.isoformat(), what] for ref, day, what in evidence.complaints],
            [25, 20, 55],
            translate("Reports", "No valid complaint this month."),
        ),
        Block(
            translate("Reports", "Training not current"),
            [translate("Reports", "Course or certificate"), translate("Reports", "Standing")],
            [[item, standings.get(state, state)] for item, state in evidence.training],
            [70, 30],
            translate("Reports", "All training current."),
        ),
        Block(
            translate("Reports", "Agreed last time"),
            [
                translate("Reports", "Action"),
                translate("Reports", "Deadline"),
                translate("Reports", "Status"),
            ],
            [
                [a.data.title, a.data.deadline.isoformat(), states.get(a.data.status, "")]
                for a in evidence.last_actions
            ],
            [60, 20, 20],
            translate("Reports", "No actions from an earlier session."),
        ),
    ]
    agreed = agreed_actions(db, session.id) if session else []
    blocks.append(
        Block(
            translate("Reports", "Agreed in this session"),
            [
                translate("Reports", "Action"),
                translate("Reports", "Owner"),
                translate("Reports", "Deadline"),
            ],
            [[a.data.title, a.owner, a.data.deadline.isoformat()] for a in agreed],
            [60, 20, 20],
            translate("Reports", "To be written in the session."),
        )
    )
    return blocks


def coaching_report(
    db: Database,
    month: Month,
    out: Path,
    agent: str = "all",
    *,
    today: date | None = None,
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> int:
    """Write ``month``'s coaching sheets to ``out``; return how many agents.

    Raises:
        UserError: ``agent`` is no employee number of the month.
    """
    from csdesk.reports.signed_sheet import SignedSheet, build_signed_sheets

    people = [(k.agent_id, k.employee_no, k.name) for k in monthly_kpis(db, month)]
    if agent != "all":
        people = [p for p in people if p[1] == agent]
        if not people:
            raise UserError(
                translate("Reports", "No agent {number} in {month}.").format(
                    number=agent, month=month
                )
            )
    sessions = {s.data.agent_id: s for s in month_sessions(db, month)}
    sheets = []
    for agent_id, number, name in people:
        session = sessions.get(agent_id)
        evidence = coaching_evidence(db, agent_id, month, today)
        facts = translate("Reports", "{name} ({number}) · about {month}").format(
            name=name, number=number, month=month_title(month)
        )
        if session is not None:
            facts += " · " + translate("Reports", "held on {day} by {coach}").format(
                day=session.data.held_on.isoformat(), coach=session.data.coach or "—"
            )
        sheets.append(
            SignedSheet(
                translate("Reports", "Coaching session") if session
                else translate("Reports", "Coaching session — agenda"),
                facts, _blocks(db, evidence, session),
                translate("Reports", "Supervisor's notes"),
                session.data.notes if session else "",
                translate("Reports", "The agent's comment"),
                session.data.agent_comment if session else "",
                [translate("Reports", "Agent: ____________"),
                 translate("Reports", "Supervisor: ____________"),
                 translate("Reports", "Date: ____________")],
            )
        )  # fmt: skip
    build_signed_sheets(
        out, shop.shop_name(db), translate("Reports", "Coaching sessions"), sheets,
        printed_at, progress,
    )  # fmt: skip
    return len(sheets)
