"""Training sessions: planned and held, with their attendees, results and sign-in sheet data.

A session belongs to a course of the catalogue (``courses``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from csdesk.common.i18n import translate
from csdesk.data.staff import Agent
from csdesk.data.training import Attendee, Course, TrainingSession
from csdesk.domain.access import Permission
from csdesk.domain.staff import Status
from csdesk.domain.training import Attendance, Format, passed
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database, existing
from csdesk.services.errors import UserError
from csdesk.services.server.record_versions import refuse_if_changed
from csdesk.services.training.seeded_courses import course_title


@dataclass(frozen=True)
class AttendeeData:
    """An invited agent and the result. ``passed`` None: decide it from the pass mark."""

    agent_id: int
    attendance: str | None = None
    score: float | None = None
    comment: str = ""
    passed: bool | None = None


@dataclass(frozen=True)
class SessionData:
    """A session as the supervisor edits it."""

    course_id: int
    starts_at: datetime
    hours: float = 0.0
    trainer: str = ""
    format: str = Format.ON_SITE
    location: str = ""
    cost_cents: int = 0
    notes: str = ""
    attendees: tuple[AttendeeData, ...] = ()


@dataclass(frozen=True)
class AttendeeRecord:
    """An attendee as the pages and the sign-in sheet show them."""

    agent_id: int
    employee_no: str
    name: str
    post: str
    attendance: str | None
    score: float | None
    passed: bool | None
    comment: str


@dataclass(frozen=True)
class SessionRecord:
    """A session with its course and attendees."""

    id: int
    data: SessionData
    course_code: str
    course_title: str
    pass_mark: float | None
    attendees: tuple[AttendeeRecord, ...] = field(default_factory=tuple)
    version: int = 1  # the saved version the form was opened on (two seats, one record)

    @property
    def present(self) -> int:
        """How many attendees came."""
        return sum(a.attendance == Attendance.PRESENT for a in self.attendees)

    @property
    def passed_count(self) -> int:
        """How many attendees passed."""
        return sum(bool(a.passed) for a in self.attendees)


def _session_record(row: TrainingSession) -> SessionRecord:
    """Turn a loaded session (with course and attendees' agents) into a record."""
    attendees = tuple(
        AttendeeRecord(
            a.agent_id,
            a.agent.employee_no,
            a.agent.name,
            a.agent.post,
            a.attendance,
            a.score,
            a.passed,
            a.comment,
        )
        for a in row.attendees
    )
    data = SessionData(
        course_id=row.course_id,
        starts_at=row.starts_at,
        hours=row.hours,
        trainer=row.trainer,
        format=row.format,
        location=row.location,
        cost_cents=row.cost_cents,
        notes=row.notes,
        attendees=tuple(
            AttendeeData(a.agent_id, a.attendance, a.score, a.comment, a.passed) for a in attendees
        ),
    )
    return SessionRecord(
        row.id,
        data,
        row.course.code,
        course_title(row.course.title),
        row.course.pass_mark,
        attendees,
        row.version,
    )


def _session_query():
    return select(TrainingSession).options(
        selectinload(TrainingSession.course),
        selectinload(TrainingSession.attendees).selectinload(Attendee.agent),
    )


def list_sessions(db: Database, year: int | None = None) -> list[SessionRecord]:
    """Every session (of ``year``), newest first."""
    query = _session_query().order_by(TrainingSession.starts_at.desc(), TrainingSession.id)
    if year is not None:
        query = query.where(
            TrainingSession.starts_at >= datetime(year, 1, 1),
            TrainingSession.starts_at < datetime(year + 1, 1, 1),
        )
    with db.read() as session:
        return [_session_record(s) for s in session.scalars(query)]


def get_session(db: Database, session_id: int) -> SessionRecord:
    """One session.

    Raises:
        UserError: it was deleted meanwhile.
    """
    with db.read() as session:
        row = session.scalars(_session_query().where(TrainingSession.id == session_id)).first()
        if row is None:
            raise UserError(translate("Training", "That session no longer exists."))
        return _session_record(row)


def session_problems(session: Session, data: SessionData) -> list[str]:
    """Check a session and its attendees; return the problems."""
    found: list[str] = []
    if session.get(Course, data.course_id) is None:
        found.append(translate("Training", "Choose a course."))
    if data.hours < 0:
        found.append(translate("Training", "Hours cannot be negative."))
    if data.cost_cents < 0:
        found.append(translate("Training", "The cost cannot be negative."))
    seen: set[int] = set()
    for attendee in data.attendees:
        agent = session.get(Agent, attendee.agent_id)
        who = agent.name if agent else str(attendee.agent_id)
        if agent is None:
            found.append(translate("Training", "An attendee is not in the staff directory."))
            continue
        if attendee.agent_id in seen:
            found.append(translate("Training", "{name} is listed twice.").format(name=who))
        seen.add(attendee.agent_id)
        found.extend(attendee_problems(who, attendee))
    return found


def attendee_problems(name: str, attendee: AttendeeData) -> list[str]:
    """Check one attendee's result; ``name`` says whose it is in the messages."""
    found = []
    if attendee.score is not None and not 0 <= attendee.score <= 100:
        found.append(
            translate("Training", "{name}: the score must be between 0 and 100.").format(name=name)
        )
    if attendee.score is not None and attendee.attendance != Attendance.PRESENT:
        found.append(
            translate("Training", "{name} has a score but was not marked present.").format(
                name=name
            )
        )
    return found


def decide_pass(attendee: AttendeeData, pass_mark: float | None) -> bool | None:
    """Pass or fail of an attendee: by the pass mark, or as stated where there is no score."""
    if attendee.passed is not None and attendee.score is None:
        return attendee.passed  # an imported record that states the result
    return passed(attendee.attendance, attendee.score, pass_mark)


def apply_session(session: Session, row: TrainingSession, data: SessionData) -> TrainingSession:
    """Write ``data`` into ``row`` inside an open transaction, deciding pass or fail.

    Raises:
        UserError: the data breaks a rule; its details list every problem.
    """
    found = session_problems(session, data)
    if found:
        raise UserError(translate("Training", "The session was not saved:"), found)
    course = existing(
        session, Course, data.course_id, translate("Training", "That course no longer exists.")
    )
    row.course = course
    row.starts_at = data.starts_at
    row.hours = float(data.hours)
    row.trainer = data.trainer.strip()
    row.format = data.format
    row.location = data.location.strip()
    row.cost_cents = int(data.cost_cents)
    row.notes = data.notes
    recorded = {a.agent_id: a for a in row.attendees}
    wanted = {a.agent_id for a in data.attendees}
    for attendee in list(row.attendees):
        if attendee.agent_id not in wanted:
            row.attendees.remove(attendee)
    for invited in data.attendees:
        _set_attendee(row, recorded.get(invited.agent_id), invited, course.pass_mark)
    if row.id is None:
        session.add(row)
    session.flush()
    return row


def _set_attendee(
    row: TrainingSession, target: Attendee | None, data: AttendeeData, pass_mark: float | None
) -> None:
    if target is None:
        target = Attendee(agent_id=data.agent_id)
        row.attendees.append(target)
    target.attendance = data.attendance
    target.score = data.score
    target.comment = data.comment.strip()
    target.passed = decide_pass(data, pass_mark)


def attendee_data(attendee: Attendee) -> AttendeeData:
    """The editable data of a loaded attendee."""
    return AttendeeData(
        attendee.agent_id, attendee.attendance, attendee.score, attendee.comment, attendee.passed
    )


def record_attendance(session: Session, row: TrainingSession, data: AttendeeData) -> None:
    """Add or update one attendee of a session inside an open transaction.

    Cheaper than ``apply_session`` when one line of a file changes one attendee: only
    that attendee is checked.

    Raises:
        UserError: the agent is unknown or the result breaks a rule.
    """
    agent = session.get(Agent, data.agent_id)
    if agent is None:
        raise UserError(translate("Training", "An attendee is not in the staff directory."))
    found = attendee_problems(agent.name, data)
    if found:
        raise UserError(translate("Training", "The session was not saved:"), found)
    target = next((a for a in row.attendees if a.agent_id == data.agent_id), None)
    _set_attendee(row, target, data, row.course.pass_mark)
    session.flush()


@needs(Permission.TRAINING)
def save_session(
    db: Database, data: SessionData, session_id: int | None = None,
    seen_version: int | None = None,
) -> int:  # fmt: skip
    """Create (no id) or update a session; return its id.

    ``seen_version`` is the version the form opened: a save over a newer one (another
    seat's, its attendance and results included) is refused.

    Raises:
        ChangedMeanwhile: someone saved the session after ``seen_version``.
    """
    with db.write() as session:
        if session_id is None:
            row = TrainingSession()
        else:
            gone = translate("Training", "That session no longer exists.")
            row = existing(session, TrainingSession, session_id, gone)
            refuse_if_changed(row, seen_version, translate("Records", "training session"))
            row.changed_at = datetime.now()  # a new version even when only results changed
        return apply_session(session, row, data).id


@needs(Permission.TRAINING)
def delete_session(db: Database, session_id: int) -> None:
    """Delete a session and its attendance (a planned session that was called off)."""
    with db.write() as session:
        row = session.get(TrainingSession, session_id)
        if row is not None:
            session.delete(row)


def agents_in_posts(db: Database, posts: Iterable[str]) -> list[int]:
    """Ids of current agents (not left) in ``posts``, by employee number."""
    wanted = list(posts)
    with db.read() as session:
        return list(
            session.scalars(
                select(Agent.id)
                .where(Agent.post.in_(wanted), Agent.status != Status.LEFT)
                .order_by(Agent.employee_no)
            )
        )
