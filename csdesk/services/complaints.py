"""Complaint follow-ups: the case file, its handling steps, follow-up, validity, appeals.

Every function opens its own unit of work and returns frozen dataclasses. Status steps
and escalations write their own timeline entries; every change recomputes the clocks
(``complaint_clocks``). The rules a supervisor would expect are enforced here, so the
window, the command line and the import all obey them: closing needs a follow-up
visit (or a reason why none was possible) and, for quality complaints, a check that the
corrective action worked; a decided appeal is final.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from csdesk.data.complaints import Complaint, ComplaintEvent, ComplaintPause
from csdesk.data.staff import Agent
from csdesk.domain.complaints import (
    ESCALATION_ORDER,
    MANUAL_EVENTS,
    OPEN,
    SATISFACTION_RANGE,
    WAITING,
    Action,
    Appeal,
    Clock,
    Compensation,
    ComplaintChannel,
    ComplaintStatus,
    Escalation,
    EventKind,
    Priority,
    TransitionRefused,
    allowed_actions,
    counts_against_agent,
    next_status,
    reference,
)
from csdesk.domain.months import Month
from csdesk.domain.sla import ClockReading
from csdesk.i18n import translate
from csdesk.labels import complaint_action_labels, complaint_status_labels, label
from csdesk.services.complaint_clocks import ClockRules, clock_rules, read_clocks, refresh_clocks
from csdesk.services.complaint_settings import is_quality
from csdesk.services.database import Database
from csdesk.services.errors import UserError

#: How far ahead of the computer's clock a recorded time may be (clocks drift).
CLOCK_SLACK = timedelta(minutes=5)


def default_author() -> str:
    """Who writes timeline entries when nobody said: the computer's login name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers and services
        return ""


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


def _load(session: Session, complaint_id: int) -> Complaint:
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
        complaint = _load(session, complaint_id)
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
        complaint = create_in(session, data, clock_rules(session), now, author=_author(author))
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
        complaint = _load(session, complaint_id)
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
                _author(author),
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
                _author(author),
                translate("Complaints", "Responsible agent changed"),
                names.get(before.agent_id, ""),
                names.get(data.agent_id, ""),
            )
        for event in complaint.events:
            if event.kind == EventKind.STATUS and event.from_value == "":
                event.at = complaint.received_at
        refresh_clocks(complaint, clock_rules(session), now)


def _author(author: str | None) -> str:
    return (author if author is not None else default_author()).strip()


# --- status steps -------------------------------------------------------------------------


def close_problems(session: Session, complaint: Complaint) -> list[str]:
    """Why ``complaint`` cannot be closed yet (empty: it can)."""
    problems = []
    if complaint.satisfaction is None and not complaint.no_follow_up_reason:
        problems.append(
            translate(
                "Complaints",
                "Record the follow-up visit (satisfaction and comment) or why none was possible.",
            )
        )
    if is_quality(session, complaint.category_id) and complaint.effectiveness_checked_on is None:
        problems.append(
            translate(
                "Complaints",
                "A quality complaint closes only after the corrective action was checked.",
            )
        )
    return problems


def _step_time(complaint: Complaint, at: datetime | None, now: datetime) -> datetime:
    at = (at or now).replace(microsecond=0)
    if at > now + CLOCK_SLACK:
        raise UserError(translate("Complaints", "That time is in the future."))
    if at < complaint.received_at:
        raise UserError(translate("Complaints", "That time is before the complaint was received."))
    last = max((e.at for e in complaint.events if e.kind == EventKind.STATUS), default=None)
    if last is not None and at < last:
        raise UserError(
            translate("Complaints", "That time is before the last status change ({time}).").format(
                time=last.strftime("%Y-%m-%d %H:%M")
            )
        )
    return at


