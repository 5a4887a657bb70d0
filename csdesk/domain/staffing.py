"""How many agents an hour needs: Erlang C with an occupancy cap, shrinkage and chat.

Erlang C models contacts that wait in one queue for the first free agent (M/M/N): with
``A`` erlangs of work (contacts an hour x handling time / 3600) and ``N`` agents, a
contact waits with probability ``C(N, A)``, and is answered within ``t`` seconds with
probability ``1 - C(N, A) x exp(-(N - A) t / handling time)``: the service level.

The agents needed in an hour are the fewest that reach the service-level target (the
plans: 80 % of calls answered within 30 s; a chat's first response within 60 s) while
keeping occupancy ``A / N`` at or under a cap (default 85 %: agents who are busy all
the time burn out and the queue swings wildly). Shrinkage (breaks, training, leave,
meetings; default 30 %) is the share of paid time not spent on contacts, so the
headcount to schedule is ``agents / (1 - shrinkage)``, rounded up.

Chat: an agent handles several chats at once (concurrency, default 3). The usual
workforce-planning approximation treats that as a handling time divided by the
concurrency: the work in erlangs and the time scale of the wait shrink alike.

``C(N, A)`` is computed through the Erlang B recursion, which stays exact for hundreds
of agents where factorials would overflow.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from csdesk.domain.erlang import service_level

#: The plans' targets, and the usual caps.
PHONE_TARGET, PHONE_WITHIN = 0.8, 30.0
CHAT_TARGET, CHAT_WITHIN = 0.8, 60.0
DEFAULT_SHRINKAGE = 0.30
DEFAULT_MAX_OCCUPANCY = 0.85
DEFAULT_CHAT_CONCURRENCY = 3.0
#: More agents than this for one hour is not a small shop's question: stop looking.
MOST_AGENTS = 10_000


class StaffingProblem(ValueError):
    """An input the calculator cannot work with; ``key`` names it for translation."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class Staffing:
    """The answer for one hour."""

    agents: int  # on duty, before shrinkage
    service_level: float  # what they achieve
    occupancy: float  # the share of their time on contacts
    scheduled: int  # the headcount to schedule, after shrinkage
    workload: float  # erlangs, after concurrency


def _check(
    contacts: float,
    handle_seconds: float,
    target: float,
    within: float,
    concurrency: float,
    shrinkage: float,
    max_occupancy: float,
) -> None:
    checks = (
        (math.isfinite(contacts) and contacts >= 0, "contacts", "contacts must be 0 or more"),
        (
            math.isfinite(handle_seconds) and handle_seconds > 0,
            "handle",
            "the handling time must be above 0",
        ),
        (0 < target < 1, "target", "the service-level target must be above 0 and below 1"),
        (math.isfinite(within) and within >= 0, "within", "the answer time must be 0 or more"),
        (
            math.isfinite(concurrency) and concurrency >= 1,
            "concurrency",
            "the concurrency must be 1 or more",
        ),
        (0 <= shrinkage < 1, "shrinkage", "the shrinkage must be 0 or more and below 1"),
        (0 < max_occupancy <= 1, "occupancy", "the occupancy cap must be above 0 and at most 1"),
    )
    for ok, key, message in checks:
        if not ok:
            raise StaffingProblem(key, message)


def staffing(
    contacts: float,
    handle_seconds: float,
    target: float = PHONE_TARGET,
    within: float = PHONE_WITHIN,
    concurrency: float = 1.0,
    shrinkage: float = DEFAULT_SHRINKAGE,
    max_occupancy: float = DEFAULT_MAX_OCCUPANCY,
) -> Staffing:
    """The agents an hour of ``contacts`` needs, and what they achieve.

    Raises:
        StaffingProblem: an input out of range (its ``key`` says which).
    """
    _check(contacts, handle_seconds, target, within, concurrency, shrinkage, max_occupancy)
    handle = handle_seconds / concurrency
    traffic = contacts * handle / 3600.0
    if traffic == 0:
        return Staffing(0, 1.0, 0.0, 0, 0.0)
    agents = max(math.ceil(traffic / max_occupancy - 1e-9), math.floor(traffic) + 1)
    while service_level(traffic, agents, within, handle) < target:
        agents += 1
        if agents > MOST_AGENTS:
            raise StaffingProblem("too_many", "more agents than csdesk plans for one hour")
    level = service_level(traffic, agents, within, handle)
    scheduled = math.ceil(agents / (1.0 - shrinkage) - 1e-9)
    return Staffing(agents, level, traffic / agents, scheduled, traffic)
