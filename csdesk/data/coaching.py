"""Coaching sessions (辅导面谈): a supervisor's talk with one agent about a month.

What was agreed becomes improvement actions (source ``coaching``, reference the
session's id); the session keeps the notes, the agent's own comment and when it was held.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from csdesk.data.base import Base, Versioned


class CoachingSession(Versioned, Base):
    """One coaching session with an agent about a month's figures."""

    __tablename__ = "coaching_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    month: Mapped[str] = mapped_column(String(7), index=True)  # the month talked about
    held_on: Mapped[date] = mapped_column(Date)
    coach: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    agent_comment: Mapped[str] = mapped_column(Text, default="")
    saved_at: Mapped[datetime] = mapped_column(DateTime)
    saved_by: Mapped[str] = mapped_column(String(100), default="")
