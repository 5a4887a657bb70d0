"""The team's yearly goals, broken into months and checked each month (issue 20, §2).

A goal names a KPI, a baseline (last year's actual, or typed), and a target: a value,
or a change from the baseline — relative (``-20%``) or, for a rate, in points (``+5pt``).
The year runs along a path from the baseline to the target: straight by default, or
typed per month (a sale month may be allowed to be worse); December's target is the
year's. Each month's actual is then ``met`` (at or past the month's target),
``on_track`` (short of it by less than the tolerance, a quarter of the year's change by
default), ``at_risk`` (short by less than twice that) or ``off_track``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum

from csdesk.domain.kpis import Direction

MONTHS = 12


class GoalStatus(StrEnum):
    """How a month stands against its part of the goal."""

    MET = "met"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"


class GoalProblem(ValueError):
    """Why a goal cannot be kept: ``key`` names the problem for the user's message."""

    WRONG_WAY = "wrong_way"  # the target is on the wrong side of the baseline
    NOT_A_CHANGE = "not_a_change"  # "-20%" / "+5pt" could not be read
    PATH_END = "path_end"  # a typed path does not end at the target
    PATH_TEXT = "path_text"  # "Q2=93, 11=90" could not be read
    NOT_FINITE = "not_finite"

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


_CHANGE = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*(%|pt)\s*$", re.IGNORECASE)


def target_of(baseline: float, change: str) -> float:
    """The target a change from ``baseline`` names: ``-20%`` of it, or ``+5pt`` on it.

    Raises:
        GoalProblem: the change is not written as ±N% or ±Npt.
    """
    found = _CHANGE.match(change)
    if not found:
        raise GoalProblem(GoalProblem.NOT_A_CHANGE)
    amount, unit = float(found.group(1)), found.group(2).lower()
    return baseline * (1 + amount / 100) if unit == "%" else baseline + amount


_POINT = re.compile(r"^\s*(q[1-4]|\d{1,2})\s*[=:：]\s*([+-]?\d+(?:\.\d+)?)\s*$", re.IGNORECASE)


def parse_path(text: str) -> tuple[tuple[int, float], ...]:
    """Typed targets from "Q1=92, Q2=93, 11=90": a quarter's target is its last month's.

    Raises:
        GoalProblem: a point is not ``Qn=value`` or ``month=value`` (1-12), or a month
            is given twice.
    """
    points: dict[int, float] = {}
    for part in re.split(r"[,，;；]", text):
        if not part.strip():
            continue
        found = _POINT.match(part)
        if not found:
            raise GoalProblem(GoalProblem.PATH_TEXT)
        key = found.group(1).lower()
        month = 3 * int(key[1]) if key.startswith("q") else int(key)
        if not 1 <= month <= MONTHS or month in points:
            raise GoalProblem(GoalProblem.PATH_TEXT)
        points[month] = float(found.group(2))
    return tuple(sorted(points.items()))


def path_text(path: tuple[tuple[int, float], ...]) -> str:
    """A path written back as ``parse_path`` reads it (quarter ends as Qn)."""
    return ", ".join(
        f"{'Q' + str(month // 3) if month % 3 == 0 else month}={value:g}" for month, value in path
    )


def capped(target: float, percent: bool) -> float:
    """A rate's target kept within 0-100 (satisfaction 90 % "up 15 %" is 100 %, not 103.5)."""
    return min(100.0, max(0.0, target)) if percent else target


@dataclass(frozen=True)
class Goal:
    """A KPI's goal for a year: from ``baseline`` to ``target`` along ``path``.

    ``path`` holds (month 1-12, typed target) pairs; months not typed lie on the
    straight line between their typed neighbours (the baseline before January, the
    target in December).
    """

    kpi: str
    direction: Direction
    baseline: float
    target: float
    path: tuple[tuple[int, float], ...] = ()  # empty: a straight line
    tolerance: float | None = None  # None: a quarter of the year's change

    def check(self) -> None:
        """Refuse a goal that cannot be kept.

        Raises:
            GoalProblem: a number is not finite; the target does not move the KPI the
                way it should go ("reduce satisfaction"); a typed path's December is
                not the target.
        """
        values = [self.baseline, self.target, *dict(self.path).values()]
        if not all(math.isfinite(v) for v in values):
            raise GoalProblem(GoalProblem.NOT_FINITE)
        if not reached(self.direction, self.target, self.baseline):
            raise GoalProblem(GoalProblem.WRONG_WAY)
        path = dict(self.path)
        if MONTHS in path and not math.isclose(path[MONTHS], self.target):
            raise GoalProblem(GoalProblem.PATH_END)

    def month_target(self, month: int) -> float:
        """The target of ``month`` (1-12) on the goal's path."""
        if not 1 <= month <= MONTHS:
            raise ValueError(f"month out of range: {month}")
        points = {0: self.baseline, **dict(self.path), MONTHS: self.target}
        if month in points:
            return points[month]
        before = max(m for m in points if m < month)
        after = min(m for m in points if m > month)
        share = (month - before) / (after - before)
        return points[before] + (points[after] - points[before]) * share

    def allowed(self) -> float:
        """How far short of a month's target still counts as on track."""
        if self.tolerance is not None:
            return self.tolerance
        return abs(self.target - self.baseline) / 4

    def status(self, month: int, actual: float | None) -> GoalStatus | None:
        """How ``actual`` stands against ``month``'s target (None: no data, no status)."""
        if actual is None:
            return None
        wanted = self.month_target(month)
        if reached(self.direction, actual, wanted):
            return GoalStatus.MET
        short = abs(wanted - actual)
        allowed = self.allowed()
        if short <= allowed:
            return GoalStatus.ON_TRACK
        if short <= 2 * allowed:
            return GoalStatus.AT_RISK
        return GoalStatus.OFF_TRACK


def reached(direction: Direction, actual: float, target: float) -> bool:
    """Whether ``actual`` is at ``target`` or past it, the way the KPI should go."""
    return actual >= target if direction is Direction.HIGHER else actual <= target
