"""The rows of the complaint list: what the table shows of each complaint, read a page at a time.

The table holds only ids (``complaint_list``); it reads the rows it paints from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from csdesk.data.complaints import Complaint, ComplaintCategory
from csdesk.data.staff import Agent
from csdesk.domain.complaints import WAITING
from csdesk.domain.sla import ClockState, working_time
from csdesk.services.complaints.complaint_clocks import ClockRules, clock_rules
from csdesk.services.complaints.seeded_vocabulary import category_name
from csdesk.services.database import Database

_CATEGORY = aliased(ComplaintCategory)  # a complaint's category, and its main category
_PARENT = aliased(ComplaintCategory)


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


_ROW_COLUMNS = (
    Complaint.id,
    Complaint.ref,
    Complaint.received_at,
    Complaint.priority,
    Complaint.status,
    Complaint.customer,
    Complaint.order_no,
    Complaint.platform,
    Complaint.shop,
    Complaint.channel,
    Complaint.next_due_at,
    Complaint.response_breached,
    Complaint.solution_breached,
    Complaint.resolution_breached,
    Complaint.escalation,
    Complaint.appeal,
    Complaint.valid,
    _CATEGORY.name.label("category"),
    _PARENT.name.label("parent"),
    Agent.name.label("agent"),
)


def rows_for(db: Database, ids: Sequence[int], now: datetime | None = None) -> list[ListRow]:
    """The list rows of ``ids``, in that order (ids no longer there are left out).

    Reads the listed columns only, not whole complaints: a page of 200 takes half the
    time without the long texts and the ORM's bookkeeping.
    """
    now = now or datetime.now()
    if not ids:
        return []
    query = (
        select(*_ROW_COLUMNS)
        .outerjoin(_CATEGORY, Complaint.category_id == _CATEGORY.id)
        .outerjoin(_PARENT, _CATEGORY.parent_id == _PARENT.id)
        .outerjoin(Agent, Complaint.agent_id == Agent.id)
        .where(Complaint.id.in_(list(ids)))
    )
    with db.read() as session:
        rules = clock_rules(session)
        found = {r.id: _row(r, rules, now) for r in session.execute(query)}
    return [found[i] for i in ids if i in found]


def _row(r, rules: ClockRules, now: datetime) -> ListRow:
    due = r.next_due_at
    state: ClockState | None
    if r.status in WAITING:
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
        r.response_breached or r.solution_breached or r.resolution_breached
    )
    return ListRow(
        id=r.id,
        ref=r.ref,
        received_at=r.received_at,
        priority=r.priority,
        status=r.status,
        category=(
            f"{category_name(r.parent)} / {category_name(r.category)}"
            if r.parent
            else category_name(r.category)
        ),
        customer=r.customer,
        order_no=r.order_no,
        agent=r.agent or "",
        platform=r.platform,
        shop=r.shop,
        channel=r.channel,
        next_due_at=due,
        due_state=state,
        breached=breached,
        escalation=r.escalation,
        appeal=r.appeal,
        valid=r.valid,
    )
