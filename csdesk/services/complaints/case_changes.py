"""Filing and correcting a complaint: the checks, its reference, its timeline entries.

Reading a case file is in ``case_files``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.complaints import Complaint, ComplaintEvent
from csdesk.data.staff import Agent
from csdesk.domain.access import Permission
from csdesk.domain.complaints import (
    ComplaintStatus,
    Escalation,
    EventKind,
    Priority,
    reference,
)
from csdesk.services.accounts.access import needs
from csdesk.services.authors import author_of
from csdesk.services.complaints.case_files import (
    CLOCK_SLACK,
    ComplaintData,
    complaint_data,
    load_complaint,
)
from csdesk.services.complaints.complaint_clocks import (
    ClockRules,
    clock_rules,
    refresh_clocks,
)
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.server.record_versions import refuse_if_changed


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


@needs(Permission.COMPLAINTS)
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


@needs(Permission.COMPLAINTS)
def update_complaint(
    db: Database,
    complaint_id: int,
    data: ComplaintData,
    *,
    author: str | None = None,
    now: datetime | None = None,
    seen_version: int | None = None,
) -> None:
    """Change the case file; a new priority or agent goes on the timeline.

    ``seen_version`` is the version the form opened: a save over a newer one (another
    seat's edit, or a step on its timeline) is refused.

    Raises:
        ChangedMeanwhile: someone changed the complaint after ``seen_version``.
    """
    now = now or datetime.now()
    with db.write() as session:
        complaint = load_complaint(session, complaint_id)
        refuse_if_changed(complaint, seen_version, translate("Records", "complaint"))
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
