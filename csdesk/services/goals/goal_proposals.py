"""Goals proposed for a year: the plans' three when a year starts, or next year's from this.

The plans csdesk follows set three team goals a year: satisfaction up 15 %, complaint
rate down 20 %, turnover down 30 %, each from last year's figure. A year that had goals
proposes the next: a goal met is proposed again as the same step from where the team
now stands; a goal missed keeps its target, now measured from this year's actual.
Nothing is stored until the supervisor adopts a proposal (``set_goal``).
"""

from __future__ import annotations

from dataclasses import dataclass

from csdesk.common.i18n import translate
from csdesk.domain.goals import capped, reached, target_of
from csdesk.services.database import Database
from csdesk.services.goals.goal_records import goal_kpis, is_rate, year_goals
from csdesk.services.performance.team_kpis import year_team_kpis

#: The plans' goals: (KPI, change from last year's figure).
PLAN_GOALS = (("satisfaction_rate", "+15%"), ("complaint_rate", "-20%"), ("turnover_rate", "-30%"))


@dataclass(frozen=True)
class Proposal:
    """A goal offered for a year, with why; baseline None: no figure to start from."""

    kpi: str
    baseline: float | None
    target: float | None
    reason: str


def plan_goals(db: Database, year: int) -> list[Proposal]:
    """The plans' three goals for ``year``, from the year before's team figures."""
    last = year_team_kpis(db, year - 1)
    out = []
    for kpi, change in PLAN_GOALS:
        baseline = last.get(kpi)
        target = None if baseline is None else capped(target_of(baseline, change), is_rate(kpi))
        reason = (
            translate("Goals", "The plans' goal: {change} on {year}.")
            if baseline is not None
            else translate("Goals", "The plans' goal: {change}; csdesk has no figure for {year}.")
        ).format(change=change, year=year - 1)
        out.append(Proposal(kpi, baseline, target, reason))
    return out


def proposals_for(db: Database, year: int) -> list[Proposal]:
    """Goals proposed for ``year``: from the year before's goals and actual figures.

    When the year before had no goals, the plans' goals.
    """
    before = year - 1
    goals = year_goals(db, before)
    if not goals:
        return plan_goals(db, year)
    actual_year = year_team_kpis(db, before)
    directions = goal_kpis()
    out = []
    for goal in goals:
        actual = actual_year.get(goal.kpi)
        if actual is None:
            reason = translate("Goals", "No figure for {year}: type the baseline.")
            out.append(Proposal(goal.kpi, None, goal.target, reason.format(year=before)))
            continue
        if reached(directions[goal.kpi], actual, goal.target):
            step = goal.target / goal.baseline - 1 if goal.baseline else 0.0
            target = capped(actual * (1 + step), is_rate(goal.kpi))
            if not reached(directions[goal.kpi], target, actual):
                target = actual
            reason = translate("Goals", "Met in {year}: the same step again from its actual.")
        else:
            target = goal.target
            reason = translate("Goals", "Missed in {year}: the same target again.")
        out.append(Proposal(goal.kpi, actual, target, reason.format(year=before)))
    return out
