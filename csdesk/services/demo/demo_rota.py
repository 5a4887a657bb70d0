"""The demo shop's rota: eight weeks back to next week, a forecast and its sale events.

Each agent works five days a week on one shift, two days off that move a day later
each week (so no one works more than six days running), and the shift rotates
evening -> middle -> morning -> evening from week to week, an order that always leaves
at least 12 hours between two shifts. Past weeks and this week are published; next
week is a draft. A few agents take annual leave, some call in sick; one agent worked a
double shift before 双11 (overridden, with the reason); this week someone was moved to
a morning after an evening (a short rest the rota flags). Agents still in onboarding
are not rostered (the training gate). The forecast follows the shop's day: a morning
rise, a lunch dip, an afternoon peak and the evening peak of online shopping.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from sqlalchemy import select
from sqlalchemy.orm import Session

from csdesk.data.rota import (
    RotaChange,
    RotaDuty,
    RotaLeave,
    RotaOverride,
    RotaWeek,
    ShiftTemplate,
    StaffingEvent,
    StaffingForecast,
)
from csdesk.data.staff import Agent
from csdesk.domain.rota import Employment, Leave
from csdesk.domain.staff import Status, split_channels
from csdesk.domain.weeks import Week
from csdesk.services.rota.rota_coverage import SHRINKAGE_KEY
from csdesk.services.rota.rota_shifts import LETTER_OF
from csdesk.services.shop import store_setting

WEEKS_BACK = 8
EPOCH = date(2001, 1, 1)  # a Monday
#: Shifts from week to week: evening, middle, morning (each change leaves >= 12 h rest).
ROTATION = ("E", "E", "D", "M", "M")
#: Contacts by hour of an online shop's day, served 08:00-24:00 (relative sizes).
CHAT_SHAPE = (
    0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.5, 5.0, 6.5, 6.8,
    5.2, 5.0, 6.0, 6.3, 5.8, 5.0, 4.6, 5.4, 6.8, 7.5, 6.6, 3.2,
)  # fmt: skip
#: Weekday weights: Monday busiest (weekend orders' questions), Saturday quietest.
WEEKDAY_WEIGHT = (1.15, 1.05, 1.0, 1.0, 1.05, 0.85, 0.9)
SUPERVISOR = "林主管"
CHAT_SCALE, PHONE_SCALE = 0.8, 0.4


def add_demo_rota(session: Session, rng: random.Random, today: date) -> int:
    """Add the rota, forecast and sale events; return how many duties."""
    # keyed by the default letters whatever the shop's language coded them (早 -> M)
    codes = {LETTER_OF.get(t.code, t.code): t for t in session.scalars(select(ShiftTemplate))}
    this_week = Week.of(today)
    weeks = [this_week.shift(n) for n in range(-WEEKS_BACK, 2)]
    team = [
        a
        for a in session.scalars(select(Agent).order_by(Agent.employee_no))
        if a.status != Status.ONBOARDING
    ]
    duties = 0
    plan: dict[tuple[int, date], RotaDuty] = {}
    channels = {a.id: _duty_channel(a, seat) for seat, a in enumerate(team)}
    # each channel's agents spread over the shifts and the days off
    seats = {a.id: [b for b in team if channels[b.id] == channels[a.id]].index(a) for a in team}
    for agent in team:
        job = Employment(agent.hire_date, agent.left_date)
        channel, seat = channels[agent.id], seats[agent.id]
        for week in weeks:
            number = (week.monday - EPOCH).days // 7  # weeks run on across new year
            code = ROTATION[(seat + number) % len(ROTATION)]
            off = {(seat + number) % 7, (seat + number + 1) % 7}
            for weekday, day in enumerate(week.days):
                if weekday in off or not job.covers(day):
                    continue
                leave = _leave(rng, day, today)
                if leave is not None:
                    session.add(RotaLeave(agent_id=agent.id, day=day, kind=str(leave)))
                    continue
                row = RotaDuty(agent_id=agent.id, day=day, shift_id=codes[code].id, channel=channel)
                session.add(row)
                plan[(agent.id, day)] = row
                duties += 1
    for week in weeks[:-1]:
        published = datetime.combine(week.monday - timedelta(days=3), time(17, 30))
        session.add(RotaWeek(week=str(week), published_at=published, published_by=SUPERVISOR))
    if team:
        duties += _exceptions(session, team, plan, codes, this_week, today)
    _forecast(session, [row.channel for row in plan.values()])
    # the rota lists leave itself, so only breaks, meetings and coaching are left over
    store_setting(session, SHRINKAGE_KEY, "0.15")
    _events(session, today)
    session.flush()
    return duties


def _duty_channel(agent: Agent, seat: int) -> str:
    """Every other agent who also takes calls is on the phones; the rest on chat."""
    channels = [str(c) for c in split_channels(agent.channels)]
    if "phone" in channels and (seat % 2 == 0 or "chat" not in channels):
        return "phone"
    return "chat" if "chat" in channels else (channels[0] if channels else "chat")


def _leave(rng: random.Random, day: date, today: date) -> Leave | None:
    draw = rng.random()
    if draw < 0.025:
        return Leave.ANNUAL
    if day < today and draw < 0.035:
        return Leave.SICK
    if day < today and draw < 0.038:
        return Leave.PERSONAL
    return None


def _exceptions(
    session: Session,
    team: list[Agent],
    plan: dict[tuple[int, date], RotaDuty],
    codes: dict[str, ShiftTemplate],
    this_week: Week,
    today: date,
) -> int:
    """A double shift overridden with a reason, and a published change with a short rest."""
    first = team[0]
    mornings = [d for d in this_week.shift(-2).days if _code(plan, codes, first.id, d) == "M"]
    added = 0
    if mornings:
        day = mornings[0]
        evening = RotaDuty(agent_id=first.id, day=day, shift_id=codes["E"].id,
                           channel=plan[(first.id, day)].channel)  # fmt: skip
        session.add(evening)
        session.add(
            RotaOverride(
                agent_id=first.id,
                day=day,
                breach="long_day",
                reason="大促前咨询高峰，本人同意加班，另补休一天",
                decided_at=datetime.combine(day - timedelta(days=1), time(18)),
                decided_by=SUPERVISOR,
            )
        )
        added = 1
    days = this_week.days
    for agent in team[1:]:
        for yesterday, day in pairwise(days):
            if _code(plan, codes, agent.id, yesterday) == _code(plan, codes, agent.id, day) == "E":
                plan[(agent.id, day)].shift_id = codes["M"].id
                session.add(
                    RotaChange(
                        week=str(this_week),
                        agent_id=agent.id,
                        day=day,
                        before=codes["E"].code,  # as the shop codes them (晚, 早)
                        after=codes["M"].code,
                        changed_at=datetime.combine(min(day, today) - timedelta(days=1), time(20)),
                        changed_by=SUPERVISOR,
                    )
                )
                return added
    return added


def _code(plan, codes: dict[str, ShiftTemplate], agent_id: int, day: date) -> str:
    row = plan.get((agent_id, day))
    if row is None:
        return ""
    return next(code for code, t in codes.items() if t.id == row.shift_id)


def _forecast(session: Session, duty_channels: list[str]) -> None:
    """Contacts scaled to the rota, so that only the peaks run short."""
    weeks = WEEKS_BACK + 2
    chat = duty_channels.count("chat") / weeks / 7  # agents on duty on an average day
    phone = duty_channels.count("phone") / weeks / 7
    for weekday, weight in enumerate(WEEKDAY_WEIGHT):
        for hour, shape in enumerate(CHAT_SHAPE):
            session.add(
                StaffingForecast(
                    weekday=weekday,
                    hour=hour,
                    channel="chat",
                    contacts=round(shape * weight * chat * CHAT_SCALE, 1),
                )
            )
            if phone and 9 <= hour < 21:
                session.add(
                    StaffingForecast(
                        weekday=weekday,
                        hour=hour,
                        channel="phone",
                        contacts=round(shape * weight * phone * PHONE_SCALE, 1),
                    )
                )


def _events(session: Session, today: date) -> None:
    for year in (today.year - 1, today.year):
        for name, first, last, multiplier in (
            ("618", date(year, 6, 16), date(year, 6, 18), 2.0),
            ("双11", date(year, 11, 10), date(year, 11, 12), 3.0),
            ("双12", date(year, 12, 12), date(year, 12, 12), 1.8),
        ):
            session.add(
                StaffingEvent(name=name, first_day=first, last_day=last, multiplier=multiplier)
            )
