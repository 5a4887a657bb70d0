"""The KPI library: what each monthly measure of an agent is, and how it is read.

Each KPI has a key (used in files and templates), a unit, a direction (whether higher
is better, which scorecards need) and the source it is computed from. Names in the
user's language are in ``csdesk.common.labels``. Rates are percents (0-100); times, seconds;
money, cents.

The rule for rates and averages from conversations is pure and lives here: each is
over the conversations that have a value for it, so an export without satisfaction
ratings gives no satisfaction rate rather than 0 %.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Unit(StrEnum):
    """How a KPI's value is written."""

    PERCENT = "percent"
    SECONDS = "seconds"
    CENTS = "cents"
    COUNT = "count"
    SCORE = "score"  # 0-100
    RATING = "rating"  # 1-5


class Direction(StrEnum):
    """Whether a bigger value is better."""

    HIGHER = "higher"
    LOWER = "lower"


class Source(StrEnum):
    """Where a KPI's monthly value comes from."""

    CONVERSATIONS = "conversations"  # or the platform's summary, which wins
    SUMMARIES = "summaries"
    QA = "qa"
    PRAISE = "praise"
    COMPLAINTS = "complaints"
    TRAINING = "training"
    MANUAL = "manual"  # entered by the supervisor


@dataclass(frozen=True)
class Kpi:
    """One measure of an agent's month."""

    key: str
    unit: Unit
    direction: Direction
    source: Source


def _k(key: str, unit: Unit, direction: Direction, source: Source) -> Kpi:
    return Kpi(key, unit, direction, source)


H, L = Direction.HIGHER, Direction.LOWER
KPIS: tuple[Kpi, ...] = (
    _k("satisfaction_rate", Unit.PERCENT, H, Source.CONVERSATIONS),
    _k("avg_first_response_seconds", Unit.SECONDS, L, Source.CONVERSATIONS),
    _k("avg_response_seconds", Unit.SECONDS, L, Source.CONVERSATIONS),
    _k("three_minute_reply_rate", Unit.PERCENT, H, Source.CONVERSATIONS),
    _k("answer_rate", Unit.PERCENT, H, Source.CONVERSATIONS),
    _k("service_level", Unit.PERCENT, H, Source.CONVERSATIONS),
    _k("avg_wait_seconds", Unit.SECONDS, L, Source.CONVERSATIONS),
    _k("avg_handle_seconds", Unit.SECONDS, L, Source.CONVERSATIONS),
    _k("resolution_rate", Unit.PERCENT, H, Source.CONVERSATIONS),
    _k("fcr_rate", Unit.PERCENT, H, Source.CONVERSATIONS),
    _k("conversion_rate", Unit.PERCENT, H, Source.CONVERSATIONS),
    _k("sales_amount", Unit.CENTS, H, Source.CONVERSATIONS),
    _k("avg_order_value", Unit.CENTS, H, Source.CONVERSATIONS),
    _k("reply_rate", Unit.PERCENT, H, Source.SUMMARIES),
    _k("qa_score", Unit.SCORE, H, Source.QA),
    _k("praise_count", Unit.COUNT, H, Source.PRAISE),
    _k("valid_complaints", Unit.COUNT, L, Source.COMPLAINTS),
    _k("training_completion", Unit.PERCENT, H, Source.TRAINING),
    _k("attendance_rate", Unit.PERCENT, H, Source.MANUAL),
    _k("teamwork", Unit.RATING, H, Source.MANUAL),
)
BY_KEY = {k.key: k for k in KPIS}

#: A reply within this many seconds counts for the three-minute reply rate.
THREE_MINUTES = 180
#: The plans' phone rule: a call answered within 30 s meets the service level.
DEFAULT_ANSWER_TARGET = 30


def share(hits: int, counted: int) -> float | None:
    """``hits`` of ``counted`` as a percent; None when nothing was counted."""
    return None if counted == 0 else 100.0 * hits / counted


def mean(total: float, counted: int) -> float | None:
    """The mean of ``counted`` values adding up to ``total``; None when there are none."""
    return None if counted == 0 else total / counted


def better(kpi: Kpi, a: float, b: float) -> bool:
    """Whether ``a`` is a better value than ``b`` for ``kpi``."""
    return a > b if kpi.direction is Direction.HIGHER else a < b
