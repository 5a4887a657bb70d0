"""Where the team stands on training: the matrix, reminders, the duty gate, hours and cost.

All judgements come from ``csdesk.domain.training.standing`` over the same completions
(passed sessions and course-linked certificates), so the matrix, the reminders, the
duty gate, the rota and the scorecards never disagree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.staff import Agent
from csdesk.data.training import Attendee, Certificate, Course, TrainingSession
from csdesk.domain.access import Permission
from csdesk.domain.headcount import Tenure, on_payroll
from csdesk.domain.staff import Status
from csdesk.domain.training import (
    DEFAULT_WARN_DAYS,
    SEVERITY,
    Completion,
    CourseStanding,
    Standing,
    completion_rate,
    expiry,
    standing,
)
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.shop import setting, store_setting
from csdesk.services.training.seeded_courses import course_title

WARN_DAYS_KEY = "training_warn_days"


def warn_days(db: Database) -> int:
    """Days before an expiry that the shop wants to be warned (default 30)."""
    with db.read() as session:
        return stored_warn_days(session)


def stored_warn_days(session: Session) -> int:
    """The warning period inside an open session (``warn_days`` opens its own)."""
    value = setting(session, WARN_DAYS_KEY)
    return int(value) if value.isdigit() else DEFAULT_WARN_DAYS


@needs(Permission.TRAINING)
def set_warn_days(db: Database, days: int) -> None:
    """Store the warning period (0 to 365 days)."""
    if not 0 <= days <= 365:
        raise UserError(translate("Training", "The warning period must be 0 to 365 days."))
    with db.write() as session:
        store_setting(session, WARN_DAYS_KEY, str(days))


def completions_held(
    session: Session, day: date, agent_id: int | None = None
) -> dict[tuple[int, int], list[Completion]]:
    """(agent id, course id) -> every completion held on ``day`` (of one agent, if given)."""
    found: dict[tuple[int, int], list[Completion]] = defaultdict(list)
    query = (
        select(Attendee.agent_id, Course.id, TrainingSession.starts_at, Course.validity_months)
        .join(TrainingSession, Attendee.session_id == TrainingSession.id)
        .join(Course, TrainingSession.course_id == Course.id)
        .where(Attendee.passed.is_(True), TrainingSession.starts_at < next_midnight(day))
    )
    if agent_id is not None:
        query = query.where(Attendee.agent_id == agent_id)
    passes = session.execute(query)
    for who, course_id, starts_at, validity in passes:
        on = starts_at.date()
        found[(who, course_id)].append(Completion(on, expiry(on, validity)))
    held = select(
        Certificate.agent_id,
        Certificate.course_id,
        Certificate.issued_on,
        Certificate.expires_on,
    ).where(Certificate.course_id.is_not(None), Certificate.issued_on <= day)
    if agent_id is not None:
        held = held.where(Certificate.agent_id == agent_id)
    certificates = session.execute(held)
    for holder, certified, issued_on, expires_on in certificates:
        if certified is not None:  # the query keeps only certificates of a course
            found[(holder, certified)].append(Completion(issued_on, expires_on))
    return found


def next_midnight(day: date) -> datetime:
    """The first moment after ``day``: sessions that started before it count on the day."""
    return datetime.fromordinal(day.toordinal() + 1)


# --- the matrix ------------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixCourse:
    """A column of the matrix: a course required for at least one post."""

    id: int
    code: str
    title: str
    before_duty: bool
    posts: tuple[str, ...]


@dataclass(frozen=True)
class MatrixRow:
    """An agent and their standing on each column (None: not required for their post)."""

    agent_id: int
    employee_no: str
    name: str
    post: str
    status: str
    cells: tuple[CourseStanding | None, ...]

    @property
    def worst(self) -> Standing | None:
        """The agent's worst standing over the courses they need (None: none needed)."""
        held = [c.standing for c in self.cells if c is not None]
        return min(held, key=SEVERITY.__getitem__) if held else None

    @property
    def completion_rate(self) -> float | None:
        """Share of required courses the agent is cleared on."""
        return completion_rate(c for c in self.cells if c is not None)


