"""The complaint list: queues, filters, sorting, and rows fetched a page at a time.

A shop may keep years of complaints (the budget is 200,000), so the page never loads
them all: ``matching_ids`` returns only the ids that pass the filter, in the chosen
order, and ``rows_for`` reads the few rows the table shows. Filters and sort keys are
columns with indexes, or one LIKE over ``search_text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import aliased

from csdesk.data.complaints import Complaint, ComplaintCategory
from csdesk.data.staff import Agent
from csdesk.domain.complaints import OPEN, WAITING, ComplaintStatus, Priority
from csdesk.domain.sla import ClockState, working_time
from csdesk.services.complaint_clocks import clock_rules
from csdesk.services.database import Database


class Queue(StrEnum):
    """The supervisor's work lists."""

    OPEN = "open"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    WAITING = "waiting"
    FOLLOW_UP = "follow_up"  # resolved, the follow-up visit and closing still to do
    CLOSED = "closed"
    ALL = "all"


class SortKey(StrEnum):
    """Columns the list can be sorted by."""

    REF = "ref"
    RECEIVED = "received"
    PRIORITY = "priority"
    STATUS = "status"
    DUE = "due"
    CUSTOMER = "customer"
    ORDER = "order"
    CATEGORY = "category"
    AGENT = "agent"
    PLATFORM = "platform"
    CHANNEL = "channel"


@dataclass(frozen=True)
class ComplaintFilter:
    """What the list shows: a queue narrowed by filters and a search text."""

    queue: Queue = Queue.OPEN
    status: str | None = None
    category_id: int | None = None
    priority: str | None = None
    agent_id: int | None = None
    platform: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    text: str = ""


@dataclass(frozen=True)
class ListRow:
    """One line of the complaint list."""

    id: int
    ref: str
    received_at: datetime
    priority: str
    status: str
    category: str
    customer: str
    order_no: str
    agent: str
    platform: str
    shop: str
    channel: str
    next_due_at: datetime | None
    due_state: ClockState | None  # None: no clock running (resolved, closed)
    breached: bool
    escalation: str
    appeal: str | None
    valid: bool


_PRIORITY_RANK = case(
    {Priority.URGENT.value: 0, Priority.IMPORTANT.value: 1}, value=Complaint.priority, else_=2
)
_STATUS_RANK = case(
    {s.value: i for i, s in enumerate(ComplaintStatus)}, value=Complaint.status, else_=99
)
_OPEN = [s.value for s in OPEN]
_MOVING = [s.value for s in OPEN - WAITING]


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time())


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _queue_clause(queue: Queue, now: datetime):
    tomorrow = _day_start(now.date() + timedelta(days=1))
    if queue is Queue.OPEN:
        return Complaint.status.in_(_OPEN)
    if queue is Queue.OVERDUE:
        return Complaint.status.in_(_MOVING) & (Complaint.next_due_at < now)
    if queue is Queue.DUE_TODAY:
        return (
            Complaint.status.in_(_MOVING)
            & (Complaint.next_due_at >= now)
            & (Complaint.next_due_at < tomorrow)
        )
    if queue is Queue.WAITING:
        return Complaint.status.in_([s.value for s in WAITING])
    if queue is Queue.FOLLOW_UP:
        return Complaint.status == ComplaintStatus.RESOLVED.value
    if queue is Queue.CLOSED:
        return Complaint.status == ComplaintStatus.CLOSED.value
    return None


def _filtered(query: Select, flt: ComplaintFilter, now: datetime) -> Select:
    clause = _queue_clause(flt.queue, now)
    if clause is not None:
        query = query.where(clause)
    if flt.status:
        query = query.where(Complaint.status == flt.status)
    if flt.category_id is not None:
        children = select(ComplaintCategory.id).where(
            ComplaintCategory.parent_id == flt.category_id
        )
        query = query.where(
            or_(Complaint.category_id == flt.category_id, Complaint.category_id.in_(children))
        )
    if flt.priority:
        query = query.where(Complaint.priority == flt.priority)
    if flt.agent_id is not None:
        query = query.where(Complaint.agent_id == flt.agent_id)
    if flt.platform:
        query = query.where(Complaint.platform == flt.platform)
    if flt.received_from:
        query = query.where(Complaint.received_at >= _day_start(flt.received_from))
    if flt.received_to:
        query = query.where(Complaint.received_at < _day_start(flt.received_to + timedelta(days=1)))
    text = flt.text.strip().casefold()
    if text:
        query = query.where(Complaint.search_text.like(f"%{_escape_like(text)}%", escape="\\"))
    return query


_CATEGORY = aliased(ComplaintCategory)
_PARENT = aliased(ComplaintCategory)


