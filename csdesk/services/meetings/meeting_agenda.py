"""A meeting's agenda, filled from the data of its period.

The period is the month before for the monthly review, the week before otherwise. The
agenda holds the team's goals against the latest ended month, the complaints received
and their top root causes, the actions open and overdue on the day, and the training
lapses; the meeting's minutes and decisions answer it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from csdesk.domain.months import Month
from csdesk.services.actions.action_records import ActionRecord, list_actions
from csdesk.services.complaints.complaint_review import monthly_review
from csdesk.services.database import Database
from csdesk.services.goals.goal_records import GoalRecord, year_goals
from csdesk.services.training.training_status import reminders


@dataclass(frozen=True)
class Agenda:
    """What a meeting on ``day`` looks at."""

    day: date
    month: Month  # the latest month ended before the day
    goals: tuple[GoalRecord, ...]
    received: int
    root_causes: tuple[tuple[str, int], ...]
    overdue: tuple[ActionRecord, ...]
    open_actions: int
    lapses: int  # training items expired or not cleared


def agenda(db: Database, day: date, uncategorised: str = "—") -> Agenda:
    """The agenda of a meeting on ``day``."""
    month = Month.of(day - timedelta(days=day.day))  # the month before the day's month
    review = monthly_review(db, month, uncategorised=uncategorised)
    running = list_actions(db, "open", day)
    late = [a for a in running if a.overdue(day)]
    lapses = sum(r.standing in ("expired", "not_trained") for r in reminders(db, day))
    return Agenda(
        day, month, tuple(year_goals(db, month.year, today=day)), review.headline.received,
        tuple(review.root_causes[:3]), tuple(late), len(running), lapses,
    )  # fmt: skip
