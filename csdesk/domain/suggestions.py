"""The rules of suggestions (合理化建议): who may make one, how it is decided and rewarded.

A suggestion comes from an agent or a customer, never from nobody. It is ``new``, then
``under_review``, then ``adopted`` or ``rejected`` — a rejection says why. Only an
adopted suggestion carries a reward, never below zero.
"""

from __future__ import annotations

from enum import StrEnum


class SuggestionStatus(StrEnum):
    """Where a suggestion stands."""

    NEW = "new"
    UNDER_REVIEW = "under_review"
    ADOPTED = "adopted"
    REJECTED = "rejected"


class SuggestionProblem(ValueError):
    """Why a suggestion cannot be kept: ``key`` names the problem for the user's message."""

    NO_TEXT = "no_text"
    NO_AUTHOR = "no_author"  # neither an agent nor a customer
    NO_REASON = "no_reason"  # rejected without saying why
    NEGATIVE_REWARD = "negative_reward"
    REWARD_NOT_ADOPTED = "reward_not_adopted"

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def check_suggestion(
    text: str,
    has_author: bool,
    status: str,
    reason: str,
    reward_cents: int,
    reward_points: int,
) -> None:
    """Refuse a suggestion that cannot be kept (see the module doc).

    Raises:
        SuggestionProblem: the first rule it breaks.
    """
    if not text.strip():
        raise SuggestionProblem(SuggestionProblem.NO_TEXT)
    if not has_author:
        raise SuggestionProblem(SuggestionProblem.NO_AUTHOR)
    if status == SuggestionStatus.REJECTED and not reason.strip():
        raise SuggestionProblem(SuggestionProblem.NO_REASON)
    if reward_cents < 0 or reward_points < 0:
        raise SuggestionProblem(SuggestionProblem.NEGATIVE_REWARD)
    if (reward_cents or reward_points) and status != SuggestionStatus.ADOPTED:
        raise SuggestionProblem(SuggestionProblem.REWARD_NOT_ADOPTED)
