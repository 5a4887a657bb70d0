"""The clocks of complaints: the rules they count by, and the due times stored for queues.

Every change to a complaint (a status step, a pause, a new priority) and every change
to the calendar or the targets calls ``refresh_clocks``, which stores each clock's due
time, the next due time of the complaint, and any breach. Breach flags are only ever
set: a clock that broke its promise stays breached after a pause, a reopen, a later
step, or an edit of the calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from csdesk.data.complaints import CalendarDay, Complaint, SlaPolicy, WorkingDay
from csdesk.domain.complaints import DEFAULT_TARGETS, OPEN, WAITING, Clock, Priority, Targets
from csdesk.domain.sla import DEFAULT_DUE_SOON, ClockReading, ClockState, Pause, read_clock
from csdesk.domain.work_calendar import ALWAYS_OPEN, WorkCalendar, WorkingHours
from csdesk.services.shop import setting, store_setting

DUE_SOON_KEY = "complaint_due_soon_minutes"

#: An online shop's service desk usually answers every day, 09:00-21:00.
DEFAULT_HOURS = WorkingHours(9 * 60, 21 * 60)
HOLIDAY = "holiday"
WORKDAY = "workday"


def targets(session: Session) -> dict[str, Targets]:
    """Working time allowed per clock, per priority (defaults where none is stored)."""
    out: dict[str, Targets] = {str(p): t for p, t in DEFAULT_TARGETS.items()}
    for row in session.scalars(select(SlaPolicy)):
        out[row.priority] = Targets(
            timedelta(minutes=row.response_minutes),
            timedelta(minutes=row.solution_minutes),
            timedelta(minutes=row.resolution_minutes),
        )
    return out


#: How the promised times are counted: around the clock, or in the shop's working hours.
CLOCK_HOURS_KEY = "complaint_clock_hours"
CALENDAR_HOURS, WORKING_HOURS = "calendar", "working"


def clock_hours(session: Session) -> str:
    """Calendar or working hours; a shop that never chose keeps working hours.

    The plans promise "respond within 24 hours" in clock hours, so new shops are given
    calendar hours (``seed_clock_hours``); shops from before the setting keep the
    working-hours clocks they have always had.
    """
    return CALENDAR_HOURS if setting(session, CLOCK_HOURS_KEY) == CALENDAR_HOURS else WORKING_HOURS


def seed_clock_hours(session: Session) -> None:
    """A new shop counts its promised times in calendar hours."""
    if not setting(session, CLOCK_HOURS_KEY):
        store_setting(session, CLOCK_HOURS_KEY, CALENDAR_HOURS)


def calendar(session: Session) -> WorkCalendar:
    """The calendar the clocks count by: around the clock, or the working calendar."""
    if clock_hours(session) == CALENDAR_HOURS:
        return ALWAYS_OPEN
    return working_calendar(session)


def working_calendar(session: Session) -> WorkCalendar:
    """The shop's working week, holidays and make-up days."""
    week: list[WorkingHours | None] = [DEFAULT_HOURS] * 7
    for row in session.scalars(select(WorkingDay)):
        if 0 <= row.weekday < 7:
            if row.start_minute is None or row.end_minute is None:
                week[row.weekday] = None
            else:
                week[row.weekday] = WorkingHours(row.start_minute, row.end_minute)
    holidays: set[date] = set()
    workdays: set[date] = set()
    for day in session.scalars(select(CalendarDay)):
        (holidays if day.kind == HOLIDAY else workdays).add(day.day)
    return WorkCalendar(tuple(week), frozenset(holidays), frozenset(workdays))


def due_soon(session: Session) -> timedelta:
    """How much working time left counts as "due soon"."""
    value = setting(session, DUE_SOON_KEY)
    return timedelta(minutes=int(value)) if value.isdigit() else DEFAULT_DUE_SOON


@dataclass(frozen=True)
class ClockRules:
    """What the clocks count by: the calendar, the targets, the "due soon" threshold."""

    calendar: WorkCalendar
    targets: dict[str, Targets]
    due_soon: timedelta

    def target(self, priority: str, clock: Clock) -> timedelta:
        """The target of ``clock`` for a complaint of ``priority``."""
        chosen = self.targets.get(priority) or DEFAULT_TARGETS[Priority.NORMAL]
        return chosen.of(clock)


def clock_rules(session: Session) -> ClockRules:
    """The shop's clock rules, read once for a batch of complaints."""
    return ClockRules(calendar(session), targets(session), due_soon(session))


#: The field holding the moment each clock's step was done.
DONE_FIELD = {
    Clock.RESPONSE: "first_response_at",
    Clock.SOLUTION: "solution_at",
    Clock.RESOLUTION: "resolved_at",
}


def pauses_of(complaint: Complaint) -> list[Pause]:
    """The complaint's waiting stretches as the clocks take them."""
    return [(p.started_at, p.ended_at) for p in complaint.pauses]


def read_clocks(
    complaint: Complaint, rules: ClockRules, now: datetime
) -> dict[Clock, ClockReading]:
    """Each clock of ``complaint`` as it reads at ``now``."""
    pauses = pauses_of(complaint)
    return {
        clock: read_clock(
            rules.calendar,
            complaint.received_at,
            rules.target(complaint.priority, clock),
            pauses,
            getattr(complaint, DONE_FIELD[clock]),
            now,
            breached_before=getattr(complaint, f"{clock.value}_breached"),
            due_soon=rules.due_soon,
        )
        for clock in Clock
    }


def refresh_clocks(
    complaint: Complaint, rules: ClockRules, now: datetime, *, record_overdue: bool = False
) -> None:
    """Store due times, the next due time and any new breach of ``complaint``.

    A step done after its due time is a breach for good. A clock still running and
    past due at ``now`` is recorded as breached only with ``record_overdue``, which
    the status steps pass with the moment of the step: a clock past due when the
    complaint starts waiting stays breached. Without it, a supervisor entering
    yesterday's steps today would see breaches that never happened.
    """
    readings = read_clocks(complaint, rules, now)
    running = []
    for clock, reading in readings.items():
        setattr(complaint, f"{clock.value}_due_at", reading.due)
        if reading.state is ClockState.LATE or (
            record_overdue and reading.state is ClockState.OVERDUE
        ):
            setattr(complaint, f"{clock.value}_breached", True)
        if getattr(complaint, DONE_FIELD[clock]) is None and reading.due is not None:
            running.append(reading.due)
    moving = complaint.status in OPEN and complaint.status not in WAITING
    complaint.next_due_at = min(running) if moving and running else None


def refresh_open_clocks(session: Session, now: datetime | None = None) -> int:
    """Recompute the clocks of every complaint still open (after a rule changed)."""
    rules = clock_rules(session)
    now = now or datetime.now()
    complaints = session.scalars(
        select(Complaint)
        .where(Complaint.status.in_([str(s) for s in OPEN]))
        .options(selectinload(Complaint.pauses))
    ).all()
    for complaint in complaints:
        refresh_clocks(complaint, rules, now)
    return len(complaints)
