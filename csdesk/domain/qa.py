"""Quality-assurance scoring: rubrics, one review's score, a month's QA score.

A reviewer rates one conversation against a rubric's categories. Each rated category
scores (rating - lowest) / (highest - lowest) x 100; the review scores the weighted
mean over the categories rated (N/A drops out, where the rubric allows it); a critical
category below 50 % makes the whole review 0 (a wrong refund promise is not made good
by a friendly greeting). A month's QA score is the mean of its reviews' scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class Scale(StrEnum):
    """How a category is rated."""

    BINARY = "binary"  # 0 = no, 1 = yes
    THREE = "3"  # 1-3
    FOUR = "4"  # 1-4
    FIVE = "5"  # 1-5


BOUNDS: dict[Scale, tuple[int, int]] = {
    Scale.BINARY: (0, 1),
    Scale.THREE: (1, 3),
    Scale.FOUR: (1, 4),
    Scale.FIVE: (1, 5),
}
#: A critical category scoring below this fails the whole review.
CRITICAL_PASS = 50.0


@dataclass(frozen=True)
class Category:
    """One line of a rubric."""

    name: str
    weight: float
    scale: Scale = Scale.FIVE
    critical: bool = False
    na_allowed: bool = False


class RatingProblem(ValueError):
    """A rating does not fit its category (outside the scale, N/A where not allowed)."""


@dataclass(frozen=True)
class ReviewScore:
    """A review's result: the score, and the critical categories that failed it."""

    score: float | None  # None when nothing was rated
    critical_failures: tuple[str, ...]
    rated: int


def category_score(category: Category, rating: int) -> float:
    """The category's score in percent for ``rating``.

    Raises:
        RatingProblem: the rating is outside the category's scale.
    """
    low, high = BOUNDS[category.scale]
    if isinstance(rating, bool) or not low <= rating <= high:
        raise RatingProblem(f"{category.name}: {rating} is not on the scale {low}-{high}")
    return (rating - low) / (high - low) * 100


def review_score(rubric: Sequence[Category], ratings: Sequence[int | None]) -> ReviewScore:
    """Score one review: ``ratings`` in rubric order, None for N/A.

    Raises:
        RatingProblem: a rating is off its scale, N/A where the rubric does not allow
            it, or the numbers of categories and ratings differ.
    """
    if len(rubric) != len(ratings):
        raise RatingProblem(f"{len(ratings)} ratings for {len(rubric)} categories")
    total = weights = 0.0
    failures: list[str] = []
    rated = 0
    for category, rating in zip(rubric, ratings, strict=True):
        if rating is None:
            if not category.na_allowed:
                raise RatingProblem(f"{category.name}: N/A is not allowed")
            continue
        score = category_score(category, rating)
        rated += 1
        total += score * category.weight
        weights += category.weight
        if category.critical and score < CRITICAL_PASS:
            failures.append(category.name)
    if rated == 0:
        return ReviewScore(None, (), 0)
    if failures:
        return ReviewScore(0.0, tuple(failures), rated)
    return ReviewScore(total / weights if weights else 0.0, (), rated)


def monthly_qa_score(scores: Sequence[float]) -> float | None:
    """The mean of a month's review scores (None without reviews)."""
    return sum(scores) / len(scores) if scores else None


#: The plans' rubric, by key; names and weights are editable in the shop.
DEFAULT_RUBRIC: tuple[tuple[str, Category], ...] = (
    ("greeting", Category("Greeting and etiquette", 10, Scale.FIVE)),
    ("empathy", Category("Listening and empathy", 15, Scale.FIVE)),
    ("accuracy", Category("Accuracy of information", 20, Scale.FIVE, critical=True)),
    ("clarity", Category("Clarity", 10, Scale.FIVE)),
    ("script", Category("Script compliance", 15, Scale.BINARY, critical=True)),
    ("solution", Category("Solution offered", 20, Scale.THREE, na_allowed=True)),
    ("closing", Category("Closing", 10, Scale.BINARY, na_allowed=True)),
)
