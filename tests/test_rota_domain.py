"""The rota's rules: shifts across midnight, rest, hours, streaks, leave, weeks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.domain.rota import (
    DEFAULT_SHIFTS,
    UNPLANNED,
    Breach,
    Duty,
    Employment,
    Leave,
    RotaRules,
    Shift,
    attendance_rate,
    check_rota,
    on_duty_by_hour,
    parse_day,
    worked_hours,
)
from csdesk.domain.weeks import Week

MORNING, MIDDLE, EVENING, NIGHT = DEFAULT_SHIFTS
MONDAY = date(2026, 11, 23)  # 2026-W48
WEEK = Week.of(MONDAY)


def day(n: int) -> date:
    return MONDAY + timedelta(days=n)


def breaches(findings) -> list[tuple[int, Breach]]:
    return [((f.day - MONDAY).days, f.breach) for f in findings]


def test_weeks():
    assert str(WEEK) == "2026-W48" and Week.parse("2026w48") == WEEK
    assert WEEK.days[0] == MONDAY and WEEK.days[-1] == date(2026, 11, 29)
    assert WEEK.shift(6) == Week(2027, 1) and WEEK.shift(-48) == Week(2025, 52)
    assert Week.of(date(2027, 1, 1)) == Week(2026, 53)  # 2026 has 53 ISO weeks
    for bad in ("2026-W54", "2025-W53", "2026-48", "W48"):
        with pytest.raises(ValueError):
            Week.parse(bad)


def test_shifts_across_midnight():
    assert (MORNING.hours, EVENING.hours, NIGHT.hours) == (7.0, 7.0, 7.0)
    assert not MORNING.crosses_midnight and not EVENING.crosses_midnight
    assert NIGHT.crosses_midnight
    start, end = NIGHT.times(day(6))
    assert start == datetime(2026, 11, 29, 22) and end == datetime(2026, 11, 30, 6)
    assert Shift("X", 9 * 60, 9 * 60).span_minutes == 24 * 60


def test_a_plain_week_breaks_nothing():
    duties = [Duty(1, day(n), MORNING) for n in range(5)]
    assert check_rota(duties, WEEK.days) == []
    assert worked_hours(duties, WEEK.days) == {1: 35.0}


def test_double_booking_and_rest():
    duties = [
        Duty(1, day(0), MORNING),
        Duty(1, day(0), MIDDLE),  # 12:00-20:00 overlaps 08:00-16:00 by 4 h
        Duty(1, day(1), NIGHT),  # 22:00 Tue, 26 h after Monday's end: fine
        Duty(1, day(2), MORNING),  # 08:00 Wed, 2 h after the night ends
    ]
    findings = check_rota(duties, WEEK.days)
    assert breaches(findings) == [
        (0, Breach.DOUBLE_BOOKED),
        (0, Breach.LONG_DAY),
        (2, Breach.SHORT_REST),
    ]
    assert findings[0].value == 4.0 and findings[1].value == 14.0
    assert findings[2].value == 2.0


def test_rest_and_streaks_look_across_the_week_border():
    # Sunday night of the week before, then Monday morning: 2 h of rest on Monday.
    duties = [Duty(2, day(-1), NIGHT), Duty(2, day(0), MORNING)]
    assert breaches(check_rota(duties, WEEK.days)) == [(0, Breach.SHORT_REST)]
    # Four days at the end of last week and three at the start of this one: the 7th day
    # in a row is Wednesday.
    streak = [Duty(3, day(n), MORNING) for n in range(-4, 3)]
    found = check_rota(streak, WEEK.days)
    assert breaches(found) == [(2, Breach.DAYS_IN_ROW)] and found[0].value == 7.0
    # Findings of days outside the week are not reported.
    assert check_rota(streak, [day(-1)]) == []


def test_hours_a_week_count_by_the_day_a_shift_starts():
    # Six nights of 8 h (21:00-06:00, 1 h break): 48 h, over 44 h from the 6th night.
    long_night = Shift("L", 21 * 60, 6 * 60, 60)
    duties = [Duty(4, day(n), long_night) for n in range(6)]
    found = check_rota(duties, WEEK.days)
    assert breaches(found) == [(5, Breach.LONG_WEEK)] and found[0].value == 48.0
    # Sunday's night ends on next Monday but counts for this week only.
    assert worked_hours([Duty(4, day(6), long_night)], Week(2026, 49).days) == {}


def test_leave_employment_and_training():
    duties = [Duty(5, day(n), MORNING) for n in range(4)]
    found = check_rota(
        duties,
        WEEK.days,
        leave={(5, day(0)): Leave.SICK},
        employment={5: Employment(hired=day(1), last_day=day(2))},
        not_cleared={(5, day(1))},
    )
    assert breaches(found) == [
        (0, Breach.ON_LEAVE),
        (0, Breach.NOT_EMPLOYED),
        (1, Breach.NOT_CLEARED),
        (3, Breach.NOT_EMPLOYED),
    ]


def test_a_split_shift_is_judged_by_the_days_hours_not_by_rest():
    found = check_rota([Duty(1, day(0), MORNING), Duty(1, day(0), EVENING)], WEEK.days)
    assert breaches(found) == [(0, Breach.LONG_DAY)] and found[0].value == 14.0


def test_other_limits_and_agents_apart():
    strict = RotaRules(min_rest_hours=12, max_day_hours=6, max_week_hours=20, max_days_in_row=2)
    duties = [Duty(6, day(n), MIDDLE) for n in range(3)] + [Duty(7, day(0), MORNING)]
    found = check_rota(duties, WEEK.days, strict)
    assert {f.agent_id for f in found} == {6, 7}
    assert (0, Breach.LONG_DAY) in breaches(f for f in found if f.agent_id == 7)
    six = breaches(f for f in found if f.agent_id == 6)
    assert (2, Breach.DAYS_IN_ROW) in six and (2, Breach.LONG_WEEK) in six


def test_attendance_and_coverage():
    assert Leave.ANNUAL not in UNPLANNED and Leave.SICK in UNPLANNED
    assert attendance_rate(19, 1) == 95.0 and attendance_rate(0, 0) is None
    duties = [Duty(1, day(0), MORNING), Duty(2, day(-1), NIGHT), Duty(3, day(0), EVENING)]
    hours = on_duty_by_hour(duties, day(0))
    assert [len(h) for h in hours[:9]] == [1] * 6 + [0, 0, 1]  # the night until 06:00
    assert len(hours[15]) == 1 and len(hours[16]) == 1 and len(hours[23]) == 1
    assert hours[15][0].agent_id == 1 and hours[16][0].agent_id == 3


# --- properties -------------------------------------------------------------------------

shifts = st.builds(
    Shift,
    code=st.just("S"),
    start=st.integers(0, 24 * 60 - 1),
    end=st.integers(0, 24 * 60 - 1),
    break_minutes=st.integers(0, 90),
)
plans = st.lists(st.tuples(st.integers(-7, 13), shifts), min_size=1, max_size=12)


@given(plans)
def test_rest_findings_are_exactly_the_short_gaps(plan):
    duties = [Duty(1, day(n), shift) for n, shift in plan]
    found = check_rota(duties, [day(n) for n in range(-7, 14)])
    short = {f.day for f in found if f.breach is Breach.SHORT_REST}
    overlapped = {f.day for f in found if f.breach is Breach.DOUBLE_BOOKED}
    ordered = sorted(duties, key=lambda d: (d.start, d.end))
    latest_end, latest_day = None, None
    for duty in ordered:
        if latest_end is not None:
            if duty.start < latest_end:
                assert duty.day in overlapped
            elif duty.day != latest_day and duty.start - latest_end < timedelta(hours=11):
                assert duty.day in short
        if latest_end is None or duty.end > latest_end:
            latest_end, latest_day = duty.end, duty.day
    # A day flagged has a duty that starts too soon after an earlier one ends.
    for flagged in short | overlapped:
        assert any(d.day == flagged for d in duties)


@given(plans)
def test_week_hours_findings_match_the_iso_week_totals(plan):
    duties = [Duty(1, day(n), shift) for n, shift in plan]
    days = [day(n) for n in range(-7, 14)]
    found = check_rota(duties, days)
    flagged_weeks = {Week.of(f.day) for f in found if f.breach is Breach.LONG_WEEK}
    for week in {Week.of(d) for d in days}:
        total = worked_hours(duties, week.days).get(1, 0.0)
        assert (week in flagged_weeks) == (total > 44 + 1e-9)


@given(st.sets(st.integers(0, 30), max_size=31))
def test_streak_findings_start_on_the_seventh_day(worked):
    duties = [Duty(1, day(n), MORNING) for n in worked]
    found = {f.day for f in check_rota(duties, [day(n) for n in range(31)])}
    for n in range(31):
        run = 0
        while n - run in worked:
            run += 1
        assert (day(n) in found) == (run > 6)


LEAVE_WORDS = {"annual": Leave.ANNUAL, "年假": Leave.ANNUAL, "sick": Leave.SICK, "病": Leave.SICK}


@given(
    st.lists(st.sampled_from(["M", "d", "E", "n"]), max_size=3, unique_by=str.upper),
    st.sampled_from([None, "annual", "年假", "sick", "病"]),
    st.sampled_from(["+", " + ", ",", "/", " ", "，"]),
)
def test_a_typed_day_reads_back_whatever_the_separators_and_case(codes, leave, separator):
    text = separator.join([*codes, *([leave] if leave else [])])
    found, kind = parse_day(text, ["M", "D", "E", "N"], LEAVE_WORDS)
    assert found == tuple(c.upper() for c in codes)
    assert kind == (LEAVE_WORDS[leave] if leave else None)


def test_a_typed_day_keeps_unknown_words_and_refuses_two_kinds_of_leave():
    assert parse_day("", ["M"], LEAVE_WORDS) == ((), None)
    assert parse_day("M+X9", ["M"], LEAVE_WORDS) == (("M", "X9"), None)
    assert parse_day("annual 年假", ["M"], LEAVE_WORDS) == ((), Leave.ANNUAL)
    with pytest.raises(ValueError):
        parse_day("annual+sick", ["M"], LEAVE_WORDS)
