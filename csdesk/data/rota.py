"""Tables of the rota and of the staffing plan.

- ``shift_templates``: the shop's shifts (code, name, times, unpaid break, colour);
  archived rather than deleted once a duty uses one.
- ``rota_weeks``: a week's state: draft until published; a published week logs every
  later change in ``rota_changes`` (who, when, the cell before and after).
- ``rota_duties``: an agent on a shift on a day (the day the shift starts), on a channel.
  An agent may hold two shifts a day (a split shift); the same shift twice is refused.
- ``rota_leave``: an agent's day of leave (annual, sick, personal, other).
- ``rota_overrides``: a rule breach the supervisor accepted, with the reason.
- ``staffing_channels``: per channel the handling time, service-level target, answer
  time and concurrency the staffing calculator uses.
- ``staffing_forecast``: contacts expected per weekday, hour and channel.
- ``staffing_events``: days when the forecast is multiplied (618, 双11).

The public holidays are the shop calendar's (``calendar_days``), which the complaint
clocks use too. The rota's limits live in ``shop_settings``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from csdesk.data.base import Base


class ShiftTemplate(Base):
    """A shift the rota can assign: times in minutes after midnight."""

    __tablename__ = "shift_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)  # at or before the start: next day
    break_minutes: Mapped[int] = mapped_column(Integer, default=0)
    colour: Mapped[str] = mapped_column(String(7), default="#dddddd")
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class RotaWeek(Base):
    """A week of the rota that was published (a week without a row is a draft)."""

    __tablename__ = "rota_weeks"

    week: Mapped[str] = mapped_column(String(8), primary_key=True)  # 2026-W48
    published_at: Mapped[datetime] = mapped_column(DateTime)
    published_by: Mapped[str] = mapped_column(String(100), default="")


class RotaDuty(Base):
    """An agent on a shift on a day."""

    __tablename__ = "rota_duties"
    __table_args__ = (
        UniqueConstraint("agent_id", "day", "shift_id", name="ux_rota_duties_agent_day_shift"),
        Index("ix_rota_duties_day", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"))
    day: Mapped[date] = mapped_column(Date)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift_templates.id", ondelete="RESTRICT"))
    channel: Mapped[str] = mapped_column(String(16), default="")


class RotaLeave(Base):
    """An agent's day of leave."""

    __tablename__ = "rota_leave"
    __table_args__ = (
        UniqueConstraint("agent_id", "day", name="ux_rota_leave_agent_day"),
        Index("ix_rota_leave_day", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"))
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(String(100), default="")


class RotaChange(Base):
    """A change to a published week: the agent's day before and after, who and when."""

    __tablename__ = "rota_changes"
    __table_args__ = (Index("ix_rota_changes_week", "week"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    week: Mapped[str] = mapped_column(String(8))
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"))
    day: Mapped[date] = mapped_column(Date)
    before: Mapped[str] = mapped_column(String(60), default="")
    after: Mapped[str] = mapped_column(String(60), default="")
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by: Mapped[str] = mapped_column(String(100), default="")


class RotaOverride(Base):
    """A breach of a rota rule the supervisor accepted, and why."""

    __tablename__ = "rota_overrides"
    __table_args__ = (
        UniqueConstraint("agent_id", "day", "breach", name="ux_rota_overrides_agent_day_breach"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"))
    day: Mapped[date] = mapped_column(Date)
    breach: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[str] = mapped_column(String(100), default="")


class StaffingChannel(Base):
    """How the staffing calculator treats a channel's contacts."""

    __tablename__ = "staffing_channels"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    handle_seconds: Mapped[float] = mapped_column(Float)
    target: Mapped[float] = mapped_column(Float)  # 0.8: 80 % answered within the time
    within_seconds: Mapped[float] = mapped_column(Float)
    concurrency: Mapped[float] = mapped_column(Float, default=1.0)


class StaffingForecast(Base):
    """Contacts expected in an hour of a weekday (0 = Monday) on a channel."""

    __tablename__ = "staffing_forecast"
    __table_args__ = (
        UniqueConstraint("weekday", "hour", "channel", name="ux_staffing_forecast_slot"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    weekday: Mapped[int] = mapped_column(Integer)
    hour: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(16))
    contacts: Mapped[float] = mapped_column(Float)


class StaffingEvent(Base):
    """A sale event: the forecast of its days is multiplied."""

    __tablename__ = "staffing_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    multiplier: Mapped[float] = mapped_column(Float)
