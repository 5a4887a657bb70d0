"""Each agent's training in a month, for the appraisal's training KPI: hours and courses passed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from csdesk.data.training import Attendee, Course, TrainingSession
from csdesk.domain.months import Month
from csdesk.domain.training import (
    Category,
)
from csdesk.services.database import Database
from csdesk.services.training.training_status import build_matrix, next_midnight


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
