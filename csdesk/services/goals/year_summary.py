"""The team's year for the year-end summary: every figure gathered, nothing worded.

Contacts per channel and month, the month-by-month team figures, complaints over the
year (received, valid, by category, promised times kept), team changes against the
turnover goal, training hours and cost against the year's budget, each goal met or
missed, the goals proposed for next year, and the year's suggestions. ``year_report``
words and prints it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from csdesk.domain.channels import KINDS
from csdesk.domain.complaints import Clock
from csdesk.domain.goals import reached
from csdesk.domain.headcount import Turnover
from csdesk.domain.months import Month
from csdesk.services.complaints.complaint_review import monthly_review
from csdesk.services.database import Database
from csdesk.services.goals.goal_proposals import Proposal, proposals_for
from csdesk.services.goals.goal_records import GoalRecord, goal_kpis, year_goals
from csdesk.services.performance.team_kpis import team_kpis, year_team_kpis
from csdesk.services.staff.headcount import rotations, team_figures
from csdesk.services.suggestions.suggestion_records import SuggestionRecord, list_suggestions
from csdesk.services.training.training_budget import training_budget
from csdesk.services.training.training_figures import training_totals

#: The month-by-month table's team figures.
MONTH_KPIS = (
    "contacts", "satisfaction_rate", "avg_first_response_seconds", "avg_handle_seconds",
    "service_level", "complaint_rate", "headcount",
)  # fmt: skip


@dataclass(frozen=True)
class GoalOutcome:
    """A goal and how the year ended against it."""

    goal: GoalRecord
    actual: float | None
    met: bool | None  # None: no figure for the year


@dataclass(frozen=True)
class YearSummary:
    """Everything the year-end summary prints."""

    year: int
    months: tuple[Month, ...]
    contacts: dict[str, tuple[float, ...]]  # channel -> contacts per month
    monthly: dict[str, tuple[float | None, ...]]  # team KPI -> its months
    year_figures: dict[str, float | None]  # the whole year's team figures
    received: int
    valid: int
    by_category: tuple[tuple[str, int], ...]
    clocks: dict[Clock, tuple[int, int]]  # measured, met
    turnover: Turnover
    rotations: int
    training_hours: float
    training_cost_cents: int
    training_sessions: int
    budget_cents: int | None
    goals: tuple[GoalOutcome, ...]
    proposals: tuple[Proposal, ...]
    suggestions: tuple[SuggestionRecord, ...] = ()


def year_summary(
    db: Database, year: int, today: date | None = None, uncategorised: str = "—"
) -> YearSummary:
    """Gather ``year``'s summary (see the module doc)."""
    months = tuple(Month(year, n) for n in range(1, 13))
    contacts: dict[str, list[float]] = {kind: [] for kind in KINDS}
    monthly: dict[str, list[float | None]] = {kpi: [] for kpi in MONTH_KPIS}
    categories: Counter[str] = Counter()
    clocks: dict[Clock, list[int]] = {}
    received = valid = 0
    for month in months:
        lines = {line.scope: line for line in team_kpis(db, month, by_channel=True)}
        for kind in KINDS:
            contacts[kind].append((lines[kind].values["contacts"] or 0) if kind in lines else 0)
        for kpi in MONTH_KPIS:
            monthly[kpi].append(lines["team"].values.get(kpi))
        review = monthly_review(db, month, uncategorised=uncategorised)
        received += review.headline.received
        valid += review.headline.valid
        categories.update(dict(review.by_top_category))
        for clock, kept in review.clocks.items():
            totals = clocks.setdefault(clock, [0, 0])
            totals[0] += kept.measured
            totals[1] += kept.met
    figures = year_team_kpis(db, year)
    directions = goal_kpis()
    outcomes = []
    for goal in year_goals(db, year, today=today or date.today()):
        actual = figures.get(goal.kpi)
        met = None if actual is None else reached(directions[goal.kpi], actual, goal.target)
        outcomes.append(GoalOutcome(goal, actual, met))
    training = training_totals(db, year)
    return YearSummary(
        year=year,
        months=months,
        contacts={kind: tuple(v) for kind, v in contacts.items() if any(v)},
        monthly={kpi: tuple(v) for kpi, v in monthly.items()},
        year_figures=figures,
        received=received,
        valid=valid,
        by_category=tuple(categories.most_common()),
        clocks={clock: (n[0], n[1]) for clock, n in clocks.items()},
        turnover=team_figures(db, months[-1]).year_turnover,
        rotations=rotations(db, months[0].first_day, months[-1].last_day),
        training_hours=training.hours,
        training_cost_cents=training.cost_cents,
        training_sessions=training.sessions,
        budget_cents=training_budget(db, year),
        goals=tuple(outcomes),
        proposals=tuple(proposals_for(db, year + 1)),
        suggestions=tuple(reversed(list_suggestions(db, year))),
    )
