"""Edit the shop's QA rubrics: names, categories, weights, scales, archiving.

A rubric that has reviews keeps its categories as they are (their names can be
corrected): a review's ratings are numbers on its categories' scales, and a correction
of an old review is scored again against them. To change the weights from next month
on, the supervisor copies the rubric, edits the copy and archives the old one; past
scores stay what they were.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from csdesk.common.i18n import translate
from csdesk.data.performance import QaCategory, QaReview, QaRubric
from csdesk.domain.access import Permission
from csdesk.domain.qa import Category, Scale
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.performance.qa_rubric_list import RubricRecord, rubric_rule

NAME_LENGTH = 100
MAX_WEIGHT = 100.0

#: A category in an edit: its id when it is already stored, else None.
Line = tuple[int | None, Category]


@dataclass(frozen=True)
class RubricEntry:
    """A rubric in the editor's list."""

    id: int
    name: str
    archived: bool
    reviews: int  # reviews made with it: more than 0 locks its categories


def rubric_entries(db: Database) -> list[RubricEntry]:
    """Every rubric, archived ones too, with how many reviews use it."""
    with db.read() as session:
        used = dict(
            session.execute(
                select(QaReview.rubric_id, func.count()).group_by(QaReview.rubric_id)
            ).all()
        )
        return [
            RubricEntry(r.id, r.name, r.archived, used.get(r.id, 0))
            for r in session.scalars(select(QaRubric).order_by(QaRubric.id))
        ]


def rubric_record(db: Database, rubric_id: int) -> RubricRecord:
    """One rubric with its categories, archived or not.

    Raises:
        UserError: the rubric is gone.
    """
    with db.read() as session:
        rubric = session.get(QaRubric, rubric_id)
        if rubric is None:
            raise UserError(translate("QA", "The rubric is no longer on file."))
        return RubricRecord(
            rubric.id, rubric.name, tuple((c.id, rubric_rule(c)) for c in rubric.categories)
        )


@needs(Permission.QA)
def save_rubric(
    db: Database, name: str, lines: Sequence[Line], rubric_id: int | None = None
) -> int:
    """Store a new rubric (``rubric_id`` None) or an edit of one; return its id.

    Raises:
        UserError: every problem found, listed: no name, a name another rubric has,
            no category, a category without a name or with a name twice, a weight
            that is not above 0, or a change to the categories of a rubric in use.
    """
    name = name.strip()
    problems = _problems(name, lines)
    with db.write() as session:
        others = session.scalars(select(QaRubric.name).where(QaRubric.id != (rubric_id or -1)))
        if name and name.casefold() in {n.casefold() for n in others}:
            problems.append(translate("QA", "Another rubric is named {name}.").format(name=name))
        rubric = QaRubric(archived=False) if rubric_id is None else session.get(QaRubric, rubric_id)
        if rubric is None:
            raise UserError(translate("QA", "The rubric is no longer on file."))
        if rubric_id is not None and not problems:
            stored = [(c.id, rubric_rule(c)) for c in rubric.categories]
            used = session.scalar(
                select(func.count()).select_from(QaReview).where(QaReview.rubric_id == rubric_id)
            )
            if used and list(map(_scoring, lines)) != list(map(_scoring, stored)):
                problems.append(
                    translate(
                        "QA",
                        "{count} reviews were made with this rubric, so its categories stay as "
                        "they are. Copy it, change the copy and archive this one.",
                        None,
                        used,
                    ).format(count=used)
                )
        if problems:
            raise UserError(translate("QA", "The rubric was not saved."), problems)
        rubric.name = name
        _replace_categories(rubric, lines)
        session.add(rubric)
        session.flush()
        return rubric.id


@needs(Permission.QA)
def set_archived(db: Database, rubric_id: int, archived: bool) -> None:
    """Archive a rubric (no new reviews with it) or bring it back.

    Raises:
        UserError: it is the last rubric in use; reviews need one.
    """
    with db.write() as session:
        rubric = session.get(QaRubric, rubric_id)
        if rubric is None:
            raise UserError(translate("QA", "The rubric is no longer on file."))
        if archived and not rubric.archived:
            active = session.scalar(
                select(func.count()).select_from(QaRubric).where(QaRubric.archived.is_(False))
            )
            if (active or 0) <= 1:
                raise UserError(
                    translate("QA", "Keep at least one rubric in use: reviews need one.")
                )
        rubric.archived = archived


def _scoring(line: Line) -> tuple:
    """What of a category a stored rating depends on (a new name changes no score)."""
    category_id, category = line
    return (
        category_id,
        category.weight,
        Scale(category.scale),
        category.critical,
        category.na_allowed,
    )


def _problems(name: str, lines: Sequence[Line]) -> list[str]:
    problems: list[str] = []
    if not name:
        problems.append(translate("QA", "Give the rubric a name."))
    elif len(name) > NAME_LENGTH:
        problems.append(
            translate("QA", "A rubric's name has at most {count} characters.").format(
                count=NAME_LENGTH
            )
        )
    if not lines:
        problems.append(translate("QA", "A rubric needs at least one category."))
    seen: set[str] = set()
    for number, (_id, category) in enumerate(lines, start=1):
        label = category.name.strip()
        if not label:
            problems.append(translate("QA", "Category {number} has no name.").format(number=number))
        elif label.casefold() in seen:
            problems.append(translate("QA", "Two categories are named {name}.").format(name=label))
        seen.add(label.casefold())
        if not (math.isfinite(category.weight) and 0 < category.weight <= MAX_WEIGHT):
            problems.append(
                translate("QA", "{name}: the weight must be above 0 and at most {most}.").format(
                    name=label or number, most=f"{MAX_WEIGHT:g}"
                )
            )
        if category.scale not in tuple(Scale):
            problems.append(
                translate("QA", "{name}: unknown rating scale.").format(name=label or number)
            )
    return problems


def _replace_categories(rubric: QaRubric, lines: Sequence[Line]) -> None:
    """Make the rubric's categories ``lines``: kept ones updated, others added or removed."""
    by_id = {c.id: c for c in rubric.categories}
    kept: list[QaCategory] = []
    for position, (category_id, category) in enumerate(lines):
        row = by_id.get(category_id) if category_id is not None else None
        if row is None:
            row = QaCategory()
        row.position = position
        row.name = category.name.strip()[:100]
        row.weight = float(category.weight)
        row.scale = str(Scale(category.scale))
        row.critical = category.critical
        row.na_allowed = category.na_allowed
        kept.append(row)
    rubric.categories = kept
