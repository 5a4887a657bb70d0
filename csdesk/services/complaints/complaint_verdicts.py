"""Whether a complaint counts against its agent: validity, the agent's appeal, the counts.

A complaint can be judged "not the agent's fault" (with a reason); an agent may appeal,
and the supervisor's decision is final. Only valid complaints without an accepted
appeal count in the scorecards (``valid_complaint_counts``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, func, select

from csdesk.common.i18n import translate
from csdesk.data.complaints import Complaint
from csdesk.domain.access import Permission
from csdesk.domain.complaints import (
    Appeal,
    EventKind,
    Priority,
)
from csdesk.domain.months import Month
from csdesk.services.accounts.access import needs
from csdesk.services.audit.audit_log import record
from csdesk.services.authors import author_of
from csdesk.services.complaints.case_changes import log_event
from csdesk.services.complaints.case_files import load_complaint
from csdesk.services.database import Database
from csdesk.services.errors import UserError


@needs(Permission.COMPLAINTS)
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
        complaint = load_complaint(session, complaint_id)
        if complaint.appeal in (Appeal.ACCEPTED, Appeal.REJECTED):
            raise UserError(translate("Complaints", "The appeal was decided; that is final."))
        if complaint.valid == valid:
            return
        record(session, "validity", "complaint", complaint.ref, "valid", complaint.valid, valid,
               reason)  # fmt: skip
        complaint.valid = valid
        complaint.invalid_reason = "" if valid else reason.strip()
        log_event(
            complaint,
            now,
            EventKind.VALIDITY,
            author_of(author),
            reason,
            "valid" if not valid else "invalid",
            "valid" if valid else "invalid",
        )


def valid_complaint_counts(
    db: Database, month: Month, priority: Priority | None = None
) -> dict[int, int]:
    """Complaints received in ``month`` that count against each agent (agent id -> count).

    Counted: valid complaints whose appeal was not accepted (a pending appeal counts
    until it is decided), of ``priority`` only when one is given (the appraisal's veto
    counts the urgent ones). The scorecards of the appraisal read this.
    """
    with db.read() as session:
        query = select(Complaint.agent_id, func.count())
        if priority is not None:
            query = query.where(Complaint.priority == str(priority))
        rows = session.execute(
            query.where(*counting_against_agents(month)).group_by(Complaint.agent_id)
        ).all()
    return {agent_id: count for agent_id, count in rows if agent_id is not None}


def counting_against_agents(month: Month) -> list[ColumnElement[bool]]:
    """The conditions of a complaint received in ``month`` that counts against its agent."""
    start, end = month.moments
    return [
        Complaint.received_at >= start,
        Complaint.received_at < end,
        Complaint.agent_id.is_not(None),
        Complaint.valid.is_(True),
        (Complaint.appeal.is_(None)) | (Complaint.appeal != str(Appeal.ACCEPTED)),
    ]
