"""The shop's complaint vocabulary: the category tree and the root-cause taxonomy.

Categories form a two-level tree (a category and its subcategories); categories and
root causes are archived rather than deleted once a complaint uses them. What the
clocks count by (targets, calendar, "due soon") is in ``complaint_timing``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.complaints import (
    Complaint,
    ComplaintCategory,
    RootCause,
)
from csdesk.domain.access import Permission
from csdesk.services.accounts.access import needs
from csdesk.services.complaints import complaint_timing
from csdesk.services.complaints.seeded_vocabulary import (
    QUALITY,
    category_name,
    cause_name,
    default_categories,
    default_root_causes,
)
from csdesk.services.database import Database, existing
from csdesk.services.errors import UserError

#: Key of the default category whose complaints need an effectiveness check to close.

# --- categories ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryRecord:
    """A category or subcategory, with its parent and how many complaints use it."""

    id: int
    name: str
    parent_id: int | None
    key: str | None
    archived: bool
    complaint_count: int = 0
    parent_name: str = ""

    @property
    def path(self) -> str:
        """The name shown in lists: "Logistics / Late" for a subcategory."""
        return f"{self.parent_name} / {self.name}" if self.parent_name else self.name


def list_categories(db: Database, *, include_archived: bool = True) -> list[CategoryRecord]:
    """Every category, each followed by its subcategories, in the shop's order."""
    with db.read() as session:
        return _categories(session, include_archived=include_archived)


def _categories(session: Session, *, include_archived: bool = True) -> list[CategoryRecord]:
    counts = dict(
        session.execute(
            select(Complaint.category_id, func.count()).group_by(Complaint.category_id)
        ).all()
    )
    rows = session.scalars(
        select(ComplaintCategory).order_by(ComplaintCategory.position, ComplaintCategory.id)
    ).all()
    names = {row.id: category_name(row.name) for row in rows}
    children: dict[int | None, list[ComplaintCategory]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row)
    out: list[CategoryRecord] = []
    for top in children.get(None, []):
        for row in (top, *children.get(top.id, [])):
            if row.archived and not include_archived:
                continue
            out.append(
                CategoryRecord(
                    row.id,
                    names[row.id],
                    row.parent_id,
                    row.key,
                    row.archived,
                    counts.get(row.id, 0),
                    names.get(row.parent_id, "") if row.parent_id else "",
                )
            )
    return out


def seed_default_categories(session: Session) -> int:
    """Fill an empty category tree with the plans' categories; return how many."""
    if session.scalar(select(func.count()).select_from(ComplaintCategory)):
        return 0
    added = 0
    for position, (key, name, subs) in enumerate(default_categories()):
        top = ComplaintCategory(key=key, name=name, position=position)
        session.add(top)
        session.flush()
        for sub_position, (sub_key, sub_name) in enumerate(subs):
            session.add(
                ComplaintCategory(
                    key=sub_key, name=sub_name, parent_id=top.id, position=sub_position
                )
            )
        added += 1 + len(subs)
    session.flush()
    return added


def _name_problem(name: str) -> str | None:
    if not name.strip():
        return translate("Complaints", "Give a name.")
    if len(name.strip()) > 100:
        return translate("Complaints", "A name is at most 100 characters.")
    return None


@needs(Permission.COMPLAINTS)
def add_category(db: Database, name: str, parent_id: int | None = None) -> int:
    """Add a category (or a subcategory under ``parent_id``); return its id."""
    with db.write() as session:
        return add_category_in(session, name, parent_id).id


def add_category_in(session: Session, name: str, parent_id: int | None) -> ComplaintCategory:
    """Add a category in the caller's transaction (the import adds unknown ones)."""
    problem = _name_problem(name)
    if problem:
        raise UserError(problem)
    if parent_id is not None:
        parent = session.get(ComplaintCategory, parent_id)
        if parent is None or parent.parent_id is not None:
            raise UserError(translate("Complaints", "Subcategories go under a main category."))
    if find_category(session, name, parent_id) is not None:
        raise UserError(_duplicate_category())
    position = session.scalar(
        select(func.coalesce(func.max(ComplaintCategory.position), -1) + 1).where(
            _parent_is(parent_id)
        )
    )
    row = ComplaintCategory(name=name.strip(), parent_id=parent_id, position=position)
    session.add(row)
    session.flush()
    return row


def _duplicate_category() -> str:
    return translate("Complaints", "There is already a category of that name here.")


def _parent_is(parent_id: int | None):
    if parent_id is None:
        return ComplaintCategory.parent_id.is_(None)
    return ComplaintCategory.parent_id == parent_id


def find_category(session: Session, name: str, parent_id: int | None) -> ComplaintCategory | None:
    """The category called ``name`` (case-insensitive) under ``parent_id``.

    A seeded category answers to its name in every shipped language ("Late delivery",
    "发货或配送延迟"), so a file written in another language imports into the same one.
    """
    wanted = category_name(name.strip()).casefold()
    for row in session.scalars(select(ComplaintCategory).where(_parent_is(parent_id))):
        if category_name(row.name).casefold() == wanted:
            return row
    return None


