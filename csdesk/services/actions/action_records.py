"""Keeping actions: making one, changing it (every change logged), checking in, listing.

Who changed what is recorded field by field (before, after, who, when). Listing takes
a day to judge lateness on ("as of"), so the command line can ask about any day and
the page about today.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from csdesk.common.i18n import translate
from csdesk.data.actions import Action, ActionChange, ActionCheckIn
from csdesk.data.staff import Agent
from csdesk.domain.access import Permission
from csdesk.domain.actions import (
    FINISHED,
    RUNNING,
    ActionProblem,
    ActionStatus,
    Measure,
    Source,
    check_action,
    due_this_week,
    is_overdue,
)
from csdesk.domain.months import Month
from csdesk.services.accounts.access import needs
from csdesk.services.actions.action_checks import kpi_value
from csdesk.services.authors import author_of
from csdesk.services.database import Database, existing
from csdesk.services.errors import UserError
from csdesk.services.goals.goal_records import goal_kpis
from csdesk.services.server.record_versions import refuse_if_changed

#: The lists the page and the command line offer.
QUEUES = ("open", "overdue", "week", "check", "done", "all")


@dataclass(frozen=True)
class ActionData:
    """What the supervisor types for an action."""

    title: str
    deadline: date
    source: str = Source.OTHER
    source_ref: str = ""
    owner_agent_id: int | None = None
    owner_name: str = ""  # the supervisor or owner, when no agent owns it
    created_on: date | None = None  # default: today
    description: str = ""
    expected: str = ""
    kpi: str = ""
    kpi_target: float | None = None
    check_month: str = ""
    status: str = ActionStatus.OPEN


@dataclass(frozen=True)
class CheckIn:
    """Progress noted on an action."""

    day: date
    note: str
    progress: int
    author: str


@dataclass(frozen=True)
class Change:
    """One field changed."""

    at: datetime
    by: str
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class ActionRecord:
    """An action as pages and files show it."""

    id: int
    data: ActionData
    owner: str  # "王婷 (CS001)" or the name typed
    owner_no: str  # the agent's employee number, "" for a named owner
    kpi_baseline: float | None
    checked_value: float | None
    done_on: date | None
    progress: int  # the latest check-in's, 0 without one
    check_ins: tuple[CheckIn, ...]
    changes: tuple[Change, ...]
    version: int = 1  # the saved version the form was opened on (two seats, one record)

    def overdue(self, as_of: date) -> bool:
        """Late on ``as_of``."""
        return is_overdue(self.data.status, self.data.deadline, as_of)


def problem_text(problem: ActionProblem) -> str:
    """The reason an action was refused, in the user's language."""
    return {
        ActionProblem.NO_TITLE: translate("Actions", "The action needs a title."),
        ActionProblem.NO_OWNER: translate("Actions", "The action needs an owner."),
        ActionProblem.DEADLINE_BEFORE_CREATED: translate(
            "Actions", "The deadline is before the day the action was made."
        ),
        ActionProblem.KPI_INCOMPLETE: translate(
            "Actions", "A measurable result needs its KPI, a target and the month to check it."
        ),
        ActionProblem.WRONG_WAY: translate(
            "Actions", "The target does not improve on the KPI's current value."
        ),
    }.get(problem.key, str(problem))


def checked_data(db: Database, data: ActionData, today: date) -> tuple[ActionData, float | None]:
    """The data with its day filled in and checked, and the KPI's value when made."""
    data = replace(data, created_on=data.created_on or today, title=data.title.strip(),
                   owner_name=data.owner_name.strip())  # fmt: skip
    if data.source not in set(Source) or data.status not in set(ActionStatus):
        raise UserError(translate("Actions", "Unknown source or status."))
    directions = goal_kpis()
    measure, baseline = None, None
    if data.kpi or data.kpi_target is not None or data.check_month:
        if data.kpi and data.kpi not in directions:
            raise UserError(
                translate("Goals", "{kpi} is not a KPI csdesk knows.").format(kpi=data.kpi)
            )
        assert data.created_on is not None
        before = Month.of(data.created_on).shift(-1)
        baseline = kpi_value(db, data.kpi, before, data.owner_agent_id) if data.kpi else None
        measure = Measure(
            data.kpi, directions.get(data.kpi, directions["satisfaction_rate"]), baseline,
            data.kpi_target if data.kpi_target is not None else float("nan"), data.check_month,
        )  # fmt: skip
    try:
        assert data.created_on is not None
        check_action(
            data.title, data.owner_agent_id is not None or bool(data.owner_name),
            data.created_on, data.deadline, measure,
        )  # fmt: skip
    except ActionProblem as problem:
        raise UserError(problem_text(problem)) from problem
    return data, baseline


