"""Headcount and turnover of the team, from the agents' hire and leaving dates.

Turnover is leavers divided by average headcount (the plans' target: -30 % a year);
the arithmetic lives in ``csdesk.domain.staff``, this module only reads the dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from csdesk.data.staff import Agent, PostChange
from csdesk.domain.headcount import (
    Tenure,
    Turnover,
    headcount,
    month_turnover,
    trailing_turnover,
    year_turnover,
)
from csdesk.domain.months import Month
from csdesk.services.database import Database


@dataclass(frozen=True)
class TeamFigures:
    """Headcount and turnover for a month and its calendar year."""

    month: Month
    month_turnover: Turnover
    year_turnover: Turnover


def _tenures(db: Database) -> list[Tenure]:
    with db.read() as session:
        rows = session.execute(select(Agent.hire_date, Agent.left_date)).all()
    return [Tenure(h, left) for h, left in rows]


def team_figures(db: Database, month: Month) -> TeamFigures:
    """Return headcount and turnover for ``month`` and for its year."""
    tenures = _tenures(db)
    return TeamFigures(month, month_turnover(tenures, month), year_turnover(tenures, month.year))


def twelve_months_turnover(db: Database, last: Month) -> Turnover:
    """Turnover of the twelve months ending with ``last`` (a yearly goal's monthly check)."""
    return trailing_turnover(_tenures(db), last)


def rotations(db: Database, first: date, last: date) -> int:
    """Job rotations (an agent moved to another post) from ``first`` to ``last``."""
    with db.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(PostChange)
                .where(PostChange.changed_on >= first, PostChange.changed_on <= last)
            )
            or 0
        )


def headcount_on(db: Database, day: date) -> int:
    """Return the number of agents employed at the end of ``day``."""
    return headcount(_tenures(db), day)


def monthly_trend(db: Database, last: Month, count: int = 12) -> list[Turnover]:
    """Return the turnover figures of the ``count`` months that end with ``last``."""
    tenures = _tenures(db)
    return [month_turnover(tenures, last.shift(i - count + 1)) for i in range(count)]
