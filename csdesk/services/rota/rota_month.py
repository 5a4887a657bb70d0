"""The rota by month: the month view for planning ahead, and attendance for appraisals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from csdesk.data.rota import RotaDuty, RotaLeave, RotaWeek
from csdesk.domain.months import Month
from csdesk.domain.rota import UNPLANNED, Duty, Leave, attendance_rate, worked_hours
from csdesk.domain.weeks import Week
from csdesk.services.database import Database
from csdesk.services.rota.rota_shifts import ShiftRecord, templates_by_id
from csdesk.services.rota.week_plan import (
    DayPlan,
    RotaAgent,
    agents_between,
    day_plans,
    duties_between,
    holidays_between,
)


@dataclass(frozen=True)
class MonthRota:
    """A month of the rota for planning ahead: who works when, leave, hours, published weeks."""

    month: Month
    days: tuple[date, ...]
    agents: tuple[RotaAgent, ...]
    plans: dict[tuple[int, date], DayPlan]
    holidays: dict[date, str]
    hours: dict[int, float]  # agent id -> hours worked in the month
    published: frozenset[str]  # ISO weeks touching the month that are published
    shifts: tuple[ShiftRecord, ...]

    def plan(self, agent_id: int, day: date) -> DayPlan:
        """The agent's day (an empty plan: a day off)."""
        return self.plans.get((agent_id, day), DayPlan())


def month_rota(db: Database, month: Month) -> MonthRota:
    """The month's plan: each agent employed in it, each day, and the month's hours."""
    first, last = month.first_day, month.last_day
    days = tuple(first + timedelta(days=n) for n in range((last - first).days + 1))
    weeks = {str(Week.of(d)) for d in days}
    with db.read() as session:
        templates = templates_by_id(session)
        duties = duties_between(session, first, last, templates)
        leave = list(session.scalars(select(RotaLeave).where(RotaLeave.day.between(first, last))))
        agents = agents_between(session, first, last, {r.agent_id for r, _t in duties})
        holidays = holidays_between(session, first, last)
        published = frozenset(
            session.scalars(select(RotaWeek.week).where(RotaWeek.week.in_(weeks)))
        )
    plain = [Duty(r.agent_id, r.day, t.shift) for r, t in duties]
    return MonthRota(
        month,
        days,
        tuple(agents),
        day_plans(duties, leave),
        holidays,
        worked_hours(plain, days),
        published,
        tuple(templates.values()),
    )


def monthly_attendance(db: Database, month: Month, today: date | None = None) -> dict[int, float]:
    """Attendance in percent per agent from the rota, for the days of ``month`` up to today.

    A day is due when the rota gives the agent a shift or unplanned leave (sick,
    personal, other); it is attended when it has a shift and no unplanned leave. Agents
    the rota never had due in the month are left out (their attendance is not known).
    """
    last = min(month.last_day, today or date.today())
    worked: dict[int, set[date]] = {}
    absent: dict[int, set[date]] = {}
    with db.read() as session:
        for agent_id, day in session.execute(
            select(RotaDuty.agent_id, RotaDuty.day).where(
                RotaDuty.day.between(month.first_day, last)
            )
        ):
            worked.setdefault(agent_id, set()).add(day)
        for agent_id, day, kind in session.execute(
            select(RotaLeave.agent_id, RotaLeave.day, RotaLeave.kind).where(
                RotaLeave.day.between(month.first_day, last)
            )
        ):
            if Leave(kind) in UNPLANNED:
                absent.setdefault(agent_id, set()).add(day)
    out = {}
    for agent_id in set(worked) | set(absent):
        missed = absent.get(agent_id, set())
        rate = attendance_rate(len(worked.get(agent_id, set()) - missed), len(missed))
        if rate is not None:
            out[agent_id] = rate
    return out
