"""Goals split into months and checked each month (issue 20, §2): the rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.domain.goals import (
    Goal,
    GoalProblem,
    GoalStatus,
    capped,
    parse_path,
    path_text,
    target_of,
)
from csdesk.domain.kpis import Direction

H, L = Direction.HIGHER, Direction.LOWER


def test_changes_are_read_relative_or_in_points():
    assert target_of(2.5, "-20%") == pytest.approx(2.0)
    assert target_of(90.0, "+5pt") == pytest.approx(95.0)
    assert target_of(90.0, " +5 PT ") == pytest.approx(95.0)
    for bad in ("-20", "20 percent", "", "+5pts"):
        with pytest.raises(GoalProblem) as refused:
            target_of(1.0, bad)
        assert refused.value.key == GoalProblem.NOT_A_CHANGE


def test_a_straight_path_ends_at_the_target_in_december():
    goal = Goal("satisfaction_rate", H, baseline=80.0, target=92.0)
    assert [goal.month_target(m) for m in (1, 6, 12)] == pytest.approx([81.0, 86.0, 92.0])


def test_a_typed_path_lets_a_sale_month_be_worse():
    goal = Goal("complaint_rate", L, 5.0, 4.0, path=((10, 4.6), (11, 5.2)))
    goal.check()
    assert goal.month_target(11) == 5.2  # Double Eleven may be worse
    assert goal.month_target(12) == 4.0
    assert goal.month_target(5) == pytest.approx(5.0 + (4.6 - 5.0) * 5 / 10)


@pytest.mark.parametrize(
    ("goal", "problem"),
    [
        (Goal("satisfaction_rate", H, 90.0, 85.0), GoalProblem.WRONG_WAY),  # "reduce satisfaction"
        (Goal("complaint_rate", L, 4.0, 5.0), GoalProblem.WRONG_WAY),
        (Goal("satisfaction_rate", H, 80.0, 90.0, path=((12, 88.0),)), GoalProblem.PATH_END),
        (Goal("satisfaction_rate", H, float("nan"), 90.0), GoalProblem.NOT_FINITE),
    ],
)
def test_a_goal_that_cannot_be_kept_is_refused(goal, problem):
    with pytest.raises(GoalProblem) as refused:
        goal.check()
    assert refused.value.key == problem


def test_each_month_is_met_on_track_at_risk_or_off_track():
    goal = Goal("satisfaction_rate", H, 80.0, 92.0)  # tolerance: a quarter of 12 = 3
    assert goal.month_target(6) == 86.0
    assert goal.status(6, 86.0) is GoalStatus.MET
    assert goal.status(6, 83.0) is GoalStatus.ON_TRACK  # 3 short: within the tolerance
    assert goal.status(6, 80.5) is GoalStatus.AT_RISK
    assert goal.status(6, 79.9) is GoalStatus.OFF_TRACK
    assert goal.status(6, None) is None  # no data, no status
    lower = Goal("complaint_rate", L, 5.0, 4.0)
    assert lower.status(12, 3.9) is GoalStatus.MET and lower.status(12, 4.3) is GoalStatus.AT_RISK


finite = st.floats(-1000, 1000, allow_nan=False)


@given(baseline=finite, change=st.floats(0.01, 500), month=st.integers(1, 12), actual=finite)
def test_the_status_never_says_met_short_of_the_month_and_always_on_the_target(
    baseline, change, month, actual
):
    for direction, target in ((H, baseline + change), (L, baseline - change)):
        goal = Goal("k", direction, baseline, target)
        goal.check()
        wanted = goal.month_target(month)
        status = goal.status(month, actual)
        better = actual >= wanted if direction is H else actual <= wanted
        assert (status is GoalStatus.MET) == better
        assert goal.status(month, wanted) is GoalStatus.MET
        # the path moves monotonically from the baseline towards the target
        if month > 1:
            step = goal.month_target(month) - goal.month_target(month - 1)
            assert step == pytest.approx((target - baseline) / 12)


def test_a_path_is_typed_per_quarter_or_month():
    assert parse_path("Q1=92, Q2=93，11=90") == ((3, 92.0), (6, 93.0), (11, 90.0))
    assert parse_path(" q4 : 95 ; 1=80 ") == ((1, 80.0), (12, 95.0))
    assert parse_path("") == ()
    for bad in ("Q5=90", "13=1", "0=1", "Q1", "Q1=ninety", "3=1, Q1=2"):  # Q1 is month 3
        with pytest.raises(GoalProblem) as refused:
            parse_path(bad)
        assert refused.value.key == GoalProblem.PATH_TEXT


@given(
    st.dictionaries(
        st.integers(1, 12), st.floats(-1000, 1000, allow_nan=False).map(lambda v: round(v, 2)),
        max_size=12,
    )
)  # fmt: skip
def test_a_path_written_back_reads_the_same(points):
    path = tuple(sorted(points.items()))
    assert parse_path(path_text(path)) == path


def test_a_rates_target_stays_within_a_hundred():
    assert capped(target_of(90.0, "+15%"), percent=True) == 100.0  # not 103.5
    assert capped(target_of(90.0, "+15%"), percent=False) == pytest.approx(103.5)


def test_turnover_is_checked_over_the_twelve_months_to_each_month():
    from datetime import date

    from csdesk.domain.headcount import Tenure, month_turnover, trailing_turnover
    from csdesk.domain.months import Month

    # ten agents all year; one leaves in March: a month's rate is a twelfth of the scale
    people = [Tenure(date(2024, 1, 1), None) for _ in range(9)]
    people.append(Tenure(date(2024, 1, 1), date(2026, 3, 15)))
    june = trailing_turnover(people, Month(2026, 6))
    assert june.leavers == 1 and month_turnover(people, Month(2026, 6)).leavers == 0
    assert trailing_turnover(people, Month(2027, 3)).leavers == 0  # March 2026 is out
