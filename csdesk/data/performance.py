"""Performance data: imported conversations, QA reviews and praise.

A shop imports a month's conversations at a time, up to a million rows a year, so the
table is lean: no timestamps per row, and one index, unique on the start time and the
platform's conversation id. It makes a re-import of the same export add nothing, and
it is the index the monthly KPIs read by (a month is a range of start times). Rows
arrive in time order, so the index grows at its end, which keeps a big import fast.
Moments are stored as SQLAlchemy stores them, "YYYY-MM-DD HH:MM:SS.ffffff".
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

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


class QaRubric(Base):
    """A quality-assurance rubric: the categories a reviewer rates a conversation on."""

    __tablename__ = "qa_rubrics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    categories: Mapped[list[QaCategory]] = relationship(
        order_by="QaCategory.position", cascade="all, delete-orphan"
    )


class QaCategory(Base):
    """One category of a rubric, with its weight and rating scale."""

    __tablename__ = "qa_categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rubric_id: Mapped[int] = mapped_column(
        ForeignKey("qa_rubrics.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str | None] = mapped_column(String(32))  # the default rubric's lines
    name: Mapped[str] = mapped_column(String(100))
    weight: Mapped[float] = mapped_column(Float)
    scale: Mapped[str] = mapped_column(String(8))
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    na_allowed: Mapped[bool] = mapped_column(Boolean, default=False)


class QaReview(Base):
    """One conversation of one agent, rated against a rubric.

    The score is stored as computed on the day, so a later change of weights does not
    rewrite an appraisal that was already signed.
    """

    __tablename__ = "qa_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    rubric_id: Mapped[int] = mapped_column(ForeignKey("qa_rubrics.id", ondelete="RESTRICT"))
    conversation_ref: Mapped[str] = mapped_column(String(100), default="")
    reviewed_on: Mapped[date] = mapped_column(Date, index=True)
    reviewer: Mapped[str] = mapped_column(String(100), default="")
    score: Mapped[float | None] = mapped_column(Float)
    critical_failed: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")

    ratings: Mapped[list[QaRating]] = relationship(cascade="all, delete-orphan")


class QaRating(Base):
    """A review's rating of one category (None: not applicable)."""

    __tablename__ = "qa_ratings"

    review_id: Mapped[int] = mapped_column(
        ForeignKey("qa_reviews.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[int] = mapped_column(
        ForeignKey("qa_categories.id", ondelete="RESTRICT"), primary_key=True
    )
    value: Mapped[int | None] = mapped_column(Integer)


class Praise(Base):
    """A customer's or colleague's praise of an agent; the praise count KPI counts them."""

    __tablename__ = "praise"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    source: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text, default="")


class AgentSummary(Base):
    """One account's figures for a day or a month, as a platform's back office reports them.

    Where a summary and the conversations both give a KPI for a month, the summary (the
    platform's own figure) wins.
    """

    __tablename__ = "agent_summaries"
    __table_args__ = (
        Index("ux_agent_summaries_period", "account", "period_start", "period_end", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    account: Mapped[str] = mapped_column(String(100))
    period_start: Mapped[date] = mapped_column(Date, index=True)
    period_end: Mapped[date] = mapped_column(Date)
    inquiries: Mapped[int | None] = mapped_column(Integer)
    customers_served: Mapped[int | None] = mapped_column(Integer)
    pre_sale_inquiries: Mapped[int | None] = mapped_column(Integer)
    buyers: Mapped[int | None] = mapped_column(Integer)
    sales_cents: Mapped[int | None] = mapped_column(Integer)
    conversion_rate: Mapped[float | None] = mapped_column(Float)
    avg_response_seconds: Mapped[float | None] = mapped_column(Float)
    first_response_seconds: Mapped[float | None] = mapped_column(Float)
    reply_rate: Mapped[float | None] = mapped_column(Float)
    three_minute_reply_rate: Mapped[float | None] = mapped_column(Float)
    satisfaction_rate: Mapped[float | None] = mapped_column(Float)
    good_reviews: Mapped[int | None] = mapped_column(Integer)
    bad_reviews: Mapped[int | None] = mapped_column(Integer)
    refunds: Mapped[int | None] = mapped_column(Integer)


class ManualKpi(Base):
    """A KPI the supervisor enters for an agent's month (teamwork, attendance without rota)."""

    __tablename__ = "manual_kpis"
    __table_args__ = (Index("ux_manual_kpis", "agent_id", "month", "key", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"))
    month: Mapped[str] = mapped_column(String(7))  # "2026-10"
    key: Mapped[str] = mapped_column(String(40))
    value: Mapped[float] = mapped_column(Float)
