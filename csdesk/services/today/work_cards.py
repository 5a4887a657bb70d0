"""Today's cards of open work: complaints, actions, training and staff.

Each is a handful of aggregate queries (counts, then the first few rows), never an
area's whole list: the page must open in a blink on years of history.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from csdesk.data.complaints import Complaint
from csdesk.data.staff import Agent
from csdesk.domain.complaints import ComplaintStatus, Priority
from csdesk.domain.staff import Status
from csdesk.services.actions.action_records import in_queue, list_actions
from csdesk.services.complaints.complaint_list import most_overdue, work_counts
from csdesk.services.database import Database
from csdesk.services.today.cards import MOST_URGENT, Card, Item
from csdesk.services.training.training_status import reminders

#: A probation ends "soon" within this many days; a newcomer needs a mentor this long.
PROBATION_WARNING_DAYS = 14
NEWCOMER_DAYS = 90


def complaints_card(db: Database, now: datetime) -> Card:
    """Overdue, due today, waiting for the follow-up visit, new and urgent."""
    counts = work_counts(db, now)
    with db.read() as session:  # the few new urgent ones, sorted here: ordering by the
        # received index in SQL would walk years of complaints to find them
        urgent = sorted(session.execute(
            select(Complaint.received_at, Complaint.ref, Complaint.customer)
            .where(Complaint.status == ComplaintStatus.NEW.value,
                   Complaint.priority == Priority.URGENT.value)
        ).all())[:MOST_URGENT] if counts["new_urgent"] else []  # fmt: skip
    late = most_overdue(db, now, MOST_URGENT) if counts["overdue"] else []
    return Card(
        "complaints",
        (
            Item("overdue", counts["overdue"], tuple(f"{r} {c}" for r, c in late)),
            Item("due_today", counts["due_today"]),
            Item("follow_up", counts["follow_up"]),
            Item("new_urgent", counts["new_urgent"], tuple(f"{r} {c}" for _t, r, c in urgent)),
        ),
    )


def actions_card(db: Database, day: date) -> Card:
    """Overdue, due this week, waiting for the effectiveness check."""
    every = list_actions(db, "all", day)
    out = []
    for key, queue in (("overdue", "overdue"), ("due_this_week", "week"), ("check", "check")):
        found = [a for a in every if in_queue(a, queue, day)]
        lines = tuple(f"{a.data.title} ({a.owner}, {a.data.deadline})" for a in found)
        out.append(Item(key, len(found), lines[:MOST_URGENT]))
    return Card("actions", tuple(out))


def training_card(db: Database, day: date) -> Card:
    """Agents not cleared for duty, items lapsing within the warning days, expired."""
    found = reminders(db, day)
    groups = {
        "not_cleared": [r for r in found if r.kind == "duty"],
        "lapsing": [r for r in found if r.kind != "duty" and r.standing == "expiring"],
        "expired": [r for r in found if r.kind != "duty" and r.standing == "expired"],
    }
    return Card(
        "training",
        tuple(
            Item(key, len(rows), tuple(f"{r.name}: {r.item}" for r in rows[:MOST_URGENT]))
            for key, rows in groups.items()
        ),
    )


def staff_card(db: Database, day: date) -> Card:
    """Probation ending within 14 days, newcomers without a mentor, onboarding agents."""
    with db.read() as session:
        employed = select(Agent).where(Agent.status != Status.LEFT.value, Agent.hire_date <= day)
        ending = session.scalars(
            employed.where(Agent.probation_end.between(day, day + timedelta(
                days=PROBATION_WARNING_DAYS))).order_by(Agent.probation_end)
        ).all()  # fmt: skip
        alone = session.scalars(
            employed.where(Agent.mentor_id.is_(None),
                           Agent.hire_date > day - timedelta(days=NEWCOMER_DAYS))
            .order_by(Agent.hire_date)
        ).all()  # fmt: skip
        onboarding = session.scalar(
            select(func.count()).select_from(Agent).where(Agent.status == Status.ONBOARDING.value)
        )
    return Card(
        "staff",
        (
            Item("probation_ending", len(ending),
                 tuple(f"{a.name} ({a.probation_end})" for a in ending[:MOST_URGENT])),
            Item("no_mentor", len(alone), tuple(a.name for a in alone[:MOST_URGENT])),
            Item("onboarding", onboarding or 0),
        ),
    )  # fmt: skip
