"""The duty gate: an agent is cleared for duty only with the courses required before it.

A supervisor may override the gate with a reason, which is kept as history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.staff import Agent
from csdesk.data.training import Course, DutyOverride
from csdesk.domain.staff import Status
from csdesk.domain.training import (
    Completion,
    CourseStanding,
    standing,
)
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.training.seeded_courses import course_title
from csdesk.services.training.training_status import (
    completions_held,
    required_courses,
    stored_warn_days,
)


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
        course_title(c.title)
        for c in courses
        if post in c.required_posts.split(",")
        and not standing(completions.get((agent_id, c.id), ()), day).cleared
    ]


def duty_missing(session: Session, agent: Agent, post: str, day: date) -> list[str]:
    """Titles of the before-duty courses for ``post`` that ``agent`` is not cleared on."""
    completions = completions_held(session, day, agent.id)
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
    completions = completions_held(session, max(days))
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
        completions = completions_held(session, day, agent_id)
        warn = stored_warn_days(session)
        courses = tuple(
            (
                course_title(c.title),
                c.before_duty,
                standing(completions.get((agent_id, c.id), ()), day, warn),
            )
            for c in required_courses(session)
            if agent.post in c.posts
        )
    overrides = tuple(duty_overrides(db, agent_id))
    cleared = all(s.cleared for _t, before, s in courses if before) or bool(overrides)
    return AgentStanding(courses, cleared, overrides)
