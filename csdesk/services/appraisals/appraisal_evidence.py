"""What stands behind an appraisal's numbers, for the printed page and the drill-down.

The printed appraisal shows an agent's QA summary, the complaints counted against them,
their praise, the training they completed in the month and what is due; the page lets
the supervisor open the conversations, reviews or complaints behind one KPI. Each
function reads a whole month for everyone at once, because the pack prints fifty pages.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from csdesk.data.complaints import Complaint, ComplaintCategory
from csdesk.data.training import Attendee, Course, TrainingSession
from csdesk.domain.kpis import BY_KEY, Source
from csdesk.domain.months import Month
from csdesk.domain.training import Attendance, Standing
from csdesk.services.complaints.complaint_verdicts import counting_against_agents
from csdesk.services.complaints.seeded_vocabulary import category_name
from csdesk.services.database import Database
from csdesk.services.performance.qa_records import month_praise, month_reviews
from csdesk.services.training.training_status import training_matrix


@dataclass(frozen=True)
class ComplaintItem:
    """A complaint counted against the agent."""

    ref: str
    received_on: date
    category: str
    priority: str
    description: str


@dataclass(frozen=True)
class PraiseItem:
    """A praise the agent received."""

    received_on: date
    source: str
    text: str


@dataclass(frozen=True)
class ReviewItem:
    """A QA review of one of the agent's conversations."""

    reviewed_on: date
    conversation_ref: str
    score: float | None
    critical_failed: bool
    comment: str


@dataclass(frozen=True)
class TrainingItem:
    """A course completed in the month, or one that is due (standing and date)."""

    title: str
    standing: str  # a ``Standing``; "current" for a completion
    day: date | None  # completed on, or valid until


@dataclass
class AgentEvidence:
    """Everything one agent's printed appraisal lists besides the scorecard."""

    reviews: list[ReviewItem] = field(default_factory=list)
    complaints: list[ComplaintItem] = field(default_factory=list)
    praise: list[PraiseItem] = field(default_factory=list)
    trained: list[TrainingItem] = field(default_factory=list)
    due: list[TrainingItem] = field(default_factory=list)

    @property
    def qa_average(self) -> float | None:
        """The mean score of the month's reviews (None without a scored review)."""
        scores = [r.score for r in self.reviews if r.score is not None]
        return sum(scores) / len(scores) if scores else None

    @property
    def critical_failures(self) -> int:
        """Reviews that failed a critical category."""
        return sum(r.critical_failed for r in self.reviews)


def month_evidence(db: Database, month: Month) -> dict[int, AgentEvidence]:
    """Agent id -> the month's evidence (agents with none get an empty one on lookup)."""
    out: dict[int, AgentEvidence] = defaultdict(AgentEvidence)
    for review in sorted(month_reviews(db, month), key=lambda r: (r.reviewed_on, r.id)):
        out[review.agent_id].reviews.append(
            ReviewItem(
                review.reviewed_on,
                review.conversation_ref,
                review.score,
                review.critical_failed,
                review.comment,
            )
        )
    for praise in sorted(month_praise(db, month), key=lambda p: (p.received_on, p.id)):
        out[praise.agent_id].praise.append(
            PraiseItem(praise.received_on, praise.source, praise.text)
        )
    for agent_id, complaint in _counted_complaints(db, month):
        out[agent_id].complaints.append(complaint)
    for agent_id, training in _completed_training(db, month):
        out[agent_id].trained.append(training)
    matrix = training_matrix(db, month.last_day)
    for row in matrix.rows:
        for course, cell in zip(matrix.courses, row.cells, strict=True):
            if cell is not None and cell.standing != Standing.CURRENT:
                out[row.agent_id].due.append(
                    TrainingItem(course.title, str(cell.standing), cell.valid_until)
                )
    return out


def _counted_complaints(db: Database, month: Month) -> list[tuple[int, ComplaintItem]]:
    with db.read() as session:
        rows = session.execute(
            select(Complaint, ComplaintCategory.name)
            .outerjoin(ComplaintCategory, ComplaintCategory.id == Complaint.category_id)
            .where(*counting_against_agents(month))
            .order_by(Complaint.received_at)
        ).all()
        return [
            (
                c.agent_id,
                ComplaintItem(
                    c.ref, c.received_at.date(), category_name(category), c.priority, c.description
                ),
            )
            for c, category in rows
            if c.agent_id is not None
        ]


def _completed_training(db: Database, month: Month) -> list[tuple[int, TrainingItem]]:
    start, end = month.moments
    with db.read() as session:
        rows = session.execute(
            select(Attendee.agent_id, Course.title, TrainingSession.starts_at)
            .join(TrainingSession, Attendee.session_id == TrainingSession.id)
            .join(Course, TrainingSession.course_id == Course.id)
            .where(
                TrainingSession.starts_at >= start,
                TrainingSession.starts_at < end,
                Attendee.attendance == str(Attendance.PRESENT),
                Attendee.passed.is_not(False),
            )
            .order_by(TrainingSession.starts_at)
        ).all()
        return [
            (agent_id, TrainingItem(title, str(Standing.CURRENT), at.date()))
            for agent_id, title, at in rows
        ]


# --- the drill-down from one KPI ---------------------------------------------------------


def evidence_kind(kpi: str, source: str | None) -> str:
    """Which list stands behind ``kpi`` in an agent's month.

    One of conversations, reviews, complaints, praise, training, summaries (the
    platform's own figure) or manual (entered by the supervisor).
    """
    if source:
        return {"qa": "reviews"}.get(source, source)
    return {Source.QA: "reviews"}.get(BY_KEY[kpi].source, str(BY_KEY[kpi].source))


def kpi_sources(db: Database, month: Month, employee_no: str) -> dict[str, str]:
    """Where each KPI of an agent's month came from (see ``kpis.monthly_kpis``)."""
    from csdesk.services.performance.kpis import monthly_kpis

    rows = monthly_kpis(db, month, employee_no)
    return dict(rows[0].sources) if rows else {}
