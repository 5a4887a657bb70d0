"""Rules of training: passing, expiry, where each agent stands, and the duty gate.

Pure functions over plain values, so that the matrix, the reminders, the duty gate and
later the rota and the scorecards all judge an agent the same way.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

#: Days before an expiry that an item counts as "expiring"; the shop may change it.
DEFAULT_WARN_DAYS = 30


class Category(StrEnum):
    """Kinds of course in the plans."""

    BASIC = "basic"
    ADVANCED = "advanced"
    DRILL = "drill"
    REFRESHER = "refresher"
    ASSESSMENT = "assessment"
    CERTIFICATE = "certificate"


class Format(StrEnum):
    """How a session is held."""

    ONLINE = "online"
    ON_SITE = "on_site"
    ROLE_PLAY = "role_play"
    RECORDING_REVIEW = "recording_review"


class Attendance(StrEnum):
    """Whether an invited agent came. A session not yet held has none recorded."""

    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class Standing(StrEnum):
    """Where an agent stands on a course they need, on a given day."""

    CURRENT = "current"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    NOT_TRAINED = "not_trained"


#: Worst first: a sort key and the order reminders list things in.
SEVERITY = {
    Standing.NOT_TRAINED: 0,
    Standing.EXPIRED: 1,
    Standing.EXPIRING: 2,
    Standing.CURRENT: 3,
}


def passed(attendance: str | None, score: float | None, pass_mark: float | None) -> bool | None:
    """Whether an attendee passed: None while the session's result is not recorded.

    An attendance-only course (no pass mark) is passed by being present; a scored course
    needs presence and a score at or above the mark.
    """
    if attendance is None:
        return None
    if attendance != Attendance.PRESENT:
        return False
    if pass_mark is None:
        return True
    if score is None:
        return None
    return score >= pass_mark


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months; the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expiry(completed_on: date, validity_months: int | None) -> date | None:
    """The last day a completion is valid (None: it never expires).

    A refresher passed on 15 March with 12 months' validity is valid up to and
    including 14 March of the next year.
    """
    if validity_months is None:
        return None
    return date.fromordinal(add_months(completed_on, validity_months).toordinal() - 1)


@dataclass(frozen=True)
class Completion:
    """One way an agent met a course: a passed session, or an external certificate."""

    completed_on: date
    valid_until: date | None  # None: never expires


@dataclass(frozen=True)
class CourseStanding:
    """An agent's standing on one course on one day, with the dates behind it."""

    standing: Standing
    completed_on: date | None = None
    valid_until: date | None = None

    @property
    def cleared(self) -> bool:
        """True when the agent holds a valid completion (current or expiring)."""
        return self.standing in (Standing.CURRENT, Standing.EXPIRING)


def standing(
    completions: Iterable[Completion], today: date, warn_days: int = DEFAULT_WARN_DAYS
) -> CourseStanding:
    """Judge an agent's completions of a course on ``today``.

    Completions dated after ``today`` do not count yet. The completion valid longest
    decides (a never-expiring one beats any other); among equals, the latest.
    """
    held = [c for c in completions if c.completed_on <= today]
    if not held:
        return CourseStanding(Standing.NOT_TRAINED)
    best = max(held, key=lambda c: (c.valid_until or date.max, c.completed_on))
    if best.valid_until is None:
        return CourseStanding(Standing.CURRENT, best.completed_on, None)
    if best.valid_until < today:
        state = Standing.EXPIRED
    elif (best.valid_until - today).days <= warn_days:
        state = Standing.EXPIRING
    else:
        state = Standing.CURRENT
    return CourseStanding(state, best.completed_on, best.valid_until)


def completion_rate(standings: Iterable[CourseStanding]) -> float | None:
    """The share of required courses an agent is cleared on (None: nothing required)."""
    items = list(standings)
    if not items:
        return None
    return sum(s.cleared for s in items) / len(items)
