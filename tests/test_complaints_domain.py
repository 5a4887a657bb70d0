"""The complaint rules: working-time clocks and the status flow."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csdesk.domain.complaints import (
    Action,
    Appeal,
    ComplaintStatus,
    TransitionRefused,
    allowed_actions,
    counts_against_agent,
    next_status,
    reference,
)
from csdesk.domain.sla import ClockState, due_at, read_clock, working_time
from csdesk.domain.work_calendar import ALWAYS_OPEN, WorkCalendar, WorkingHours, office_hours

OFFICE = office_hours()  # Monday to Friday, 09:00-18:00
MONDAY = datetime(2026, 11, 16, 10, 0)


# --- fixed examples ---------------------------------------------------------------------


def test_due_time_skips_nights_and_the_weekend():
    friday_evening = datetime(2026, 11, 20, 17, 0)
    # 1 h on Friday, 9 h Monday, 9 h Tuesday, the last 5 h on Wednesday
    assert due_at(OFFICE, friday_evening, timedelta(hours=24)) == datetime(2026, 11, 25, 14, 0)


def test_received_outside_hours_starts_counting_at_opening():
    sunday = datetime(2026, 11, 22, 23, 30)
    assert due_at(OFFICE, sunday, timedelta(hours=2)) == datetime(2026, 11, 23, 11, 0)


def test_holidays_are_skipped_and_make_up_days_count():
    calendar = WorkCalendar(
        week=OFFICE.week,
        holidays=frozenset({date(2026, 11, 17)}),  # Tuesday off
        workdays=frozenset({date(2026, 11, 21)}),  # Saturday worked
    )
    # Monday 10-18 (8 h), Tuesday off, Wednesday to Friday 27 h, Saturday 9 h
    assert due_at(calendar, MONDAY, timedelta(hours=8 + 27 + 1)) == datetime(2026, 11, 21, 10, 0)
    assert working_time(calendar, MONDAY, datetime(2026, 11, 18, 9, 0)) == timedelta(hours=8)


def test_a_pause_pushes_the_due_time_back_by_its_working_length():
    pauses = [(datetime(2026, 11, 16, 11, 0), datetime(2026, 11, 16, 14, 30))]
    assert due_at(OFFICE, MONDAY, timedelta(hours=4), pauses) == datetime(2026, 11, 16, 17, 30)


def test_an_open_pause_stops_the_clock():
    pauses = [(datetime(2026, 11, 16, 11, 0), None)]
    assert due_at(OFFICE, MONDAY, timedelta(hours=4), pauses) is None
    # a due time reached before the pause began stands
    assert due_at(OFFICE, MONDAY, timedelta(minutes=30), pauses) == datetime(2026, 11, 16, 10, 30)


def test_a_calendar_without_hours_has_no_due_time():
    closed = WorkCalendar(week=(None,) * 7)
    assert due_at(closed, MONDAY, timedelta(hours=1)) is None
    assert not closed.has_hours


def test_a_day_may_run_to_midnight():
    late = WorkCalendar(week=(WorkingHours(20 * 60, 24 * 60),) * 7)
    assert due_at(late, MONDAY, timedelta(hours=5)) == datetime(2026, 11, 17, 21, 0)


def test_working_hours_refuse_an_empty_span():
    with pytest.raises(ValueError):
        WorkingHours(600, 600)
    with pytest.raises(ValueError):
        WorkingHours(0, 1441)


def test_clock_reading_states():
    target = timedelta(hours=4)
    due = datetime(2026, 11, 16, 14, 0)
    assert read_clock(OFFICE, MONDAY, target, [], None, MONDAY).state is ClockState.RUNNING
    soon = read_clock(OFFICE, MONDAY, target, [], None, datetime(2026, 11, 16, 12, 30))
    assert soon.state is ClockState.DUE_SOON and soon.due == due
    assert read_clock(OFFICE, MONDAY, target, [], None, due + timedelta(minutes=1)).breached
    done_late = read_clock(OFFICE, MONDAY, target, [], due + timedelta(hours=1), due)
    assert done_late.state is ClockState.LATE
    done = read_clock(OFFICE, MONDAY, target, [], due, due)
    assert done.state is ClockState.MET
    paused = read_clock(OFFICE, MONDAY, target, [(MONDAY, None)], None, due)
    assert paused.state is ClockState.PAUSED


def test_a_breach_stays_even_when_the_step_is_done_in_time_afterwards():
    """A breach recorded before a pause or a reopen is never undone."""
    target = timedelta(hours=4)
    reading = read_clock(OFFICE, MONDAY, target, [], MONDAY, MONDAY, breached_before=True)
    assert reading.state is ClockState.LATE
    waiting = read_clock(
        OFFICE, MONDAY, target, [(MONDAY, None)], None, MONDAY, breached_before=True
    )
    assert waiting.state is ClockState.OVERDUE


# --- properties -------------------------------------------------------------------------

moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31))
targets = st.integers(min_value=0, max_value=200 * 60).map(lambda m: timedelta(minutes=m))
spans = st.tuples(st.integers(0, 23 * 60), st.integers(60, 14 * 60)).map(
    lambda s: WorkingHours(min(s[0], 23 * 60), min(s[0] + s[1], 24 * 60))
)
calendars = st.builds(
    WorkCalendar,
    week=st.lists(st.one_of(st.none(), spans), min_size=7, max_size=7)
    .filter(lambda w: any(w))
    .map(tuple),
    holidays=st.frozensets(st.dates(date(2025, 1, 1), date(2028, 12, 31)), max_size=20),
    workdays=st.frozensets(st.dates(date(2025, 1, 1), date(2028, 12, 31)), max_size=5),
)


@st.composite
def pause_lists(draw, start: datetime):
    pauses = []
    for _ in range(draw(st.integers(0, 4))):
        begin = start + timedelta(minutes=draw(st.integers(-600, 20 * 24 * 60)))
        length = draw(st.integers(0, 5 * 24 * 60))
        pauses.append((begin, begin + timedelta(minutes=length)))
    return pauses


@settings(max_examples=150, deadline=None)
@given(calendars, moments, targets, st.data())
def test_the_working_time_up_to_the_due_time_is_the_target(calendar, start, target, data):
    pauses = data.draw(pause_lists(start))
    due = due_at(calendar, start, target, pauses)
    assert due is not None and due >= start
    assert working_time(calendar, start, due, pauses) == target


@settings(max_examples=150, deadline=None)
@given(calendars, moments, targets, targets)
def test_due_times_grow_with_the_target(calendar, start, first, second):
    shorter, longer = sorted((first, second))
    assert due_at(calendar, start, shorter) <= due_at(calendar, start, longer)


@settings(max_examples=150, deadline=None)
@given(calendars, moments, targets, st.data())
def test_pauses_never_bring_a_due_time_forward(calendar, start, target, data):
    pauses = data.draw(pause_lists(start))
    assert due_at(calendar, start, target, pauses) >= due_at(calendar, start, target)
    # adding one more pause never helps either
    more = pauses + data.draw(pause_lists(start))
    assert due_at(calendar, start, target, more) >= due_at(calendar, start, target, pauses)


@settings(max_examples=100, deadline=None)
@given(calendars, moments, targets, st.dates(date(2025, 1, 1), date(2028, 12, 31)))
def test_a_new_holiday_never_brings_a_due_time_forward(calendar, start, target, holiday):
    more = WorkCalendar(calendar.week, calendar.holidays | {holiday}, calendar.workdays - {holiday})
    if more.has_hours:
        assert due_at(more, start, target) >= due_at(calendar, start, target)


@settings(max_examples=150, deadline=None)
@given(calendars, moments, moments, moments)
def test_working_time_adds_up_and_is_monotonic(calendar, a, b, c):
    first, middle, last = sorted((a, b, c))
    assert working_time(calendar, first, last) == working_time(
        calendar, first, middle
    ) + working_time(calendar, middle, last)
    assert working_time(calendar, first, last) <= last - first


@settings(max_examples=100, deadline=None)
@given(moments, targets)
def test_an_always_open_calendar_counts_the_wall_clock(start, target):
    assert due_at(ALWAYS_OPEN, start, target) == start + target


@settings(max_examples=100, deadline=None)
@given(calendars, moments, targets, moments)
def test_a_clock_is_breached_exactly_when_done_after_its_due_time(calendar, start, target, done):
    due = due_at(calendar, start, target)
    reading = read_clock(calendar, start, target, [], done, done)
    assert reading.breached == (done > due)


# --- status flow ------------------------------------------------------------------------


def test_forward_steps_may_skip_but_never_go_back():
    assert next_status("new", Action.RESOLVE) is ComplaintStatus.RESOLVED
    assert Action.ACKNOWLEDGE not in allowed_actions("solution_proposed")
    with pytest.raises(TransitionRefused):
        next_status("new", Action.CLOSE)
    with pytest.raises(TransitionRefused):
        next_status("closed", Action.RESOLVE)


def test_waiting_resumes_to_where_it_was():
    assert next_status("acknowledged", Action.WAIT_COURIER) is ComplaintStatus.WAITING_COURIER
    assert allowed_actions("waiting_courier") == (Action.RESUME,)
    assert next_status("waiting_courier", Action.RESUME, "solution_proposed") == "solution_proposed"
    assert next_status("waiting_customer", Action.RESUME, None) == "new"


def test_reopen_goes_back_to_acknowledged():
    assert next_status("closed", Action.REOPEN) is ComplaintStatus.ACKNOWLEDGED
    assert next_status("resolved", Action.REOPEN) is ComplaintStatus.ACKNOWLEDGED


def test_what_counts_against_an_agent():
    assert counts_against_agent(True, None)
    assert counts_against_agent(True, Appeal.PENDING)
    assert counts_against_agent(True, Appeal.REJECTED)
    assert not counts_against_agent(True, Appeal.ACCEPTED)
    assert not counts_against_agent(False, None)


def test_reference_format():
    assert reference(2026, 42) == "TS-2026-00042"