def _category(session: Session, category_id: int) -> ComplaintCategory:
    gone = translate("Complaints", "That category no longer exists.")
    return existing(session, ComplaintCategory, category_id, gone)


def _root_cause(session: Session, cause_id: int) -> RootCause:
    gone = translate("Complaints", "That root cause no longer exists.")
    return existing(session, RootCause, cause_id, gone)


@needs(Permission.COMPLAINTS)
def rename_category(db: Database, category_id: int, name: str) -> None:
    """Rename a category; complaints filed under it follow."""
    with db.write() as session:
        row = _category(session, category_id)
        problem = _name_problem(name)
        if problem:
            raise UserError(problem)
        other = find_category(session, name, row.parent_id)
        if other is not None and other.id != row.id:
            raise UserError(_duplicate_category())
        row.name = name.strip()


@needs(Permission.COMPLAINTS)
def set_category_archived(db: Database, category_id: int, archived: bool) -> None:
    """Archive a category (no longer offered, history kept) or bring it back.

    A main category goes and comes back with its subcategories; a subcategory brought
    back brings its main category back too (it could not be chosen otherwise).
    """
    with db.write() as session:
        row = _category(session, category_id)
        row.archived = archived
        if row.parent_id is None:
            for child in session.scalars(
                select(ComplaintCategory).where(ComplaintCategory.parent_id == row.id)
            ):
                child.archived = archived
        elif not archived:
            _category(session, row.parent_id).archived = False


def is_quality(session: Session, category_id: int | None) -> bool:
    """Whether the category is product quality or one of its subcategories."""
    while category_id is not None:
        row = session.get(ComplaintCategory, category_id)
        if row is None:
            return False
        if row.key == QUALITY:
            return True
        category_id = row.parent_id
    return False


# --- root causes --------------------------------------------------------------------------


@dataclass(frozen=True)
class RootCauseRecord:
    """A root cause and how many complaints name it."""

    id: int
    name: str
    archived: bool
    complaint_count: int = 0


def list_root_causes(db: Database, *, include_archived: bool = True) -> list[RootCauseRecord]:
    """The root-cause taxonomy in the shop's order."""
    with db.read() as session:
        counts = dict(
            session.execute(
                select(Complaint.root_cause_id, func.count()).group_by(Complaint.root_cause_id)
            ).all()
        )
        query = select(RootCause).order_by(RootCause.position, RootCause.id)
        if not include_archived:
            query = query.where(RootCause.archived.is_(False))
        return [
            RootCauseRecord(r.id, cause_name(r.name), r.archived, counts.get(r.id, 0))
            for r in session.scalars(query)
        ]


def seed_default_root_causes(session: Session) -> int:
    """Fill an empty taxonomy with the default root causes."""
    if session.scalar(select(func.count()).select_from(RootCause)):
        return 0
    names = default_root_causes()
    for position, name in enumerate(names):
        session.add(RootCause(name=name, position=position))
    session.flush()
    return len(names)


@needs(Permission.COMPLAINTS)
def add_root_cause(db: Database, name: str) -> int:
    """Add a root cause to the taxonomy; return its id."""
    with db.write() as session:
        return add_root_cause_in(session, name).id


def add_root_cause_in(session: Session, name: str) -> RootCause:
    """Add a root cause in the caller's transaction."""
    problem = _name_problem(name)
    if problem:
        raise UserError(problem)
    if find_root_cause(session, name) is not None:
        raise UserError(translate("Complaints", "There is already a root cause of that name."))
    position = session.scalar(select(func.coalesce(func.max(RootCause.position), -1) + 1))
    row = RootCause(name=name.strip(), position=position)
    session.add(row)
    session.flush()
    return row


def find_root_cause(session: Session, name: str) -> RootCause | None:
    """The root cause called ``name`` (case-insensitive; a seeded one in any language)."""
    wanted = cause_name(name.strip()).casefold()
    for row in session.scalars(select(RootCause)):
        if cause_name(row.name).casefold() == wanted:
            return row
    return None


@needs(Permission.COMPLAINTS)
def rename_root_cause(db: Database, cause_id: int, name: str) -> None:
    """Rename a root cause."""
    with db.write() as session:
        problem = _name_problem(name)
        if problem:
            raise UserError(problem)
        other = find_root_cause(session, name)
        if other is not None and other.id != cause_id:
            raise UserError(translate("Complaints", "There is already a root cause of that name."))
        _root_cause(session, cause_id).name = name.strip()


@needs(Permission.COMPLAINTS)
def set_root_cause_archived(db: Database, cause_id: int, archived: bool) -> None:
    """Archive a root cause (no longer offered, history kept) or bring it back."""
    with db.write() as session:
        _root_cause(session, cause_id).archived = archived


def seed_complaint_defaults(session: Session) -> None:
    """Everything a shop starts with for complaints (new shop or upgrade from 0002)."""
    seed_default_categories(session)
    seed_default_root_causes(session)
    complaint_timing.seed_default_targets(session)
    complaint_timing.seed_default_week(session)
