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
from sqlalchemy.orm import Session

from csdesk.common.appraisal_labels import kpi_labels
from csdesk.common.i18n import translate
from csdesk.data.goals import TeamGoal
from csdesk.domain.access import Permission
from csdesk.domain.goals import Goal, GoalProblem, GoalStatus, capped, parse_path, target_of
from csdesk.domain.kpis import BY_KEY, Direction, Unit
from csdesk.domain.months import Month
from csdesk.services.accounts.access import needs
from csdesk.services.authors import author_of
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.performance.team_kpis import GOAL_KPIS_LOWER, team_kpis, year_team_kpis
from csdesk.services.staff.headcount import twelve_months_turnover


def goal_kpis() -> dict[str, Direction]:
    """The KPIs a goal may name, and the way each should go."""
    kpis = {key: kpi.direction for key, kpi in BY_KEY.items()}
    kpis.update(dict.fromkeys(GOAL_KPIS_LOWER, Direction.LOWER))
    return kpis


def is_rate(kpi: str) -> bool:
    """Whether ``kpi`` is a percentage (its target stays within 0-100)."""
    return kpi == "turnover_rate" or (kpi in BY_KEY and BY_KEY[kpi].unit is Unit.PERCENT)


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
    path: tuple[tuple[int, float], ...] = ()  # typed month targets; empty: straight
    last_year: tuple[float | None, ...] = ()  # the year before, month by month, if asked


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
        GoalProblem.PATH_TEXT: translate(
            "Goals",
            "Write the path of {kpi} as quarters or months with their targets: "
            "Q1=92, Q2=93, 11=90.",
        ),
        GoalProblem.NOT_FINITE: translate("Goals", "A number of the goal of {kpi} is missing."),
    }
    return texts.get(problem.key, str(problem)).format(kpi=name)


