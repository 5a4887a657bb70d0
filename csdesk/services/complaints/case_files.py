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
from csdesk.data.complaints import Complaint, ComplaintEvent
from csdesk.data.staff import Agent
from csdesk.domain.complaints import (
    Action,
    Clock,
    ComplaintChannel,
    ComplaintStatus,
    Escalation,
    EventKind,
    Priority,
    allowed_actions,
    counts_against_agent,
    reference,
)
from csdesk.domain.sla import ClockReading
from csdesk.services.authors import author_of
from csdesk.services.complaints.complaint_clocks import (
    ClockRules,
    clock_rules,
    read_clocks,
    refresh_clocks,
)
from csdesk.services.complaints.complaint_settings import is_quality
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
        return category.name
    return f"{category.parent.name} / {category.name}"


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
        root_cause_name=complaint.root_cause.name if complaint.root_cause else "",
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


def complaint_problems(session: Session, data: ComplaintData, now: datetime) -> list[str]:
    """Everything wrong with a case file, in the user's language (empty: it can be saved)."""
    problems = []
    if data.received_at is None:
        problems.append(translate("Complaints", "Give the time the complaint was received."))
    elif data.received_at > now + CLOCK_SLACK:
        problems.append(translate("Complaints", "The time received is in the future."))
    if not (data.customer.strip() or data.order_no.strip() or data.contact.strip()):
        problems.append(
            translate("Complaints", "Give the customer, their contact or the order number.")
        )
    if data.priority not in set(Priority):
        problems.append(translate("Complaints", "Choose a priority."))
    if data.agent_id is not None and session.get(Agent, data.agent_id) is None:
        problems.append(translate("Complaints", "The responsible agent no longer exists."))
    limits = (
        (data.customer, 100),
        (data.contact, 100),
        (data.order_no, 64),
        (data.platform, 40),
        (data.shop, 100),
        (data.channel, 40),
        (data.product, 200),
    )
    if any(len(text.strip()) > limit for text, limit in limits):
        problems.append(translate("Complaints", "A field is too long."))
    return problems


def _search_text(complaint: Complaint) -> str:
    parts = (complaint.ref, complaint.order_no, complaint.customer, complaint.contact)
    return " ".join(p for p in parts if p).casefold()


def apply_case(complaint: Complaint, data: ComplaintData) -> None:
    """Copy a checked case file onto a complaint (the import shares it)."""
    complaint.received_at = data.received_at.replace(microsecond=0)
    complaint.customer = data.customer.strip()
    complaint.priority = str(data.priority)
    complaint.channel = data.channel.strip()
    complaint.platform = data.platform.strip()
    complaint.shop = data.shop.strip()
    complaint.contact = data.contact.strip()
    complaint.order_no = data.order_no.strip()
    complaint.product = data.product.strip()
    complaint.category_id = data.category_id
    complaint.description = data.description.strip()
    complaint.agent_id = data.agent_id
    complaint.search_text = _search_text(complaint)


def next_ref(session: Session, year: int) -> str:
    """The next free reference of ``year``: TS-2026-00042."""
    prefix = f"TS-{year}-"
    last = session.scalar(
        select(func.max(Complaint.ref)).where(
            Complaint.ref.like(f"{prefix}%"), func.length(Complaint.ref) == len(prefix) + 5
        )
    )
    number = int(last[len(prefix) :]) + 1 if last and last[len(prefix) :].isdigit() else 1
    return reference(year, number)


def log_event(
    complaint: Complaint,
    at: datetime,
    kind: str,
    author: str,
    text: str = "",
    from_value: str = "",
    to_value: str = "",
) -> None:
    """Add an entry to a loaded complaint's timeline."""
    complaint.events.append(
        ComplaintEvent(
            at=at.replace(microsecond=0),
            kind=str(kind),
            author=author.strip()[:100],
            text=text.strip(),
            from_value=str(from_value),
            to_value=str(to_value),
        )
    )


def create_in(
    session: Session,
    data: ComplaintData,
    rules: ClockRules,
    now: datetime,
    *,
    author: str,
    ref: str | None = None,
    flush: bool = True,
) -> Complaint:
    """Add a complaint in the caller's transaction (the import and the demo share it).

    A batch that numbers its own references may pass ``flush=False`` and flush once.
    """
    # column defaults only apply at flush; a batch reads these before that
    complaint = Complaint(
        status=str(ComplaintStatus.NEW),
        escalation=str(Escalation.NONE),
        reopened=0,
        imported=False,
        valid=True,
        response_breached=False,
        solution_breached=False,
        resolution_breached=False,
        compensation_cents=0,
    )
    complaint.pauses = []
    complaint.events = []
    apply_case(complaint, data)
    complaint.ref = ref or next_ref(session, data.received_at.year)
    complaint.search_text = _search_text(complaint)
    log_event(complaint, data.received_at, EventKind.STATUS, author, "", "", ComplaintStatus.NEW)
    refresh_clocks(complaint, rules, now)
    session.add(complaint)
    if flush:
        session.flush()
    return complaint


def create_complaint(
    db: Database, data: ComplaintData, *, author: str | None = None, now: datetime | None = None
) -> int:
    """File a new complaint; return its id. Raises UserError listing every problem."""
    now = now or datetime.now()
    with db.write() as session:
        problems = complaint_problems(session, data, now)
        if problems:
            raise UserError(problems[0], problems)
        complaint = create_in(session, data, clock_rules(session), now, author=author_of(author))
        return complaint.id


def update_complaint(
    db: Database,
    complaint_id: int,
    data: ComplaintData,
    *,
    author: str | None = None,
    now: datetime | None = None,
) -> None:
    """Change the case file; a new priority or agent goes on the timeline."""
    now = now or datetime.now()
    with db.write() as session:
        complaint = load_complaint(session, complaint_id)
        problems = complaint_problems(session, data, now)
        first_step = min(
            (e.at for e in complaint.events if e.kind != EventKind.STATUS), default=None
        )
        if first_step is not None and data.received_at > first_step:
            problems.append(
                translate("Complaints", "The time received is after work recorded on it.")
            )
        if problems:
            raise UserError(problems[0], problems)
        before = complaint_data(complaint)
        apply_case(complaint, data)
        if before.priority != data.priority:
            log_event(
                complaint,
                now,
                EventKind.EDIT,
                author_of(author),
                translate("Complaints", "Priority changed"),
                before.priority,
                data.priority,
            )
        if before.agent_id != data.agent_id:
            names = {
                a.id: a.name
                for a in session.scalars(
                    select(Agent).where(Agent.id.in_([before.agent_id, data.agent_id]))
                )
            }
            log_event(
                complaint,
                now,
                EventKind.EDIT,
                author_of(author),
                translate("Complaints", "Responsible agent changed"),
                names.get(before.agent_id, "") if before.agent_id is not None else "",
                names.get(data.agent_id, "") if data.agent_id is not None else "",
            )
        for event in complaint.events:
            if event.kind == EventKind.STATUS and event.from_value == "":
                event.at = complaint.received_at
        refresh_clocks(complaint, clock_rules(session), now)
