"""Setting a year's goals and reading how each month stands against them.

A goal's baseline is last year's figure when csdesk has it (or typed); its target a
value or a change from the baseline. Each ended month's actual is the team's figure of
that month, made from all its contacts; a month still running, or without data, has no
status and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from csdesk.common.appraisal_labels import kpi_labels
from csdesk.common.i18n import translate
from csdesk.data.goals import TeamGoal
from csdesk.domain.goals import Goal, GoalProblem, GoalStatus, target_of
from csdesk.domain.kpis import BY_KEY, Direction
from csdesk.domain.months import Month
from csdesk.services.authors import author_of
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.performance.team_kpis import GOAL_KPIS_LOWER, team_kpis, year_team_kpis


def goal_kpis() -> dict[str, Direction]:
    """The KPIs a goal may name, and the way each should go."""
    kpis = {key: kpi.direction for key, kpi in BY_KEY.items()}
    kpis.update(dict.fromkeys(GOAL_KPIS_LOWER, Direction.LOWER))
    return kpis


@dataclass(frozen=True)
class GoalMonth:
    """One month of a goal: its target, the team's actual and the status."""

    month: Month
    target: float
    actual: float | None  # None: the month is running, or has no data
    status: GoalStatus | None


@dataclass(frozen=True)
class GoalRecord:
    """A year's goal with its twelve months."""

    id: int
    year: int
    kpi: str
    baseline: float
    target: float
    months: tuple[GoalMonth, ...]


def _problem_text(problem: GoalProblem, kpi: str) -> str:
    name = kpi_labels().get(kpi, kpi)
    texts = {
        GoalProblem.WRONG_WAY: translate(
            "Goals", "The target of {kpi} goes the wrong way from its baseline."
        ),
        GoalProblem.NOT_A_CHANGE: translate(
            "Goals", "Write a change as -20% (relative) or +5pt (points of a rate)."
        ),
        GoalProblem.PATH_END: translate("Goals", "The path of {kpi} must end at its target."),
        GoalProblem.NOT_FINITE: translate("Goals", "A number of the goal of {kpi} is missing."),
    }
    return texts.get(problem.key, str(problem)).format(kpi=name)


def set_goal(
    db: Database,
    year: int,
    kpi: str,
    *,
    target: float | None = None,
    change: str | None = None,
    baseline: float | None = None,
    author: str | None = None,
) -> int:
    """Store ``year``'s goal for ``kpi`` (replacing one set before); return its id.

    Raises:
        UserError: an unknown KPI, no baseline to start from, neither or both of target
            and change, or a goal that cannot be kept (see ``Goal.check``).
    """
    directions = goal_kpis()
    if kpi not in directions:
        raise UserError(translate("Goals", "{kpi} is not a KPI csdesk knows.").format(kpi=kpi))
    if (target is None) == (change is None):
        raise UserError(translate("Goals", "Give either a target or a change, not both."))
    if baseline is None:
        baseline = year_team_kpis(db, year - 1).get(kpi)
        if baseline is None:
            raise UserError(
                translate(
                    "Goals", "csdesk has no figure of {kpi} for {year}: give the baseline."
                ).format(kpi=kpi_labels().get(kpi, kpi), year=year - 1)
            )
    try:
        wanted = target if target is not None else target_of(baseline, change or "")
        goal = Goal(kpi, directions[kpi], baseline, wanted)
        goal.check()
    except GoalProblem as problem:
        raise UserError(_problem_text(problem, kpi)) from problem
    with db.write() as session:
        row = session.scalar(select(TeamGoal).where(TeamGoal.year == year, TeamGoal.kpi == kpi))
        if row is None:
            row = TeamGoal(year=year, kpi=kpi, path=[])
            session.add(row)
        row.baseline, row.target, row.tolerance = baseline, wanted, None
        row.saved_at, row.saved_by = datetime.now(), author_of(author)
        session.flush()
        return row.id


def year_goals(db: Database, year: int, today: date | None = None) -> list[GoalRecord]:
    """The year's goals by KPI, each with its months checked against the team's figures."""
    today = today or date.today()
    with db.read() as session:
        rows = session.scalars(
            select(TeamGoal).where(TeamGoal.year == year).order_by(TeamGoal.kpi)
        ).all()
    if not rows:
        return []
    directions = goal_kpis()
    actuals: dict[int, dict[str, float | None]] = {}
    for number in range(1, 13):
        month = Month(year, number)
        if month.last_day < today:  # a running month is not judged yet
            (team,) = team_kpis(db, month)
            actuals[number] = team.values
    out = []
    for row in rows:
        path = tuple((int(m), float(v)) for m, v in row.path)
        goal = Goal(row.kpi, directions[row.kpi], row.baseline, row.target, path, row.tolerance)
        months = []
        for number in range(1, 13):
            actual = actuals.get(number, {}).get(row.kpi)
            months.append(
                GoalMonth(
                    Month(year, number),
                    goal.month_target(number),
                    actual,
                    goal.status(number, actual),
                )
            )
        out.append(GoalRecord(row.id, year, row.kpi, row.baseline, row.target, tuple(months)))
    return out


def remove_goal(db: Database, goal_id: int) -> None:
    """Forget a goal (nothing happens if it is gone already)."""
    with db.write() as session:
        row = session.get(TeamGoal, goal_id)
        if row is not None:
            session.delete(row)
