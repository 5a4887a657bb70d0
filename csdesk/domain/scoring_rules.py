"""How a KPI's value becomes points: linear between a floor and a target, or by bands.

A rule is checked when it is made (``RuleProblem`` names what is wrong), so a scorecard
never holds a rule that cannot score.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class RuleKind(StrEnum):
    """How a line turns a value into points."""

    BANDS = "bands"
    LINEAR = "linear"


class RuleProblem(ValueError):
    """A scoring rule that cannot score (no bands, floor equal to target, a bad cap).

    ``key`` names the problem so that the services can say it in the user's language;
    the message is English, for logs and tests.
    """

    NOT_FINITE = "not_finite"
    NO_BANDS = "no_bands"
    FLOOR_IS_TARGET = "floor_is_target"
    NEGATIVE_CAP = "negative_cap"
    WEIGHT = "weight"

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class Band:
    """Reaching ``threshold`` earns ``points``."""

    threshold: float
    points: float


@dataclass(frozen=True)
class ScoringRule:
    """Bands, or a straight line from ``floor`` (0 points) to ``target`` (100 points)."""

    kind: RuleKind
    bands: tuple[Band, ...] = ()
    floor: float = 0.0
    target: float = 100.0
    cap: float = 100.0
    below: float = 0.0  # bands: the points of a value that reaches no band

    def check(self) -> None:
        """Raise ``RuleProblem`` if the rule cannot score every value."""
        numbers = [self.floor, self.target, self.cap, self.below]
        numbers += [n for band in self.bands for n in (band.threshold, band.points)]
        if not all(math.isfinite(n) for n in numbers):
            raise RuleProblem(RuleProblem.NOT_FINITE, "a number of the rule is not finite")
        if self.kind is RuleKind.BANDS and not self.bands:
            raise RuleProblem(RuleProblem.NO_BANDS, "a band rule needs at least one band")
        if self.kind is RuleKind.LINEAR:
            if self.floor == self.target:
                raise RuleProblem(
                    RuleProblem.FLOOR_IS_TARGET, "the floor and the target are the same"
                )
            if self.cap < 0:
                raise RuleProblem(RuleProblem.NEGATIVE_CAP, "the cap is below 0")
