"""Scorecard rules, grades, vetoes, bonus and the Service Star: pure rules, many inputs."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from csdesk.domain.grading import (
    CRITICAL_QA,
    SEVERE_COMPLAINT,
    BonusRule,
    StarCandidate,
    Veto,
    bonus,
    capped_grade,
    grade_of,
    service_star,
)
from csdesk.domain.kpis import BY_KEY, KPIS, Direction
from csdesk.domain.scorecard_defaults import default_card, line_target, new_line
from csdesk.domain.scoring import Line, points, score_card
from csdesk.domain.scoring_rules import Band, RuleKind, RuleProblem, ScoringRule
from csdesk.domain.staff import Post

H, L = Direction.HIGHER, Direction.LOWER
SATISFACTION = ScoringRule(RuleKind.BANDS, (Band(98, 100), Band(95, 80), Band(92, 60)), below=0)
RESPONSE = ScoringRule(RuleKind.LINEAR, floor=60, target=20, cap=100)
values = st.floats(-1e6, 1e6, allow_nan=False)


def test_the_plans_bands_for_satisfaction():
    assert [points(SATISFACTION, H, v) for v in (99, 98, 97.9, 95, 92, 91.99, 0)] == [
        100, 100, 80, 80, 60, 0, 0,
    ]  # fmt: skip


def test_bands_for_a_kpi_where_lower_is_better():
    rule = ScoringRule(RuleKind.BANDS, (Band(30, 100), Band(60, 70)), below=10)
    assert [points(rule, L, v) for v in (12, 30, 31, 60, 61)] == [100, 100, 70, 70, 10]


@st.composite
def monotone_bands(draw):
    thresholds = sorted(draw(st.lists(values, min_size=1, max_size=6, unique=True)))
    earned = sorted(draw(st.lists(st.floats(0, 150), min_size=len(thresholds),
                                  max_size=len(thresholds))))  # fmt: skip
    below = draw(st.floats(0, earned[0]))
    return ScoringRule(RuleKind.BANDS, tuple(map(Band, thresholds, earned)), below=below)


@given(monotone_bands(), values, values)
def test_more_never_earns_less_where_higher_is_better(rule, a, b):
    low, high = sorted((a, b))
    assert points(rule, H, low) <= points(rule, H, high)


@given(values, values, st.floats(0, 200), values, values)
def test_linear_is_monotone_and_kept_between_0_and_the_cap(floor, target, cap, a, b):
    assume(abs(target - floor) > 1e-6)
    rule = ScoringRule(RuleKind.LINEAR, floor=floor, target=target, cap=cap)
    direction = H if target > floor else L
    low, high = sorted((a, b))
    p_low, p_high = points(rule, direction, low), points(rule, direction, high)
    assert 0 <= p_low <= cap and 0 <= p_high <= cap
    assert (p_low <= p_high) if target > floor else (p_low >= p_high)


def test_linear_response_time_from_floor_to_target_and_the_cap():
    assert [points(RESPONSE, L, v) for v in (90, 60, 40, 20, 5)] == [0, 0, 50, 100, 100]
    generous = ScoringRule(RuleKind.LINEAR, floor=60, target=20, cap=120)
    assert points(generous, L, 12) == pytest.approx(120)
    assert points(generous, L, 16) == pytest.approx(110)


@pytest.mark.parametrize(
    "rule",
    [
        ScoringRule(RuleKind.BANDS),
        ScoringRule(RuleKind.LINEAR, floor=5, target=5),
        ScoringRule(RuleKind.LINEAR, floor=0, target=1, cap=-1),
        ScoringRule(RuleKind.LINEAR, floor=0, target=math.inf),
    ],
)
def test_a_rule_that_cannot_score_is_refused(rule):
    with pytest.raises(RuleProblem):
        points(rule, H, 1)


CARD = (
    Line("satisfaction_rate", 40, H, SATISFACTION),
    Line("avg_first_response_seconds", 30, L, RESPONSE),
    Line("teamwork", 30, H, ScoringRule(RuleKind.LINEAR, floor=1, target=5)),
)


def test_a_card_by_hand():
    score = score_card(CARD, {"satisfaction_rate": 96, "avg_first_response_seconds": 30,
                              "teamwork": 4})  # fmt: skip
    # 80 x 0.4 + 75 x 0.3 + 75 x 0.3
    assert score.total == pytest.approx(77.0) and score.left_out == ()


def test_a_kpi_without_data_is_left_out_and_the_weights_renormalised():
    score = score_card(CARD, {"satisfaction_rate": 96, "avg_first_response_seconds": 30})
    assert score.left_out == ("teamwork",)
    assert score.total == pytest.approx((80 * 40 + 75 * 30) / 70)
    assert [s.share for s in score.lines] == pytest.approx([40 / 70, 30 / 70, 0])
    assert score_card(CARD, {}).total is None


@given(
    st.lists(st.floats(0.1, 100), min_size=3, max_size=3),
    st.lists(st.one_of(st.none(), st.floats(0, 100)), min_size=3, max_size=3),
    st.floats(0.01, 100),
)
def test_a_total_lies_between_the_points_and_ignores_the_weights_scale(weights, data, scale):
    lines = [Line(c.kpi, w, c.direction, c.rule) for c, w in zip(CARD, weights, strict=True)]
    month = {c.kpi: v for c, v in zip(CARD, data, strict=True)}
    score = score_card(lines, month)
    earned = [s.points for s in score.lines if s.points is not None]
    if not earned:
        assert score.total is None
        return
    assert min(earned) - 1e-9 <= score.total <= max(earned) + 1e-9
    scaled = [Line(x.kpi, x.weight * scale, x.direction, x.rule) for x in lines]
    assert score_card(scaled, month).total == pytest.approx(score.total)


def test_a_weight_of_zero_is_refused():
    with pytest.raises(RuleProblem, match="weight"):
        score_card([Line("teamwork", 0, H, RESPONSE)], {"teamwork": 3})


@given(st.floats(0, 100), st.floats(0, 100))
def test_grades_follow_the_total(a, b):
    low, high = sorted((a, b))
    assert "ABCD".index(grade_of(low)) >= "ABCD".index(grade_of(high))


def test_grade_bands_and_vetoes():
    assert [grade_of(t) for t in (95, 90, 89.99, 80, 70, 69.9, None)] == [
        "A", "A", "B", "B", "C", "D", None,
    ]  # fmt: skip
    severe = Veto(SEVERE_COMPLAINT)
    assert capped_grade("A", [severe]) == "C"
    assert capped_grade("D", [severe]) == "D"
    assert capped_grade("A", [severe, Veto(CRITICAL_QA, cap="D")]) == "D"
    assert capped_grade("B", []) == "B"


RULE = BonusRule(base={"pre_sales": 100000, "after_sales": 80000})


def test_bonus_from_base_grade_tier_and_complaints():
    assert bonus(RULE, "pre_sales", "A", 96, 0).amount == 120000 + 20000
    assert bonus(RULE, "pre_sales", "B", 94.9, 1).amount == 100000 - 5000
    assert bonus(RULE, "after_sales", "C", 92, 0).amount == 48000
    assert bonus(RULE, "after_sales", "D", 99, 0).amount == 0  # no tier without a bonus
    assert bonus(RULE, "after_sales", "C", 92, 20).amount == 0  # never below 0
    failed = bonus(RULE, "pre_sales", "A", 89.9, 0)
    assert failed.amount == 0 and failed.below_pass
    assert bonus(RULE, "pre_sales", "A", None, 0).amount == 120000  # no figure: no tier
    assert bonus(RULE, "tech_support", "A", 99, 0).amount == 20000  # no base for the post


@given(st.integers(0, 10), st.integers(0, 10), st.floats(90, 100))
def test_more_valid_complaints_never_raise_the_bonus(fewer, more, satisfaction):
    low, high = sorted((fewer, more))
    assert bonus(RULE, "pre_sales", "B", satisfaction, high).amount <= (
        bonus(RULE, "pre_sales", "B", satisfaction, low).amount
    )


def test_the_service_star():
    c = StarCandidate
    assert service_star([c(1, 91, False, 97), c(2, 95, True, 99), c(3, 91, False, 98)]) == 3
    assert service_star([c(1, 91, False, None), c(2, 91, False, 90)]) == 2
    assert service_star([c(1, 91, False, 95), c(2, 91, False, 95)]) == 1  # roster order
    assert service_star([c(1, 99, True, 99), c(2, None, False, 99)]) is None


@pytest.mark.parametrize("post", list(Post))
def test_each_posts_default_card_is_whole_and_points_the_right_way(post):
    card = default_card(post)
    assert sum(line.weight for line in card) == 100
    assert len({line.kpi for line in card}) == len(card)
    for line in card:
        assert line.direction is BY_KEY[line.kpi].direction
        if line.rule.kind is RuleKind.LINEAR:
            rising = line.rule.target > line.rule.floor
            assert rising == (line.direction is H), line.kpi
        assert points(line.rule, line.direction, line_target(line)) == 100, line.kpi
    assert [k for k in ("conversion_rate", "sales_amount") if k in {x.kpi for x in card}] == (
        ["conversion_rate", "sales_amount"] if post is Post.PRE_SALES else []
    )


def test_the_plans_pass_line_and_a_good_month_on_the_default_card():
    card = default_card(Post.AFTER_SALES)
    assert points(card[0].rule, H, 90) == 60 and points(card[0].rule, H, 89.9) == 0
    good = {
        "satisfaction_rate": 96, "avg_first_response_seconds": 28, "avg_response_seconds": 70,
        "resolution_rate": 92, "fcr_rate": 78, "qa_score": 90, "praise_count": 2,
        "valid_complaints": 0, "teamwork": 4.5,
    }  # fmt: skip
    score = score_card(card, good)
    # 85x.25 + 100x.1 + 85x.05 + 88x.15 + 80x.1 + (30/35x100)x.15 + 80x.05 + 100x.05 + 87.5x.1
    assert score.total == pytest.approx(87.307, abs=1e-3) and grade_of(score.total) == "B"


@pytest.mark.parametrize("kpi", [k.key for k in KPIS])
def test_every_kpi_added_to_a_card_starts_with_a_rule_that_scores_its_way(kpi):
    line = new_line(kpi)
    line.rule.check()
    assert line.direction is BY_KEY[kpi].direction
    target = line_target(line)
    assert points(line.rule, line.direction, target) == 100
    worse = target - 1 if line.direction is Direction.HIGHER else target + 1
    assert points(line.rule, line.direction, worse) < 100


def test_a_rule_in_words():
    from csdesk.common.appraisal_labels import rule_text

    satisfaction, response = default_card(Post.PRE_SALES)[:2]
    assert rule_text(satisfaction).startswith("≥ 98.0 % → 100 · ≥ 95.0 % → 85")
    assert rule_text(satisfaction).endswith("else 0")
    assert rule_text(response).startswith("≤ 30 s → 100")
    assert rule_text(new_line("qa_score")) == "60.0 → 0, 95.0 → 100, at most 100"