def apply_action(
    session: Session,
    complaint: Complaint,
    action: Action,
    at: datetime,
    rules: ClockRules,
    *,
    author: str,
    note: str = "",
    check_closing: bool = True,
) -> None:
    """Take one status step on a loaded complaint (the import and the demo replay with it).

    Clocks are read at the moment of the step first, so a clock already past due
    when the complaint stops (waits, is resolved) is recorded as breached.
    """
    at = at.replace(microsecond=0)
    refresh_clocks(complaint, rules, at, record_overdue=True)
    try:
        status = next_status(complaint.status, action, complaint.before_pause)
    except TransitionRefused:
        raise UserError(
            translate(
                "Complaints", '"{action}" does not apply to a complaint that is {status}.'
            ).format(
                action=label(complaint_action_labels(), action),
                status=label(complaint_status_labels(), complaint.status),
            )
        ) from None
    if action is Action.CLOSE and check_closing:
        problems = close_problems(session, complaint)
        if problems:
            raise UserError(problems[0], problems)
    before = complaint.status
    if action in (Action.ACKNOWLEDGE, Action.PROPOSE, Action.RESOLVE):
        complaint.first_response_at = complaint.first_response_at or at
    if action in (Action.PROPOSE, Action.RESOLVE):
        complaint.solution_at = complaint.solution_at or at
    if action is Action.RESOLVE:
        complaint.resolved_at = at
    if action is Action.CLOSE:
        complaint.closed_at = at
    if status in WAITING:
        complaint.before_pause = before
        complaint.pauses.append(ComplaintPause(status=str(status), started_at=at))
    if action is Action.RESUME:
        for pause in complaint.pauses:
            if pause.ended_at is None:
                pause.ended_at = at
        complaint.before_pause = None
    if action is Action.REOPEN:
        complaint.reopened += 1
        complaint.resolved_at = None
        complaint.closed_at = None
    complaint.status = str(status)
    log_event(complaint, at, EventKind.STATUS, author, note, before, status)


def act(
    db: Database,
    complaint_id: int,
    action: Action,
    *,
    at: datetime | None = None,
    note: str = "",
    author: str | None = None,
    now: datetime | None = None,
) -> None:
    """Take a status step (acknowledge, propose, resolve, close, wait, resume, reopen)."""
    now = now or datetime.now()
    with db.write() as session:
        complaint = _load(session, complaint_id)
        rules = clock_rules(session)
        when = _step_time(complaint, at, now)
        apply_action(
            session, complaint, Action(action), when, rules, author=_author(author), note=note
        )
        refresh_clocks(complaint, rules, now)


def add_event(
    db: Database,
    complaint_id: int,
    kind: str,
    text: str,
    *,
    at: datetime | None = None,
    author: str | None = None,
    now: datetime | None = None,
) -> None:
    """Add a note, a call or a message to the timeline."""
    now = now or datetime.now()
    if kind not in set(MANUAL_EVENTS):
        raise ValueError(kind)
    if not text.strip():
        raise UserError(translate("Complaints", "Write what was said or done."))
    with db.write() as session:
        complaint = _load(session, complaint_id)
        when = (at or now).replace(microsecond=0)
        if when > now + CLOCK_SLACK:
            raise UserError(translate("Complaints", "That time is in the future."))
        if when < complaint.received_at:
            raise UserError(
                translate("Complaints", "That time is before the complaint was received.")
            )
        log_event(complaint, when, kind, _author(author), text)


def escalate(
    db: Database,
    complaint_id: int,
    level: str,
    *,
    note: str = "",
    author: str | None = None,
    now: datetime | None = None,
) -> None:
    """Take the complaint up (or back down) to ``level``; the timeline records it."""
    now = (now or datetime.now()).replace(microsecond=0)
    level = Escalation(level)
    with db.write() as session:
        complaint = _load(session, complaint_id)
        if complaint.escalation == level:
            raise UserError(translate("Complaints", "The complaint is already at that level."))
        log_event(
            complaint, now, EventKind.ESCALATION, _author(author), note, complaint.escalation, level
        )
        complaint.escalation = str(level)


