"""The rules of improvement actions: where they come from, their states, when one is late.

An action is ``open`` until work starts (``in_progress``), then ``done``; a done action
with a measurable result waits for its check month to end and is then judged from the
data — ``effective`` when the KPI reached its target, ``not_effective`` otherwise. A
done action without a measurable result is judged by the supervisor. ``cancelled``
ends an action that will not be done (an action others point to is never deleted).
Overdue: the deadline is before the day asked about and the action is still open or in
progress.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from csdesk.domain.goals import reached
from csdesk.domain.kpis import Direction


class Source(StrEnum):
    """Where the need for an action showed."""

    COMPLAINT = "complaint"
    REVIEW = "review"  # the monthly complaint review
    GOAL = "goal"  # a goal off track
    QA = "qa"
    MEETING = "meeting"
    SUGGESTION = "suggestion"
    COACHING = "coaching"
    OTHER = "other"


class ActionStatus(StrEnum):
    """Where an action stands."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    EFFECTIVE = "effective"
    NOT_EFFECTIVE = "not_effective"
    CANCELLED = "cancelled"


#: Still to be done: these can be overdue.
RUNNING = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS})
#: Finished one way or another.
FINISHED = frozenset(
    {ActionStatus.DONE, ActionStatus.EFFECTIVE, ActionStatus.NOT_EFFECTIVE, ActionStatus.CANCELLED}
)


class ActionProblem(ValueError):
    """Why an action cannot be kept: ``key`` names the problem for the user's message."""

    NO_TITLE = "no_title"
    NO_OWNER = "no_owner"
    DEADLINE_BEFORE_CREATED = "deadline_before_created"
    KPI_INCOMPLETE = "kpi_incomplete"  # a KPI without a target or a month, or the other way
    WRONG_WAY = "wrong_way"  # the target does not improve on the KPI's current value

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class Measure:
    """An action's measurable result: the KPI, where it stood, the target, when to check."""

    kpi: str
    direction: Direction
    baseline: float | None
    target: float
    check_month: str  # YYYY-MM


def check_action(
    title: str,
    has_owner: bool,
    created_on: date,
    deadline: date,
    measure: Measure | None = None,
) -> None:
    """Refuse an action that cannot be kept.

    Raises:
        ActionProblem: no title, no owner, a deadline before the action was made, or a
            target that does not improve on the KPI's value when the action was made.
    """
    if not title.strip():
        raise ActionProblem(ActionProblem.NO_TITLE)
    if not has_owner:
        raise ActionProblem(ActionProblem.NO_OWNER)
    if deadline < created_on:
        raise ActionProblem(ActionProblem.DEADLINE_BEFORE_CREATED)
    if measure is None:
        return
    if not measure.kpi or not measure.check_month or not math.isfinite(measure.target):
        raise ActionProblem(ActionProblem.KPI_INCOMPLETE)
    if measure.baseline is not None and not _improves(measure):
        raise ActionProblem(ActionProblem.WRONG_WAY)


def _improves(measure: Measure) -> bool:
    assert measure.baseline is not None
    return reached(measure.direction, measure.target, measure.baseline) and not math.isclose(
        measure.target, measure.baseline
    )


def is_overdue(status: str, deadline: date, as_of: date) -> bool:
    """Whether the action is late on ``as_of``: still to be done, deadline passed."""
    return status in RUNNING and deadline < as_of


def due_this_week(status: str, deadline: date, as_of: date) -> bool:
    """Whether a running action falls due from ``as_of`` to the end of its week (Sunday)."""
    sunday = as_of + timedelta(days=6 - as_of.weekday())
    return status in RUNNING and as_of <= deadline <= sunday


def verdict(direction: Direction, actual: float, target: float) -> ActionStatus:
    """A done action's effect from the KPI's value in its check month."""
    return (
        ActionStatus.EFFECTIVE if reached(direction, actual, target) else ActionStatus.NOT_EFFECTIVE
    )
