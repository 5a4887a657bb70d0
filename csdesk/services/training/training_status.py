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
from sqlalchemy.orm import Session, selectinload

from csdesk.common.i18n import translate
from csdesk.data.staff import Agent
from csdesk.data.training import Attendee, Certificate, Course, DutyOverride, TrainingSession
from csdesk.domain.months import Month
from csdesk.domain.staff import Status, Tenure, on_payroll
from csdesk.domain.training import (
    DEFAULT_WARN_DAYS,
    SEVERITY,
    Attendance,
    Category,
    Completion,
    CourseStanding,
    Standing,
    completion_rate,
    expiry,
    standing,
)
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.shop import setting, store_setting

WARN_DAYS_KEY = "training_warn_days"


def warn_days(db: Database) -> int:
    """Days before an expiry that the shop wants to be warned (default 30)."""
    with db.read() as session:
        return _warn_days(session)


def _warn_days(session: Session) -> int:
    value = setting(session, WARN_DAYS_KEY)
    return int(value) if value.isdigit() else DEFAULT_WARN_DAYS


def set_warn_days(db: Database, days: int) -> None:
    """Store the warning period (0 to 365 days)."""
    if not 0 <= days <= 365:
        raise UserError(translate("Training", "The warning period must be 0 to 365 days."))
    with db.write() as session:
        store_setting(session, WARN_DAYS_KEY, str(days))


