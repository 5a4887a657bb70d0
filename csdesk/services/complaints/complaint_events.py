"""What is logged on a complaint besides its steps: notes, calls, messages, and escalation."""

from __future__ import annotations

from datetime import datetime

from csdesk.common.i18n import translate
from csdesk.domain.access import Permission
from csdesk.domain.complaints import (
    ESCALATION_ORDER,
    MANUAL_EVENTS,
    Escalation,
    EventKind,
)
from csdesk.services.accounts.access import needs
from csdesk.services.authors import author_of
from csdesk.services.complaints.case_changes import log_event
from csdesk.services.complaints.case_files import CLOCK_SLACK, load_complaint
from csdesk.services.database import Database
from csdesk.services.errors import UserError


@needs(Permission.COMPLAINTS)
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
        complaint = load_complaint(session, complaint_id)
        when = (at or now).replace(microsecond=0)
        if when > now + CLOCK_SLACK:
            raise UserError(translate("Complaints", "That time is in the future."))
        if when < complaint.received_at:
            raise UserError(
                translate("Complaints", "That time is before the complaint was received.")
            )
        log_event(complaint, when, kind, author_of(author), text)


@needs(Permission.COMPLAINTS)
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
        complaint = load_complaint(session, complaint_id)
        if complaint.escalation == level:
            raise UserError(translate("Complaints", "The complaint is already at that level."))
        log_event(
            complaint,
            now,
            EventKind.ESCALATION,
            author_of(author),
            note,
            complaint.escalation,
            level,
        )
        complaint.escalation = str(level)


def escalation_up(current: str) -> Escalation | None:
    """The next level up, or None at the owner."""
    index = ESCALATION_ORDER.index(Escalation(current))
    return ESCALATION_ORDER[index + 1] if index + 1 < len(ESCALATION_ORDER) else None
