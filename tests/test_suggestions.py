"""Suggestions (issue 21, §3): kept, decided, rewarded on the month's appraisal."""

from __future__ import annotations

from datetime import date

import pytest

from csdesk.domain.grading import BonusRule, bonus
from csdesk.domain.months import Month
from csdesk.services.actions.action_records import list_actions
from csdesk.services.errors import UserError
from csdesk.services.suggestions import suggestion_records as suggestions
from tests.test_appraisal_drafts import OCTOBER  # noqa: F401 (a month with data)


def test_a_reward_is_paid_on_top_even_below_the_pass_line():
    rule = BonusRule(base={"pre_sales": 100000})
    plain = bonus(rule, "pre_sales", "B", 92.0, 0)
    rewarded = bonus(rule, "pre_sales", "B", 92.0, 0, reward=20000)
    assert rewarded.amount == plain.amount + 20000 and rewarded.reward == 20000
    below = bonus(rule, "pre_sales", "B", 80.0, 0, reward=20000)
    assert below.below_pass and below.amount == 20000


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"text": " "}, "Write the suggestion"),
        ({"agent_id": None}, "an agent or a customer"),
        ({"status": "rejected"}, "why it was rejected"),
        ({"status": "adopted", "reward_cents": -1}, "below zero"),
        ({"reward_cents": 500}, "Only an adopted"),
        ({"status": "maybe"}, "Unknown status"),
    ],
)
def test_a_suggestion_that_cannot_be_kept_is_refused(db, october, changes, words):
    data = suggestions.SuggestionData(date(2026, 10, 5), "预录快捷短语", agent_id=october[0])
    with pytest.raises(UserError, match=words):
        suggestions.save_suggestion(db, suggestions.SuggestionData(**{**data.__dict__, **changes}))
    assert suggestions.list_suggestions(db) == []


def test_an_adopted_suggestion_is_rewarded_on_the_months_appraisal_and_starts_an_action(
    db, october
):
    from csdesk.services.appraisals.appraisal_drafts import draft_appraisals

    before = {d.agent_id: d for d in draft_appraisals(db, Month(2026, 10))}[october[0]]
    made = suggestions.save_suggestion(
        db, suggestions.SuggestionData(date(2026, 10, 5), "大促前预录快捷短语", agent_id=october[0])
    )
    customer = suggestions.save_suggestion(
        db, suggestions.SuggestionData(date(2026, 10, 6), "希望增加视频客服", customer="张女士")
    )
    action_id = suggestions.adopt(
        db, made, reward_cents=20000, action_title="整理快捷短语库", owner_name="主管",
        today=date(2026, 10, 20),
    )  # fmt: skip
    assert suggestions.month_rewards(db, Month(2026, 10)) == {october[0]: 20000}
    assert suggestions.month_counts(db, Month(2026, 10))[october[0]] == 1
    after = {d.agent_id: d for d in draft_appraisals(db, Month(2026, 10))}[october[0]]
    assert after.grade is not None  # October is graded: the reward is on top of its bonus
    assert after.bonus.amount == before.bonus.amount + 20000 and after.bonus.reward == 20000
    (action,) = list_actions(db, "all")
    assert (action.id, action.data.source, action.data.source_ref) == (
        action_id, "suggestion", str(made),
    )  # fmt: skip
    record = suggestions.suggestion(db, made)
    assert record.action_id == action_id and record.data.reward_month == "2026-10"
    assert suggestions.suggestion(db, customer).author == "张女士"


def test_suggestions_in_and_out_of_files_all_or_nothing(db, october, tmp_path):
    from csdesk.services.importing import ImportFailed
    from csdesk.services.suggestions.suggestion_files import (
        export_suggestions,
        import_suggestions,
    )

    good = tmp_path / "建议.csv"
    good.write_text(
        "日期,提出人,建议,状态,原因,奖励\n"
        "2026-10-05,CS1,大促前预录快捷短语,采纳,下月执行,200\n"
        "2026-10-06,张女士,希望增加视频客服,未采纳,暂无条件,\n",
        encoding="gb18030",
    )
    assert import_suggestions(db, good).created == 2
    assert import_suggestions(db, good).unchanged == 2
    listed = {s.data.text: s for s in suggestions.list_suggestions(db)}
    assert listed["大促前预录快捷短语"].data.reward_cents == 20000
    assert listed["希望增加视频客服"].author == "张女士"
    out = tmp_path / "out.xlsx"
    assert export_suggestions(db, out) == 2
    assert import_suggestions(db, out).unchanged == 2
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "日期,提出人,建议,状态,原因,奖励\n"
        "2026-10-07,CS1,ok,新建,,\n"
        "2026-10-07,CS1,,新建,,\n"
        "2026-10-08,CS1,x,未采纳,,\n"
        "2026-10-09,CS1,y,新建,,-5\n"
        "someday,CS1,z,maybe,,\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed) as refused:
        import_suggestions(db, bad)
    told = "\n".join(refused.value.details)
    assert all(f"Line {n}" in told for n in (3, 4, 5, 6)), told
    assert len(suggestions.list_suggestions(db)) == 2


def test_the_demo_shop_has_suggestions_adopted_rewarded_and_rejected(demo_db, tmp_path):
    from csdesk.services.suggestions.suggestion_files import (
        export_suggestions,
        import_suggestions,
    )

    every = suggestions.list_suggestions(demo_db)
    states = {s.data.status for s in every}
    assert {"adopted", "rejected", "under_review"} <= states
    assert any(s.data.reward_cents for s in every) and any(s.action_id for s in every)
    out = tmp_path / "s.csv"
    export_suggestions(demo_db, out)
    assert import_suggestions(demo_db, out).unchanged == len(every)  # round trip
