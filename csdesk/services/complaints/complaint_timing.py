"""What the complaint clocks count by, as the shop edits it.

Targets per priority, the working week, public holidays and make-up working days
(mainland China's from the chinese-calendar package), and the "due soon" threshold.
Every change recomputes the due times of open complaints.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from csdesk.common.i18n import language, translate
from csdesk.common.seeded import english, seeded_table, shown_name
from csdesk.data.complaints import (
    CalendarDay,
    SlaPolicy,
    WorkingDay,
)
from csdesk.domain.access import Permission
from csdesk.domain.complaints import DEFAULT_TARGETS, Priority, Targets
from csdesk.domain.work_calendar import WorkCalendar, WorkingHours
from csdesk.services.accounts.access import needs
from csdesk.services.complaints.complaint_clocks import (
    CALENDAR_HOURS,
    CLOCK_HOURS_KEY,
    DEFAULT_HOURS,
    DUE_SOON_KEY,
    HOLIDAY,
    WORKDAY,
    WORKING_HOURS,
    clock_hours,
    due_soon,
    refresh_open_clocks,
    targets,
    working_calendar,
)
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.shop import store_setting

# --- service-level targets ----------------------------------------------------------------


def load_targets(db: Database) -> dict[str, Targets]:
    """The shop's targets per priority."""
    with db.read() as session:
        return targets(session)


def target_problems(values: Targets) -> list[str]:
    """What is wrong with a set of targets (empty when they can be stored)."""
    problems = []
    for target in (values.response, values.solution, values.resolution):
        if not timedelta(minutes=1) <= target <= timedelta(days=60):
            problems.append(translate("Complaints", "A target is 1 minute to 60 days."))
            break
    if not values.response <= values.solution <= values.resolution:
        problems.append(
            translate(
                "Complaints",
                "The targets must not shrink: response, then solution, then resolution.",
            )
        )
    return problems


@needs(Permission.COMPLAINTS)
def save_targets(db: Database, values: dict[str, Targets]) -> None:
    """Store the targets of every priority and recompute open complaints' due times."""
    _check_targets(values)
    with db.write() as session:
        _store_targets(session, values)
        session.flush()
        refresh_open_clocks(session)


def _check_targets(values: dict[str, Targets]) -> None:
    for value in values.values():
        problems = target_problems(value)
        if problems:
            raise UserError(problems[0], problems)


def _store_targets(session: Session, values: dict[str, Targets]) -> None:
    for priority, value in values.items():
        Priority(priority)
        row = session.get(SlaPolicy, priority) or SlaPolicy(priority=priority)
        row.response_minutes = _minutes(value.response)
        row.solution_minutes = _minutes(value.solution)
        row.resolution_minutes = _minutes(value.resolution)
        session.add(row)


@needs(Permission.COMPLAINTS)
def save_clock_rules(
    db: Database,
    values: dict[str, Targets],
    week: tuple[WorkingHours | None, ...],
    soon: timedelta,
    hours: str | None = None,
) -> None:
    """Store targets, working week and "due soon" together (the settings dialog's Save).

    One transaction and one recomputation of the open clocks: either everything is
    stored or, on a problem, nothing.
    """
    _check_targets(values)
    _check_week(week)
    _check_due_soon(soon)
    with db.write() as session:
        _store_targets(session, values)
        _store_week(session, week)
        store_setting(session, DUE_SOON_KEY, str(_minutes(soon)))
        if hours is not None:
            if hours not in (CALENDAR_HOURS, WORKING_HOURS):
                raise ValueError(hours)
            store_setting(session, CLOCK_HOURS_KEY, hours)
        session.flush()
        refresh_open_clocks(session)


