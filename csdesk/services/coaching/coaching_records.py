"""Keeping coaching sessions, and the actions agreed in them.

A session is about one agent's month and is held during that month or after it. The
actions agreed are improvement actions with source ``coaching`` and the session's id
as their reference, so the Actions page follows them up like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from sqlalchemy import select

from csdesk.common.i18n import translate
from csdesk.data.coaching import CoachingSession
from csdesk.data.staff import Agent
from csdesk.domain.access import Permission
from csdesk.domain.months import Month
from csdesk.services.accounts.access import needs
from csdesk.services.actions.action_records import ActionRecord, list_actions
from csdesk.services.authors import author_of
from csdesk.services.database import Database, existing
from csdesk.services.errors import UserError
from csdesk.services.server.record_versions import refuse_if_changed


@dataclass(frozen=True)
class CoachingData:
    """What the supervisor records of a session."""

    agent_id: int
    month: str  # YYYY-MM, the month talked about
    held_on: date
    coach: str = ""
    notes: str = ""
    agent_comment: str = ""


@dataclass(frozen=True)
class CoachingRecord:
    """A session as lists and the printed page show it."""

    id: int
    data: CoachingData
    agent: str  # "王婷 (CS001)"
    version: int = 1  # the saved version the form was opened on (two seats, one record)


def gone() -> str:
    """The refusal for a session deleted meanwhile."""
    return translate("Coaching", "That coaching session no longer exists.")


@needs(Permission.ACTIONS)
def save_session(
    db: Database, data: CoachingData, session_id: int | None = None, author: str | None = None,
    seen_version: int | None = None,
) -> int:  # fmt: skip
    """Store a new session, or change one; return its id.

    ``seen_version`` is the version the form opened: a save over a newer one is refused.

    Raises:
        UserError: an unknown agent or month, or a session held before its month began.
        ChangedMeanwhile: someone saved the session after ``seen_version``.
    """
    try:
        month = Month.parse(data.month)
    except ValueError:
        raise UserError(translate("Coaching", "The month is written YYYY-MM.")) from None
    if data.held_on < month.first_day:
        raise UserError(
            translate("Coaching", "A session about {month} is held in that month or after it.")
            .format(month=data.month)
        )  # fmt: skip
    with db.write() as session:
        existing(session, Agent, data.agent_id, translate("Coaching", "That agent is gone."))
        row = (
            existing(session, CoachingSession, session_id, gone())
            if session_id is not None
            else CoachingSession()
        )
        if session_id is None:
            session.add(row)
        else:
            refuse_if_changed(row, seen_version, translate("Records", "coaching session"))
        for item in fields(CoachingData):
            setattr(row, item.name, getattr(data, item.name))
        row.month = str(month)
        row.notes, row.agent_comment = data.notes.strip(), data.agent_comment.strip()
        row.saved_at, row.saved_by = datetime.now(), author_of(author)
        session.flush()
        return row.id


def month_sessions(db: Database, month: Month, agent_id: int | None = None) -> list[CoachingRecord]:
    """The sessions about ``month`` (of one agent), by agent then day."""
    query = select(CoachingSession, Agent).join(Agent, Agent.id == CoachingSession.agent_id)
    query = query.where(CoachingSession.month == str(month))
    if agent_id is not None:
        query = query.where(CoachingSession.agent_id == agent_id)
    with db.read() as session:
        rows = session.execute(query.order_by(Agent.employee_no, CoachingSession.held_on)).all()
        return [
            CoachingRecord(
                row.id,
                CoachingData(**{f.name: getattr(row, f.name) for f in fields(CoachingData)}),
                f"{agent.name} ({agent.employee_no})",
                row.version,
            )
            for row, agent in rows
        ]


def agreed_actions(db: Database, session_id: int) -> list[ActionRecord]:
    """The actions agreed in session ``session_id``."""
    return [
        a
        for a in list_actions(db, "all", source="coaching")
        if a.data.source_ref == str(session_id)
    ]
