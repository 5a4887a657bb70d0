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
