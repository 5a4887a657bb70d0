"""The appraisal workflow and the stored rules: drafts, finalising, amendments, closing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from csdesk.domain.grading import CRITICAL_QA, grade_of
from csdesk.domain.months import Month
from csdesk.domain.scoring_rules import Band, RuleKind, ScoringRule
from csdesk.domain.staff import Post
from csdesk.services.appraisals import records
from csdesk.services.appraisals import workflow as appraisals
from csdesk.services.appraisals.appraisal_drafts import draft_appraisals, month_facts, score_month
from csdesk.services.appraisals.appraisal_rules import (
    default_rules,
    first_open_month,
    problems,
    rule_versions,
    rules_for,
    rules_json,
    rules_of,
    save_rules,
)
from csdesk.services.appraisals.appraisal_what_if import what_if
from csdesk.services.errors import UserError
from csdesk.services.performance import manual_kpis
from tests.engines import table_rows

OCTOBER = Month(2026, 10)
AFTER = date(2026, 11, 23)


def by_no(state: records.MonthAppraisals) -> dict[str, records.AppraisalRecord]:
    return {a.employee_no: a for a in state.appraisals}


def test_preparing_stores_a_draft_per_agent_with_the_computed_card(db, october):
    assert records.month_appraisals(db, OCTOBER).appraisals == ()
    assert appraisals.prepare_month(db, OCTOBER, author="主管") == 3
    state = records.month_appraisals(db, OCTOBER)
    drafts = {d.employee_no: d for d in draft_appraisals(db, OCTOBER)}
    assert [a.employee_no for a in state.appraisals] == ["CS1", "CS2", "CS3"]
    for number, stored in by_no(state).items():
        draft = drafts[number]
        assert stored.status == records.DRAFT and stored.version == 1
        assert stored.total == pytest.approx(draft.score.total)
        assert stored.grade == draft.grade and stored.bonus == draft.bonus
        assert stored.rank == draft.rank and stored.created_by == "主管"
        assert [line.kpi for line in stored.lines] == [s.kpi for s in draft.score.lines]
        weighted = sum(line.weighted for line in stored.lines if line.weighted is not None)
        assert weighted == pytest.approx(stored.total)
    assert by_no(state)["CS2"].vetoes == (CRITICAL_QA,)
    assert state.star_agent_id == october[0] and not state.closed and state.drafts == 3


def test_preparing_again_recomputes_drafts_and_keeps_comments(db, october):
    appraisals.prepare_month(db, OCTOBER)
    first = by_no(records.month_appraisals(db, OCTOBER))["CS1"]
    appraisals.set_comment(db, first.id, "  表现稳定，继续保持。 ")
    manual_kpis.set_manual_values(db, OCTOBER, {october[0]: {"teamwork": 1}})
    appraisals.prepare_month(db, OCTOBER)
    again = by_no(records.month_appraisals(db, OCTOBER))["CS1"]
    assert again.id == first.id and again.comment == "表现稳定，继续保持。"
    assert again.total < first.total
    assert len(table_rows(db, "appraisals")) == 3


def test_a_finalised_appraisal_is_read_only_and_prepare_leaves_it(db, october):
    appraisals.prepare_month(db, OCTOBER)
    first = by_no(records.month_appraisals(db, OCTOBER))["CS1"]
    assert appraisals.finalise(db, [first.id], author="主管") == 1
    locked = records.appraisal(db, first.id)
    assert locked.final and locked.finalised_by == "主管" and locked.finalised_at is not None
    before = table_rows(db, "appraisals")
    with pytest.raises(UserError, match="read-only"):
        appraisals.set_comment(db, first.id, "改一下")
    manual_kpis.set_manual_values(db, OCTOBER, {october[0]: {"teamwork": 1}})
    appraisals.prepare_month(db, OCTOBER)
    after = table_rows(db, "appraisals")
    finalised_row = [r for r in after if r[0] == first.id]
    assert finalised_row == [r for r in before if r[0] == first.id]
    assert appraisals.finalise(db, [first.id]) == 0  # already final: nothing to do


def test_finalising_locks_the_numbers_of_the_data_as_it_is_now(db, october):
    appraisals.prepare_month(db, OCTOBER)
    draft = by_no(records.month_appraisals(db, OCTOBER))["CS3"]
    manual_kpis.set_manual_values(db, OCTOBER, {october[2]: {"teamwork": 1}})
    appraisals.finalise(db, [draft.id])
    final = records.appraisal(db, draft.id)
    assert final.total < draft.total
    teamwork = next(line for line in final.lines if line.kpi == "teamwork")
    assert teamwork.value == 1 and teamwork.points == 0


def test_an_amendment_is_a_new_version_and_the_history_is_kept(db, october):
    appraisals.prepare_month(db, OCTOBER)
    first = by_no(records.month_appraisals(db, OCTOBER))["CS1"]
    appraisals.set_comment(db, first.id, "原评语")
    appraisals.finalise(db, [first.id])
    signed_on = records.appraisal(db, first.id).finalised_at.date()
    appraisals.acknowledge(db, first.id, signed_on, "已阅", today=signed_on)
    manual_kpis.set_manual_values(db, OCTOBER, {october[0]: {"teamwork": 3}})
    with pytest.raises(UserError, match="why"):
        appraisals.amend(db, first.id, "   ")
    new_id = appraisals.amend(db, first.id, "团队协作分录入有误", author="店长")
    versions = records.history(db, october[0], OCTOBER)
    assert [v.version for v in versions] == [1, 2]
    old, new = versions
    assert old.id == first.id and old.total == records.appraisal(db, first.id).total
    assert old.acknowledged_on == signed_on and old.acknowledgement == "已阅"
    assert new.id == new_id and new.final and new.reason == "团队协作分录入有误"
    assert new.created_by == "店长" and new.finalised_by == "店长"
    assert new.comment == "原评语" and new.acknowledged_on is None
    assert new.total < old.total
    current = by_no(records.month_appraisals(db, OCTOBER))["CS1"]
    assert current.id == new_id
    with pytest.raises(UserError, match="newer version"):
        appraisals.amend(db, first.id, "again")
    with pytest.raises(UserError, match="newer version"):
        appraisals.acknowledge(db, first.id, signed_on, today=signed_on)
    draft = by_no(records.month_appraisals(db, OCTOBER))["CS2"]
    with pytest.raises(UserError, match="draft"):
        appraisals.amend(db, draft.id, "reason")


def test_acknowledgement_needs_a_finalised_appraisal_and_a_sensible_date(db, october):
    appraisals.prepare_month(db, OCTOBER)
    record = by_no(records.month_appraisals(db, OCTOBER))["CS1"]
    with pytest.raises(UserError, match="finalised"):
        appraisals.acknowledge(db, record.id, date(2026, 11, 3), today=AFTER)
    appraisals.finalise(db, [record.id])
    finalised_on = records.appraisal(db, record.id).finalised_at.date()
    with pytest.raises(UserError, match="between"):
        appraisals.acknowledge(db, record.id, finalised_on + timedelta(days=1), today=finalised_on)
    with pytest.raises(UserError, match="between"):
        appraisals.acknowledge(db, record.id, date(2026, 1, 1), today=finalised_on)
    appraisals.acknowledge(db, record.id, finalised_on, "同意", today=finalised_on)
    signed = records.appraisal(db, record.id)
    assert signed.acknowledged_on == finalised_on and signed.acknowledgement == "同意"


def test_closing_finalises_everything_and_records_the_star(db, october):
    with pytest.raises(UserError, match="not ended"):
        appraisals.close_month(db, OCTOBER, today=date(2026, 10, 31))
    star = appraisals.close_month(db, OCTOBER, author="主管", today=AFTER)  # never prepared
    state = records.month_appraisals(db, OCTOBER)
    assert star == october[0] and state.star_agent_id == star  # CS2 vetoed, CS3 weaker
    assert state.closed and state.drafts == 0 and len(state.appraisals) == 3
    assert all(a.finalised_by == "主管" for a in state.appraisals)
    with pytest.raises(UserError, match="closed"):
        appraisals.prepare_month(db, OCTOBER)
    with pytest.raises(UserError, match="closed"):
        appraisals.close_month(db, OCTOBER, today=AFTER)


def test_the_star_is_kept_when_a_closed_month_is_amended(db, october):
    appraisals.close_month(db, OCTOBER, today=AFTER)
    first = by_no(records.month_appraisals(db, OCTOBER))["CS1"]
    manual_kpis.set_manual_values(db, OCTOBER, {october[0]: {"teamwork": 1}})
    appraisals.amend(db, first.id, "correction")
    state = records.month_appraisals(db, OCTOBER)
    assert state.star_agent_id == october[0]  # recorded at closing
    assert by_no(state)["CS1"].version == 2


def test_ranks_follow_the_current_versions(db, october):
    appraisals.close_month(db, OCTOBER, today=AFTER)
    ranks = {a.employee_no: a.rank for a in records.month_appraisals(db, OCTOBER).appraisals}
    assert ranks["CS1"] == 1
    first = by_no(records.month_appraisals(db, OCTOBER))["CS1"]
    manual_kpis.set_manual_values(db, OCTOBER, {october[0]: {"teamwork": 1}})
    appraisals.amend(db, first.id, "teamwork was wrong")
    after = {a.employee_no: a for a in records.month_appraisals(db, OCTOBER).appraisals}
    order = sorted(after.values(), key=lambda a: -a.total)
    assert [a.rank for a in order] == [1, 2, 3]
    assert after["CS1"].total < first.total


def test_trends_read_the_current_versions_of_many_months(db, october):
    appraisals.close_month(db, OCTOBER, today=AFTER)
    months = [Month(2026, 9), OCTOBER]
    trends = records.agent_trends(db, months)
    assert set(trends) == set(october)
    september, current = trends[october[0]]
    assert september.total is None and september.month == Month(2026, 9)
    assert current.total == by_no(records.month_appraisals(db, OCTOBER))["CS1"].total


def test_comments_have_a_limit(db, october):
    appraisals.prepare_month(db, OCTOBER)
    record = records.month_appraisals(db, OCTOBER).appraisals[0]
    with pytest.raises(UserError, match="longer"):
        appraisals.set_comment(db, record.id, "长" * (appraisals.COMMENT_LIMIT + 1))


# --- stored rules -----------------------------------------------------------------------


def test_rules_survive_their_json_form():
    rules = default_rules()
    assert rules_of(rules_json(rules)) == replace(
        rules, cards={post: tuple(lines) for post, lines in rules.cards.items()}
    )


def test_rules_take_effect_from_their_month_on(db, october):
    assert rules_for(db, OCTOBER) == default_rules()
    generous = default_rules()
    cards = dict(generous.cards)
    cards[Post.AFTER_SALES] = tuple(
        replace(line, rule=ScoringRule(RuleKind.BANDS, (Band(0, 100),)))
        if line.kpi == "teamwork"
        else line
        for line in cards[Post.AFTER_SALES]
    )
    save_rules(db, Month(2026, 11), replace(generous, cards=cards), author="店长")
    assert rules_for(db, OCTOBER) == default_rules()
    assert rules_for(db, Month(2027, 1)).cards[Post.AFTER_SALES] == cards[Post.AFTER_SALES]
    (version,) = rule_versions(db)
    assert version.effective == Month(2026, 11) and version.saved_by == "店长"
    save_rules(db, OCTOBER, replace(generous, cards=cards))
    manual_kpis.set_manual_values(db, OCTOBER, {october[0]: {"teamwork": 1}})
    (cs1,) = [d for d in draft_appraisals(db, OCTOBER) if d.employee_no == "CS1"]
    teamwork = next(s for s in cs1.score.lines if s.kpi == "teamwork")
    assert teamwork.points == 100  # October now uses the generous rule
    assert len(rule_versions(db)) == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: replace(r, bands=(("A", 80.0), ("B", 90.0), ("C", 70.0))), "lower minimum"),
        (lambda r: replace(r, bands=(("B", 80.0),)), "A, B, C"),
        (lambda r: replace(r, bonus=replace(r.bonus, extra=-1)), "0 or more"),
        (
            lambda r: replace(r, bonus=replace(r.bonus, pass_satisfaction=97.0)),
            "pass line",
        ),
        (
            lambda r: replace(
                r,
                cards={
                    **r.cards,
                    Post.PRE_SALES: (
                        replace(r.cards[Post.PRE_SALES][0], weight=0.0),
                        *r.cards[Post.PRE_SALES][1:],
                    ),
                },
            ),
            "weight",
        ),
        (
            lambda r: replace(
                r,
                cards={
                    **r.cards,
                    Post.COMPLAINTS: (
                        replace(
                            r.cards[Post.COMPLAINTS][0],
                            rule=ScoringRule(RuleKind.LINEAR, floor=5, target=5),
                        ),
                    ),
                },
            ),
            "floor and the target",
        ),
        (lambda r: replace(r, cards={**r.cards, Post.TECH_SUPPORT: ()}), "no line"),
    ],
)
def test_bad_rules_are_refused_and_nothing_is_saved(db, change, message):
    bad = change(default_rules())
    assert any(message in p for p in problems(bad))
    with pytest.raises(UserError) as caught:
        save_rules(db, OCTOBER, bad)
    assert any(message in d for d in caught.value.details)
    assert table_rows(db, "appraisal_rules") == []


def test_rules_cannot_take_effect_in_a_closed_month(db, october):
    assert first_open_month(db) is None
    appraisals.close_month(db, OCTOBER, "店长", today=AFTER)
    assert first_open_month(db) == Month(2026, 11)
    for month in (OCTOBER, Month(2026, 9)):
        with pytest.raises(UserError) as caught:
            save_rules(db, month, default_rules())
        assert "closed" in caught.value.details[0]
    assert table_rows(db, "appraisal_rules") == []
    save_rules(db, Month(2026, 11), default_rules())
    assert [v.effective for v in rule_versions(db)] == [Month(2026, 11)]


# --- what if ----------------------------------------------------------------------------


def test_what_if_scores_the_month_both_ways_without_storing(db, october):
    facts = month_facts(db, OCTOBER)
    now = rules_for(db, OCTOBER)
    assert score_month(facts, now) == draft_appraisals(db, OCTOBER)
    same = what_if(facts, now, now)
    assert not any(a.changed for a in same.agents)
    assert same.bonus_total(True) == same.bonus_total(False)

    # Without the critical-QA veto CS2 (as good as CS1) is no longer capped at C.
    lenient = replace(now, vetoes=tuple(v for v in now.vetoes if v.key != CRITICAL_QA))
    result = what_if(facts, now, lenient)
    by_agent = {a.now.employee_no: a for a in result.agents}
    assert by_agent["CS2"].now.grade == "C" and by_agent["CS2"].now.vetoes == (CRITICAL_QA,)
    uncapped = grade_of(by_agent["CS2"].now.score.total)
    assert uncapped in ("A", "B") and by_agent["CS2"].edited.grade == uncapped
    assert by_agent["CS2"].changed and not by_agent["CS1"].changed
    gained = by_agent["CS2"].edited.bonus.amount - by_agent["CS2"].now.bonus.amount
    assert gained > 0
    assert result.bonus_total(True) == result.bonus_total(False) + gained
    assert result.grade_counts(False)["C"] - 1 == result.grade_counts(True)["C"]
    assert table_rows(db, "appraisals") == [] and table_rows(db, "appraisal_rules") == []


def test_what_if_of_rules_that_cannot_score_lists_the_problems(db, october):
    now = rules_for(db, OCTOBER)
    broken = replace(now, bands=(("A", 70.0), ("B", 80.0), ("C", 90.0)))
    result = what_if(month_facts(db, OCTOBER), now, broken)
    assert result.problems and all(a.edited is None for a in result.agents)
    assert result.bonus_total(True) is None and result.grade_counts(True) is None
    assert result.bonus_total(False) == sum(a.now.bonus.amount for a in result.agents)


def test_a_missing_appraisal_is_refused_clearly_and_a_missing_agent_has_no_history(db):
    with pytest.raises(UserError, match="no longer exists"):
        records.appraisal(db, 9999)
    assert records.history(db, 9999, Month(2026, 10)) == []