def escalation_up(current: str) -> Escalation | None:
    """The next level up, or None at the owner."""
    index = ESCALATION_ORDER.index(Escalation(current))
    return ESCALATION_ORDER[index + 1] if index + 1 < len(ESCALATION_ORDER) else None


# --- handling, follow-up ------------------------------------------------------------------


def handling_problems(data: Handling) -> list[str]:
    """What is wrong with a handling record (empty: it can be saved)."""
    problems = []
    if data.compensation_type and data.compensation_type not in set(Compensation):
        problems.append(translate("Complaints", "Choose a kind of compensation."))
    if data.compensation_cents < 0:
        problems.append(translate("Complaints", "A compensation amount cannot be negative."))
    if data.compensation_cents and not data.compensation_type:
        problems.append(translate("Complaints", "Say what kind of compensation the amount was."))
    return problems


def save_handling(
    db: Database, complaint_id: int, data: Handling, *, author: str | None = None
) -> None:
    """Store the handling record: action, compensation, root cause, corrective action."""
    problems = handling_problems(data)
    if problems:
        raise UserError(problems[0], problems)
    with db.write() as session:
        complaint = _load(session, complaint_id)
        apply_handling(complaint, data)


def apply_handling(complaint: Complaint, data: Handling) -> None:
    """Copy a handling record onto a loaded complaint (checked by the caller)."""
    complaint.immediate_action = data.immediate_action.strip()
    complaint.compensation_type = data.compensation_type
    complaint.compensation_cents = data.compensation_cents
    complaint.root_cause_id = data.root_cause_id
    complaint.corrective_action = data.corrective_action.strip()
    complaint.effectiveness_checked_on = data.effectiveness_checked_on
    complaint.effectiveness_note = data.effectiveness_note.strip()


def record_follow_up(
    db: Database,
    complaint_id: int,
    follow_up: FollowUp,
    *,
    author: str | None = None,
    now: datetime | None = None,
) -> None:
    """Record the follow-up visit (satisfaction 1-5 and a comment), or why there was none."""
    now = (now or datetime.now()).replace(microsecond=0)
    if follow_up.satisfaction is not None:
        if follow_up.satisfaction not in SATISFACTION_RANGE:
            raise UserError(translate("Complaints", "Satisfaction is 1 to 5."))
        if not follow_up.comment.strip():
            raise UserError(translate("Complaints", "Write what the customer said."))
        follow_up = replace(follow_up, no_follow_up_reason="")
    elif not follow_up.no_follow_up_reason.strip():
        raise UserError(
            translate(
                "Complaints", "Give the customer's satisfaction or why no visit was possible."
            )
        )
    with db.write() as session:
        complaint = _load(session, complaint_id)
        if complaint.status not in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED):
            raise UserError(
                translate("Complaints", "A follow-up visit comes after the complaint is resolved.")
            )
        at = (follow_up.at or now).replace(microsecond=0)
        if at > now + CLOCK_SLACK or (complaint.resolved_at and at < complaint.resolved_at):
            raise UserError(
                translate(
                    "Complaints", "The visit must be after the resolution and not in the future."
                )
            )
        complaint.satisfaction = follow_up.satisfaction
        complaint.follow_up_comment = follow_up.comment.strip()
        complaint.follow_up_at = at if follow_up.satisfaction is not None else None
        complaint.no_follow_up_reason = follow_up.no_follow_up_reason.strip()
        text = (
            f"{follow_up.satisfaction}/5 {follow_up.comment.strip()}"
            if follow_up.satisfaction is not None
            else follow_up.no_follow_up_reason.strip()
        )
        log_event(complaint, at, EventKind.FOLLOW_UP, _author(author), text)


# --- validity and appeals -----------------------------------------------------------------


