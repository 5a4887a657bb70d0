"""QA reviews and praise: record them, and the monthly figures the KPIs read.

A review is checked against its rubric with the pure rules of ``csdesk.domain.qa``
and stored with its score, so the score an agent was appraised on never changes
afterwards. Praise is a dated note; the praise count KPI counts them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from csdesk.common.i18n import translate
from csdesk.data.performance import QaRating, QaReview, QaRubric
from csdesk.data.staff import Agent
from csdesk.domain.access import Permission
from csdesk.domain.months import Month
from csdesk.domain.qa import RatingProblem, review_score
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.performance.qa_rubric_list import rubric_rule


@dataclass(frozen=True)
class ReviewData:
    """What the reviewer enters: whose conversation, and a rating per category id."""

    agent_id: int
    rubric_id: int
    reviewed_on: date
    ratings: Mapping[int, int | None]  # category id -> rating, None for N/A
    conversation_ref: str = ""
    reviewer: str = ""
    comment: str = ""


@needs(Permission.QA)
def record_review(db: Database, data: ReviewData, review_id: int | None = None) -> int:
    """Score and store a review (a new one, or a correction of review ``review_id``).

    A correction is scored again against the review's rubric, which cannot have changed
    since: a rubric with reviews keeps its categories.

    Raises:
        UserError: the agent, rubric or review is unknown, or a rating does not fit its
            category (off the scale, N/A where not allowed, a category left unrated).
    """
    with db.write() as session:
        review = QaReview() if review_id is None else session.get(QaReview, review_id)
        if review is None:
            raise UserError(translate("QA", "The review is no longer on file."))
        rubric = session.get(QaRubric, data.rubric_id if review_id is None else review.rubric_id)
        if rubric is None or session.get(Agent, data.agent_id) is None:
            raise UserError(translate("QA", "Choose an agent and a rubric."))
        unknown = set(data.ratings) - {c.id for c in rubric.categories}
        missing = [c.name for c in rubric.categories if c.id not in data.ratings]
        if unknown or missing:
            raise UserError(
                translate("QA", "Rate every category: {names}.").format(names=", ".join(missing))
            )
        rules = [rubric_rule(c) for c in rubric.categories]
        ratings = [data.ratings[c.id] for c in rubric.categories]
        try:
            result = review_score(rules, ratings)
        except RatingProblem as exc:
            message = translate("QA", "A rating does not fit: {reason}").format(reason=exc)
            raise UserError(message) from exc
        review.agent_id = data.agent_id
        review.rubric_id = rubric.id
        review.conversation_ref = data.conversation_ref.strip()[:100]
        review.reviewed_on = data.reviewed_on
        review.reviewer = data.reviewer.strip()[:100]
        review.score = result.score
        review.critical_failed = bool(result.critical_failures)
        review.comment = data.comment.strip()
        review.ratings = [
            QaRating(category_id=c.id, value=data.ratings[c.id]) for c in rubric.categories
        ]
        session.add(review)
        session.flush()
        return review.id


def monthly_qa_scores(db: Database, month: Month) -> dict[int, float]:
    """Agent id -> the mean score of the month's reviews (reviews with a score only)."""
    with db.read() as session:
        rows = session.execute(
            select(QaReview.agent_id, func.avg(QaReview.score))
            .where(
                QaReview.reviewed_on.between(month.first_day, month.last_day),
                QaReview.score.is_not(None),
            )
            .group_by(QaReview.agent_id)
        )
        return {agent: float(score) for agent, score in rows}


def critical_failures(db: Database, month: Month) -> dict[int, int]:
    """Agent id -> how many of the month's reviews failed a critical category."""
    with db.read() as session:
        rows = session.execute(
            select(QaReview.agent_id, func.count())
            .where(
                QaReview.reviewed_on.between(month.first_day, month.last_day),
                QaReview.critical_failed.is_(True),
            )
            .group_by(QaReview.agent_id)
        )
        return dict(rows.all())
