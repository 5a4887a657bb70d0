"""Service-level clocks that count the shop's working time, not the wall clock.

A complaint received on Friday evening is not late on Saturday morning when nobody
works on Saturday. Clocks count working hours from the shop's calendar (hours per
weekday, public holidays, make-up working days of the Chinese calendar) and stop while
the complaint waits for the customer or the courier.

Pure functions over plain values: the complaint service stores the due times they
compute, the queue sorts by them, the review PDF measures with them, and the property
tests hold them to their promises (a pause never brings a deadline forward, the working
time up to a due time is exactly the target, ...).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from csdesk.domain.work_calendar import WorkCalendar

#: How far ahead a due time is searched before the calendar is judged to have no hours.
HORIZON_DAYS = 10 * 366

#: "Due soon" when this much working time or less is left; the shop may change it.
DEFAULT_DUE_SOON = timedelta(hours=2)

#: A pause: when it began and when it ended (None: the complaint is still waiting).
Pause = tuple[datetime, datetime | None]


def _working_spans(calendar: WorkCalendar, start: datetime) -> Iterator[tuple[datetime, datetime]]:
    """Working spans from ``start`` on, in order, up to the horizon."""
    day = start.date()
    for _ in range(HORIZON_DAYS):
        hours = calendar.hours_on(day)
        if hours is not None:
            begin, end = hours.on(day)
            begin = max(begin, start)
            if begin < end:
                yield begin, end
        day += timedelta(days=1)


def _ends_by(end: datetime | None, moment: datetime) -> bool:
    """A pause that has ended by ``moment`` (an open pause never has)."""
    return end is not None and end <= moment


def _merged(pauses: Iterable[Pause]) -> list[tuple[datetime, datetime | None]]:
    """Pauses sorted and merged, so that overlapping ones count once."""
    merged: list[tuple[datetime, datetime | None]] = []
    for begin, end in sorted(pauses, key=lambda p: p[0]):
        if end is not None and end <= begin:
            continue
        if merged:
            last_begin, last_end = merged[-1]
            if last_end is None:
                break
            if begin <= last_end:
                merged[-1] = (last_begin, None if end is None else max(end, last_end))
                continue
        merged.append((begin, end))
    return merged


def _counted_spans(
    calendar: WorkCalendar, start: datetime, pauses: Iterable[Pause]
) -> Iterator[tuple[datetime, datetime]]:
    """Working spans from ``start`` with the pauses cut out."""
    stops = _merged(pauses)
    index = 0
    for begin, end in _working_spans(calendar, start):
        while begin < end:
            while index < len(stops) and _ends_by(stops[index][1], begin):
                index += 1
            if index == len(stops):
                yield begin, end
                break
            stop_begin, stop_end = stops[index]
            if stop_begin >= end:
                yield begin, end
                break
            if stop_begin > begin:
                yield begin, stop_begin
            if stop_end is None:
                return
            begin = max(begin, stop_end)


def working_time(
    calendar: WorkCalendar, start: datetime, end: datetime, pauses: Iterable[Pause] = ()
) -> timedelta:
    """Working time between ``start`` and ``end``, pauses not counted (never negative)."""
    total = timedelta()
    if end <= start:
        return total
    for begin, finish in _counted_spans(calendar, start, pauses):
        if begin >= end:
            break
        total += min(finish, end) - begin
    return total


def due_at(
    calendar: WorkCalendar, start: datetime, target: timedelta, pauses: Iterable[Pause] = ()
) -> datetime | None:
    """When ``target`` working time after ``start`` is used up.

    Returns None when the clock is stopped before then (a pause with no end yet) or
    when the calendar has no working time within the horizon: there is no due time to
    show, and the queue treats the clock as waiting.
    """
    if target <= timedelta():
        return start
    if not calendar.has_hours:
        return None
    left = target
    for begin, end in _counted_spans(calendar, start, pauses):
        span = end - begin
        if span >= left:
            return begin + left
        left -= span
    return None


class ClockState(StrEnum):
    """How one clock of a complaint reads at a moment."""

    MET = "met"  # the step was done in time
    LATE = "late"  # the step was done, after its due time
    RUNNING = "running"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    PAUSED = "paused"


@dataclass(frozen=True)
class ClockReading:
    """One clock at a moment: its state and the due time behind it."""

    state: ClockState
    due: datetime | None

    @property
    def breached(self) -> bool:
        """Whether the promise was broken (a late step stays breached once done)."""
        return self.state in (ClockState.LATE, ClockState.OVERDUE)


def read_clock(
    calendar: WorkCalendar,
    received: datetime,
    target: timedelta,
    pauses: Sequence[Pause],
    done_at: datetime | None,
    now: datetime,
    *,
    breached_before: bool = False,
    due_soon: timedelta = DEFAULT_DUE_SOON,
) -> ClockReading:
    """Read a clock that started at ``received``.

    ``breached_before`` carries a breach recorded earlier (the due time passed before
    a pause, or before a reopen): a breached clock stays breached, even if the step
    is done later or the calendar changes.
    """
    if done_at is not None:
        counted = [p for p in pauses if p[0] < done_at]
        due = due_at(calendar, received, target, [(b, e or done_at) for b, e in counted])
        late = breached_before or (due is not None and done_at > due)
        return ClockReading(ClockState.LATE if late else ClockState.MET, due)
    due = due_at(calendar, received, target, pauses)
    if due is None:
        if breached_before:
            return ClockReading(ClockState.OVERDUE, None)
        return ClockReading(ClockState.PAUSED, None)
    if breached_before or now > due:
        return ClockReading(ClockState.OVERDUE, due)
    if working_time(calendar, now, due) <= due_soon:
        return ClockReading(ClockState.DUE_SOON, due)
    return ClockReading(ClockState.RUNNING, due)
