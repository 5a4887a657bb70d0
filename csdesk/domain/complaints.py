"""Rules of complaint handling: priorities, the status flow, the three clocks.

The plans' handling steps are confirm the problem (acknowledge), propose a solution,
resolve, follow up and close; a complaint may wait for the customer or the courier
(its clocks stop) and may be reopened. Values are stable English keys, stored in the
database and written in exports; the words a user sees come from ``csdesk.common.labels``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum


class Priority(StrEnum):
    """How fast a complaint must move; each has its own service-level targets."""

    URGENT = "urgent"
    IMPORTANT = "important"
    NORMAL = "normal"


class ComplaintStatus(StrEnum):
    """Where a complaint is in its handling."""

    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    SOLUTION_PROPOSED = "solution_proposed"
    RESOLVED = "resolved"
    CLOSED = "closed"
    WAITING_CUSTOMER = "waiting_customer"
    WAITING_COURIER = "waiting_courier"


#: Statuses whose clocks are stopped.
WAITING = frozenset({ComplaintStatus.WAITING_CUSTOMER, ComplaintStatus.WAITING_COURIER})
#: Statuses still needing work (the "all open" queue).
OPEN = frozenset(
    {
        ComplaintStatus.NEW,
        ComplaintStatus.ACKNOWLEDGED,
        ComplaintStatus.SOLUTION_PROPOSED,
        *WAITING,
    }
)
#: The forward steps in order; a later step implies the earlier ones.
STEPS = (
    ComplaintStatus.NEW,
    ComplaintStatus.ACKNOWLEDGED,
    ComplaintStatus.SOLUTION_PROPOSED,
    ComplaintStatus.RESOLVED,
    ComplaintStatus.CLOSED,
)


class Action(StrEnum):
    """What the supervisor can do to a complaint's status."""

    ACKNOWLEDGE = "acknowledge"
    PROPOSE = "propose"
    RESOLVE = "resolve"
    CLOSE = "close"
    WAIT_CUSTOMER = "wait_customer"
    WAIT_COURIER = "wait_courier"
    RESUME = "resume"
    REOPEN = "reopen"


_STEP_OF = {
    Action.ACKNOWLEDGE: ComplaintStatus.ACKNOWLEDGED,
    Action.PROPOSE: ComplaintStatus.SOLUTION_PROPOSED,
    Action.RESOLVE: ComplaintStatus.RESOLVED,
    Action.CLOSE: ComplaintStatus.CLOSED,
}
_WAIT_OF = {
    Action.WAIT_CUSTOMER: ComplaintStatus.WAITING_CUSTOMER,
    Action.WAIT_COURIER: ComplaintStatus.WAITING_COURIER,
}


class TransitionRefused(ValueError):
    """The action does not apply to a complaint in this status."""


def allowed_actions(status: str) -> tuple[Action, ...]:
    """The status actions that apply now, in the order the page offers them."""
    if status in WAITING:
        return (Action.RESUME,)
    if status == ComplaintStatus.CLOSED:
        return (Action.REOPEN,)
    if status == ComplaintStatus.RESOLVED:
        return (Action.CLOSE, Action.REOPEN)
    position = STEPS.index(ComplaintStatus(status))
    forward = tuple(
        a for a, s in _STEP_OF.items() if a is not Action.CLOSE and STEPS.index(s) > position
    )
    return (*forward, Action.WAIT_CUSTOMER, Action.WAIT_COURIER)


def next_status(status: str, action: Action, before_pause: str | None = None) -> ComplaintStatus:
    """The status after ``action``.

    Forward steps may skip (a complaint resolved on first contact was acknowledged and
    given a solution in the same call); resuming returns to the status before the
    pause; reopening goes back to "acknowledged", as the customer is already heard.

    Raises:
        TransitionRefused: the action does not apply in ``status``.
    """
    if action not in allowed_actions(status):
        raise TransitionRefused(f"{action} from {status}")
    if action in _STEP_OF:
        return _STEP_OF[action]
    if action in _WAIT_OF:
        return _WAIT_OF[action]
    if action is Action.RESUME:
        if before_pause is None or before_pause in WAITING:
            return ComplaintStatus.NEW
        return ComplaintStatus(before_pause)
    return ComplaintStatus.ACKNOWLEDGED


class Clock(StrEnum):
    """The three promises every complaint carries."""

    RESPONSE = "response"
    SOLUTION = "solution"
    RESOLUTION = "resolution"


#: The status whose reaching stops each clock.
CLOCK_STOPS = {
    Clock.RESPONSE: ComplaintStatus.ACKNOWLEDGED,
    Clock.SOLUTION: ComplaintStatus.SOLUTION_PROPOSED,
    Clock.RESOLUTION: ComplaintStatus.RESOLVED,
}


@dataclass(frozen=True)
class Targets:
    """Working time allowed for each clock under one priority."""

    response: timedelta
    solution: timedelta
    resolution: timedelta

    def of(self, clock: Clock) -> timedelta:
        """The target of ``clock``."""
        target: timedelta = getattr(self, clock.value)
        return target


def _hours(response: float, solution: float, resolution: float) -> Targets:
    return Targets(
        timedelta(hours=response), timedelta(hours=solution), timedelta(hours=resolution)
    )


#: The plans: respond within 24 h, a solution within 24 h, resolved within 72 h for a
#: normal complaint; tighter for important and urgent ones. All editable per shop.
DEFAULT_TARGETS = {
    Priority.URGENT: _hours(2, 4, 24),
    Priority.IMPORTANT: _hours(8, 12, 48),
    Priority.NORMAL: _hours(24, 24, 72),
}


class Escalation(StrEnum):
    """Who a complaint has been taken up to, lowest first."""

    NONE = "none"
    SENIOR = "senior"
    SUPERVISOR = "supervisor"
    OWNER = "owner"


ESCALATION_ORDER = tuple(Escalation)


class ComplaintChannel(StrEnum):
    """Where the complaint came in; an import may bring others, kept as written."""

    CHAT = "chat"
    PHONE = "phone"
    EMAIL = "email"
    SOCIAL = "social"
    DISPUTE = "dispute"


class Compensation(StrEnum):
    """What the shop gave the customer."""

    REFUND = "refund"
    COUPON = "coupon"
    RESHIP = "reship"
    EXCHANGE = "exchange"
    GIFT = "gift"


class Appeal(StrEnum):
    """An agent's appeal against a complaint counting against them."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class EventKind(StrEnum):
    """Entries of a complaint's timeline; status and escalation are written by the app."""

    NOTE = "note"
    CALL = "call"
    MESSAGE = "message"
    STATUS = "status"
    ESCALATION = "escalation"
    FOLLOW_UP = "follow_up"
    VALIDITY = "validity"
    APPEAL = "appeal"
    EDIT = "edit"


#: Timeline entries the supervisor writes by hand.
MANUAL_EVENTS = (EventKind.NOTE, EventKind.CALL, EventKind.MESSAGE)

#: Satisfaction scale of the follow-up visit.
SATISFACTION_RANGE = range(1, 6)


def counts_against_agent(valid: bool, appeal: str | None) -> bool:
    """Whether a complaint counts against its agent in the scorecards.

    It does unless it was judged not the agent's fault or the agent's appeal was
    accepted; a pending appeal counts until the supervisor decides it.
    """
    return valid and appeal != Appeal.ACCEPTED


def reference(year: int, number: int) -> str:
    """A complaint's reference: TS-2026-00042."""
    return f"TS-{year}-{number:05d}"