@needs(Permission.GOALS)
def set_goal(
    db: Database,
    year: int,
    kpi: str,
    *,
    target: float | None = None,
    change: str | None = None,
    baseline: float | None = None,
    path: str = "",
    author: str | None = None,
) -> int:
    """Store ``year``'s goal for ``kpi`` (replacing one set before); return its id.

    ``path``: typed targets per quarter or month ("Q1=92, Q2=93, 11=90"); the months
    between lie on straight lines, and December's target is the year's.

    Raises:
        UserError: an unknown KPI, no baseline to start from, neither or both of target
            and change, a path that cannot be read, or a goal that cannot be kept (see
            ``Goal.check``).
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
        if target is None:
            wanted = capped(wanted, is_rate(kpi))
        goal = _checked(Goal(kpi, directions[kpi], baseline, wanted, parse_path(path)))
    except GoalProblem as problem:
        raise UserError(_problem_text(problem, kpi)) from problem
    with db.write() as session:
        return _store(session, year, goal, author)


@needs(Permission.GOALS)
def set_goals(
    db: Database, year: int, goals: list[tuple[str, float, float]], author: str | None = None
) -> None:
    """Store several goals (KPI, baseline, target) at once: all of them, or none.

    Raises:
        UserError: every goal that cannot be kept, each with its reason.
    """
    directions = goal_kpis()
    kept, problems = [], []
    for kpi, baseline, target in goals:
        if kpi not in directions:
            problems.append(translate("Goals", "{kpi} is not a KPI csdesk knows.").format(kpi=kpi))
            continue
        try:
            kept.append(_checked(Goal(kpi, directions[kpi], baseline, target)))
        except GoalProblem as problem:
            problems.append(_problem_text(problem, kpi))
    if problems:
        raise UserError(translate("Goals", "No goal was set."), problems)
    with db.write() as session:
        for goal in kept:
            _store(session, year, goal, author)


def _checked(goal: Goal) -> Goal:
    goal.check()
    return goal


def _store(session: Session, year: int, goal: Goal, author: str | None) -> int:
    row = session.scalar(select(TeamGoal).where(TeamGoal.year == year, TeamGoal.kpi == goal.kpi))
    if row is None:
        row = TeamGoal(year=year, kpi=goal.kpi, path=[])
        session.add(row)
    row.baseline, row.target, row.tolerance = goal.baseline, goal.target, None
    row.path = [list(point) for point in goal.path]
    row.saved_at, row.saved_by = datetime.now(), author_of(author)
    session.flush()
    return row.id


def year_goals(
    db: Database, year: int, today: date | None = None, with_last_year: bool = False
) -> list[GoalRecord]:
    """The year's goals by KPI, each with its months checked against the team's figures.

    ``with_last_year``: each goal also carries the year before's figures (its chart).
    """
    today = today or date.today()
    with db.read() as session:
        rows = session.scalars(
            select(TeamGoal).where(TeamGoal.year == year).order_by(TeamGoal.kpi)
        ).all()
    if not rows:
        return []
    directions = goal_kpis()
    actuals = ended_months(db, year, today)
    before = ended_months(db, year - 1, today) if with_last_year else {}
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
        last_year = tuple(before.get(n, {}).get(row.kpi) for n in range(1, 13))
        out.append(
            GoalRecord(
                row.id, year, row.kpi, row.baseline, row.target, tuple(months), path,
                last_year if with_last_year else (),
            )
        )  # fmt: skip
    return out


def month_targets(db: Database, month: Month) -> dict[str, float]:
    """Each goal KPI of ``month``'s year with its target for that month (its path's point).

    Read from the goals alone, no figures computed: what a day is held against.
    """
    with db.read() as session:
        rows = session.scalars(select(TeamGoal).where(TeamGoal.year == month.year)).all()
    directions = goal_kpis()
    return {
        row.kpi: Goal(
            row.kpi, directions[row.kpi], row.baseline, row.target,
            tuple((int(m), float(v)) for m, v in row.path), row.tolerance,
        ).month_target(month.month)
        for row in rows
        if row.kpi in directions
    }  # fmt: skip


def month_standing(db: Database, month: Month) -> list[tuple[str, GoalMonth]]:
    """Each of ``month``'s year's goals with that month's target, actual and status.

    Only ``month`` is computed (the Today page asks about one month, not twelve).
    """
    with db.read() as session:
        rows = session.scalars(
            select(TeamGoal).where(TeamGoal.year == month.year).order_by(TeamGoal.kpi)
        ).all()
    if not rows:
        return []
    (team,) = team_kpis(db, month)
    values = dict(team.values)
    rate = twelve_months_turnover(db, month).rate
    values["turnover_rate"] = None if rate is None else 100 * rate
    directions = goal_kpis()
    out = []
    for row in rows:
        path = tuple((int(m), float(v)) for m, v in row.path)
        goal = Goal(row.kpi, directions[row.kpi], row.baseline, row.target, path, row.tolerance)
        actual = values.get(row.kpi)
        out.append(
            (row.kpi, GoalMonth(month, goal.month_target(month.month), actual,
                                goal.status(month.month, actual)))
        )  # fmt: skip
    return out


def ended_months(
    db: Database, year: int, today: date | None = None
) -> dict[int, dict[str, float | None]]:
    """The team's figures of each of ``year``'s months that has ended, by month number.

    The turnover is the twelve months' to each month: a yearly goal's scale.
    """
    today = today or date.today()
    actuals: dict[int, dict[str, float | None]] = {}
    for number in range(1, 13):
        month = Month(year, number)
        if month.last_day < today:  # a running month is not judged yet
            (team,) = team_kpis(db, month)
            rate = twelve_months_turnover(db, month).rate
            actuals[number] = {**team.values, "turnover_rate": None if rate is None else 100 * rate}
    return actuals


@needs(Permission.GOALS)
def remove_goal(db: Database, goal_id: int) -> None:
    """Forget a goal (nothing happens if it is gone already)."""
    with db.write() as session:
        row = session.get(TeamGoal, goal_id)
        if row is not None:
            session.delete(row)
