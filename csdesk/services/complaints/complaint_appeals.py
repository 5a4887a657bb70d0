"""An agent's appeal against a complaint counted against them, and the supervisor's decision.

An accepted appeal takes the complaint out of the agent's count, as a verdict of "not the
agent's fault" does; both are logged on the complaint's timeline.
"""

from __future__ import annotations

from datetime import datetime

from csdesk.common.i18n import translate
from csdesk.domain.access import Permission
from csdesk.domain.complaints import (
    Appeal,
    EventKind,
)
from csdesk.services.accounts.access import needs
from csdesk.services.audit.audit_log import record
from csdesk.services.authors import author_of
from csdesk.services.complaints.case_changes import log_event
from csdesk.services.complaints.case_files import load_complaint
from csdesk.services.database import Database
from csdesk.services.errors import UserError


@needs(Permission.COMPLAINTS)
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
        complaint = load_complaint(session, complaint_id)
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
        log_event(complaint, now, EventKind.APPEAL, author_of(author), reason, "", Appeal.PENDING)


@needs(Permission.COMPLAINTS)
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
        complaint = load_complaint(session, complaint_id)
        if complaint.appeal != Appeal.PENDING:
            raise UserError(translate("Complaints", "There is no pending appeal to decide."))
        decision = Appeal.ACCEPTED if accepted else Appeal.REJECTED
        record(session, "appeal", "complaint", complaint.ref, "appeal", complaint.appeal,
               decision, note)  # fmt: skip
        complaint.appeal = str(decision)
        complaint.appeal_decided_on = now.date()
        complaint.appeal_note = note.strip()
        log_event(
            complaint,
            now,
            EventKind.APPEAL,
            author_of(author),
            note,
            Appeal.PENDING,
            decision,
        )
