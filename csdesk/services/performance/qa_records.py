"""A month's QA reviews and praise as lists, to open, correct or delete one.

Recording is in ``csdesk.services.performance.qa``; this is the supervisor's look back at what was
entered, where a mistyped rating or a praise given to the wrong agent is put right
before the month's appraisals are written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from csdesk.common.i18n import translate
from csdesk.data.performance import Praise, QaReview, QaRubric
from csdesk.data.staff import Agent
from csdesk.domain.access import Permission
from csdesk.domain.months import Month
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.performance.qa import ReviewData


@dataclass(frozen=True)
class ReviewRow:
    """One review as the month's list shows it."""

    id: int
    reviewed_on: date
    agent_id: int
    agent: str  # "name (employee no)"
    rubric: str
    conversation_ref: str
    reviewer: str
    score: float | None
    critical_failed: bool
    comment: str


@dataclass(frozen=True)
class PraiseRow:
    """One praise as the month's list shows it."""

    id: int
    received_on: date
    agent_id: int
    agent: str
    source: str
    text: str


def _who(agent: Agent) -> str:
    return f"{agent.name} ({agent.employee_no})"


def month_reviews(db: Database, month: Month) -> list[ReviewRow]:
    """The reviews dated in ``month``, newest first."""
    with db.read() as session:
        rows = session.execute(
            select(QaReview, Agent, QaRubric.name)
            .join(Agent, Agent.id == QaReview.agent_id)
            .join(QaRubric, QaRubric.id == QaReview.rubric_id)
            .where(QaReview.reviewed_on.between(month.first_day, month.last_day))
            .order_by(QaReview.reviewed_on.desc(), QaReview.id.desc())
        )
        return [
            ReviewRow(
                r.id,
                r.reviewed_on,
                r.agent_id,
                _who(agent),
                rubric,
                r.conversation_ref,
                r.reviewer,
                r.score,
                r.critical_failed,
                r.comment,
            )
            for r, agent, rubric in rows
        ]


def review_data(db: Database, review_id: int) -> ReviewData:
    """A stored review as the form edits it.

    Raises:
        UserError: the review is gone (deleted in another window).
    """
    with db.read() as session:
        review = session.get(QaReview, review_id)
        if review is None:
            raise UserError(translate("QA", "The review is no longer on file."))
        return ReviewData(
            agent_id=review.agent_id,
            rubric_id=review.rubric_id,
            reviewed_on=review.reviewed_on,
            ratings={r.category_id: r.value for r in review.ratings},
            conversation_ref=review.conversation_ref,
            reviewer=review.reviewer,
            comment=review.comment,
        )


@needs(Permission.QA)
def delete_review(db: Database, review_id: int) -> None:
    """Delete a review and its ratings (nothing happens if it is gone already)."""
    with db.write() as session:
        review = session.get(QaReview, review_id)
        if review is not None:
            session.delete(review)


def month_praise(db: Database, month: Month) -> list[PraiseRow]:
    """The praise received in ``month``, newest first."""
    with db.read() as session:
        rows = session.execute(
            select(Praise, Agent)
            .join(Agent, Agent.id == Praise.agent_id)
            .where(Praise.received_on.between(month.first_day, month.last_day))
            .order_by(Praise.received_on.desc(), Praise.id.desc())
        )
        return [
            PraiseRow(p.id, p.received_on, p.agent_id, _who(agent), p.source, p.text)
            for p, agent in rows
        ]


@needs(Permission.QA)
def delete_praise(db: Database, praise_id: int) -> None:
    """Delete a praise (nothing happens if it is gone already)."""
    with db.write() as session:
        praise = session.get(Praise, praise_id)
        if praise is not None:
            session.delete(praise)
