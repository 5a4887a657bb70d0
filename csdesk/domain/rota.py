"""The rota's rules: shifts, and what a week's duties may not do to an agent.

A shift is a template (code, start, end, unpaid break); it may cross midnight (22:00 to
06:00 ends the next morning) and belongs to the day it starts. A duty is one agent on
one shift on one day. The checks, run on every change of the grid:

- double booking: two duties of an agent that overlap in time;
- rest: at least ``min_rest_hours`` (11 h) from the end of one day's duty to the next
  day's start (two shifts of one day are a split shift, judged by the day's hours);
- hours: at most ``max_day_hours`` (10 h) a day and ``max_week_hours`` (44 h) in an ISO
  week, worked hours being the shift less its break;
- days in a row: at most ``max_days_in_row`` (6) consecutive days with a duty;
- the agent is on leave that day, is not employed that day (before hiring, after the
  last working day), or is not cleared for duty by training.

Rest and days in a row look across week borders, so the caller passes the duties of
the days before and after the week and asks for findings on the week's days only.
Whether a finding was overridden (with a reason) is the services' business.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

DAY_MINUTES = 24 * 60


class Leave(StrEnum):
    """Why an agent is away for a day."""

    ANNUAL = "annual"
    SICK = "sick"
    PERSONAL = "personal"
    OTHER = "other"


#: Leave that was not planned: it counts against attendance (annual leave does not).
UNPLANNED = frozenset({Leave.SICK, Leave.PERSONAL, Leave.OTHER})


@dataclass(frozen=True)
class Shift:
    """A shift template.

    Times are minutes after midnight; an end at or before the start is on the next day.
    """

    code: str
    start: int
    end: int
    break_minutes: int = 0

    @property
    def span_minutes(self) -> int:
        """From start to end, across midnight when it crosses it (a full day at most)."""
        return (self.end - self.start) % DAY_MINUTES or DAY_MINUTES

    @property
    def hours(self) -> float:
        """Hours worked: the span less the break."""
        return max(self.span_minutes - self.break_minutes, 0) / 60

    @property
    def crosses_midnight(self) -> bool:
        """Whether the shift ends on the next day."""
        return self.start + self.span_minutes > DAY_MINUTES

    def times(self, day: date) -> tuple[datetime, datetime]:
        """When the shift worked on ``day`` starts and ends."""
        start = datetime.combine(day, time()) + timedelta(minutes=self.start)
        return start, start + timedelta(minutes=self.span_minutes)


#: The shifts a new shop starts with: morning, middle, evening, night (crosses midnight).
DEFAULT_SHIFTS = (
    Shift("M", 8 * 60, 16 * 60, 60),
    Shift("D", 12 * 60, 20 * 60, 60),
    Shift("E", 16 * 60, 0, 60),
    Shift("N", 22 * 60, 6 * 60, 60),
)


@dataclass(frozen=True)
class Duty:
    """One agent on one shift on one day (the day the shift starts)."""

    agent_id: int
    day: date
    shift: Shift

    @property
    def start(self) -> datetime:
        """When the duty starts."""
        return self.shift.times(self.day)[0]

    @property
    def end(self) -> datetime:
        """When the duty ends (the next day for a night shift)."""
        return self.shift.times(self.day)[1]


@dataclass(frozen=True)
class RotaRules:
    """The limits the checks apply; a shop may change them."""

    min_rest_hours: float = 11.0
    max_day_hours: float = 10.0
    max_week_hours: float = 44.0
    max_days_in_row: int = 6


class Breach(StrEnum):
    """A rule a duty breaks."""

    DOUBLE_BOOKED = "double_booked"
    SHORT_REST = "short_rest"
    LONG_DAY = "long_day"
    LONG_WEEK = "long_week"
    DAYS_IN_ROW = "days_in_row"
    ON_LEAVE = "on_leave"
    NOT_EMPLOYED = "not_employed"
    NOT_CLEARED = "not_cleared"


@dataclass(frozen=True)
class Finding:
    """A breach on an agent's day, with the figure that breaks the rule.

    ``value``: hours of overlap, rest, the day's or the week's hours, days in a row;
    None for leave, employment and training.
    """

    agent_id: int
    day: date
    breach: Breach
    value: float | None = None


@dataclass(frozen=True)
class Employment:
    """The days an agent may be on the rota: hired on, last working day (None: still here)."""

    hired: date
    last_day: date | None = None

    def covers(self, day: date) -> bool:
        """Whether the agent is employed on ``day``."""
        return self.hired <= day and (self.last_day is None or day <= self.last_day)


def check_rota(
    duties: Iterable[Duty],
    days: Sequence[date],
    rules: RotaRules = RotaRules(),
    leave: Mapping[tuple[int, date], Leave] | None = None,
    employment: Mapping[int, Employment] | None = None,
    not_cleared: frozenset[tuple[int, date]] | set[tuple[int, date]] = frozenset(),
) -> list[Finding]:
    """Every breach on ``days`` (the duties may reach beyond them, for rest and streaks).

    Findings come sorted by agent, day and rule.
    """
    leave = leave or {}
    employment = employment or {}
    shown = set(days)
    by_agent: dict[int, list[Duty]] = defaultdict(list)
    for duty in duties:
        by_agent[duty.agent_id].append(duty)
    found: set[Finding] = set()
    for agent_id, own in by_agent.items():
        own.sort(key=lambda d: (d.start, d.end))
        found.update(_overlaps_and_rest(own, rules))
        found.update(_hours(own, rules))
        found.update(_streaks(own, rules))
        for duty in own:
            key = (agent_id, duty.day)
            if key in leave:
                found.add(Finding(agent_id, duty.day, Breach.ON_LEAVE))
            job = employment.get(agent_id)
            if job is not None and not job.covers(duty.day):
                found.add(Finding(agent_id, duty.day, Breach.NOT_EMPLOYED))
            if key in not_cleared:
                found.add(Finding(agent_id, duty.day, Breach.NOT_CLEARED))
    order = list(Breach)
    return sorted(
        (f for f in found if f.day in shown),
        key=lambda f: (f.agent_id, f.day, order.index(f.breach)),
    )


def _hours_between(a: datetime, b: datetime) -> float:
    return (b - a).total_seconds() / 3600


def _overlaps_and_rest(own: list[Duty], rules: RotaRules) -> list[Finding]:
    found = []
    latest: Duty | None = None
    for duty in own:
        if latest is not None:
            if duty.start < latest.end:
                overlap = _hours_between(duty.start, min(latest.end, duty.end))
                found.append(Finding(duty.agent_id, duty.day, Breach.DOUBLE_BOOKED, overlap))
            elif duty.day != latest.day:  # two shifts of one day are a split shift
                rest = _hours_between(latest.end, duty.start)
                if rest < rules.min_rest_hours:
                    found.append(Finding(duty.agent_id, duty.day, Breach.SHORT_REST, rest))
        if latest is None or duty.end > latest.end:
            latest = duty
    return found


def _hours(own: list[Duty], rules: RotaRules) -> list[Finding]:
    found = []
    per_day: dict[date, float] = defaultdict(float)
    for duty in own:
        per_day[duty.day] += duty.shift.hours
    for day, hours in per_day.items():
        if hours > rules.max_day_hours + 1e-9:
            found.append(Finding(own[0].agent_id, day, Breach.LONG_DAY, hours))
    week_hours: dict[tuple[int, int], float] = defaultdict(float)
    for day in sorted(per_day):
        iso = day.isocalendar()
        week = (iso.year, iso.week)
        week_hours[week] += per_day[day]
        # Named on the day that takes the week over the limit, and the days after it.
        if week_hours[week] > rules.max_week_hours + 1e-9:
            found.append(Finding(own[0].agent_id, day, Breach.LONG_WEEK, week_hours[week]))
    return found


def _streaks(own: list[Duty], rules: RotaRules) -> list[Finding]:
    found = []
    worked = sorted({d.day for d in own})
    run = 0
    previous: date | None = None
    for day in worked:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        if run > rules.max_days_in_row:
            found.append(Finding(own[0].agent_id, day, Breach.DAYS_IN_ROW, float(run)))
        previous = day
    return found


def worked_hours(duties: Iterable[Duty], days: Iterable[date]) -> dict[int, float]:
    """Hours each agent works on ``days`` (a shift counts on the day it starts)."""
    wanted = set(days)
    hours: dict[int, float] = defaultdict(float)
    for duty in duties:
        if duty.day in wanted:
            hours[duty.agent_id] += duty.shift.hours
    return dict(hours)


def attendance_rate(duty_days: int, absent_days: int) -> float | None:
    """Attendance in percent: days worked of the days the agent was due to work.

    ``absent_days`` are days of unplanned leave (sick, personal, other); annual leave and
    days off are not due. None when the agent was due on no day.
    """
    due = duty_days + absent_days
    return None if due == 0 else 100.0 * duty_days / due


def on_duty_by_hour(duties: Iterable[Duty], day: date) -> list[list[Duty]]:
    """For each hour of ``day`` (0-23), the duties on at half past that hour.

    Half past, because a shift starting or ending on the hour would otherwise count in
    an hour it only touches; breaks are left to shrinkage.
    """
    hours: list[list[Duty]] = [[] for _ in range(24)]
    for duty in duties:
        start, end = duty.start, duty.end
        for hour in range(24):
            moment = datetime.combine(day, time(hour, 30))
            if start <= moment < end:
                hours[hour].append(duty)
    return hours


def parse_day(
    text: str, codes: Iterable[str], leave_words: Mapping[str, Leave]
) -> tuple[tuple[str, ...], Leave | None]:
    """Read a typed rota cell: shift codes and at most one leave, joined by + , / or spaces.

    Shift codes match without regard to case; ``leave_words`` maps every word or mark a
    leave may be typed as (in any case) to its kind. A word that is neither stays among
    the codes, so whoever stores the day can refuse it by name. Returns (codes, leave);
    nothing typed is a day off. Raises:
        ValueError: two different kinds of leave on one day.
    """
    known = {c.casefold(): c for c in codes}
    words = {w.casefold(): kind for w, kind in leave_words.items()}
    found: list[str] = []
    leave: Leave | None = None
    for token in re.split(r"[+,，/、\s]+", text.strip()):
        if not token:
            continue
        key = token.casefold()
        if key in known:
            found.append(known[key])
        elif key in words:
            if leave is not None and leave != words[key]:
                raise ValueError("two kinds of leave")
            leave = words[key]
        else:
            found.append(token)
    return tuple(found), leave
