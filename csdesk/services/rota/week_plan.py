"""The weekly rota: who works which shift on which day, leave, and the rules' findings.

A week is a draft until it is published; after that every change of an agent's day is
logged (before, after, who, when), so the published plan the team saw can be traced.
The rules of ``domain.rota`` are checked on every read of a week, looking a week back
and a day ahead across its borders; a breach the supervisor accepts is overridden with
a reason, recorded, and still listed (as overridden) rather than hidden.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from csdesk.common.palette import HOLIDAY_FILL, LEAVE_FILL
from csdesk.data.complaints import CalendarDay
from csdesk.data.rota import (
    RotaDuty,
    RotaLeave,
    RotaOverride,
    RotaWeek,
)
from csdesk.data.staff import Agent
from csdesk.domain.rota import (
    Duty,
    Employment,
    Finding,
    Leave,
    check_rota,
    worked_hours,
)
from csdesk.domain.staff import split_channels
from csdesk.domain.weeks import Week
from csdesk.services.database import Database
from csdesk.services.rota.rota_rules import rules_in
from csdesk.services.rota.rota_shifts import ShiftRecord, templates_by_id
from csdesk.services.training.duty_gate import not_cleared_days

#: Days before and after a week that its checks look at (rest, days in a row).
LOOK_BACK, LOOK_AHEAD = 7, 1


# --- a week ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RotaAgent:
    """An agent as a row of the week's grid."""

    id: int
    employee_no: str
    name: str
    post: str
    channels: tuple[str, ...]
    employment: Employment


@dataclass(frozen=True)
class DayPlan:
    """An agent's day: the shifts (codes, in start order) and the leave, if any."""

    codes: tuple[str, ...] = ()
    leave: Leave | None = None

    def fill(self, colours: dict[str, str], holiday: bool = False) -> str:
        """The day's colour: its first shift's, grey for leave, the holiday tint, or ""."""
        if self.codes:
            return colours.get(self.codes[0], "")
        if self.leave is not None:
            return LEAVE_FILL
        return HOLIDAY_FILL if holiday else ""

    def text(self) -> str:
        """The day as the change log and the grid write it: "M", "M+E", "sick"."""
        parts = list(self.codes)
        if self.leave is not None:
            parts.append(str(self.leave))
        return "+".join(parts)


@dataclass(frozen=True)
class RotaFinding:
    """A rule's breach on an agent's day; ``override`` is the reason if it was accepted."""

    finding: Finding
    override: str | None = None

    @property
    def open(self) -> bool:
        """Not overridden: the rota still breaks this rule."""
        return self.override is None


@dataclass(frozen=True)
class WeekRota:
    """A week of the rota as the grid, the checks and the print show it."""

    week: Week
    published_at: datetime | None
    published_by: str
    agents: tuple[RotaAgent, ...]
    plans: dict[tuple[int, date], DayPlan]
    holidays: dict[date, str]  # public holidays of the shop calendar
    findings: tuple[RotaFinding, ...]
    hours: dict[int, float]  # agent id -> hours worked in the week
    shifts: tuple[ShiftRecord, ...]

    @property
    def published(self) -> bool:
        """Whether the week was published to the team."""
        return self.published_at is not None

    def plan(self, agent_id: int, day: date) -> DayPlan:
        """The agent's day (an empty plan: a day off)."""
        return self.plans.get((agent_id, day), DayPlan())


def agents_between(
    session: Session, first: date, last: date, with_duty: set[int]
) -> list[RotaAgent]:
    """Agents employed some day from ``first`` to ``last``, and any with a duty then."""
    rows = session.scalars(select(Agent).order_by(Agent.employee_no))
    found = []
    for a in rows:
        job = Employment(a.hire_date, a.left_date)
        employed = a.hire_date <= last and (a.left_date is None or a.left_date >= first)
        if employed or a.id in with_duty:
            found.append(
                RotaAgent(
                    a.id,
                    a.employee_no,
                    a.name,
                    a.post,
                    tuple(str(c) for c in split_channels(a.channels)),
                    job,
                )
            )
    return found


def duties_between(
    session: Session, first: date, last: date, templates: dict[int, ShiftRecord]
) -> list[tuple[RotaDuty, ShiftRecord]]:
    """Every duty from ``first`` to ``last`` with its shift."""
    rows = session.scalars(select(RotaDuty).where(RotaDuty.day.between(first, last)))
    return [(r, templates[r.shift_id]) for r in rows]


def day_plans(
    duties: Iterable[tuple[RotaDuty, ShiftRecord]], leave: Iterable[RotaLeave]
) -> dict[tuple[int, date], DayPlan]:
    """Each agent's days from duties and leave: codes in start order, and the leave."""
    codes: dict[tuple[int, date], list[tuple[int, str]]] = {}
    for row, template in duties:
        codes.setdefault((row.agent_id, row.day), []).append((template.shift.start, template.code))
    kinds = {(r.agent_id, r.day): Leave(r.kind) for r in leave}
    plans = {}
    for key in set(codes) | set(kinds):
        ordered = tuple(code for _start, code in sorted(codes.get(key, [])))
        plans[key] = DayPlan(ordered, kinds.get(key))
    return plans


def holidays_between(session: Session, first: date, last: date) -> dict[date, str]:
    """Public holidays of the shop calendar between ``first`` and ``last``, with names."""
    rows = session.scalars(
        select(CalendarDay).where(
            CalendarDay.day.between(first, last), CalendarDay.kind == "holiday"
        )
    )
    return {r.day: r.note for r in rows}


def week_rota(db: Database, week: Week) -> WeekRota:
    """The week's grid, its findings and hours."""
    days = week.days
    first, last = days[0] - timedelta(days=LOOK_BACK), days[-1] + timedelta(days=LOOK_AHEAD)
    with db.read() as session:
        templates = templates_by_id(session)
        duties = duties_between(session, first, last, templates)
        leave = list(
            session.scalars(select(RotaLeave).where(RotaLeave.day.between(days[0], days[-1])))
        )
        in_week = {r.agent_id for r, _t in duties if days[0] <= r.day <= days[-1]}
        agents = agents_between(session, days[0], days[-1], in_week)
        posts = {a.id: a.post for a in agents if a.id in in_week}
        not_cleared = not_cleared_days(session, posts, days)
        published = session.get(RotaWeek, str(week))
        holidays = holidays_between(session, days[0], days[-1])
        overrides = {
            (r.agent_id, r.day, r.breach): r.reason
            for r in session.scalars(
                select(RotaOverride).where(RotaOverride.day.between(days[0], days[-1]))
            )
        }
        rules = rules_in(session)
    plain = [Duty(r.agent_id, r.day, t.shift) for r, t in duties]
    found = check_rota(
        plain,
        days,
        rules,
        leave={(r.agent_id, r.day): Leave(r.kind) for r in leave},
        employment={a.id: a.employment for a in agents},
        not_cleared=not_cleared,
    )
    findings = tuple(
        RotaFinding(f, overrides.get((f.agent_id, f.day, str(f.breach)))) for f in found
    )
    return WeekRota(
        week,
        published.published_at if published else None,
        published.published_by if published else "",
        tuple(agents),
        day_plans([(r, t) for r, t in duties if days[0] <= r.day <= days[-1]], leave),
        holidays,
        findings,
        worked_hours(plain, days),
        tuple(templates.values()),
    )


# --- changing a week --------------------------------------------------------------------
