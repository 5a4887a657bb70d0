"""QA scoring rules, by hand and with hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from csdesk.domain.qa import (
    BOUNDS,
    DEFAULT_RUBRIC,
    Category,
    RatingProblem,
    Scale,
    category_score,
    monthly_qa_score,
    review_score,
)

RUBRIC = [category for _key, category in DEFAULT_RUBRIC]


def test_a_review_by_hand():
    # greeting 4/5 -> 75, empathy 5 -> 100, accuracy 3 -> 50, clarity 5 -> 100,
    # script yes -> 100, solution N/A, closing no -> 0
    result = review_score(RUBRIC, [4, 5, 3, 5, 1, None, 0])
    expected = (75 * 10 + 100 * 15 + 50 * 20 + 100 * 10 + 100 * 15 + 0 * 10) / 80
    assert result.score == pytest.approx(expected) and result.rated == 6
    assert result.critical_failures == ()


def test_a_critical_category_below_half_makes_the_review_zero():
    result = review_score(RUBRIC, [5, 5, 2, 5, 0, 3, 1])  # accuracy 25 %, script "no"
    assert result.score == 0 and result.critical_failures == (
        "Accuracy of information",
        "Script compliance",
    )


def test_ratings_that_do_not_fit_are_refused():
    with pytest.raises(RatingProblem, match="scale 1-5"):
        review_score(RUBRIC, [6, 5, 5, 5, 1, 3, 1])
    with pytest.raises(RatingProblem, match="N/A"):
        review_score(RUBRIC, [None, 5, 5, 5, 1, 3, 1])
    with pytest.raises(RatingProblem):
        review_score(RUBRIC, [5, 5])
    assert (
        review_score([Category("Closing", 1, Scale.BINARY, na_allowed=True)], [None]).score is None
    )
    assert monthly_qa_score([]) is None and monthly_qa_score([80, 90]) == 85


def _ratings(rubric):
    return st.tuples(
        *(
            st.one_of(
                st.integers(*BOUNDS[c.scale]),
                st.none() if c.na_allowed else st.integers(*BOUNDS[c.scale]),
            )
            for c in rubric
        )
    )


@given(_ratings(RUBRIC))
def test_a_score_is_between_0_and_100(ratings):
    result = review_score(RUBRIC, list(ratings))
    assert result.score is not None and 0 <= result.score <= 100


@given(_ratings(RUBRIC), st.integers(0, len(RUBRIC) - 1))
def test_a_better_rating_never_lowers_the_score(ratings, index):
    ratings = list(ratings)
    high = BOUNDS[RUBRIC[index].scale][1]
    assume(ratings[index] is not None and ratings[index] < high)
    raised = [*ratings]
    raised[index] += 1
    assert review_score(RUBRIC, raised).score >= review_score(RUBRIC, ratings).score


@given(st.sampled_from(list(Scale)))
def test_the_ends_of_every_scale_are_0_and_100(scale):
    category = Category("x", 1, scale)
    low, high = BOUNDS[scale]
    assert category_score(category, low) == 0 and category_score(category, high) == 100
