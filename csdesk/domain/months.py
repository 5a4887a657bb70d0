"""Month arithmetic: supervisors plan, appraise and report by calendar month."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month, e.g. ``Month(2026, 3)``; parse ``"2026-03"`` with ``Month.parse``."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")

    @classmethod
    def parse(cls, text: str) -> Month:
        """Parse ``2026-03``, ``2026/3`` or ``2026年3月``.

        Raises:
            ValueError: the text is not a month.
        """
        m = _MONTH.match(text)
        if not m:
            raise ValueError(text)
        return cls(int(m[1]), int(m[2]))

    @classmethod
    def of(cls, day: date) -> Month:
        """Return the month that contains ``day``."""
        return cls(day.year, day.month)

    @property
    def first_day(self) -> date:
        """The first day of the month."""
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        """The last day of the month."""
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def moments(self) -> tuple[datetime, datetime]:
        """The month as [start, end) moments, for ranges over date-time columns."""
        start = datetime(self.year, self.month, 1)
        following = self.shift(1)
        return start, datetime(following.year, following.month, 1)

    def shift(self, months: int) -> Month:
        """Return the month ``months`` later (earlier when negative)."""
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def months_between(first: Month, last: Month) -> list[Month]:
    """Return every month from ``first`` to ``last`` inclusive (empty if reversed)."""
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    return [first.shift(i) for i in range(max(count, 0))]


def last_whole_months(today: date, count: int) -> list[Month]:
    """Return the ``count`` whole months that end with the month before ``today``'s."""
    last = Month.of(today).shift(-1)
    return months_between(last.shift(-(count - 1)), last)