def set_validity(
    db: Database,
    complaint_id: int,
    valid: bool,
    reason: str = "",
    *,
    author: str | None = None,
    now: datetime | None = None,
) -> None:
    """Judge the complaint "not the agent's fault" (with a reason), or valid again."""
    now = (now or datetime.now()).replace(microsecond=0)
    if not valid and not reason.strip():
        raise UserError(translate("Complaints", "Say why it was not the agent's fault."))
    with db.write() as session:
        complaint = _load(session, complaint_id)
        if complaint.appeal in (Appeal.ACCEPTED, Appeal.REJECTED):
            raise UserError(translate("Complaints", "The appeal was decided; that is final."))
        if complaint.valid == valid:
            return
        complaint.valid = valid
        complaint.invalid_reason = "" if valid else reason.strip()
        log_event(
            complaint,
            now,
            EventKind.VALIDITY,
            _author(author),
            reason,
            "valid" if not valid else "invalid",
            "valid" if valid else "invalid",
        )


def file_appeal(
    db: Database,
    complaint_id: int,
    reason: str,
    *,
    author: str | None = None,
    now: datetime | None = None,
) -> None:
    """Record the agent's appeal against the complaint counting against them."""
    now = (now or datetime.now()).replace(microsecond=0)
    if not reason.strip():
        raise UserError(translate("Complaints", "Write the agent's grounds for the appeal."))
    with db.write() as session:
        complaint = _load(session, complaint_id)
        if complaint.agent_id is None:
            raise UserError(
                translate("Complaints", "Only a complaint with an agent can be appealed.")
            )
        if not complaint.valid:
            raise UserError(translate("Complaints", "It is already judged not the agent's fault."))
        if complaint.appeal is not None:
            raise UserError(translate("Complaints", "This complaint was already appealed."))
        complaint.appeal = str(Appeal.PENDING)
        complaint.appeal_reason = reason.strip()
        log_event(complaint, now, EventKind.APPEAL, _author(author), reason, "", Appeal.PENDING)


def decide_appeal(
    db: Database,
    complaint_id: int,
    accepted: bool,
    note: str = "",
    *,
    author: str | None = None,
    now: datetime | None = None,
) -> None:
    """Accept or reject a pending appeal; the decision is final."""
    now = (now or datetime.now()).replace(microsecond=0)
    with db.write() as session:
        complaint = _load(session, complaint_id)
        if complaint.appeal != Appeal.PENDING:
            raise UserError(translate("Complaints", "There is no pending appeal to decide."))
        decision = Appeal.ACCEPTED if accepted else Appeal.REJECTED
        complaint.appeal = str(decision)
        complaint.appeal_decided_on = now.date()
        complaint.appeal_note = note.strip()
        log_event(complaint, now, EventKind.APPEAL, _author(author), note, Appeal.PENDING, decision)


# --- figures for other areas --------------------------------------------------------------


def valid_complaint_counts(db: Database, month: Month) -> dict[int, int]:
    """Complaints received in ``month`` that count against each agent (agent id -> count).

    Counted: valid complaints whose appeal was not accepted (a pending appeal counts
    until it is decided). The scorecards of the appraisal read this.
    """
    start = datetime.combine(month.first_day, datetime.min.time())
    end = datetime.combine(month.shift(1).first_day, datetime.min.time())
    with db.read() as session:
        rows = session.execute(
            select(Complaint.agent_id, func.count())
            .where(
                Complaint.received_at >= start,
                Complaint.received_at < end,
                Complaint.agent_id.is_not(None),
                Complaint.valid.is_(True),
                (Complaint.appeal.is_(None)) | (Complaint.appeal != str(Appeal.ACCEPTED)),
            )
            .group_by(Complaint.agent_id)
        ).all()
    return {agent_id: count for agent_id, count in rows}


def overdue_count(db: Database, now: datetime | None = None) -> int:
    """How many open complaints have a clock past its due time (the start-up badge)."""
    now = now or datetime.now()
    with db.read() as session:
        return session.scalar(
            select(func.count())
            .select_from(Complaint)
            .where(
                Complaint.status.in_([str(s) for s in OPEN - WAITING]),
                Complaint.next_due_at < now,
            )
        )
