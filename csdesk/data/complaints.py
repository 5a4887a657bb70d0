"""Tables of complaint follow-ups: the case file, its timeline and pauses, the settings.

The complaint row carries the due time of each clock and of the next one
(``next_due_at``) as computed by the service when the complaint last changed. They are
a cache of ``csdesk.domain.sla``, kept so that the queues ("overdue", "due today") and
the sort by due time are plain indexed queries over 200,000 rows. Breach flags are
written once and never cleared: a breached clock stays breached.

``search_text`` holds reference, order number, customer and contact folded to lower
case, so that the search box is one LIKE over one column.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from csdesk.data.base import Base, Timestamped, Versioned
from csdesk.data.staff import Agent


class ComplaintCategory(Base):
    """A category (no parent) or one of its subcategories; archived ones keep history."""

    __tablename__ = "complaint_categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaint_categories.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    key: Mapped[str | None] = mapped_column(String(32))  # the default's key, e.g. "quality"
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    parent: Mapped[ComplaintCategory | None] = relationship(remote_side=[id])


class RootCause(Base):
    """An entry of the editable root-cause taxonomy."""

    __tablename__ = "root_causes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class SlaPolicy(Base):
    """Working minutes allowed per clock for one priority."""

    __tablename__ = "sla_policies"

    priority: Mapped[str] = mapped_column(String(16), primary_key=True)
    response_minutes: Mapped[int] = mapped_column(Integer)
    solution_minutes: Mapped[int] = mapped_column(Integer)
    resolution_minutes: Mapped[int] = mapped_column(Integer)


class WorkingDay(Base):
    """The shop's hours on one weekday (0 = Monday); no hours: closed that day."""

    __tablename__ = "working_days"

    weekday: Mapped[int] = mapped_column(Integer, primary_key=True)
    start_minute: Mapped[int | None] = mapped_column(Integer)
    end_minute: Mapped[int | None] = mapped_column(Integer)


class CalendarDay(Base):
    """A public holiday or a make-up working day of the shop's calendar."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "holiday" or "workday"
    note: Mapped[str] = mapped_column(String(100), default="")


class Complaint(Versioned, Timestamped, Base):
    """One complaint: the case file, its handling and its follow-up."""

    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_status_next_due", "status", "next_due_at"),
        Index("ix_complaints_match", "received_at", "order_no", "customer"),
        # covers the list's search in received order (migration 0004 says why)
        Index("ix_complaints_received_search", "received_at", "id", "search_text"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(32), unique=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    platform: Mapped[str] = mapped_column(String(40), default="", index=True)
    shop: Mapped[str] = mapped_column(String(100), default="")
    channel: Mapped[str] = mapped_column(String(40), default="")
    customer: Mapped[str] = mapped_column(String(100), default="")
    contact: Mapped[str] = mapped_column(String(100), default="")
    order_no: Mapped[str] = mapped_column(String(64), default="", index=True)
    product: Mapped[str] = mapped_column(String(200), default="")
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaint_categories.id", ondelete="RESTRICT"), index=True
    )
    priority: Mapped[str] = mapped_column(String(16), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    agent_id: Mapped[int | None] = mapped_column(
        ForeignKey("agents.id", ondelete="RESTRICT"), index=True
    )
    escalation: Mapped[str] = mapped_column(String(16), default="none")
    status: Mapped[str] = mapped_column(String(32))  # indexed with next_due_at
    before_pause: Mapped[str | None] = mapped_column(String(32))
    reopened: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[bool] = mapped_column(Boolean, default=False)

    first_response_at: Mapped[datetime | None] = mapped_column(DateTime)
    solution_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)

    response_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    solution_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    next_due_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    response_breached: Mapped[bool] = mapped_column(Boolean, default=False)
    solution_breached: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution_breached: Mapped[bool] = mapped_column(Boolean, default=False)

    immediate_action: Mapped[str] = mapped_column(Text, default="")
    compensation_type: Mapped[str] = mapped_column(String(32), default="")
    compensation_cents: Mapped[int] = mapped_column(Integer, default=0)
    root_cause_id: Mapped[int | None] = mapped_column(
        ForeignKey("root_causes.id", ondelete="RESTRICT"), index=True
    )
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    effectiveness_checked_on: Mapped[date | None] = mapped_column(Date)
    effectiveness_note: Mapped[str] = mapped_column(Text, default="")

    satisfaction: Mapped[int | None] = mapped_column(Integer)
    follow_up_at: Mapped[datetime | None] = mapped_column(DateTime)
    follow_up_comment: Mapped[str] = mapped_column(Text, default="")
    no_follow_up_reason: Mapped[str] = mapped_column(Text, default="")

    valid: Mapped[bool] = mapped_column(Boolean, default=True)
    invalid_reason: Mapped[str] = mapped_column(Text, default="")
    appeal: Mapped[str | None] = mapped_column(String(16))
    appeal_reason: Mapped[str] = mapped_column(Text, default="")
    appeal_decided_on: Mapped[date | None] = mapped_column(Date)
    appeal_note: Mapped[str] = mapped_column(Text, default="")

    search_text: Mapped[str] = mapped_column(Text, default="")

    category: Mapped[ComplaintCategory | None] = relationship()
    root_cause: Mapped[RootCause | None] = relationship()
    agent: Mapped[Agent | None] = relationship()
    pauses: Mapped[list[ComplaintPause]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan", order_by="ComplaintPause.id"
    )
    events: Mapped[list[ComplaintEvent]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan", order_by="ComplaintEvent.id"
    )


class ComplaintPause(Base):
    """A stretch of time a complaint waited for the customer or the courier."""

    __tablename__ = "complaint_pauses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)

    complaint: Mapped[Complaint] = relationship(back_populates="pauses")


class ComplaintEvent(Base):
    """One entry of a complaint's timeline, with its time and author."""

    __tablename__ = "complaint_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(16))
    author: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    from_value: Mapped[str] = mapped_column(String(32), default="")
    to_value: Mapped[str] = mapped_column(String(32), default="")

    complaint: Mapped[Complaint] = relationship(back_populates="events")
