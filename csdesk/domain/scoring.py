"""Scorecard scoring: a KPI's month value turned into points, and the weighted total.

A scorecard line scores one KPI by one of two rules:

- bands: the first band the value reaches earns its points (">= 98 % -> 100,
  >= 95 % -> 80, >= 92 % -> 60, below -> 0"); for a KPI where lower is better the
  value must be at or under the band's threshold instead;
- linear: 0 points at the floor, 100 at the target, straight in between, and beyond
  the target on up to the cap (a cap of 120 rewards beating the target; 100 does not).
  A lower-is-better KPI simply has its floor above its target (60 s -> 0, 20 s -> 100).

The total is the weighted mean of the points over the lines whose KPI has a value that
month: a KPI without data neither scores 0 nor blocks the total, and is named as left
out. Every rule is pure, so the appraisal, its "what if" preview and the tests agree.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from csdesk.domain.kpis import Direction
from csdesk.domain.scoring_rules import RuleKind, RuleProblem, ScoringRule


@dataclass(frozen=True)
class Line:
    """One line of a scorecard: a KPI, its weight and how it is scored."""

    kpi: str
    weight: float
    direction: Direction
    rule: ScoringRule


def points(rule: ScoringRule, direction: Direction, value: float) -> float:
    """The points ``value`` earns under ``rule``.

    Raises:
        RuleProblem: the rule cannot score (see ``ScoringRule.check``).
    """
    rule.check()
    if rule.kind is RuleKind.LINEAR:
        share = (value - rule.floor) / (rule.target - rule.floor) * 100.0
        return min(max(share, 0.0), rule.cap)
    higher = direction is Direction.HIGHER
    ordered = sorted(rule.bands, key=lambda b: b.threshold, reverse=higher)
    for band in ordered:
        if (value >= band.threshold) if higher else (value <= band.threshold):
            return band.points
    return rule.below


@dataclass(frozen=True)
class LineScore:
    """A line's result: points (None without data) and its share of the total."""

    kpi: str
    value: float | None
    points: float | None
    weight: float  # as entered
    share: float  # the weight normalised over the lines with data (0 without data)
    weighted: float | None  # points x share


@dataclass(frozen=True)
class CardScore:
    """The scored scorecard of one agent's month."""

    lines: tuple[LineScore, ...]
    total: float | None  # None when no line had data
    left_out: tuple[str, ...]  # KPIs without data that month


def score_card(lines: Sequence[Line], values: Mapping[str, float | None]) -> CardScore:
    """Score every line on the month's ``values`` and total them.

    Raises:
        RuleProblem: a line's rule cannot score, or a weight is not above 0.
    """
    for line in lines:
        if not (math.isfinite(line.weight) and line.weight > 0):
            raise RuleProblem(RuleProblem.WEIGHT, f"{line.kpi}: the weight must be above 0")
    with_data = [line for line in lines if values.get(line.kpi) is not None]
    weights = sum(line.weight for line in with_data)
    scored: list[LineScore] = []
    for line in lines:
        value = values.get(line.kpi)
        if value is None:
            scored.append(LineScore(line.kpi, None, None, line.weight, 0.0, None))
            continue
        earned = points(line.rule, line.direction, value)
        share = line.weight / weights
        scored.append(LineScore(line.kpi, value, earned, line.weight, share, earned * share))
    total = sum(s.weighted for s in scored if s.weighted is not None) if with_data else None
    left_out = tuple(line.kpi for line in lines if values.get(line.kpi) is None)
    return CardScore(tuple(scored), total, left_out)