@needs(Permission.ACTIONS)
def create_action(
    db: Database, data: ActionData, author: str | None = None, today: date | None = None
) -> int:
    """Store a new action; return its id.

    Raises:
        UserError: see ``check_action``; an unknown source, status or KPI.
    """
    data, baseline = checked_data(db, data, today or date.today())
    with db.write() as session:
        row = Action(kpi_baseline=baseline, saved_at=datetime.now(), saved_by=author_of(author))
        _fill(row, data)
        if data.status in FINISHED and data.status != ActionStatus.CANCELLED:
            row.done_on = data.created_on
        session.add(row)
        session.flush()
        return row.id


def ensure_action(
    db: Database, data: ActionData, author: str | None = None, today: date | None = None
) -> int:
    """The action that came from ``data``'s source item: made once, its title kept current.

    A complaint's corrective action, typed on the complaint, becomes an action here; typing
    it again changes the action's title (logged) rather than making a second one.
    """
    with db.read() as session:
        found = session.scalar(
            select(Action.id).where(
                Action.source == data.source, Action.source_ref == data.source_ref
            )
        )
    if found is None:
        return create_action(db, data, author, today)
    current = action(db, found)
    if current.data.title != data.title.strip():
        update_action(db, found, replace(current.data, title=data.title), author, today)
    return found


def _fill(row: Action, data: ActionData) -> None:
    for item in fields(ActionData):
        setattr(row, item.name, getattr(data, item.name))


def _text(value: object) -> str:
    return "" if value is None else str(value)


@needs(Permission.ACTIONS)
def update_action(
    db: Database, action_id: int, data: ActionData, author: str | None = None,
    today: date | None = None, seen_version: int | None = None,
) -> None:  # fmt: skip
    """Change an action; every field that changed is logged with its author.

    ``seen_version`` is the version the form opened: a save over a newer one is refused.

    Raises:
        UserError: the action is gone, or the new data cannot be kept.
        ChangedMeanwhile: someone saved the action after ``seen_version``.
    """
    today = today or date.today()
    with db.write() as session:
        row = existing(session, Action, action_id, gone())
        data = replace(data, created_on=row.created_on)
    data, _baseline = checked_data(db, data, today)
    who = author_of(author)
    with db.write() as session:
        row = existing(session, Action, action_id, gone())
        refuse_if_changed(row, seen_version, translate("Records", "action"))
        for item in fields(ActionData):
            before, after = getattr(row, item.name), getattr(data, item.name)
            if before != after:
                row.changes.append(
                    ActionChange(at=datetime.now(), by=who, field=item.name,
                                 before=_text(before), after=_text(after))
                )  # fmt: skip
        if row.status != data.status:
            row.done_on = today if data.status in FINISHED else None
        _fill(row, data)
        row.saved_at, row.saved_by = datetime.now(), who


@needs(Permission.ACTIONS)
def set_status(
    db: Database, action_id: int, status: str, author: str | None = None,
    today: date | None = None,
) -> None:  # fmt: skip
    """Move an action to ``status`` (logged)."""
    current = action(db, action_id)
    update_action(db, action_id, replace(current.data, status=status), author, today)