def _completions(
    session: Session, day: date, agent_id: int | None = None
) -> dict[tuple[int, int], list[Completion]]:
    """(agent id, course id) -> every completion held on ``day`` (of one agent, if given)."""
    found: dict[tuple[int, int], list[Completion]] = defaultdict(list)
    query = (
        select(Attendee.agent_id, Course.id, TrainingSession.starts_at, Course.validity_months)
        .join(TrainingSession, Attendee.session_id == TrainingSession.id)
        .join(Course, TrainingSession.course_id == Course.id)
        .where(Attendee.passed.is_(True), TrainingSession.starts_at < _after(day))
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


def _after(day: date) -> datetime:
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


def _required_courses(session: Session) -> list[MatrixCourse]:
    courses = session.scalars(
        select(Course)
        .where(Course.archived.is_(False), Course.required_posts != "")
        .order_by(Course.before_duty.desc(), Course.code)
    )
    return [
        MatrixCourse(c.id, c.code, c.title, c.before_duty, tuple(c.required_posts.split(",")))
        for c in courses
    ]


def _employed(session: Session, day: date) -> list[Agent]:
    agents = session.scalars(select(Agent).order_by(Agent.employee_no))
    return [a for a in agents if on_payroll(Tenure(a.hire_date, a.left_date), day)]


def build_matrix(session: Session, day: date, warn: int | None = None) -> TrainingMatrix:
    """The matrix for everyone employed at the end of ``day``, inside an open session."""
    warn = _warn_days(session) if warn is None else warn
    courses = _required_courses(session)
    completions = _completions(session, day)
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
                course.title
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
                            course.title,
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


class NotClearedForDuty(UserError):
    """An agent in onboarding has not passed every course required before duty.

    ``missing`` names the courses; a supervisor may override with a recorded reason.
    """

    def __init__(self, name: str, missing: list[str]) -> None:
        super().__init__(
            translate(
                "Training",
                "{name} has not passed every course required before duty: {courses}. "
                "Record a reason to put them on duty anyway.",
            ).format(name=name, courses=translate("Training", ", ").join(missing)),
            [],
        )
        self.missing = missing


def _before_duty_courses(session: Session) -> list[Course]:
    return list(
        session.scalars(
            select(Course)
            .where(Course.before_duty.is_(True), Course.archived.is_(False))
            .order_by(Course.code)
        )
    )


def _missing(
    courses: list[Course],
    completions: dict[tuple[int, int], list[Completion]],
    agent_id: int,
    post: str,
    day: date,
) -> list[str]:
    return [
        c.title
        for c in courses
        if post in c.required_posts.split(",")
        and not standing(completions.get((agent_id, c.id), ()), day).cleared
    ]


def duty_missing(session: Session, agent: Agent, post: str, day: date) -> list[str]:
    """Titles of the before-duty courses for ``post`` that ``agent`` is not cleared on."""
    completions = _completions(session, day, agent.id)
    return _missing(_before_duty_courses(session), completions, agent.id, post, day)


def check_duty_gate(
    session: Session, agent: Agent, new_status: str, new_post: str, override: str, day: date
) -> None:
    """Refuse onboarding -> active while before-duty courses are missing, unless overridden.

    An override needs a reason; it is recorded with the courses that were missing.

    Raises:
        NotClearedForDuty: courses are missing and no reason was given.
    """
    if not (agent.status == Status.ONBOARDING and new_status == Status.ACTIVE):
        return
    missing = duty_missing(session, agent, new_post, day)
    if not missing:
        return
    if not override.strip():
        raise NotClearedForDuty(agent.name, missing)
    session.add(
        DutyOverride(
            agent_id=agent.id,
            decided_on=day,
            reason=override.strip(),
            missing=translate("Training", ", ").join(missing),
        )
    )


def cleared_for_duty(db: Database, agent_id: int, day: date | None = None) -> bool:
    """True when the agent may work: before-duty courses passed, or an override recorded.

    The rota asks this before it puts an agent on a shift.
    """
    day = day or date.today()
    with db.read() as session:
        agent = session.get(Agent, agent_id)
        if agent is None:
            return False
        if not duty_missing(session, agent, agent.post, day):
            return True
        return (
            session.scalar(
                select(DutyOverride.id).where(
                    DutyOverride.agent_id == agent_id, DutyOverride.decided_on <= day
                )
            )
            is not None
        )


def not_cleared_days(
    session: Session, posts: dict[int, str], days: list[date]
) -> set[tuple[int, date]]:
    """(agent id, day) pairs of ``days`` on which the agent is not cleared for duty.

    The rota's check for a whole week at once: completions and overrides are read once
    (``cleared_for_duty`` reads them per agent and day). ``posts`` maps each agent to
    the post whose before-duty courses apply.
    """
    if not days or not posts:
        return set()
    completions = _completions(session, max(days))
    courses = _before_duty_courses(session)
    overrides: dict[int, date] = {}
    for agent_id, decided_on in session.execute(
        select(DutyOverride.agent_id, DutyOverride.decided_on)
    ):
        overrides[agent_id] = min(decided_on, overrides.get(agent_id, date.max))
    found: set[tuple[int, date]] = set()
    for agent_id, post in posts.items():
        for day in days:
            if agent_id in overrides and overrides[agent_id] <= day:
                continue
            if _missing(courses, completions, agent_id, post, day):
                found.add((agent_id, day))
    return found


@dataclass(frozen=True)
class OverrideRecord:
    """A duty-gate override as the agent's file shows it."""

    decided_on: date
    reason: str
    missing: str


def duty_overrides(db: Database, agent_id: int) -> list[OverrideRecord]:
    """The overrides recorded for an agent, oldest first."""
    with db.read() as session:
        rows = session.scalars(
            select(DutyOverride)
            .where(DutyOverride.agent_id == agent_id)
            .order_by(DutyOverride.decided_on, DutyOverride.id)
        )
        return [OverrideRecord(r.decided_on, r.reason, r.missing) for r in rows]


@dataclass(frozen=True)
class AgentStanding:
    """One agent's training as their file shows it."""

    courses: tuple[tuple[str, bool, CourseStanding], ...]  # (title, before duty, standing)
    cleared_for_duty: bool
    overrides: tuple[OverrideRecord, ...]


def agent_standing(db: Database, agent_id: int, day: date | None = None) -> AgentStanding:
    """Where one agent stands on each course their post needs, and their duty clearance."""
    day = day or date.today()
    with db.read() as session:
        agent = session.get(Agent, agent_id)
        if agent is None:
            return AgentStanding((), False, ())
        completions = _completions(session, day, agent_id)
        warn = _warn_days(session)
        courses = tuple(
            (c.title, c.before_duty, standing(completions.get((agent_id, c.id), ()), day, warn))
            for c in _required_courses(session)
            if agent.post in c.posts
        )
    overrides = tuple(duty_overrides(db, agent_id))
    cleared = all(s.cleared for _t, before, s in courses if before) or bool(overrides)
    return AgentStanding(courses, cleared, overrides)


# --- hours and cost -----------------------------------------------------------------------


@dataclass(frozen=True)
class AgentTraining:
    """Training an agent attended in a period."""

    agent_id: int
    employee_no: str
    name: str
    sessions: int
    hours: float
    cost_cents: int


@dataclass(frozen=True)
class MonthTraining:
    """The team's training in one month."""

    month: Month
    sessions: int
    attendances: int
    hours: float  # attendee hours: session hours x agents present
    cost_cents: int


@dataclass(frozen=True)
class TrainingTotals:
    """A year of training: per agent and per month.

    An agent's cost is their share of each session's cost (split among those present);
    the team's cost is the sum of session costs, including sessions nobody attended.
    """

    year: int
    agents: tuple[AgentTraining, ...]  # over the year, or over ``month`` when given
    months: tuple[MonthTraining, ...]
    month: int | None = None

    @property
    def hours(self) -> float:
        """Attendee hours of the year."""
        return sum(m.hours for m in self.months)

    @property
    def cost_cents(self) -> int:
        """Cost of the year's sessions."""
        return sum(m.cost_cents for m in self.months)

    @property
    def sessions(self) -> int:
        """Sessions held in the year."""
        return sum(m.sessions for m in self.months)


def training_totals(db: Database, year: int, month: int | None = None) -> TrainingTotals:
    """Hours and cost per month of ``year``, and per agent over the year or one ``month``."""
    with db.read() as session:
        rows = session.scalars(
            select(TrainingSession)
            .where(
                TrainingSession.starts_at >= datetime(year, 1, 1),
                TrainingSession.starts_at < datetime(year + 1, 1, 1),
            )
            .options(selectinload(TrainingSession.attendees).selectinload(Attendee.agent))
        ).all()
        per_agent: dict[int, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
        per_month: dict[int, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0])
        names: dict[int, tuple[str, str]] = {}
        for row in rows:
            present = [a for a in row.attendees if a.attendance == Attendance.PRESENT]
            figures = per_month[row.starts_at.month]
            figures[0] += 1
            figures[1] += len(present)
            figures[2] += row.hours * len(present)
            figures[3] += row.cost_cents
            if month is not None and row.starts_at.month != month:
                continue
            for attendee in present:
                figures = per_agent[attendee.agent_id]
                figures[0] += 1
                figures[1] += row.hours
                figures[2] += row.cost_cents / len(present)
                names[attendee.agent_id] = (attendee.agent.employee_no, attendee.agent.name)
        agents = tuple(
            sorted(
                (
                    AgentTraining(aid, *names[aid], int(f[0]), f[1], round(f[2]))
                    for aid, f in per_agent.items()
                ),
                key=lambda a: a.employee_no,
            )
        )
        months = []
        for m in range(1, 13):
            sessions, attendances, hours, cost = per_month.get(m, (0, 0, 0.0, 0))
            months.append(
                MonthTraining(Month(year, m), int(sessions), int(attendances), hours, int(cost))
            )
        return TrainingTotals(year, agents, tuple(months), month)


# --- for the scorecards ------------------------------------------------------------------


@dataclass(frozen=True)
class AgentTrainingFigures:
    """An agent's training figures at the end of a month, for the scorecard."""

    agent_id: int
    completion_rate: float | None  # share of required courses held at month end
    assessment_score: float | None  # latest assessment score up to month end
    assessment_on: date | None


def monthly_training_figures(db: Database, month: Month) -> dict[int, AgentTrainingFigures]:
    """Per agent employed at the end of ``month``: completion rate and latest assessment."""
    day = month.last_day
    with db.read() as session:
        matrix = build_matrix(session, day)
        scores = session.execute(
            select(Attendee.agent_id, Attendee.score, TrainingSession.starts_at)
            .join(TrainingSession, Attendee.session_id == TrainingSession.id)
            .join(Course, TrainingSession.course_id == Course.id)
            .where(
                Course.category == Category.ASSESSMENT,
                Attendee.score.is_not(None),
                TrainingSession.starts_at < _after(day),
            )
            .order_by(TrainingSession.starts_at)
        )
        latest: dict[int, tuple[float, date]] = {}
        for agent_id, score, starts_at in scores:
            if score is not None:  # the query keeps only scored attendances
                latest[agent_id] = (score, starts_at.date())
    return {
        row.agent_id: AgentTrainingFigures(
            row.agent_id,
            row.completion_rate,
            *(latest.get(row.agent_id) or (None, None)),
        )
        for row in matrix.rows
    }
