"""When the shop works: opening hours per weekday, public holidays and make-up working days.

The complaint clocks count only working time; a calendar answers which spans of a day are
working time, so that a due time skips nights, weekends and holidays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True, order=True)
class WorkingHours:
    """One day's working hours as minutes from midnight; ``end`` may be 1440 (24:00)."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end <= MINUTES_PER_DAY:
            raise ValueError(f"working hours {self.start}-{self.end} are not a span of a day")

    @property
    def minutes(self) -> int:
        """Length of the working day in minutes."""
        return self.end - self.start

    def on(self, day: date) -> tuple[datetime, datetime]:
        """The working span of ``day`` as two datetimes."""
        midnight = datetime.combine(day, time())
        return midnight + timedelta(minutes=self.start), midnight + timedelta(minutes=self.end)


@dataclass(frozen=True)
class WorkCalendar:
    """When the shop works: hours per weekday (Monday first), holidays, make-up days.

    A holiday has no hours whatever its weekday; a make-up working day (调休上班) works
    the hours of the shop's usual working weekday even when it falls on a weekend.
    """

    week: tuple[WorkingHours | None, ...]
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if len(self.week) != 7:
            raise ValueError("a week has seven days")

    @property
    def usual_hours(self) -> WorkingHours | None:
        """The hours of the first working day Monday to Friday (else of the week)."""
        for hours in (*self.week[:5], *self.week[5:]):
            if hours is not None:
                return hours
        return None

    def hours_on(self, day: date) -> WorkingHours | None:
        """The working hours of ``day``, or None when the shop is closed."""
        if day in self.holidays:
            return None
        if day in self.workdays:
            return self.week[day.weekday()] or self.usual_hours
        return self.week[day.weekday()]

    @property
    def has_hours(self) -> bool:
        """Whether any day of the week (or a make-up day) works at all."""
        return self.usual_hours is not None


#: Around the clock, every day: what a clock counts when no calendar is kept.
ALWAYS_OPEN = WorkCalendar(week=(WorkingHours(0, MINUTES_PER_DAY),) * 7)


def office_hours(start: int = 9 * 60, end: int = 18 * 60, days: int = 5) -> WorkCalendar:
    """A calendar working ``start``-``end`` on the first ``days`` weekdays (tests, defaults)."""
    hours = WorkingHours(start, end)
    return WorkCalendar(week=tuple(hours if i < days else None for i in range(7)))
