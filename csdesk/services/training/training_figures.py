"""Training hours and cost: per agent and month, the year's totals, the KPIs' figures.

The appraisal KPIs read each month's training figures from here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from csdesk.data.training import Attendee, TrainingSession
from csdesk.domain.months import Month
from csdesk.domain.training import (
    Attendance,
)
from csdesk.services.database import Database


@dataclass(frozen=True)
class AgentTraining:
    """Training an agent attended in a period."""

    agent_id: int
    employee_no: str
    name: str
    sessions: int
    hours: float
    cost_cents: int


@dataclass(frozen=True)
class MonthTraining:
    """The team's training in one month."""

    month: Month
    sessions: int
    attendances: int
    hours: float  # attendee hours: session hours x agents present
    cost_cents: int


@dataclass(frozen=True)
class TrainingTotals:
    """A year of training: per agent and per month.

    An agent's cost is their share of each session's cost (split among those present);
    the team's cost is the sum of session costs, including sessions nobody attended.
    """

    year: int
    agents: tuple[AgentTraining, ...]  # over the year, or over ``month`` when given
    months: tuple[MonthTraining, ...]
    month: int | None = None

    @property
    def hours(self) -> float:
        """Attendee hours of the year."""
        return sum(m.hours for m in self.months)

    @property
    def cost_cents(self) -> int:
        """Cost of the year's sessions."""
        return sum(m.cost_cents for m in self.months)

    @property
    def sessions(self) -> int:
        """Sessions held in the year."""
        return sum(m.sessions for m in self.months)


def training_totals(db: Database, year: int, month: int | None = None) -> TrainingTotals:
    """Hours and cost per month of ``year``, and per agent over the year or one ``month``."""
    with db.read() as session:
        rows = session.scalars(
            select(TrainingSession)
            .where(
                TrainingSession.starts_at >= datetime(year, 1, 1),
                TrainingSession.starts_at < datetime(year + 1, 1, 1),
            )
            .options(selectinload(TrainingSession.attendees).selectinload(Attendee.agent))
        ).all()
        per_agent: dict[int, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
        per_month: dict[int, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0])
        names: dict[int, tuple[str, str]] = {}
        for row in rows:
            present = [a for a in row.attendees if a.attendance == Attendance.PRESENT]
            figures = per_month[row.starts_at.month]
            figures[0] += 1
            figures[1] += len(present)
            figures[2] += row.hours * len(present)
            figures[3] += row.cost_cents
            if month is not None and row.starts_at.month != month:
                continue
            for attendee in present:
                figures = per_agent[attendee.agent_id]
                figures[0] += 1
                figures[1] += row.hours
                figures[2] += row.cost_cents / len(present)
                names[attendee.agent_id] = (attendee.agent.employee_no, attendee.agent.name)
        agents = tuple(
            sorted(
                (
                    AgentTraining(aid, *names[aid], int(f[0]), f[1], round(f[2]))
                    for aid, f in per_agent.items()
                ),
                key=lambda a: a.employee_no,
            )
        )
        months = []
        for m in range(1, 13):
            sessions, attendances, hours, cost = per_month.get(m, (0, 0, 0.0, 0))
            months.append(
                MonthTraining(Month(year, m), int(sessions), int(attendances), hours, int(cost))
            )
        return TrainingTotals(year, agents, tuple(months), month)
