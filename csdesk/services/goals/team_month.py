"""The team's month for the owner: every figure of the one-page team report, gathered.

Each line compares this month with the month before and the same month last year, and
with its target: the month's target of the year's goal when there is one, else the
channel's service-level target from the staffing settings. The people, training and
complaint figures and the twelve months of trend come with it. Nothing here is laid
out; ``reports.team_page`` prints it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from csdesk.domain.channels import KINDS, OTHER
from csdesk.domain.goals import GoalStatus, reached
from csdesk.domain.headcount import Turnover
from csdesk.domain.kpis import BY_KEY, Direction
from csdesk.domain.months import Month
from csdesk.domain.training import Standing
from csdesk.services.appraisals.records import month_view
from csdesk.services.complaints.complaint_review import monthly_review
from csdesk.services.database import Database
from csdesk.services.goals.goal_records import GoalRecord, year_goals
from csdesk.services.performance.team_kpis import TeamLine, service_targets, team_kpis
from csdesk.services.staff.headcount import team_figures, twelve_months_turnover
from csdesk.services.training.training_status import training_matrix

#: The team KPIs the report lists, in its order; service levels per channel follow.
REPORT_KPIS = (
    "satisfaction_rate", "avg_first_response_seconds", "avg_response_seconds",
    "resolution_rate", "service_level", "answer_rate", "complaint_rate", "qa_score",
)  # fmt: skip
#: The trend charts' KPIs.
TREND_KPIS = ("satisfaction_rate", "service_level", "complaint_rate")


@dataclass(frozen=True)
class FigureLine:
    """One line of the report's table: a KPI of the team, or one channel's service level."""

    kpi: str
    channel: str  # "" for the team; chat, phone, email for a service level
    now: float | None
    last_month: float | None
    last_year: float | None
    target: float | None
    status: GoalStatus | None


@dataclass(frozen=True)
class TeamMonth:
    """Everything the one-page team report shows for a month."""

    month: Month
    lines: tuple[FigureLine, ...]
    goals: tuple[GoalRecord, ...]
    complaint_basis: str
    turnover: Turnover
    twelve_month_turnover: float | None  # percent
    received: int
    top_categories: tuple[tuple[str, int], ...]
    root_causes: tuple[tuple[str, int], ...]
    training_cleared: float | None  # percent of required courses held
    lapsing: int
    lapsed: int
    trends: dict[str, tuple[float | None, ...]]  # KPI -> the twelve months to this one
    star: str  # the Service Star's name and number; "" when the month has none


def _by_scope(lines: list[TeamLine]) -> dict[str, TeamLine]:
    return {line.scope: line for line in lines}


def _status(kpi: str, actual: float | None, target: float | None) -> GoalStatus | None:
    if actual is None or target is None:
        return None
    direction = BY_KEY[kpi].direction if kpi in BY_KEY else Direction.LOWER
    return GoalStatus.MET if reached(direction, actual, target) else GoalStatus.OFF_TRACK


def _star(db: Database, month: Month) -> str:
    """The month's Service Star (the closed month's, or who it would be now)."""
    view = month_view(db, month)
    star = next((a for a in view.appraisals if a.agent_id == view.star_agent_id), None)
    return "" if star is None else f"{star.name} ({star.employee_no})"


def team_month(
    db: Database, month: Month, today: date | None = None, uncategorised: str = "—"
) -> TeamMonth:
    """Gather ``month``'s team figures (see the module doc)."""
    now = _by_scope(team_kpis(db, month, by_channel=True))
    before = _by_scope(team_kpis(db, month.shift(-1), by_channel=True))
    year_ago = _by_scope(team_kpis(db, month.shift(-12), by_channel=True))
    goals = tuple(year_goals(db, month.year, today=today or date.today()))
    goal_months = {g.kpi: g.months[month.month - 1] for g in goals}
    team = now["team"]
    lines = []
    for kpi in REPORT_KPIS:
        value = team.values.get(kpi)
        goal = goal_months.get(kpi)
        target = goal.target if goal else None
        lines.append(
            FigureLine(
                kpi, "", value,
                before["team"].values.get(kpi), year_ago["team"].values.get(kpi), target,
                goal.status if goal and goal.status else _status(kpi, value, target),
            )
        )  # fmt: skip
    targets = service_targets(db)
    for kind in KINDS:
        if kind == OTHER or kind not in now:
            continue
        value = now[kind].values.get("service_level")
        lines.append(
            FigureLine(
                "service_level", kind, value,
                before[kind].values.get("service_level") if kind in before else None,
                year_ago[kind].values.get("service_level") if kind in year_ago else None,
                targets[kind], _status("service_level", value, targets[kind]),
            )
        )  # fmt: skip
    review = monthly_review(db, month, uncategorised=uncategorised)
    matrix = training_matrix(db, month.last_day).counts()
    held = matrix[Standing.CURRENT] + matrix[Standing.EXPIRING]
    cells = sum(matrix.values())
    trends = {kpi: [] for kpi in TREND_KPIS}  # type: dict[str, list[float | None]]
    for back in range(11, -1, -1):
        values = (now if back == 0 else _by_scope(team_kpis(db, month.shift(-back))))["team"]
        for kpi in TREND_KPIS:
            trends[kpi].append(values.values.get(kpi))
    twelve = twelve_months_turnover(db, month).rate
    return TeamMonth(
        month=month,
        lines=tuple(lines),
        goals=goals,
        complaint_basis=team.complaint_basis,
        turnover=team_figures(db, month).month_turnover,
        twelve_month_turnover=None if twelve is None else 100 * twelve,
        received=review.headline.received,
        top_categories=tuple(review.by_top_category[:3]),
        root_causes=tuple(review.root_causes[:3]),
        training_cleared=None if not cells else 100 * held / cells,
        lapsing=matrix[Standing.EXPIRING],
        lapsed=matrix[Standing.EXPIRED],
        star=_star(db, month),
        trends={kpi: tuple(values) for kpi, values in trends.items()},
    )
