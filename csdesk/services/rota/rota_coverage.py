"""Coverage: agents on duty per hour and channel against the agents the forecast needs.

The forecast holds contacts per weekday, hour and channel (typed in, or the average of
the last weeks of imported conversations); a sale event (618, 双11) multiplies its days.
Each hour's contacts go through the Erlang C calculator with the channel's handling
time, target and concurrency and the shop's occupancy cap and shrinkage. The rota is
compared with the headcount *to schedule* (after shrinkage), since that is what a rota
lists; the agents needed on the line (before shrinkage) are shown too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.performance import Conversation
from csdesk.data.portable import day_text, hour_of
from csdesk.data.rota import StaffingChannel, StaffingEvent, StaffingForecast
from csdesk.domain.access import Permission
from csdesk.domain.staffing import (
    CHAT_TARGET,
    CHAT_WITHIN,
    DEFAULT_CHAT_CONCURRENCY,
    DEFAULT_MAX_OCCUPANCY,
    DEFAULT_SHRINKAGE,
    PHONE_TARGET,
    PHONE_WITHIN,
    Staffing,
)
from csdesk.domain.weeks import Week
from csdesk.importers.staff import CHANNEL_WORDS
from csdesk.importers.values import fold
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.rota.staffing import agents_needed
from csdesk.services.shop import setting, store_setting

SHRINKAGE_KEY, OCCUPANCY_KEY = "rota.shrinkage", "rota.max_occupancy"
#: A forecast grid: [weekday 0 = Monday][hour 0-23] -> contacts in that hour.
Grid = list[list[float]]


def empty_grid() -> Grid:
    """A week of hours with no contacts."""
    return [[0.0] * 24 for _ in range(7)]


# --- settings ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChannelPlan:
    """How a channel is staffed: handling time, service-level target, concurrency."""

    channel: str
    handle_seconds: float
    target: float  # 0.8: 80 % answered within ``within_seconds``
    within_seconds: float
    concurrency: float


@dataclass(frozen=True)
class Assumptions:
    """The shop-wide staffing assumptions."""

    shrinkage: float = DEFAULT_SHRINKAGE
    max_occupancy: float = DEFAULT_MAX_OCCUPANCY


def channel_plans(db: Database) -> list[ChannelPlan]:
    """The channels the shop plans staff for (chat and phone unless changed)."""
    with db.read() as session:
        rows = session.scalars(select(StaffingChannel).order_by(StaffingChannel.channel))
        return [
            ChannelPlan(r.channel, r.handle_seconds, r.target, r.within_seconds, r.concurrency)
            for r in rows
        ]


def stored_assumptions(session: Session) -> Assumptions:
    """The shop-wide staffing assumptions, inside an open session."""
    values = []
    for key, default in (
        (SHRINKAGE_KEY, DEFAULT_SHRINKAGE),
        (OCCUPANCY_KEY, DEFAULT_MAX_OCCUPANCY),
    ):
        try:
            values.append(float(setting(session, key) or default))
        except ValueError:
            values.append(default)
    return Assumptions(*values)


def assumptions(db: Database) -> Assumptions:
    """Shrinkage and the occupancy cap."""
    with db.read() as session:
        return stored_assumptions(session)


@needs(Permission.ROTA)
def save_staffing_settings(db: Database, plans: list[ChannelPlan], shop_wide: Assumptions) -> None:
    """Store the channels' plans and the shop-wide assumptions.

    Every value is tried on the calculator first, so nothing is stored that it would
    refuse. Raises:
        UserError: a value out of range (named); nothing was saved.
    """
    for plan in plans:
        requirement(10.0, plan, shop_wide)
    with db.write() as session:
        for plan in plans:
            row = session.get(StaffingChannel, plan.channel) or StaffingChannel(
                channel=plan.channel
            )
            row.handle_seconds = plan.handle_seconds
            row.target = plan.target
            row.within_seconds = plan.within_seconds
            row.concurrency = plan.concurrency
            session.add(row)
        store_setting(session, SHRINKAGE_KEY, f"{shop_wide.shrinkage:g}")
        store_setting(session, OCCUPANCY_KEY, f"{shop_wide.max_occupancy:g}")


def seed_staffing_defaults(session: Session) -> None:
    """The channels a shop plans staff for, with the plans' targets (new shop, or 0011)."""
    if session.scalar(select(StaffingChannel.channel).limit(1)) is None:
        session.add_all(
            [
                StaffingChannel(
                    channel="chat",
                    handle_seconds=360.0,
                    target=CHAT_TARGET,
                    within_seconds=CHAT_WITHIN,
                    concurrency=DEFAULT_CHAT_CONCURRENCY,
                ),
                StaffingChannel(
                    channel="phone",
                    handle_seconds=240.0,
                    target=PHONE_TARGET,
                    within_seconds=PHONE_WITHIN,
                    concurrency=1.0,
                ),
            ]
        )


