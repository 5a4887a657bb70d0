"""Whether a month grades an agent, and on how much of the scorecard.

A grade pays a bonus and ranks an agent against the team, so it is given only when the
month can bear it: the month is over, the agent was on duty (not still onboarding; an
onboarding agent who has not passed the before-duty training is "not cleared"), and KPIs
carrying enough of the scorecard's weight have data. Otherwise the figures may be shown,
but there is no grade, bonus, rank or Service Star. An active agent has passed the duty
gate (csdesk refuses onboarding -> active without the courses or a recorded override).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from csdesk.domain.scoring import CardScore


class Standing(StrEnum):
    """An appraisal's standing: graded, or why not."""

    GRADED = "graded"
    IN_PROGRESS = "in_progress"  # the month is still running
    ONBOARDING = "onboarding"  # still onboarding, before-duty training passed
    NOT_CLEARED = "not_cleared"  # still onboarding, before-duty training not passed
    NOT_ENOUGH_DATA = "not_enough_data"  # too little of the scorecard has data


#: KPIs that grow with the days worked: a mid-month hire's are counted pro rata.
VOLUME_KPIS = ("sales_amount", "praise_count")


def coverage(score: CardScore) -> float:
    """The share (0-1) of the scorecard's weight carried by lines with data."""
    total = sum(line.weight for line in score.lines)
    if total <= 0:
        return 0.0
    return sum(line.weight for line in score.lines if line.value is not None) / total


def standing(
    *, running: bool, onboarding: bool, cleared: bool, covered: float, needed: float
) -> Standing:
    """The standing of one agent's month; the first reason not to grade wins."""
    if running:
        return Standing.IN_PROGRESS
    if onboarding:
        return Standing.ONBOARDING if cleared else Standing.NOT_CLEARED
    if covered < needed:
        return Standing.NOT_ENOUGH_DATA
    return Standing.GRADED


def employed_days(hired: date, first: date, last: date) -> tuple[int, int] | None:
    """(days employed, days in the month) for an agent hired after ``first``, else None."""
    if hired <= first or hired > last:
        return None
    return (last - hired).days + 1, (last - first).days + 1


def pro_rata(
    values: dict[str, float | None], days: tuple[int, int] | None
) -> dict[str, float | None]:
    """``values`` with the volume KPIs scaled up to a whole month's days.

    A new hire's sales of 19 days are compared with a month's target as 30/19 of
    themselves; rates and scores need no scaling.
    """
    if days is None:
        return values
    worked, month = days
    return {
        key: (value * month / worked if key in VOLUME_KPIS and value is not None else value)
        for key, value in values.items()
    }
