"""Correcting and deleting reviews and praise, and editing rubrics."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from csdesk.domain.months import Month
from csdesk.domain.qa import Category, Scale
from csdesk.services.errors import UserError
from csdesk.services.performance import praise, qa, qa_records, qa_rubric_list, qa_rubrics

OCTOBER = Month(2026, 10)


@pytest.fixture
def team(two_agents):
    return two_agents


def _top(rubric, **changes):
    """Top marks for every category, except those given by position ("c0"=...)."""
    out = {}
    for position, (category_id, category) in enumerate(rubric.categories):
        top = 1 if category.scale == Scale.BINARY else int(category.scale)
        out[category_id] = changes.get(f"c{position}", top)
    return out


def test_a_review_is_listed_corrected_and_deleted(db, team):
    (rubric,) = qa_rubric_list.rubrics(db)
    first, second = team
    data = qa.ReviewData(first, rubric.id, date(2026, 10, 3), _top(rubric), "QN1", "王主管")
    review = qa.record_review(db, data)
    qa.record_review(db, replace(data, reviewed_on=date(2026, 11, 2)))  # another month
    (row,) = qa_records.month_reviews(db, OCTOBER)
    assert (row.id, row.agent, row.score, row.reviewer) == (review, "张三 (CS001)", 100, "王主管")

    # the wrong agent and a too kind greeting: corrected, scored again
    stored = qa_records.review_data(db, review)
    assert stored == data
    fixed = replace(stored, agent_id=second, ratings=_top(rubric, c0=1))
    assert qa.record_review(db, fixed, review_id=review) == review
    (row,) = qa_records.month_reviews(db, OCTOBER)
    assert row.agent == "李四 (CS002)" and row.score == pytest.approx(90)
    assert qa.monthly_qa_scores(db, OCTOBER) == {second: pytest.approx(90)}
    assert qa_records.review_data(db, review).ratings == fixed.ratings

    qa_records.delete_review(db, review)
    assert qa_records.month_reviews(db, OCTOBER) == []
    with pytest.raises(UserError):
        qa_records.review_data(db, review)


def test_praise_is_listed_corrected_and_deleted(db, team):
    first, second = team
    praise_id = praise.add_praise(db, first, date(2026, 10, 8), "顾客留言", "耐心")
    praise.add_praise(db, second, date(2026, 10, 9), "店长", "")
    rows = qa_records.month_praise(db, OCTOBER)
    assert [(r.agent, r.source) for r in rows] == [
        ("李四 (CS002)", "店长"),
        ("张三 (CS001)", "顾客留言"),
    ]
    praise.add_praise(db, second, date(2026, 10, 8), "顾客留言", "耐心", praise_id=praise_id)
    assert praise.monthly_praise(db, OCTOBER) == {second: 2}
    qa_records.delete_praise(db, praise_id)
    assert [r.source for r in qa_records.month_praise(db, OCTOBER)] == ["店长"]


def _lines(rubric):
    return list(rubric.categories)


def test_a_new_rubric_is_saved_and_offered_for_reviews(db):
    lines = [
        (None, Category("礼貌用语", 30, Scale.BINARY)),
        (None, Category("解决问题", 70, Scale.FIVE, critical=True, na_allowed=False)),
    ]
    rubric_id = qa_rubrics.save_rubric(db, " 售后质检 ", lines)
    record = qa_rubrics.rubric_record(db, rubric_id)
    assert record.name == "售后质检"
    assert [c for _id, c in record.categories] == [c for _id, c in lines]
    assert [r.name for r in qa_rubric_list.rubrics(db)] == ["Standard review", "售后质检"]


@pytest.mark.parametrize(
    ("name", "lines", "reason"),
    [
        ("", [(None, Category("A", 1))], "name"),
        ("standard REVIEW", [(None, Category("A", 1))], "Another rubric"),
        ("X", [], "at least one category"),
        ("X", [(None, Category(" ", 1))], "Category 1 has no name"),
        ("X", [(None, Category("A", 1)), (None, Category("a", 2))], "Two categories"),
        ("X", [(None, Category("A", 0))], "weight"),
        ("X", [(None, Category("A", float("nan")))], "weight"),
    ],
)
def test_a_bad_rubric_is_refused_with_its_problems(db, name, lines, reason):
    with pytest.raises(UserError) as refused:
        qa_rubrics.save_rubric(db, name, lines)
    assert reason in refused.value.full_text()
    assert len(qa_rubrics.rubric_entries(db)) == 1


def test_a_rubric_in_use_keeps_its_categories_but_can_be_renamed(db, team):
    (rubric,) = qa_rubric_list.rubrics(db)
    qa.record_review(db, qa.ReviewData(team[0], rubric.id, date(2026, 10, 3), _top(rubric)))
    lines = _lines(rubric)
    heavier = [(lines[0][0], replace(lines[0][1], weight=50)), *lines[1:]]
    with pytest.raises(UserError) as refused:
        qa_rubrics.save_rubric(db, rubric.name, heavier, rubric.id)
    assert "Copy it" in refused.value.full_text()
    with pytest.raises(UserError):
        qa_rubrics.save_rubric(db, rubric.name, lines[1:], rubric.id)  # one removed
    typo = [(lines[0][0], replace(lines[0][1], name="问候礼仪（新）")), *lines[1:]]
    qa_rubrics.save_rubric(db, "标准质检", typo, rubric.id)
    record = qa_rubrics.rubric_record(db, rubric.id)
    assert record.name == "标准质检" and record.categories[0][1].name == "问候礼仪（新）"
    assert qa_rubrics.rubric_entries(db)[0].reviews == 1


def test_an_unused_rubric_is_edited_freely_and_a_copy_starts_fresh(db, team):
    (rubric,) = qa_rubric_list.rubrics(db)
    copy_id = qa_rubrics.save_rubric(db, "2027 rubric", [(None, c) for _id, c in rubric.categories])
    copy = qa_rubrics.rubric_record(db, copy_id)
    assert {cid for cid, _c in copy.categories}.isdisjoint(cid for cid, _c in rubric.categories)
    lines = list(copy.categories)
    edited = [(lines[0][0], replace(lines[0][1], weight=40, scale=Scale.THREE)), *lines[2:]]
    edited.append((None, Category("Upselling", 5, Scale.FOUR, na_allowed=True)))
    qa_rubrics.save_rubric(db, "2027 rubric", edited, copy_id)
    after = qa_rubrics.rubric_record(db, copy_id)
    assert [c for _id, c in after.categories] == [c for _id, c in edited]
    assert after.categories[0][0] == lines[0][0]  # kept, not re-created


def test_archiving_keeps_one_rubric_in_use(db):
    (rubric,) = qa_rubric_list.rubrics(db)
    with pytest.raises(UserError, match="at least one"):
        qa_rubrics.set_archived(db, rubric.id, True)
    other = qa_rubrics.save_rubric(db, "B", [(None, Category("A", 1))])
    qa_rubrics.set_archived(db, rubric.id, True)
    assert [r.id for r in qa_rubric_list.rubrics(db)] == [other]
    assert [e.archived for e in qa_rubrics.rubric_entries(db)] == [True, False]
    qa_rubrics.set_archived(db, rubric.id, False)
    assert len(qa_rubric_list.rubrics(db)) == 2