# --- forecast ----------------------------------------------------------------------------


def forecast(db: Database) -> dict[str, Grid]:
    """The typed or derived forecast, per channel (a channel with none: all zero)."""
    with db.read() as session:
        return stored_forecast(session)


def has_forecast(db: Database) -> bool:
    """Whether any contacts are expected at all (without them coverage means nothing)."""
    return any(any(any(hour) for hour in day) for day in forecast(db).values())


def stored_forecast(session: Session) -> dict[str, Grid]:
    """The stored forecast per channel, inside an open session."""
    grids: dict[str, Grid] = {
        c: empty_grid() for c in session.scalars(select(StaffingChannel.channel))
    }
    for row in session.scalars(select(StaffingForecast)):
        grids.setdefault(row.channel, empty_grid())[row.weekday][row.hour] = row.contacts
    return grids


@dataclass(frozen=True)
class HistoryForecast:
    """The average of past weeks of conversations, and what it was built from."""

    grids: dict[str, Grid]
    first: date
    last: date
    days_seen: int  # days in the range with at least one conversation
    conversations: int


def _conversation_channel(written: str | None) -> str:
    """The staffing channel a conversation counts for; no channel written counts as chat."""
    if not written:
        return "chat"
    return CHANNEL_WORDS.get(fold(written), "")


def history_forecast(db: Database, weeks: int, before: date) -> HistoryForecast:
    """Average contacts per weekday and hour over the ``weeks`` whole weeks before ``before``.

    Each weekday is averaged over the days of that weekday that had any conversation,
    so a shop whose history is shorter than ``weeks`` is not diluted by empty weeks.
    Nothing is saved: the forecast editor shows it first.
    """
    if not 1 <= weeks <= 52:
        raise UserError(translate("Rota", "Average 1 to 52 weeks."))
    last = Week.of(before).monday - timedelta(days=1)
    first = last - timedelta(days=7 * weeks - 1)
    start, end = (
        datetime.combine(first, datetime.min.time()),
        datetime.combine(last + timedelta(days=1), datetime.min.time()),
    )
    day_of, hour = day_text(Conversation.started_at), hour_of(Conversation.started_at)
    with db.read() as session:
        channels = list(session.scalars(select(StaffingChannel.channel)))
        rows = session.execute(
            select(day_of, hour, Conversation.channel, func.count())
            .where(Conversation.started_at >= start, Conversation.started_at < end)
            .group_by(day_of, hour, Conversation.channel)
        ).all()
    counts: dict[tuple[str, int, int], int] = defaultdict(int)
    days_by_weekday: dict[int, set[str]] = defaultdict(set)
    total = 0
    for day_written, hour_number, written, number in rows:
        weekday = date.fromisoformat(day_written).weekday()
        days_by_weekday[weekday].add(day_written)
        total += number
        channel = _conversation_channel(written)
        if channel in channels:
            counts[(channel, weekday, int(hour_number))] += number
    grids = {c: empty_grid() for c in channels}
    for (channel, weekday, at_hour), number in counts.items():
        grids[channel][weekday][at_hour] = round(number / len(days_by_weekday[weekday]), 1)
    seen = sum(len(d) for d in days_by_weekday.values())
    return HistoryForecast(grids, first, last, seen, total)


