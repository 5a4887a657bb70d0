"""Today's rota card: who works today and when, who is off, breaches and short hours.

The supervisor's first question each morning is whether the day is covered: the day's
shifts with their agents, those on leave, the week's rule breaches not overridden, the
hours the coverage calculation finds short, and from Thursday whether next week's rota
is published yet.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from csdesk.common.labels import channel_labels
from csdesk.common.rota_labels import breach_labels
from csdesk.data.rota import RotaWeek
from csdesk.domain.rota import Shift
from csdesk.domain.weeks import Week
from csdesk.services.database import Database
from csdesk.services.rota.week_coverage import day_coverage
from csdesk.services.rota.week_plan import week_rota
from csdesk.services.today.cards import MOST_URGENT, Card, Item

#: From this weekday (Thursday) on, next week's rota should be published.
PUBLISH_BY = 3


def rota_card(db: Database, day: date, now: datetime | None = None) -> Card:
    """Who is on and off today, the week's breaches, short hours, next week unpublished.

    ``on_shift`` lists the day's shifts in start order, each with its agents;
    ``on_now`` counts those whose shift holds ``now``. Short hours are the day's hours per
    channel with fewer agents rostered than the coverage calculation asks for (forecast,
    staffing settings, Erlang C).
    """
    week = week_rota(db, Week.of(day))
    names = {a.id: a.name for a in week.agents}
    by_code: dict[str, list[str]] = {}
    for agent in week.agents:
        for code in week.plan(agent.id, day).codes:
            by_code.setdefault(code, []).append(names[agent.id])
    shifts = sorted((s for s in week.shifts if s.code in by_code), key=lambda s: s.shift.start)
    minute = now.hour * 60 + now.minute if now and now.date() == day else None
    working = {name for s in shifts if minute is not None and _holds(s.shift, minute)
               for name in by_code[s.code]}  # fmt: skip
    on_shift = {name for names_on in by_code.values() for name in names_on}
    on_leave = [names[a.id] for a in week.agents if week.plan(a.id, day).leave is not None]
    breaches = [f for f in week.findings if f.open]
    breach_words = breach_labels()
    items = [
        Item("on_shift", len(on_shift), tuple(
            f"{s.code} {_clock(s.shift.start)}–{_clock(s.shift.end)}: {'、'.join(by_code[s.code])}"
            for s in shifts)),
        Item("on_now", len(working), tuple(sorted(working))[:MOST_URGENT]),
        Item("on_leave", len(on_leave), tuple(on_leave[:MOST_URGENT])),
        Item("breaches", len(breaches),
             tuple(f"{names.get(f.finding.agent_id, '')} {f.finding.day} "
                   f"{breach_words.get(f.finding.breach, f.finding.breach)}"
                   for f in breaches[:MOST_URGENT])),
    ]  # fmt: skip
    short = day_coverage(db, day).shortfalls()
    by_channel: dict[str, list[int]] = {}
    for channel, hour in short:
        by_channel.setdefault(channel, []).append(hour.hour)
    names_of = channel_labels()
    items.append(Item("short_hours", len(short), tuple(
        f"{names_of.get(channel, channel)} {hour_ranges(hours)}"
        for channel, hours in by_channel.items()
    )))  # fmt: skip
    if day.weekday() >= PUBLISH_BY:
        following = str(Week.of(day + timedelta(days=7)))
        with db.read() as session:  # only whether it was published: one row, not the week
            published = session.get(RotaWeek, following) is not None
        items.append(Item("next_week_draft", 0 if published else 1, (following,)))
    return Card("rota", tuple(items))


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _holds(shift: Shift, minute: int) -> bool:
    """Whether ``shift`` (of today) is on at ``minute`` after midnight."""
    return shift.start <= minute < shift.start + shift.span_minutes


def hour_ranges(hours: list[int]) -> str:
    """Hours of a day as ranges: [9, 10, 11, 20] -> "09:00–12:00, 20:00–21:00"."""
    ranges: list[list[int]] = []
    for hour in sorted(hours):
        if ranges and ranges[-1][1] == hour:
            ranges[-1][1] = hour + 1
        else:
            ranges.append([hour, hour + 1])
    return ", ".join(f"{a:02d}:00–{b:02d}:00" for a, b in ranges)
