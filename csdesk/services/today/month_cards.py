"""Today's cards of the month's cycle: last month's appraisals and the goals at risk."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select

from csdesk.common.appraisal_labels import kpi_labels
from csdesk.data.staff import Agent
from csdesk.domain.months import Month
from csdesk.services.appraisals.records import month_appraisals
from csdesk.services.database import Database
from csdesk.services.goals.goal_records import month_standing
from csdesk.services.today.cards import MOST_URGENT, Card, Item


def appraisals_card(db: Database, day: date) -> Card:
    """Last month: not prepared, drafts to finalise, signatures missing, month not closed."""
    last = Month.of(day).shift(-1)
    stored = month_appraisals(db, last)
    with db.read() as session:
        employed = (
            session.scalar(
                select(func.count())
                .select_from(Agent)
                .where(
                    Agent.hire_date <= last.last_day,
                    or_(Agent.left_date.is_(None), Agent.left_date >= last.first_day),
                )
            )
            or 0
        )
    prepared = {a.agent_id for a in stored.appraisals}
    drafts = [a for a in stored.appraisals if not a.final]
    unsigned = [a for a in stored.appraisals if a.final and a.acknowledged_on is None]
    return Card(
        "appraisals",
        (
            Item("not_prepared", max(employed - len(prepared), 0)),
            Item("drafts", len(drafts), tuple(a.name for a in drafts[:MOST_URGENT])),
            Item("unsigned", len(unsigned), tuple(a.name for a in unsigned[:MOST_URGENT])),
            Item("not_closed", 0 if stored.closed or not employed else 1, (str(last),)),
        ),
    )


def goals_card(db: Database, day: date) -> Card:
    """The year's goals at risk or off track in the latest month that has ended."""
    last = Month.of(day).shift(-1)
    names = kpi_labels()
    standing = month_standing(db, last)
    found = {
        key: [names.get(kpi, kpi) for kpi, month in standing if month.status == key]
        for key in ("off_track", "at_risk")
    }
    return Card(
        "goals",
        tuple(Item(key, len(kpis), tuple(kpis[:MOST_URGENT])) for key, kpis in found.items()),
    )
