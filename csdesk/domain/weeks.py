"""ISO weeks: the rota is planned a week at a time, Monday to Sunday ("2026-W48")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_WEEK = re.compile(r"^\s*(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class Week:
    """An ISO week, e.g. ``Week(2026, 48)``; parse ``"2026-W48"`` with ``Week.parse``."""

    year: int
    week: int

    def __post_init__(self) -> None:
        last = date(self.year, 12, 28).isocalendar().week  # the 28th is always in the last
        if not 1 <= self.week <= last:
            raise ValueError(f"week out of range: {self.year}-W{self.week}")

    @classmethod
    def parse(cls, text: str) -> Week:
        """Parse ``2026-W48`` (also ``2026W48``, ``2026-w8``).

        Raises:
            ValueError: the text is not a week of that year.
        """
        m = _WEEK.match(text)
        if not m:
            raise ValueError(text)
        return cls(int(m[1]), int(m[2]))

    @classmethod
    def of(cls, day: date) -> Week:
        """The week that contains ``day``."""
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @property
    def monday(self) -> date:
        """The week's first day."""
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def days(self) -> list[date]:
        """Monday to Sunday."""
        return [self.monday + timedelta(days=i) for i in range(7)]

    def shift(self, weeks: int) -> Week:
        """The week ``weeks`` later (earlier when negative)."""
        return Week.of(self.monday + timedelta(weeks=weeks))

    def __str__(self) -> str:
        return f"{self.year:04d}-W{self.week:02d}"
