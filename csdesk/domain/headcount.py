"""Headcount and turnover from agents' hire and leaving dates.

Turnover is leavers over the average headcount: for a month the mean of the headcount
before its first day and at its end, for a year the mean of its twelve months.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from csdesk.domain.months import Month


@dataclass(frozen=True)
class Tenure:
    """The dates that decide whether an agent counts in a headcount."""

    hire_date: date
    left_date: date | None


def on_payroll(tenure: Tenure, day: date) -> bool:
    """True when the agent is employed at the end of ``day``.

    The leaving date is the last working day, so a leaver no longer counts at its end.
    """
    return tenure.hire_date <= day and (tenure.left_date is None or tenure.left_date > day)


def headcount(tenures: Iterable[Tenure], day: date) -> int:
    """Count the agents employed at the end of ``day``."""
    return sum(on_payroll(t, day) for t in tenures)


@dataclass(frozen=True)
class Turnover:
    """Headcount and turnover of one period."""

    start_headcount: int
    end_headcount: int
    average_headcount: float
    hires: int
    leavers: int

    @property
    def rate(self) -> float | None:
        """Leavers ÷ average headcount, as a fraction; None when nobody was employed."""
        if self.average_headcount == 0:
            return None
        return self.leavers / self.average_headcount


def month_turnover(tenures: Iterable[Tenure], month: Month) -> Turnover:
    """Turnover of one month: average headcount is the mean of its start and end."""
    people = list(tenures)
    start = headcount(people, month.first_day.fromordinal(month.first_day.toordinal() - 1))
    end = headcount(people, month.last_day)
    hires = sum(month.first_day <= t.hire_date <= month.last_day for t in people)
    leavers = sum(
        t.left_date is not None and month.first_day <= t.left_date <= month.last_day for t in people
    )
    return Turnover(start, end, (start + end) / 2, hires, leavers)


def year_turnover(tenures: Iterable[Tenure], year: int) -> Turnover:
    """Turnover of a calendar year: average headcount is the mean of the monthly averages."""
    return trailing_turnover(tenures, Month(year, 12))


def trailing_turnover(tenures: Iterable[Tenure], last: Month) -> Turnover:
    """Turnover of the twelve months ending with ``last``, figured as a calendar year's.

    A yearly turnover goal is checked month by month against this: one month's leavers
    over one month's headcount is a twelfth of the scale.
    """
    people = list(tenures)
    months = [month_turnover(people, last.shift(m - 11)) for m in range(12)]
    return Turnover(
        start_headcount=months[0].start_headcount,
        end_headcount=months[-1].end_headcount,
        average_headcount=sum(m.average_headcount for m in months) / 12,
        hires=sum(m.hires for m in months),
        leavers=sum(m.leavers for m in months),
    )
