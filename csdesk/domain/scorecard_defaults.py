"""The scorecards a new shop starts with, one per post, following the plans.

The plans ask for satisfaction (90 % passes, 95 % earns the extra tier), efficiency
(response time, handling time, resolution and first-contact resolution), compliance
with the reply scripts (the QA score), praise and complaint counts, teamwork, and for
pre-sales conversion and sales. The numbers below turn their service levels into
points: an online first response within 60 s, an average response under 3 minutes, a
resolution rate of 90 %. Every figure is a default the supervisor changes; the sales
target in particular depends on the shop.
"""

from __future__ import annotations

from csdesk.domain.kpis import BY_KEY
from csdesk.domain.scoring import Line
from csdesk.domain.scoring_rules import Band, RuleKind, ScoringRule
from csdesk.domain.staff import Post


def _bands(*pairs: tuple[float, float], below: float = 0.0) -> ScoringRule:
    return ScoringRule(RuleKind.BANDS, tuple(Band(t, p) for t, p in pairs), below=below)


def _linear(floor: float, target: float, cap: float = 100.0) -> ScoringRule:
    return ScoringRule(RuleKind.LINEAR, floor=floor, target=target, cap=cap)


RULES: dict[str, ScoringRule] = {
    "satisfaction_rate": _bands((98, 100), (95, 85), (92, 70), (90, 60)),
    "avg_first_response_seconds": _bands((30, 100), (45, 85), (60, 70)),
    "avg_response_seconds": _bands((60, 100), (120, 85), (180, 70)),
    "resolution_rate": _linear(70, 95),
    "fcr_rate": _linear(50, 85),
    "avg_handle_seconds": _linear(900, 300),
    "conversion_rate": _linear(20, 50, cap=120),
    "sales_amount": _linear(0, 1_000_000, cap=120),  # 10,000 yuan a month
    "qa_score": _linear(60, 95),
    "praise_count": _bands((3, 100), (2, 80), (1, 60), below=40),
    "valid_complaints": _bands((0, 100), (1, 60), (2, 30)),
    "teamwork": _linear(1, 5),
    # Not on a default card; where a supervisor adds them, they start from these.
    "three_minute_reply_rate": _linear(60, 95),
    "answer_rate": _linear(70, 95),
    "service_level": _linear(60, 80),
    "avg_wait_seconds": _linear(120, 20),
    "avg_order_value": _linear(0, 20_000, cap=120),  # 200 yuan
    "reply_rate": _linear(80, 100),
    "training_completion": _linear(50, 100),
    "attendance_rate": _bands((100, 100), (98, 80), (95, 60)),
}

#: Post -> (KPI key, weight) in the order the appraisal lists them; weights sum to 100.
WEIGHTS: dict[Post, tuple[tuple[str, float], ...]] = {
    Post.PRE_SALES: (
        ("satisfaction_rate", 20),
        ("avg_first_response_seconds", 10),
        ("avg_response_seconds", 10),
        ("conversion_rate", 15),
        ("sales_amount", 10),
        ("qa_score", 15),
        ("praise_count", 5),
        ("valid_complaints", 5),
        ("teamwork", 10),
    ),
    Post.AFTER_SALES: (
        ("satisfaction_rate", 25),
        ("avg_first_response_seconds", 10),
        ("avg_response_seconds", 5),
        ("resolution_rate", 15),
        ("fcr_rate", 10),
        ("qa_score", 15),
        ("praise_count", 5),
        ("valid_complaints", 5),
        ("teamwork", 10),
    ),
    Post.COMPLAINTS: (
        ("satisfaction_rate", 20),
        ("resolution_rate", 20),
        ("fcr_rate", 10),
        ("avg_handle_seconds", 10),
        ("qa_score", 15),
        ("praise_count", 5),
        ("valid_complaints", 10),
        ("teamwork", 10),
    ),
    Post.TECH_SUPPORT: (
        ("satisfaction_rate", 20),
        ("resolution_rate", 20),
        ("fcr_rate", 15),
        ("avg_handle_seconds", 10),
        ("avg_first_response_seconds", 5),
        ("qa_score", 15),
        ("praise_count", 5),
        ("valid_complaints", 5),
        ("teamwork", 5),
    ),
}


def default_card(post: Post) -> tuple[Line, ...]:
    """The scorecard a new shop starts with for ``post``."""
    return tuple(
        Line(key, weight, BY_KEY[key].direction, RULES[key]) for key, weight in WEIGHTS[post]
    )


def new_line(kpi: str, weight: float = 10.0) -> Line:
    """A line for ``kpi`` as the rules editor adds it: the KPI's usual rule."""
    return Line(kpi, weight, BY_KEY[kpi].direction, RULES[kpi])


def line_target(line: Line) -> float:
    """The value a line calls its target: a linear rule's target, else the best band's."""
    rule = line.rule
    if rule.kind is RuleKind.LINEAR:
        return rule.target
    best = max(rule.bands, key=lambda band: band.points)
    return best.threshold
