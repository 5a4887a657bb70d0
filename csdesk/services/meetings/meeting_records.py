"""Keeping meetings: the day, the kind, who was there, the minutes; decisions are actions.

An agent on leave that day (the rota says so) is listed as absent unless marked present.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from csdesk.common.i18n import translate
from csdesk.data.meetings import Meeting, MeetingAttendee
from csdesk.data.rota import RotaLeave
from csdesk.data.staff import Agent
from csdesk.domain.access import Permission
from csdesk.services.accounts.access import needs
from csdesk.services.actions.action_records import ActionRecord, list_actions
from csdesk.services.authors import author_of
from csdesk.services.database import Database, existing
from csdesk.services.errors import UserError
from csdesk.services.server.record_versions import refuse_if_changed


class MeetingKind(StrEnum):
    """What a meeting is for."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"  # the monthly review of the month before
    AD_HOC = "ad_hoc"


@dataclass(frozen=True)
class MeetingData:
    """What the supervisor records of a meeting."""

    held_on: date
    kind: str = MeetingKind.WEEKLY
    minutes: str = ""
    attendees: tuple[tuple[int, bool], ...] = ()  # (agent id, present)


@dataclass(frozen=True)
class MeetingRecord:
    """A meeting as lists and the printed minutes show it."""

    id: int
    data: MeetingData
    names: dict[int, str]  # agent id -> "王婷 (CS001)"
    version: int = 1  # the saved version the form was opened on (two seats, one record)


def gone() -> str:
    """The refusal for a meeting deleted meanwhile."""
    return translate("Meetings", "That meeting no longer exists.")


def on_leave(db: Database, day: date) -> set[int]:
    """The agents the rota has on leave on ``day``."""
    with db.read() as session:
        return set(session.scalars(select(RotaLeave.agent_id).where(RotaLeave.day == day)))


@needs(Permission.ACTIONS)
def save_meeting(
    db: Database, data: MeetingData, meeting_id: int | None = None, author: str | None = None,
    seen_version: int | None = None,
) -> int:  # fmt: skip
    """Store a new meeting, or change one; return its id.

    ``seen_version`` is the version the form opened: a save over a newer one is refused.

    Raises:
        UserError: an unknown kind, nobody asked, or the meeting is gone.
        ChangedMeanwhile: someone saved the meeting after ``seen_version``.
    """
    if data.kind not in set(MeetingKind):
        raise UserError(translate("Meetings", "Unknown kind of meeting."))
    if not data.attendees:
        raise UserError(translate("Meetings", "Name who was asked to the meeting."))
    with db.write() as session:
        row = existing(session, Meeting, meeting_id, gone()) if meeting_id else Meeting()
        if meeting_id is None:
            session.add(row)
        else:
            refuse_if_changed(row, seen_version, translate("Records", "meeting"))
        row.held_on, row.kind, row.minutes = data.held_on, data.kind, data.minutes.strip()
        row.attendees = [MeetingAttendee(agent_id=a, present=p) for a, p in data.attendees]
        row.saved_at, row.saved_by = datetime.now(), author_of(author)
        session.flush()
        return row.id


def meetings(db: Database, meeting_id: int | None = None) -> list[MeetingRecord]:
    """Every meeting (or one), newest first."""
    query = select(Meeting).options(selectinload(Meeting.attendees))
    if meeting_id is not None:
        query = query.where(Meeting.id == meeting_id)
    with db.read() as session:
        names = {a.id: f"{a.name} ({a.employee_no})" for a in session.scalars(select(Agent))}
        rows = session.scalars(query.order_by(Meeting.held_on.desc(), Meeting.id.desc())).all()
        return [
            MeetingRecord(
                row.id,
                MeetingData(
                    row.held_on,
                    row.kind,
                    row.minutes,
                    tuple((a.agent_id, a.present) for a in row.attendees),
                ),
                names,
                row.version,
            )
            for row in rows
        ]


def meeting_on(db: Database, day: date) -> MeetingRecord | None:
    """The meeting held on ``day`` (the last one that day)."""
    with db.read() as session:
        found = session.scalar(
            select(Meeting.id).where(Meeting.held_on == day).order_by(Meeting.id.desc()).limit(1)
        )
    return meetings(db, found)[0] if found else None


def decisions(db: Database, meeting_id: int) -> list[ActionRecord]:
    """The actions decided at meeting ``meeting_id``."""
    return [
        a for a in list_actions(db, "all", source="meeting") if a.data.source_ref == str(meeting_id)
    ]
