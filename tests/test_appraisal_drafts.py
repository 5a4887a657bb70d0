"""Draft appraisals of a month: the scorecard of the post, vetoes, bonus, rank, Service Star."""

from __future__ import annotations

from datetime import date, datetime

from csdesk.domain.complaints import Priority
from csdesk.domain.grading import CRITICAL_QA, SEVERE_COMPLAINT
from csdesk.domain.months import Month
from csdesk.domain.scorecard_defaults import default_card
from csdesk.domain.scoring import score_card
from csdesk.domain.staff import Post, post_on
from csdesk.services.appraisals.appraisal_drafts import draft_appraisals
from csdesk.services.complaints import case_changes
from csdesk.services.complaints import case_files as complaints
from csdesk.services.performance.kpis import monthly_kpis

OCTOBER = Month(2026, 10)


def test_the_post_held_on_a_day_follows_the_rotations():
    changes = [(date(2026, 3, 1), "pre_sales", "after_sales"),
               (date(2026, 9, 1), "after_sales", "complaints")]  # fmt: skip
    assert post_on(date(2026, 2, 28), "complaints", changes) == "pre_sales"
    assert post_on(date(2026, 3, 1), "complaints", changes) == "after_sales"
    assert post_on(date(2026, 10, 31), "complaints", changes) == "complaints"
    assert post_on(date(2026, 1, 1), "tech_support", []) == "tech_support"


def test_each_agent_is_scored_on_the_card_of_the_post(db, october):
    drafts = {d.employee_no: d for d in draft_appraisals(db, OCTOBER)}
    kpis = {k.employee_no: k for k in monthly_kpis(db, OCTOBER)}
    for number, post in (("CS1", Post.AFTER_SALES), ("CS3", Post.PRE_SALES)):
        expected = score_card(default_card(post), kpis[number].values)
        assert drafts[number].post == post and drafts[number].score == expected
    assert "conversion_rate" in drafts["CS3"].score.left_out  # no conversion data
    assert drafts["CS1"].grade == "A" and drafts["CS1"].vetoes == ()


def test_a_critical_qa_failure_caps_the_grade_and_takes_the_star_away(db, october):
    drafts = {d.employee_no: d for d in draft_appraisals(db, OCTOBER)}
    first, second = drafts["CS1"], drafts["CS2"]
    assert second.vetoes == (CRITICAL_QA,) and second.grade == "C"
    assert second.score.total is not None and second.score.total >= 70
    assert first.star and not second.star and not drafts["CS3"].star
    ranks = sorted(d.rank for d in drafts.values())
    assert ranks[0] == 1 and drafts["CS3"].rank == 3


def test_an_urgent_valid_complaint_is_a_veto_and_a_deduction(db, october):
    before = {d.employee_no: d for d in draft_appraisals(db, OCTOBER)}["CS1"]
    case_changes.create_complaint(
        db,
        complaints.ComplaintData(
            datetime(2026, 10, 9, 10, 0), customer="客户甲", priority=Priority.URGENT,
            description="发错货", agent_id=october[0],
        ),
    )  # fmt: skip
    after = {d.employee_no: d for d in draft_appraisals(db, OCTOBER)}["CS1"]
    assert after.vetoes == (SEVERE_COMPLAINT,) and after.grade == "C"
    assert after.bonus.deduction == before.bonus.deduction + 5000
    assert after.bonus.amount < before.bonus.amount
    # an ordinary complaint deducts but does not veto
    case_changes.create_complaint(
        db,
        complaints.ComplaintData(datetime(2026, 10, 10, 10, 0), customer="客户乙",
                                 description="回复慢", agent_id=october[2]),
    )  # fmt: skip
    third = {d.employee_no: d for d in draft_appraisals(db, OCTOBER)}["CS3"]
    assert third.vetoes == () and third.bonus.deduction == 5000
