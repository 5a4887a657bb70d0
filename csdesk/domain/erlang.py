"""Erlang B and C: the queueing formulas behind the staffing figures.

Computed with the stable recurrence (no factorials), so that hundreds of agents and high
traffic neither overflow nor lose precision.
"""

from __future__ import annotations

import math


def erlang_b(traffic: float, agents: int) -> float:
    """The probability that all ``agents`` are busy when contacts are not queued."""
    blocked = 1.0
    for n in range(1, agents + 1):
        blocked = traffic * blocked / (n + traffic * blocked)
    return blocked


def erlang_c(traffic: float, agents: int) -> float:
    """The probability that a contact waits, with ``traffic`` erlangs and ``agents``.

    1.0 when the agents cannot keep up (``agents <= traffic``): the queue only grows.
    """
    if traffic <= 0:
        return 0.0
    if agents <= traffic:
        return 1.0
    blocked = erlang_b(traffic, agents)
    return agents * blocked / (agents - traffic * (1.0 - blocked))


def service_level(traffic: float, agents: int, within: float, handle_seconds: float) -> float:
    """The share of contacts answered within ``within`` seconds."""
    if traffic <= 0:
        return 1.0
    if agents <= traffic:
        return 0.0
    waits = erlang_c(traffic, agents)
    return 1.0 - waits * math.exp(-(agents - traffic) * within / handle_seconds)


def average_wait(traffic: float, agents: int, handle_seconds: float) -> float:
    """The average seconds a contact waits before an agent takes it (inf: overloaded)."""
    if traffic <= 0:
        return 0.0
    if agents <= traffic:
        return math.inf
    return erlang_c(traffic, agents) * handle_seconds / (agents - traffic)
