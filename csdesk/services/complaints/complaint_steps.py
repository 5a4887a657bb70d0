"""Status steps of a complaint, escalation, and the notes and calls of its timeline.

The steps are acknowledge, propose, resolve, close, wait, resume and reopen.
The rules a supervisor expects are enforced here, so the window, the command line, the
import and the demo all obey them: steps follow one another in time, and closing needs
a follow-up visit (or a reason why none was possible) and, for a quality complaint, a
check that the corrective action worked. Status steps and escalations write their own
timeline entries.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from csdesk.common.complaint_labels import complaint_action_labels, complaint_status_labels
from csdesk.common.i18n import translate
from csdesk.common.labels import label
from csdesk.data.complaints import Complaint, ComplaintPause
from csdesk.domain.access import Permission
from csdesk.domain.complaints import (
    WAITING,
    Action,
    EventKind,
    TransitionRefused,
    next_status,
)
from csdesk.services.accounts.access import needs
from csdesk.services.authors import author_of
from csdesk.services.complaints.case_changes import log_event
from csdesk.services.complaints.case_files import CLOCK_SLACK, load_complaint
from csdesk.services.complaints.complaint_clocks import ClockRules, clock_rules, refresh_clocks
from csdesk.services.complaints.complaint_settings import is_quality
from csdesk.services.database import Database
from csdesk.services.errors import UserError


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


@needs(Permission.COMPLAINTS)
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
        complaint = load_complaint(session, complaint_id)
        rules = clock_rules(session)
        when = _step_time(complaint, at, now)
        apply_action(
            session,
            complaint,
            Action(action),
            when,
            rules,
            author=author_of(author),
            note=note,
        )
        refresh_clocks(complaint, rules, now)