# --- sale events -------------------------------------------------------------------------


@dataclass(frozen=True)
class SaleEvent:
    """Days whose contacts are the forecast times ``multiplier`` (618, 双11)."""

    id: int | None
    name: str
    first_day: date
    last_day: date
    multiplier: float


def sale_events(db: Database) -> list[SaleEvent]:
    """Every sale event, latest first."""
    with db.read() as session:
        rows = session.scalars(select(StaffingEvent).order_by(StaffingEvent.first_day.desc()))
        return [SaleEvent(r.id, r.name, r.first_day, r.last_day, r.multiplier) for r in rows]


def _event_problems(event: SaleEvent) -> list[str]:
    problems = []
    if not event.name.strip():
        problems.append(translate("Rota", "Name the sale event."))
    if event.last_day < event.first_day:
        problems.append(
            translate("Rota", "{name}: the last day is before the first day.").format(
                name=event.name
            )
        )
    if not 0 < event.multiplier <= 20:
        problems.append(
            translate("Rota", "{name}: the multiplier must be above 0 and at most 20.").format(
                name=event.name
            )
        )
    return problems


def _grid_problems(channel: str, grid: Grid) -> list[str]:
    if len(grid) != 7 or any(len(day) != 24 for day in grid):
        return [translate("Rota", "A forecast has 7 days of 24 hours.")]
    for weekday, day in enumerate(grid):
        for hour, value in enumerate(day):
            if not 0 <= value < 1e6:
                return [
                    translate(
                        "Rota", "{channel}: contacts must be 0 or more (day {day}, {hour}:00)."
                    ).format(channel=channel, day=weekday + 1, hour=hour)
                ]
    return []


@needs(Permission.ROTA)
def save_forecast(
    db: Database,
    grids: dict[str, Grid],
    events: Sequence[SaleEvent] = (),
    removed: Sequence[int] = (),
) -> None:
    """Store the channels' forecasts and the sale events in one go.

    ``grids`` replace the forecasts of their channels; ``events`` are added (id None)
    or changed; ``removed`` are the ids of events to delete.

    Raises:
        UserError: every problem found; nothing was saved.
    """
    problems = [p for channel, grid in grids.items() for p in _grid_problems(channel, grid)]
    problems += [p for event in events for p in _event_problems(event)]
    if problems:
        raise UserError(problems[0], problems)
    with db.write() as session:
        for channel, grid in grids.items():
            session.execute(delete(StaffingForecast).where(StaffingForecast.channel == channel))
            session.add_all(
                StaffingForecast(weekday=w, hour=h, channel=channel, contacts=float(v))
                for w, day in enumerate(grid)
                for h, v in enumerate(day)
                if v
            )
        if removed:
            session.execute(delete(StaffingEvent).where(StaffingEvent.id.in_(list(removed))))
        for event in events:
            row = session.get(StaffingEvent, event.id) if event.id else None
            if row is None:
                row = StaffingEvent()
                session.add(row)
            row.name = event.name.strip()[:60]
            row.first_day, row.last_day = event.first_day, event.last_day
            row.multiplier = event.multiplier


# --- coverage ----------------------------------------------------------------------------


def requirement(contacts: float, plan: ChannelPlan, shop_wide: Assumptions) -> Staffing:
    """Agents an hour of ``contacts`` on a channel needs (Erlang C, the shop's settings)."""
    return agents_needed(
        contacts,
        plan.handle_seconds,
        plan.target,
        plan.within_seconds,
        plan.concurrency,
        shop_wide.shrinkage,
        shop_wide.max_occupancy,
    )
