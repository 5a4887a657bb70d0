"""From a scorecard total to a grade, a bonus and the month's Service Star.

- Grades come from bands of the total (default A >= 90, B >= 80, C >= 70, else D).
- A veto (a valid severe complaint, a critical QA failure) caps the grade, at C by
  default, whatever the total; the appraisal names the veto.
- The bonus is the post's base amount x the grade's coefficient, plus an extra tier
  when satisfaction reaches 95 %, minus a fixed deduction per valid complaint, never
  below 0; below the satisfaction pass line (90 %) there is no bonus. The extra tier
  rewards a month that earns a bonus at all: a grade with coefficient 0 (D) gets none.
- The Service Star is the highest total without a veto; a tie goes to the higher
  satisfaction.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

#: Grades from best to worst.
GRADES = ("A", "B", "C", "D")
DEFAULT_BANDS: tuple[tuple[str, float], ...] = (("A", 90.0), ("B", 80.0), ("C", 70.0))
SEVERE_COMPLAINT = "severe_complaint"
CRITICAL_QA = "critical_qa"


def grade_of(total: float | None, bands: Sequence[tuple[str, float]] = DEFAULT_BANDS) -> str | None:
    """The grade of ``total``: the first band (best first) whose minimum it reaches.

    None when there is no total (no KPI had data).
    """
    if total is None:
        return None
    for grade, minimum in sorted(bands, key=lambda b: b[1], reverse=True):
        if total >= minimum:
            return grade
    return GRADES[-1]


@dataclass(frozen=True)
class Veto:
    """A rule that caps the grade when it is triggered."""

    key: str  # SEVERE_COMPLAINT, CRITICAL_QA
    cap: str = "C"


DEFAULT_VETOES = (Veto(SEVERE_COMPLAINT), Veto(CRITICAL_QA))


def capped_grade(grade: str | None, triggered: Sequence[Veto]) -> str | None:
    """``grade`` lowered to the worst cap of the triggered vetoes."""
    if grade is None:
        return None
    worst = max((GRADES.index(v.cap) for v in triggered), default=0)
    return GRADES[max(GRADES.index(grade), worst)]


@dataclass(frozen=True)
class BonusRule:
    """How a month's bonus is worked out; amounts in cents."""

    base: Mapping[str, int]  # post -> base amount
    coefficient: Mapping[str, float] = field(
        default_factory=lambda: {"A": 1.2, "B": 1.0, "C": 0.6, "D": 0.0}
    )
    pass_satisfaction: float = 90.0
    extra_satisfaction: float = 95.0
    extra: int = 20000
    complaint_deduction: int = 5000


@dataclass(frozen=True)
class Bonus:
    """A bonus and how it was made up (cents)."""

    amount: int
    base: int
    coefficient: float
    extra: int
    deduction: int
    below_pass: bool  # satisfaction under the pass line: no bonus
    reward: int = 0  # suggestion rewards of the month, paid on top (合理化建议)


def bonus(
    rule: BonusRule,
    post: str,
    grade: str | None,
    satisfaction: float | None,
    valid_complaints: int,
    reward: int = 0,
) -> Bonus:
    """The month's bonus of an agent of ``post`` with ``grade``.

    Without a satisfaction figure neither the pass line nor the extra tier applies. A
    suggestion ``reward`` is paid on top, below the pass line too: it rewards an idea,
    not the month's service.
    """
    base = rule.base.get(post, 0)
    coefficient = rule.coefficient.get(grade, 0.0) if grade is not None else 0.0
    below = satisfaction is not None and satisfaction < rule.pass_satisfaction
    extra = (
        rule.extra
        if satisfaction is not None and satisfaction >= rule.extra_satisfaction and coefficient > 0
        else 0
    )
    deduction = rule.complaint_deduction * max(valid_complaints, 0)
    if below or not math.isfinite(coefficient):
        return Bonus(max(reward, 0), base, coefficient, 0, deduction, below, max(reward, 0))
    amount = max(round(base * coefficient) + extra - deduction, 0) + max(reward, 0)
    return Bonus(amount, base, coefficient, extra, deduction, below, max(reward, 0))


@dataclass(frozen=True)
class StarCandidate:
    """One agent's month as the Service Star is picked from."""

    agent_id: int
    total: float | None
    vetoed: bool
    satisfaction: float | None


def service_star(candidates: Sequence[StarCandidate]) -> int | None:
    """The agent with the highest total and no veto; a tie goes to higher satisfaction.

    None when nobody qualifies (everyone vetoed or without a total). A tie on both
    goes to the first candidate given (the roster order).
    """
    eligible = [c for c in candidates if not c.vetoed and c.total is not None]
    if not eligible:
        return None
    best = max(
        eligible,
        key=lambda c: (c.total, -math.inf if c.satisfaction is None else c.satisfaction),
    )
    return best.agent_id
