"""Performance data: conversations imported from the platforms' CS back offices.

A shop imports a month's conversations at a time, up to a million rows a year, so the
table is lean: no timestamps per row, and one index, unique on the start time and the
platform's conversation id. It makes a re-import of the same export add nothing, and
it is the index the monthly KPIs read by (a month is a range of start times). Rows
arrive in time order, so the index grows at its end, which keeps a big import fast.
Moments are stored as SQLAlchemy stores them, "YYYY-MM-DD HH:MM:SS.ffffff".
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from csdesk.data.base import Base


class Conversation(Base):
    """One conversation or ticket handled by an agent, with the platform's measures."""

    __tablename__ = "conversations"
    __table_args__ = (
        Index("ux_conversations_started_ref", "started_at", "conversation_id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(String(100))
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"))
    account: Mapped[str] = mapped_column(String(100))  # as the file named the agent
    channel: Mapped[str | None] = mapped_column(String(40))
    topic: Mapped[str | None] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    answered: Mapped[bool | None] = mapped_column(Boolean)
    wait_seconds: Mapped[float | None] = mapped_column(Float)
    first_response_seconds: Mapped[float | None] = mapped_column(Float)
    avg_response_seconds: Mapped[float | None] = mapped_column(Float)
    handle_seconds: Mapped[float | None] = mapped_column(Float)
    resolved: Mapped[bool | None] = mapped_column(Boolean)
    first_contact_resolved: Mapped[bool | None] = mapped_column(Boolean)
    csat: Mapped[int | None] = mapped_column(Integer)  # 1-5
    converted: Mapped[bool | None] = mapped_column(Boolean)
    order_cents: Mapped[int | None] = mapped_column(Integer)
