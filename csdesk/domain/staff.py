"""Rules of the staff directory: posts, levels, statuses, and turnover arithmetic.

Values are stable English keys (stored in the database and written in exports); the
words a user sees come from the ui's label tables and the importers' synonym tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from csdesk.domain.months import Month


class Post(StrEnum):
    """The four posts of the plans."""

    PRE_SALES = "pre_sales"
    AFTER_SALES = "after_sales"
    COMPLAINTS = "complaints"
    TECH_SUPPORT = "tech_support"


class Level(StrEnum):
    """Career level of an agent."""

    JUNIOR = "junior"
    INTERMEDIATE = "intermediate"
    SENIOR = "senior"


class Status(StrEnum):
    """Where an agent stands; ``LEFT`` agents are archived with their history."""

    ONBOARDING = "onboarding"
    ACTIVE = "active"
    ON_LEAVE = "on_leave"
    LEFT = "left"


class Channel(StrEnum):
    """Contact channels an agent serves."""

    CHAT = "chat"
    PHONE = "phone"
    EMAIL = "email"
    SOCIAL = "social"
    VIDEO = "video"


def join_channels(channels: Iterable[Channel | str]) -> str:
    """Store channels as a comma-separated list in a fixed order."""
    chosen = {Channel(c) for c in channels}
    return ",".join(c.value for c in Channel if c in chosen)


def split_channels(text: str) -> tuple[Channel, ...]:
    """Read channels back from their stored form."""
    return tuple(Channel(part) for part in text.split(",") if part)


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
    people = list(tenures)
    months = [month_turnover(people, Month(year, m)) for m in range(1, 13)]
    return Turnover(
        start_headcount=months[0].start_headcount,
        end_headcount=months[-1].end_headcount,
        average_headcount=sum(m.average_headcount for m in months) / 12,
        hires=sum(m.hires for m in months),
        leavers=sum(m.leavers for m in months),
    )


def post_on(day: date, current: str, changes: Iterable[tuple[date, str, str]]) -> str:
    """The post an agent held on ``day``, given today's post and the rotations since.

    ``changes`` are (changed on, from post, to post). The first rotation after ``day``
    says what the agent was doing then; with none, the current post is the answer.
    """
    later = sorted((c for c in changes if c[0] > day), key=lambda c: c[0])
    return later[0][1] if later else current
