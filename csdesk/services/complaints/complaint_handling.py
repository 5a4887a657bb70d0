"""What was done about a complaint: the handling record and the follow-up visit.

The handling record holds the immediate action, the compensation, the root cause and
the corrective action with its effectiveness check; the follow-up visit closes the loop
with the customer's satisfaction, or a stated reason why no visit was possible.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from csdesk.common.i18n import translate
from csdesk.data.complaints import Complaint
from csdesk.domain.access import Permission
from csdesk.domain.complaints import (
    SATISFACTION_RANGE,
    Compensation,
    ComplaintStatus,
    EventKind,
)
from csdesk.services.accounts.access import needs
from csdesk.services.authors import author_of
from csdesk.services.complaints.case_changes import log_event
from csdesk.services.complaints.case_files import (
    CLOCK_SLACK,
    FollowUp,
    Handling,
    load_complaint,
)
from csdesk.services.database import Database
from csdesk.services.errors import UserError


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


@needs(Permission.COMPLAINTS)
def save_handling(
    db: Database, complaint_id: int, data: Handling, *, author: str | None = None
) -> None:
    """Store the handling record: action, compensation, root cause, corrective action."""
    problems = handling_problems(data)
    if problems:
        raise UserError(problems[0], problems)
    with db.write() as session:
        complaint = load_complaint(session, complaint_id)
        apply_handling(complaint, data)
        ref, agent_id = complaint.ref, complaint.agent_id
    if data.corrective_action.strip():
        _follow_up_action(db, ref, agent_id, data.corrective_action, author)


def _follow_up_action(
    db: Database, ref: str, agent_id: int | None, corrective: str, author: str | None
) -> None:
    """The corrective action becomes an action on the Actions page, followed up there.

    Owned by the shop's supervisor (the settings), else the complaint's agent; due in
    two weeks.
    """
    from csdesk.services import shop
    from csdesk.services.actions.action_records import ActionData, ensure_action

    owner = shop.supervisor_name(db) or author_of(author)
    title = corrective.strip().splitlines()[0][:200]
    ensure_action(
        db,
        ActionData(
            title, date.today() + timedelta(days=14), source="complaint", source_ref=ref,
            owner_agent_id=None if owner else agent_id, owner_name=owner,
            description=corrective.strip(),
        ),
        author,
    )  # fmt: skip


def apply_handling(complaint: Complaint, data: Handling) -> None:
    """Copy a handling record onto a loaded complaint (checked by the caller)."""
    complaint.immediate_action = data.immediate_action.strip()
    complaint.compensation_type = data.compensation_type
    complaint.compensation_cents = data.compensation_cents
    complaint.root_cause_id = data.root_cause_id
    complaint.corrective_action = data.corrective_action.strip()
    complaint.effectiveness_checked_on = data.effectiveness_checked_on
    complaint.effectiveness_note = data.effectiveness_note.strip()


@needs(Permission.COMPLAINTS)
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
        complaint = load_complaint(session, complaint_id)
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
        log_event(complaint, at, EventKind.FOLLOW_UP, author_of(author), text)
