"""Training rules: pass marks, expiry arithmetic, standings over time (hypothesis)."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from csdesk.domain.training import (
    SEVERITY,
    Attendance,
    Completion,
    Standing,
    add_months,
    completion_rate,
    expiry,
    passed,
    standing,
)

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))
validity = st.one_of(st.none(), st.integers(min_value=1, max_value=60))
completions = st.lists(
    st.builds(
        lambda on, months: Completion(on, expiry(on, months)),
        days,
        validity,
    ),
    max_size=5,
)


def test_pass_needs_presence_and_the_mark():
    assert passed(None, None, 80) is None  # not held yet
    assert passed(Attendance.ABSENT, None, 80) is False
    assert passed(Attendance.EXCUSED, None, None) is False
    assert passed(Attendance.PRESENT, None, None) is True  # attendance only
    assert passed(Attendance.PRESENT, None, 80) is None  # score not entered yet
    assert passed(Attendance.PRESENT, 80, 80) is True
    assert passed(Attendance.PRESENT, 79.5, 80) is False


def test_expiry_is_the_day_before_the_same_date_months_later():
    assert expiry(date(2026, 3, 15), 12) == date(2027, 3, 14)
    assert expiry(date(2026, 1, 31), 1) == date(2026, 2, 27)  # 28 Feb minus a day
    assert expiry(date(2024, 2, 29), 12) == date(2025, 2, 27)
    assert expiry(date(2026, 3, 15), None) is None


@given(days, st.integers(min_value=0, max_value=240))
def test_add_months_lands_in_the_right_month_and_never_goes_back(day, months):
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later >= day
    assert later.day <= day.day


@given(days, validity)
def test_a_completion_is_valid_on_its_day_and_until_its_expiry(day, months):
    until = expiry(day, months)
    assert standing([Completion(day, until)], day, 0).cleared
    if until is not None:
        assert until >= day
        assert standing([Completion(day, until)], until, 0).cleared
        assert standing([Completion(day, until)], until + timedelta(days=1)).standing == (
            Standing.EXPIRED
        )


@given(completions, days, st.integers(min_value=1, max_value=400), st.integers(0, 90))
def test_standing_only_gets_worse_as_time_passes_without_training(held, today, later, warn):
    before = standing(held, today, warn)
    after = standing([c for c in held if c.completed_on <= today], today + timedelta(later), warn)
    if before.standing != Standing.NOT_TRAINED:
        assert SEVERITY[after.standing] <= SEVERITY[before.standing]


@given(completions, days, days, validity, st.integers(0, 90))
def test_another_completion_never_makes_the_standing_worse(held, today, on, months, warn):
    before = standing(held, today, warn)
    after = standing([*held, Completion(on, expiry(on, months))], today, warn)
    assert SEVERITY[after.standing] >= SEVERITY[before.standing]


@given(completions, days, st.integers(0, 90))
def test_future_completions_do_not_count_yet(held, today, warn):
    assert standing(held, today, warn) == standing(
        [c for c in held if c.completed_on <= today], today, warn
    )


def test_expiring_is_within_the_warning_period():
    pass_day = date(2026, 1, 10)
    held = [Completion(pass_day, expiry(pass_day, 12))]  # valid until 2027-01-09
    assert standing(held, date(2026, 12, 9), 30).standing == Standing.CURRENT
    assert standing(held, date(2026, 12, 10), 30).standing == Standing.EXPIRING
    assert standing(held, date(2027, 1, 9), 30).standing == Standing.EXPIRING
    assert standing(held, date(2027, 1, 10), 30).standing == Standing.EXPIRED
    assert standing([], date(2027, 1, 10)).standing == Standing.NOT_TRAINED


def test_completion_rate_counts_current_and_expiring():
    on = date(2026, 1, 1)
    items = [
        standing([Completion(on, None)], on),
        standing([Completion(on, date(2026, 1, 5))], on, 30),  # expiring
        standing([], on),
        standing([Completion(on, date(2026, 1, 1))], date(2026, 2, 1)),  # expired
    ]
    assert completion_rate(items) == 0.5
    assert completion_rate([]) is None
