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
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.performance import QaCategory, QaRating, QaReview, QaRubric
from csdesk.data.staff import Agent
from csdesk.domain.months import Month
from csdesk.domain.qa import DEFAULT_RUBRIC, Category, RatingProblem, Scale, review_score
from csdesk.services.database import Database
from csdesk.services.errors import UserError


@dataclass(frozen=True)
class RubricRecord:
    """A rubric with its categories (id, rule) in order."""

    id: int
    name: str
    categories: tuple[tuple[int, Category], ...]


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


def default_rubric_names() -> dict[str, str]:
    """The default rubric's category names in the language in force."""
    return {
        "greeting": translate("QA", "Greeting and etiquette"),
        "empathy": translate("QA", "Listening and empathy"),
        "accuracy": translate("QA", "Accuracy of information"),
        "clarity": translate("QA", "Clarity"),
        "script": translate("QA", "Script compliance"),
        "solution": translate("QA", "Solution offered"),
        "closing": translate("QA", "Closing"),
    }


def seed_default_rubric(session: Session) -> None:
    """Store the plans' rubric in the shop's language, once."""
    if session.scalar(select(func.count()).select_from(QaRubric)):
        return
    names = default_rubric_names()
    rubric = QaRubric(name=translate("QA", "Standard review"), archived=False)
    for position, (key, category) in enumerate(DEFAULT_RUBRIC):
        rubric.categories.append(
            QaCategory(
                position=position,
                key=key,
                name=names[key],
                weight=category.weight,
                scale=str(category.scale),
                critical=category.critical,
                na_allowed=category.na_allowed,
            )
        )
    session.add(rubric)


def rubric_rule(row: QaCategory) -> Category:
    """A stored category as the scoring rules take it."""
    return Category(row.name, row.weight, Scale(row.scale), row.critical, row.na_allowed)


def rubrics(db: Database, include_archived: bool = False) -> list[RubricRecord]:
    """The shop's rubrics, each with its categories."""
    with db.read() as session:
        query = select(QaRubric).order_by(QaRubric.id)
        if not include_archived:
            query = query.where(QaRubric.archived.is_(False))
        return [
            RubricRecord(r.id, r.name, tuple((c.id, rubric_rule(c)) for c in r.categories))
            for r in session.scalars(query)
        ]


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
