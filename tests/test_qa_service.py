"""QA reviews and praise as the services store them, and the KPIs they feed."""

from __future__ import annotations

from datetime import date

import pytest

from csdesk.domain.months import Month
from csdesk.services.errors import UserError
from csdesk.services.performance import kpis, praise, qa, qa_rubric_list

OCTOBER = Month(2026, 10)


@pytest.fixture
def team(two_agents):
    return two_agents


def _ratings(rubric, **by_key):
    """Top marks everywhere, N/A where allowed, except the categories named."""
    out = {}
    for (category_id, category), key in zip(
        rubric.categories, ("greeting", "empathy", "accuracy", "clarity", "script",
                            "solution", "closing"), strict=True
    ):  # fmt: skip
        top = 1 if category.scale == "binary" else int(category.scale)
        out[category_id] = by_key.get(key, top)
    return out


def test_a_new_shop_has_the_plans_rubric_in_its_language(db):
    (rubric,) = qa_rubric_list.rubrics(db)
    names = [c.name for _id, c in rubric.categories]
    assert names[0] == "Greeting and etiquette" and names[4] == "Script compliance"
    assert [c.critical for _id, c in rubric.categories].count(True) == 2


def test_reviews_are_scored_stored_and_averaged_per_month(db, team):
    (rubric,) = qa_rubric_list.rubrics(db)
    first, second = team
    qa.record_review(db, qa.ReviewData(first, rubric.id, date(2026, 10, 3), _ratings(rubric)))
    qa.record_review(
        db,
        qa.ReviewData(
            first, rubric.id, date(2026, 10, 20), _ratings(rubric, greeting=3, closing=None)
        ),
    )
    qa.record_review(  # a critical failure: this review scores 0
        db, qa.ReviewData(second, rubric.id, date(2026, 10, 9), _ratings(rubric, script=0))
    )
    qa.record_review(db, qa.ReviewData(second, rubric.id, date(2026, 11, 1), _ratings(rubric)))
    scores = qa.monthly_qa_scores(db, OCTOBER)
    second_review = (50 * 10 + 100 * 15 + 100 * 20 + 100 * 10 + 100 * 15 + 100 * 20) / 90
    assert scores[first] == pytest.approx((100 + second_review) / 2)
    assert scores[second] == 0
    assert qa.critical_failures(db, OCTOBER) == {second: 1}


def test_a_review_that_does_not_fit_its_rubric_is_refused(db, team):
    (rubric,) = qa_rubric_list.rubrics(db)
    with pytest.raises(UserError, match="Rate every category"):
        qa.record_review(db, qa.ReviewData(team[0], rubric.id, date(2026, 10, 3), {}))
    with pytest.raises(UserError, match="does not fit"):
        qa.record_review(
            db, qa.ReviewData(team[0], rubric.id, date(2026, 10, 3), _ratings(rubric, greeting=9))
        )
    with pytest.raises(UserError, match="does not fit"):
        qa.record_review(
            db,
            qa.ReviewData(team[0], rubric.id, date(2026, 10, 3), _ratings(rubric, accuracy=None)),
        )
    assert qa.monthly_qa_scores(db, OCTOBER) == {}


def test_qa_score_and_praise_reach_the_kpis(db, team):
    first = team[0]
    rows = {r.employee_no: r for r in kpis.monthly_kpis(db, OCTOBER)}
    assert rows["CS001"].values["qa_score"] is None
    assert rows["CS001"].values["praise_count"] is None  # nothing recorded: no data
    (rubric,) = qa_rubric_list.rubrics(db)
    qa.record_review(db, qa.ReviewData(first, rubric.id, date(2026, 10, 3), _ratings(rubric)))
    praise.add_praise(db, first, date(2026, 10, 5), "顾客留言", "耐心")
    praise.add_praise(db, first, date(2026, 10, 6), "店长", "")
    with pytest.raises(UserError):
        praise.add_praise(db, first, date(2026, 10, 6), " ", " ")
    rows = {r.employee_no: r for r in kpis.monthly_kpis(db, OCTOBER)}
    assert rows["CS001"].values["qa_score"] == 100
    assert rows["CS001"].values["praise_count"] == 2
    assert rows["CS002"].values["praise_count"] == 0
