"""Training hours and cost: per agent and month, the year's totals, the KPIs' figures.

The appraisal KPIs read each month's training figures from here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from csdesk.data.training import Attendee, Course, TrainingSession
from csdesk.domain.months import Month
from csdesk.domain.training import (
    Attendance,
    Category,
)
from csdesk.services.database import Database
from csdesk.services.training.training_status import build_matrix, next_midnight


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


@dataclass(frozen=True)
class AgentTrainingFigures:
    """An agent's training figures at the end of a month, for the scorecard."""

    agent_id: int
    completion_rate: float | None  # share of required courses held at month end
    assessment_score: float | None  # latest assessment score up to month end
    assessment_on: date | None


def monthly_training_figures(db: Database, month: Month) -> dict[int, AgentTrainingFigures]:
    """Per agent employed at the end of ``month``: completion rate and latest assessment."""
    day = month.last_day
    with db.read() as session:
        matrix = build_matrix(session, day)
        scores = session.execute(
            select(Attendee.agent_id, Attendee.score, TrainingSession.starts_at)
            .join(TrainingSession, Attendee.session_id == TrainingSession.id)
            .join(Course, TrainingSession.course_id == Course.id)
            .where(
                Course.category == Category.ASSESSMENT,
                Attendee.score.is_not(None),
                TrainingSession.starts_at < next_midnight(day),
            )
            .order_by(TrainingSession.starts_at)
        )
        latest: dict[int, tuple[float, date]] = {}
        for agent_id, score, starts_at in scores:
            if score is not None:  # the query keeps only scored attendances
                latest[agent_id] = (score, starts_at.date())
    return {
        row.agent_id: AgentTrainingFigures(
            row.agent_id,
            row.completion_rate,
            *(latest.get(row.agent_id) or (None, None)),
        )
        for row in matrix.rows
    }
