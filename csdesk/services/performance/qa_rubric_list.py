"""The QA rubrics as the review form and the settings list them.

And the default one a new shop starts with (the plans' service-quality checklist).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csdesk.common.i18n import language, translate
from csdesk.common.seeded import english, seeded_table, shown_name
from csdesk.data.performance import QaCategory, QaRubric
from csdesk.domain.qa import DEFAULT_RUBRIC, Category, Scale
from csdesk.services.database import Database


@dataclass(frozen=True)
class RubricRecord:
    """A rubric with its categories (id, rule) in order."""

    id: int
    name: str
    categories: tuple[tuple[int, Category], ...]


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


def _default_names() -> list[str]:
    return [translate("QA", "Standard review"), *default_rubric_names().values()]


@cache
def _seeded(_language: str) -> dict[str, str]:
    return seeded_table("QA", english(_default_names))


def qa_name(stored: str) -> str:
    """A rubric's or category's name as shown now: a seeded one in the current language."""
    return shown_name(stored, _seeded(language()))


def rubric_rule(row: QaCategory) -> Category:
    """A stored category as the scoring rules take it (named in the current language)."""
    return Category(qa_name(row.name), row.weight, Scale(row.scale), row.critical, row.na_allowed)


def rubrics(db: Database, include_archived: bool = False) -> list[RubricRecord]:
    """The shop's rubrics, each with its categories."""
    with db.read() as session:
        query = select(QaRubric).order_by(QaRubric.id)
        if not include_archived:
            query = query.where(QaRubric.archived.is_(False))
        return [
            RubricRecord(r.id, qa_name(r.name), tuple((c.id, rubric_rule(c)) for c in r.categories))
            for r in session.scalars(query)
        ]