def _minutes(value: timedelta) -> int:
    return int(value.total_seconds() // 60)


def seed_default_targets(session: Session) -> None:
    """Store the plans' targets so the settings page shows what the clocks use."""
    for priority, value in DEFAULT_TARGETS.items():
        if session.get(SlaPolicy, str(priority)) is None:
            session.add(
                SlaPolicy(
                    priority=str(priority),
                    response_minutes=_minutes(value.response),
                    solution_minutes=_minutes(value.solution),
                    resolution_minutes=_minutes(value.resolution),
                )
            )


# --- working calendar ---------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarEntry:
    """A public holiday or a make-up working day."""

    day: date
    kind: str  # HOLIDAY or WORKDAY
    note: str = ""


def load_calendar(db: Database) -> WorkCalendar:
    """The shop's working calendar (what the clocks count in working-hours mode)."""
    with db.read() as session:
        return working_calendar(session)


def load_clock_hours(db: Database) -> str:
    """Whether the promised times count calendar or working hours."""
    with db.read() as session:
        return clock_hours(session)


def calendar_entries(db: Database, year: int | None = None) -> list[CalendarEntry]:
    """Holidays and make-up working days, by date (of one year, or all)."""
    with db.read() as session:
        query = select(CalendarDay).order_by(CalendarDay.day)
        if year is not None:
            query = query.where(CalendarDay.day.between(date(year, 1, 1), date(year, 12, 31)))
        names = _seeded_holidays(language())
        return [
            CalendarEntry(r.day, r.kind, shown_name(r.note, names)) for r in session.scalars(query)
        ]


@needs(Permission.COMPLAINTS)
def save_week(db: Database, week: tuple[WorkingHours | None, ...]) -> None:
    """Store the working hours of each weekday and recompute open complaints' clocks."""
    _check_week(week)
    with db.write() as session:
        _store_week(session, week)
        session.flush()
        refresh_open_clocks(session)


def _check_week(week: tuple[WorkingHours | None, ...]) -> None:
    if len(week) != 7:
        raise ValueError("a week has seven days")
    if not any(week):
        raise UserError(translate("Complaints", "The shop must work on at least one day."))


def _store_week(session: Session, week: tuple[WorkingHours | None, ...]) -> None:
    for weekday, hours in enumerate(week):
        row = session.get(WorkingDay, weekday) or WorkingDay(weekday=weekday)
        row.start_minute = hours.start if hours else None
        row.end_minute = hours.end if hours else None
        session.add(row)


def seed_default_week(session: Session) -> None:
    """Store the default hours so the settings page shows what the clocks use."""
    for weekday in range(7):
        if session.get(WorkingDay, weekday) is None:
            session.add(
                WorkingDay(
                    weekday=weekday, start_minute=DEFAULT_HOURS.start, end_minute=DEFAULT_HOURS.end
                )
            )


@needs(Permission.COMPLAINTS)
def set_calendar_day(db: Database, day: date, kind: str | None, note: str = "") -> None:
    """Mark ``day`` a holiday or a make-up working day, or (kind None) an ordinary day."""
    with db.write() as session:
        _set_day(session, day, kind, note)
        session.flush()
        refresh_open_clocks(session)


def _set_day(session: Session, day: date, kind: str | None, note: str) -> None:
    row = session.get(CalendarDay, day)
    if kind is None:
        if row is not None:
            session.delete(row)
        return
    if kind not in (HOLIDAY, WORKDAY):
        raise ValueError(kind)
    if row is None:
        session.add(CalendarDay(day=day, kind=kind, note=note.strip()[:100]))
    else:
        row.kind, row.note = kind, note.strip()[:100]


def mainland_holidays(year: int) -> list[CalendarEntry]:
    """Mainland China's public holidays and make-up working days of ``year``.

    From the chinese-calendar package, which follows the State Council's notice for
    each year; a year it does not know yet raises a UserError saying so.
    """
    import chinese_calendar

    first, last = date(year, 1, 1), date(year, 12, 31)
    known_years = {d.year for d in chinese_calendar.holidays}
    if year not in known_years:
        raise UserError(
            translate(
                "Complaints",
                "The holidays of {year} are not known to this version; enter them by hand.",
            ).format(year=year)
        )
    out = []
    day = first
    while day <= last:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
        if on_holiday and name is not None:
            out.append(CalendarEntry(day, HOLIDAY, _holiday_name(name)))
        elif not on_holiday and day.weekday() >= 5:
            out.append(CalendarEntry(day, WORKDAY, _holiday_name(name) if name else ""))
        day += timedelta(days=1)
    return out


def seed_mainland_holidays(session: Session, today: date | None = None) -> int:
    """Fill a new Simplified-Chinese shop's calendar with this year's and next year's holidays.

    Without them the complaint clocks run through 国庆 and the rota shades nothing. A shop
    made in another language gets none (it may not be on the mainland's calendar); a
    year the chinese-calendar package does not know yet is left for the supervisor
    (Settings ▸ Shop calendar says so). Returns how many days were added.
    """
    if language() != "zh_CN":
        return 0
    year = (today or date.today()).year
    added = 0
    for wanted in (year, year + 1):
        try:
            entries = mainland_holidays(wanted)
        except UserError:
            continue
        for entry in entries:
            _set_day(session, entry.day, entry.kind, entry.note)
        added += len(entries)
    session.flush()
    return added


#: The holiday names chinese-calendar gives (its English), which csdesk translates.
_HOLIDAYS = (
    "New Year's Day",
    "Spring Festival",
    "Tomb-sweeping Day",
    "Labour Day",
    "Dragon Boat Festival",
    "National Day",
    "Mid-autumn Festival",
)


@cache
def _seeded_holidays(_language: str) -> dict[str, str]:
    """Holiday names filled in by csdesk, in any language -> in the current one."""
    return seeded_table("Complaints", english(lambda: [_holiday_name(n) for n in _HOLIDAYS]))


def _holiday_name(name: str) -> str:
    names = {
        "New Year's Day": translate("Complaints", "New Year's Day"),
        "Spring Festival": translate("Complaints", "Spring Festival"),
        "Tomb-sweeping Day": translate("Complaints", "Tomb-sweeping Day"),
        "Labour Day": translate("Complaints", "Labour Day"),
        "Dragon Boat Festival": translate("Complaints", "Dragon Boat Festival"),
        "National Day": translate("Complaints", "National Day"),
        "Mid-autumn Festival": translate("Complaints", "Mid-autumn Festival"),
    }
    return names.get(name, name)


@needs(Permission.COMPLAINTS)
def add_calendar_entries(db: Database, entries: list[CalendarEntry]) -> int:
    """Add many days at once (a year's public holidays); return how many were new."""
    with db.write() as session:
        existing = {row.day for row in session.scalars(select(CalendarDay))}
        for entry in entries:
            _set_day(session, entry.day, entry.kind, entry.note)
        session.flush()
        refresh_open_clocks(session)
        return sum(1 for e in entries if e.day not in existing)


@needs(Permission.COMPLAINTS)
def clear_calendar_year(db: Database, year: int) -> None:
    """Forget every holiday and make-up day of ``year``."""
    with db.write() as session:
        session.execute(
            delete(CalendarDay).where(CalendarDay.day.between(date(year, 1, 1), date(year, 12, 31)))
        )
        refresh_open_clocks(session)


# --- due soon -----------------------------------------------------------------------------


def load_due_soon(db: Database) -> timedelta:
    """The shop's "due soon" threshold."""
    with db.read() as session:
        return due_soon(session)


@needs(Permission.COMPLAINTS)
def set_due_soon(db: Database, value: timedelta) -> None:
    """Store the "due soon" threshold (0 to 48 working hours)."""
    _check_due_soon(value)
    with db.write() as session:
        store_setting(session, DUE_SOON_KEY, str(_minutes(value)))


def _check_due_soon(value: timedelta) -> None:
    if not timedelta() <= value <= timedelta(hours=48):
        raise UserError(translate("Complaints", '"Due soon" is 0 to 48 working hours.'))


@needs(Permission.COMPLAINTS)
def set_clock_hours(db: Database, hours: str) -> None:
    """Count the promised times in calendar or working hours; open clocks follow."""
    if hours not in (CALENDAR_HOURS, WORKING_HOURS):
        raise ValueError(hours)
    with db.write() as session:
        store_setting(session, CLOCK_HOURS_KEY, hours)
        session.flush()
        refresh_open_clocks(session)
