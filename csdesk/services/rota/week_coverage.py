"""Coverage of a week: agents on the rota per hour and channel against the agents needed.

The need comes from the forecast and the staffing settings (``rota_coverage``) through the
Erlang C calculator.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from csdesk.data.rota import RotaDuty, StaffingChannel, StaffingEvent
from csdesk.domain.rota import Duty, on_duty_by_hour
from csdesk.domain.staffing import (
    Staffing,
)
from csdesk.domain.weeks import Week
from csdesk.services.database import Database
from csdesk.services.rota.rota_coverage import (
    ChannelPlan,
    requirement,
    stored_assumptions,
    stored_forecast,
)
from csdesk.services.rota.rota_shifts import templates_by_id


@dataclass(frozen=True)
class CoverageHour:
    """One hour of one channel on one day."""

    hour: int
    contacts: float
    needed: int  # agents on the line by Erlang C (before shrinkage)
    to_schedule: int  # after shrinkage: what the rota should hold
    rostered: int  # agents the rota has on this channel at half past

    @property
    def short(self) -> int:
        """Agents missing against the headcount to schedule (0: covered)."""
        return max(0, self.to_schedule - self.rostered)


@dataclass(frozen=True)
class DayCoverage:
    """A day's coverage, per channel."""

    day: date
    multiplier: float
    events: tuple[str, ...]
    channels: dict[str, tuple[CoverageHour, ...]]

    def shortfalls(self) -> list[tuple[str, CoverageHour]]:
        """The hours with fewer agents than required, per channel."""
        return [(c, h) for c, hours in self.channels.items() for h in hours if h.short]


def week_coverage(db: Database, week: Week) -> list[DayCoverage]:
    """Each day of ``week``: per channel and hour, contacts, agents needed and rostered."""
    return days_coverage(db, list(week.days))


def day_coverage(db: Database, day: date) -> DayCoverage:
    """One day's coverage (the Today page's short hours)."""
    return days_coverage(db, [day])[0]


def days_coverage(db: Database, days: list[date]) -> list[DayCoverage]:
    """Coverage of consecutive ``days``: per channel and hour, needed against rostered."""
    with db.read() as session:
        templates = templates_by_id(session)
        duty_rows = session.execute(
            select(RotaDuty.agent_id, RotaDuty.day, RotaDuty.shift_id, RotaDuty.channel).where(
                RotaDuty.day.between(days[0] - timedelta(days=1), days[-1])
            )
        ).all()
        grids = stored_forecast(session)
        plans = {
            r.channel: ChannelPlan(
                r.channel, r.handle_seconds, r.target, r.within_seconds, r.concurrency
            )
            for r in session.scalars(select(StaffingChannel))
        }
        shop_wide = stored_assumptions(session)
        events = list(
            session.scalars(
                select(StaffingEvent).where(
                    StaffingEvent.last_day >= days[0], StaffingEvent.first_day <= days[-1]
                )
            )
        )
    by_channel: dict[str, list[Duty]] = defaultdict(list)
    for agent_id, day, shift_id, channel in duty_rows:
        by_channel[channel or "chat"].append(Duty(agent_id, day, templates[shift_id].shift))
    answers: dict[tuple[str, float], Staffing] = {}
    out = []
    for day in days:
        todays = [e for e in events if e.first_day <= day <= e.last_day]
        multiplier = max((e.multiplier for e in todays), default=1.0)
        channels = {}
        for channel, plan in plans.items():
            on_duty = on_duty_by_hour(
                [d for d in by_channel.get(channel, ()) if d.day in (day, day - timedelta(1))],
                day,
            )
            hours = []
            for hour in range(24):
                contacts = round(grids[channel][day.weekday()][hour] * multiplier, 1)
                key = (channel, contacts)
                if key not in answers:
                    answers[key] = requirement(contacts, plan, shop_wide)
                need = answers[key]
                hours.append(
                    CoverageHour(hour, contacts, need.agents, need.scheduled, len(on_duty[hour]))
                )
            channels[channel] = tuple(hours)
        out.append(DayCoverage(day, multiplier, tuple(e.name for e in todays), channels))
    return out