def _sort_columns(key: SortKey):
    return {
        SortKey.REF: (Complaint.ref,),
        SortKey.RECEIVED: (Complaint.received_at,),
        SortKey.PRIORITY: (_PRIORITY_RANK, Complaint.received_at),
        SortKey.STATUS: (_STATUS_RANK, Complaint.received_at),
        # complaints with no clock running go last either way
        SortKey.DUE: (Complaint.next_due_at.is_(None), Complaint.next_due_at),
        SortKey.CUSTOMER: (Complaint.customer,),
        SortKey.ORDER: (Complaint.order_no,),
        SortKey.CATEGORY: (func.coalesce(_PARENT.name, _CATEGORY.name), _CATEGORY.name),
        SortKey.AGENT: (Agent.name,),
        SortKey.PLATFORM: (Complaint.platform, Complaint.shop),
        SortKey.CHANNEL: (Complaint.channel,),
    }[key]


def matching_ids(
    db: Database,
    flt: ComplaintFilter,
    sort: SortKey = SortKey.RECEIVED,
    descending: bool = True,
    now: datetime | None = None,
) -> list[int]:
    """Ids of the complaints that pass ``flt``, in the chosen order (ties by id)."""
    now = now or datetime.now()
    query = select(Complaint.id)
    if sort is SortKey.CATEGORY:
        query = query.outerjoin(_CATEGORY, Complaint.category_id == _CATEGORY.id).outerjoin(
            _PARENT, _CATEGORY.parent_id == _PARENT.id
        )
    elif sort is SortKey.AGENT:
        query = query.outerjoin(Agent, Complaint.agent_id == Agent.id)
    columns = _sort_columns(sort)
    if sort is SortKey.DUE:
        order = [columns[0], columns[1].desc() if descending else columns[1]]
    else:
        order = [c.desc() if descending else c for c in columns]
    order.append(Complaint.id.desc() if descending else Complaint.id)
    with db.read() as session:
        query = _filtered(query, flt, now).order_by(*order)
        return list(session.execute(query).scalars())


def rows_for(db: Database, ids: Sequence[int], now: datetime | None = None) -> list[ListRow]:
    """The list rows of ``ids``, in that order (ids no longer there are left out)."""
    now = now or datetime.now()
    if not ids:
        return []
    query = (
        select(
            Complaint,
            _CATEGORY.name,
            _PARENT.name,
            Agent.name,
        )
        .outerjoin(_CATEGORY, Complaint.category_id == _CATEGORY.id)
        .outerjoin(_PARENT, _CATEGORY.parent_id == _PARENT.id)
        .outerjoin(Agent, Complaint.agent_id == Agent.id)
        .where(Complaint.id.in_(list(ids)))
    )
    with db.read() as session:
        rules = clock_rules(session)
        found = {}
        for complaint, category, parent, agent in session.execute(query):
            found[complaint.id] = _row(complaint, category, parent, agent, rules, now)
    return [found[i] for i in ids if i in found]


def _row(complaint: Complaint, category, parent, agent, rules, now: datetime) -> ListRow:
    due = complaint.next_due_at
    state: ClockState | None
    if complaint.status in WAITING:
        state = ClockState.PAUSED
    elif due is None:
        state = None
    elif due < now:
        state = ClockState.OVERDUE
    elif working_time(rules.calendar, now, due) <= rules.due_soon:
        state = ClockState.DUE_SOON
    else:
        state = ClockState.RUNNING
    breached = state is ClockState.OVERDUE or (
        complaint.response_breached or complaint.solution_breached or complaint.resolution_breached
    )
    return ListRow(
        id=complaint.id,
        ref=complaint.ref,
        received_at=complaint.received_at,
        priority=complaint.priority,
        status=complaint.status,
        category=f"{parent} / {category}" if parent else (category or ""),
        customer=complaint.customer,
        order_no=complaint.order_no,
        agent=agent or "",
        platform=complaint.platform,
        shop=complaint.shop,
        channel=complaint.channel,
        next_due_at=due,
        due_state=state,
        breached=breached,
        escalation=complaint.escalation,
        appeal=complaint.appeal,
        valid=complaint.valid,
    )


def queue_counts(db: Database, now: datetime | None = None) -> dict[Queue, int]:
    """How many complaints each queue holds (one pass over the table)."""
    now = now or datetime.now()
    sums = [
        func.coalesce(func.sum(case((clause, 1), else_=0)), 0)
        for clause in (_queue_clause(q, now) for q in Queue if q is not Queue.ALL)
    ]
    with db.read() as session:
        values = session.execute(select(*sums, func.count()).select_from(Complaint)).one()
    return dict(zip(Queue, values, strict=True))


def platforms(db: Database) -> list[str]:
    """Platforms complaints came from, for the filter."""
    with db.read() as session:
        return list(
            session.scalars(
                select(Complaint.platform)
                .where(Complaint.platform != "")
                .distinct()
                .order_by(Complaint.platform)
            )
        )


def channels(db: Database) -> list[str]:
    """Channels in use (the standard ones plus any an import brought)."""
    with db.read() as session:
        return list(
            session.scalars(
                select(Complaint.channel)
                .where(Complaint.channel != "")
                .distinct()
                .order_by(Complaint.channel)
            )
        )


def overdue_count(db: Database, now: datetime | None = None) -> int:
    """How many open complaints have a clock past its due time (the start-up badge)."""
    clause = _queue_clause(Queue.OVERDUE, now or datetime.now())
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Complaint).where(clause))