@dataclass(frozen=True)
class TrainingMatrix:
    """Agents x required courses on one day."""

    day: date
    warn_days: int
    courses: tuple[MatrixCourse, ...]
    rows: tuple[MatrixRow, ...]

    def counts(self) -> dict[Standing, int]:
        """How many cells are in each standing."""
        out = dict.fromkeys(Standing, 0)
        for row in self.rows:
            for cell in row.cells:
                if cell is not None:
                    out[cell.standing] += 1
        return out


def required_courses(session: Session) -> list[MatrixCourse]:
    """The courses the matrix judges: required for some post, not archived."""
    courses = session.scalars(
        select(Course)
        .where(Course.archived.is_(False), Course.required_posts != "")
        .order_by(Course.before_duty.desc(), Course.code)
    )
    return [
        MatrixCourse(
            c.id, c.code, course_title(c.title), c.before_duty, tuple(c.required_posts.split(","))
        )
        for c in courses
    ]


def _employed(session: Session, day: date) -> list[Agent]:
    agents = session.scalars(select(Agent).order_by(Agent.employee_no))
    return [a for a in agents if on_payroll(Tenure(a.hire_date, a.left_date), day)]


def build_matrix(session: Session, day: date, warn: int | None = None) -> TrainingMatrix:
    """The matrix for everyone employed at the end of ``day``, inside an open session."""
    warn = stored_warn_days(session) if warn is None else warn
    courses = required_courses(session)
    completions = completions_held(session, day)
    rows = []
    for agent in _employed(session, day):
        cells = tuple(
            standing(completions.get((agent.id, c.id), ()), day, warn)
            if agent.post in c.posts
            else None
            for c in courses
        )
        rows.append(
            MatrixRow(agent.id, agent.employee_no, agent.name, agent.post, agent.status, cells)
        )
    return TrainingMatrix(day, warn, tuple(courses), tuple(rows))


def training_matrix(db: Database, day: date | None = None) -> TrainingMatrix:
    """The matrix of the current team on ``day`` (today by default)."""
    with db.read() as session:
        return build_matrix(session, day or date.today())


# --- reminders ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    """Something the supervisor must act on.

    ``kind`` is "duty" (an agent in onboarding not yet cleared), "course" (a required
    course expiring or expired) or "certificate" (an external certificate).
    """

    kind: str
    agent_id: int
    employee_no: str
    name: str
    item: str
    standing: Standing
    due: date | None


def reminders(db: Database, day: date | None = None) -> list[Reminder]:
    """Agents not cleared for duty, then expired and expiring items, worst first."""
    day = day or date.today()
    out: list[Reminder] = []
    with db.read() as session:
        matrix = build_matrix(session, day)
        for row in matrix.rows:
            missing = [
                course_title(course.title)
                for course, cell in zip(matrix.courses, row.cells, strict=True)
                if cell is not None and course.before_duty and not cell.cleared
            ]
            if row.status == Status.ONBOARDING and missing:
                out.append(
                    Reminder(
                        "duty",
                        row.agent_id,
                        row.employee_no,
                        row.name,
                        translate("Training", ", ").join(missing),
                        Standing.NOT_TRAINED,
                        None,
                    )
                )
            for course, cell in zip(matrix.courses, row.cells, strict=True):
                if cell is not None and cell.standing in (Standing.EXPIRED, Standing.EXPIRING):
                    out.append(
                        Reminder(
                            "course",
                            row.agent_id,
                            row.employee_no,
                            row.name,
                            course_title(course.title),
                            cell.standing,
                            cell.valid_until,
                        )
                    )
        employed = {r.agent_id for r in matrix.rows}
        for cert in session.scalars(select(Certificate).where(Certificate.expires_on.is_not(None))):
            if cert.agent_id not in employed:
                continue
            state = standing([Completion(cert.issued_on, cert.expires_on)], day, matrix.warn_days)
            if state.standing in (Standing.EXPIRED, Standing.EXPIRING):
                out.append(
                    Reminder(
                        "certificate",
                        cert.agent_id,
                        cert.agent.employee_no,
                        cert.agent.name,
                        cert.name,
                        state.standing,
                        cert.expires_on,
                    )
                )
    order = {"duty": 0, "course": 1, "certificate": 1}
    out.sort(key=lambda r: (order[r.kind], SEVERITY[r.standing], r.due or date.min, r.employee_no))
    return out


# --- the duty gate -----------------------------------------------------------------------


# --- hours and cost -----------------------------------------------------------------------


# --- for the scorecards ------------------------------------------------------------------
