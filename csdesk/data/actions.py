"""Improvement actions (改进措施): what was decided, who owns it, by when, and its effect.

An action comes from somewhere (a complaint, the monthly review, a goal, a QA review, a
meeting, a suggestion, a coaching session) and points back to it by ``source_ref``.
Its check-ins record progress; every change of a field is kept in ``action_changes``
(who changed what, when). An action is never deleted once others point to it: it is
cancelled.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from csdesk.data.base import Base, Versioned


class Action(Versioned, Base):
    """One corrective or improvement action."""

    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(16), index=True)
    source_ref: Mapped[str] = mapped_column(String(64), default="", index=True)
    # the owner: an agent, or the supervisor / shop owner by name
    owner_agent_id: Mapped[int | None] = mapped_column(
        ForeignKey("agents.id", ondelete="RESTRICT"), index=True
    )
    owner_name: Mapped[str] = mapped_column(String(100), default="")
    created_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date, index=True)
    expected: Mapped[str] = mapped_column(Text, default="")
    # a measurable result, checked from the data: KPI, target, the month to check
    kpi: Mapped[str] = mapped_column(String(40), default="")
    kpi_baseline: Mapped[float | None] = mapped_column(Float)
    kpi_target: Mapped[float | None] = mapped_column(Float)
    check_month: Mapped[str] = mapped_column(String(7), default="")
    checked_value: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16), index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    saved_at: Mapped[datetime] = mapped_column(DateTime)
    saved_by: Mapped[str] = mapped_column(String(100), default="")

    check_ins: Mapped[list[ActionCheckIn]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionCheckIn.day"
    )
    changes: Mapped[list[ActionChange]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionChange.at"
    )


class ActionCheckIn(Base):
    """Progress on an action: a day, a note and how far along (0-100 %)."""

    __tablename__ = "action_check_ins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    progress: Mapped[int] = mapped_column(Integer, default=0)
    author: Mapped[str] = mapped_column(String(100), default="")

    action: Mapped[Action] = relationship(back_populates="check_ins")


class ActionChange(Base):
    """One field of an action changed: before, after, who, when."""

    __tablename__ = "action_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(100), default="")
    field: Mapped[str] = mapped_column(String(32))
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")

    action: Mapped[Action] = relationship(back_populates="changes")
