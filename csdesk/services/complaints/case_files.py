"""Complaints: the case file, how a whole complaint reads, and its timeline entries.

Every function opens its own unit of work and returns frozen dataclasses; every
change recomputes the clocks (``complaint_clocks``). The rest of a complaint's life
has a module each: status steps (``complaint_steps``), handling and the follow-up visit
(``complaint_handling``), validity and appeals (``complaint_verdicts``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from csdesk.common.i18n import translate
from csdesk.data.complaints import Complaint
from csdesk.domain.complaints import (
    Action,
    Clock,
    ComplaintChannel,
    Priority,
    allowed_actions,
    counts_against_agent,
)
from csdesk.domain.sla import ClockReading
from csdesk.services.complaints.complaint_clocks import (
    ClockRules,
    clock_rules,
    read_clocks,
)
from csdesk.services.complaints.complaint_settings import is_quality
from csdesk.services.complaints.seeded_vocabulary import category_name, cause_name
from csdesk.services.database import Database
from csdesk.services.errors import UserError

#: How far ahead of the computer's clock a recorded time may be (clocks drift).
CLOCK_SLACK = timedelta(minutes=5)


# --- what a complaint holds --------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintData:
    """The case file as the supervisor enters it."""

    received_at: datetime
    customer: str = ""
    priority: str = Priority.NORMAL
    channel: str = ComplaintChannel.CHAT
    platform: str = ""
    shop: str = ""
    contact: str = ""
    order_no: str = ""
    product: str = ""
    category_id: int | None = None
    description: str = ""
    agent_id: int | None = None


@dataclass(frozen=True)
class Handling:
    """What was done: immediate action, compensation, root cause, corrective action."""

    immediate_action: str = ""
    compensation_type: str = ""
    compensation_cents: int = 0
    root_cause_id: int | None = None
    corrective_action: str = ""
    effectiveness_checked_on: date | None = None
    effectiveness_note: str = ""


@dataclass(frozen=True)
class FollowUp:
    """The satisfaction follow-up visit, or why there was none."""

    satisfaction: int | None = None
    comment: str = ""
    at: datetime | None = None
    no_follow_up_reason: str = ""

    @property
    def done(self) -> bool:
        """Whether the loop is closed: a result, or a stated reason for none."""
        return self.satisfaction is not None or bool(self.no_follow_up_reason)


@dataclass(frozen=True)
class EventRecord:
    """One timeline entry."""

    at: datetime
    kind: str
    author: str
    text: str
    from_value: str = ""
    to_value: str = ""


@dataclass(frozen=True)
class ComplaintRecord:
    """A whole complaint as the detail view shows it."""

    id: int
    ref: str
    data: ComplaintData
    status: str
    escalation: str
    category_path: str
    agent_name: str
    root_cause_name: str
    handling: Handling
    follow_up: FollowUp
    valid: bool
    invalid_reason: str
    appeal: str | None
    appeal_reason: str
    appeal_decided_on: date | None
    appeal_note: str
    first_response_at: datetime | None
    solution_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    reopened: int
    imported: bool
    quality: bool
    clocks: dict[Clock, ClockReading]
    events: tuple[EventRecord, ...]
    version: int = 1  # the saved version the form was opened on (two seats, one record)

    @property
    def actions(self) -> tuple[Action, ...]:
        """The status actions that apply now."""
        return allowed_actions(self.status)

    @property
    def counts_against_agent(self) -> bool:
        """Whether it counts against its agent in the scorecards."""
        return self.data.agent_id is not None and counts_against_agent(self.valid, self.appeal)


# --- reading ------------------------------------------------------------------------------


def load_complaint(session: Session, complaint_id: int) -> Complaint:
    """A complaint with its pauses and timeline, or a UserError if it was deleted."""
    complaint = session.get(
        Complaint,
        complaint_id,
        options=[selectinload(Complaint.pauses), selectinload(Complaint.events)],
    )
    if complaint is None:
        raise UserError(translate("Complaints", "That complaint no longer exists."))
    return complaint


def complaint_data(complaint: Complaint) -> ComplaintData:
    """The editable case file of a loaded complaint."""
    return ComplaintData(
        received_at=complaint.received_at,
        customer=complaint.customer,
        priority=complaint.priority,
        channel=complaint.channel,
        platform=complaint.platform,
        shop=complaint.shop,
        contact=complaint.contact,
        order_no=complaint.order_no,
        product=complaint.product,
        category_id=complaint.category_id,
        description=complaint.description,
        agent_id=complaint.agent_id,
    )


def category_path(complaint: Complaint) -> str:
    """The category as lists show it: "Logistics / Late", or just "Refund"."""
    category = complaint.category
    if category is None:
        return ""
    if category.parent is None:
        return category_name(category.name)
    return f"{category_name(category.parent.name)} / {category_name(category.name)}"


def _record(session: Session, complaint: Complaint, rules: ClockRules, now: datetime):
    events = sorted(complaint.events, key=lambda e: (e.at, e.id))
    return ComplaintRecord(
        id=complaint.id,
        ref=complaint.ref,
        data=complaint_data(complaint),
        status=complaint.status,
        escalation=complaint.escalation,
        category_path=category_path(complaint),
        agent_name=complaint.agent.name if complaint.agent else "",
        root_cause_name=cause_name(complaint.root_cause.name if complaint.root_cause else None),
        handling=Handling(
            complaint.immediate_action,
            complaint.compensation_type,
            complaint.compensation_cents,
            complaint.root_cause_id,
            complaint.corrective_action,
            complaint.effectiveness_checked_on,
            complaint.effectiveness_note,
        ),
        follow_up=FollowUp(
            complaint.satisfaction,
            complaint.follow_up_comment,
            complaint.follow_up_at,
            complaint.no_follow_up_reason,
        ),
        valid=complaint.valid,
        invalid_reason=complaint.invalid_reason,
        appeal=complaint.appeal,
        appeal_reason=complaint.appeal_reason,
        appeal_decided_on=complaint.appeal_decided_on,
        appeal_note=complaint.appeal_note,
        first_response_at=complaint.first_response_at,
        solution_at=complaint.solution_at,
        resolved_at=complaint.resolved_at,
        closed_at=complaint.closed_at,
        reopened=complaint.reopened,
        imported=complaint.imported,
        quality=is_quality(session, complaint.category_id),
        clocks=read_clocks(complaint, rules, now),
        events=tuple(
            EventRecord(e.at, e.kind, e.author, e.text, e.from_value, e.to_value) for e in events
        ),
        version=complaint.version,
    )


def get_complaint(db: Database, complaint_id: int, now: datetime | None = None) -> ComplaintRecord:
    """The whole complaint, with its clocks read at ``now``."""
    with db.read() as session:
        complaint = load_complaint(session, complaint_id)
        return _record(session, complaint, clock_rules(session), now or datetime.now())


def find_ref(db: Database, ref: str) -> int | None:
    """The id of the complaint with reference ``ref`` (case-insensitive)."""
    with db.read() as session:
        return session.scalar(
            select(Complaint.id).where(func.upper(Complaint.ref) == ref.strip().upper())
        )


# --- creating and editing -----------------------------------------------------------------
