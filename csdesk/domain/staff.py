"""Rules of the staff directory: posts, levels, statuses, and turnover arithmetic.

Values are stable English keys (stored in the database and written in exports); the
words a user sees come from the ui's label tables and the importers' synonym tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum


class Post(StrEnum):
    """The four posts of the plans."""

    PRE_SALES = "pre_sales"
    AFTER_SALES = "after_sales"
    COMPLAINTS = "complaints"
    TECH_SUPPORT = "tech_support"


class Level(StrEnum):
    """Career level of an agent."""

    JUNIOR = "junior"
    INTERMEDIATE = "intermediate"
    SENIOR = "senior"


class Status(StrEnum):
    """Where an agent stands; ``LEFT`` agents are archived with their history."""

    ONBOARDING = "onboarding"
    ACTIVE = "active"
    ON_LEAVE = "on_leave"
    LEFT = "left"


class Channel(StrEnum):
    """Contact channels an agent serves."""

    CHAT = "chat"
    PHONE = "phone"
    EMAIL = "email"
    SOCIAL = "social"
    VIDEO = "video"


def join_channels(channels: Iterable[Channel | str]) -> str:
    """Store channels as a comma-separated list in a fixed order."""
    chosen = {Channel(c) for c in channels}
    return ",".join(c.value for c in Channel if c in chosen)


def split_channels(text: str) -> tuple[Channel, ...]:
    """Read channels back from their stored form."""
    return tuple(Channel(part) for part in text.split(",") if part)


def post_on(day: date, current: str, changes: Iterable[tuple[date, str, str]]) -> str:
    """The post an agent held on ``day``, given today's post and the rotations since.

    ``changes`` are (changed on, from post, to post). The first rotation after ``day``
    says what the agent was doing then; with none, the current post is the answer.
    """
    later = sorted((c for c in changes if c[0] > day), key=lambda c: c[0])
    return later[0][1] if later else current