@needs(Permission.ACTIONS)
def check_in(
    db: Database, action_id: int, day: date, note: str, progress: int,
    author: str | None = None,
) -> None:  # fmt: skip
    """Note progress on an action; an open action is in progress from its first check-in.

    Raises:
        UserError: the action is gone or finished, or progress is not 0-100.
    """
    if not 0 <= progress <= 100:
        raise UserError(translate("Actions", "Progress is a share from 0 to 100 %."))
    who = author_of(author)
    with db.write() as session:
        row = existing(session, Action, action_id, gone())
        if row.status not in RUNNING:
            raise UserError(translate("Actions", "A finished action takes no more check-ins."))
        row.check_ins.append(ActionCheckIn(day=day, note=note.strip(), progress=progress,
                                           author=who))  # fmt: skip
        if row.status == ActionStatus.OPEN:
            row.changes.append(
                ActionChange(at=datetime.now(), by=who, field="status",
                             before=ActionStatus.OPEN, after=ActionStatus.IN_PROGRESS)
            )  # fmt: skip
            row.status = ActionStatus.IN_PROGRESS


def gone() -> str:
    """The refusal for an action deleted meanwhile."""
    return translate("Actions", "That action no longer exists.")


def _record(row: Action, agent: Agent | None) -> ActionRecord:
    data = ActionData(**{item.name: getattr(row, item.name) for item in fields(ActionData)})
    ins = tuple(CheckIn(c.day, c.note, c.progress, c.author) for c in row.check_ins)
    return ActionRecord(
        row.id, data,
        f"{agent.name} ({agent.employee_no})" if agent else row.owner_name,
        agent.employee_no if agent else "",
        row.kpi_baseline, row.checked_value, row.done_on,
        ins[-1].progress if ins else 0, ins,
        tuple(Change(c.at, c.by, c.field, c.before, c.after) for c in row.changes),
        row.version,
    )  # fmt: skip


def _load(session: Session, query) -> list[ActionRecord]:
    rows = session.scalars(
        query.options(selectinload(Action.check_ins), selectinload(Action.changes))
    ).all()
    agents = {a.id: a for a in session.scalars(select(Agent))}
    return [_record(r, agents.get(r.owner_agent_id or -1)) for r in rows]


def action(db: Database, action_id: int) -> ActionRecord:
    """One action.

    Raises:
        UserError: it is gone.
    """
    with db.read() as session:
        found = _load(session, select(Action).where(Action.id == action_id))
    if not found:
        raise UserError(gone())
    return found[0]


def list_actions(
    db: Database,
    queue: str = "open",
    as_of: date | None = None,
    owner_agent_id: int | None = None,
    source: str | None = None,
) -> list[ActionRecord]:
    """The actions of a queue on ``as_of``, overdue first, then by deadline.

    Queues: ``open`` (still to do), ``overdue``, ``week`` (due by Sunday), ``check``
    (done, waiting for the effectiveness check), ``done`` (finished any way), ``all``.
    """
    as_of = as_of or date.today()
    query = select(Action)
    if owner_agent_id is not None:
        query = query.where(Action.owner_agent_id == owner_agent_id)
    if source:
        query = query.where(Action.source == source)
    with db.read() as session:
        found = _load(session, query)
    return sorted(
        (a for a in found if in_queue(a, queue, as_of)),
        key=lambda a: (not a.overdue(as_of), a.data.deadline, a.id),
    )


def in_queue(action: ActionRecord, queue: str, as_of: date) -> bool:
    """Whether ``action`` belongs to ``queue`` on ``as_of`` (see ``list_actions``)."""
    status = action.data.status
    return {
        "open": lambda: status in RUNNING,
        "overdue": lambda: action.overdue(as_of),
        "week": lambda: due_this_week(status, action.data.deadline, as_of),
        "check": lambda: status == ActionStatus.DONE,
        "done": lambda: status in FINISHED,
        "all": lambda: True,
    }[queue]()


def overdue_count(db: Database, as_of: date | None = None) -> int:
    """How many actions are late (the sidebar's count)."""
    as_of = as_of or date.today()
    with db.read() as session:
        rows = session.execute(
            select(Action.status, Action.deadline).where(
                Action.status.in_(list(RUNNING)), Action.deadline < as_of
            )
        ).all()
    return len(rows)
