"""Tables of the monthly appraisals: the rules they are computed by, and every version.

- ``appraisal_rules``: the shop's scorecards, grade bands, vetoes and bonus rule, one
  row per month a change took effect; a month is appraised by the newest row at or
  before it (none: the defaults). Kept as JSON because a rule set is read and written
  whole, and old versions must stay exactly as they were.
- ``appraisals``: one row per version of an agent's month. Version 1 is prepared as a
  draft, recomputed until it is finalised; a finalised version is never changed again.
  A correction adds the next version (finalised at once) with its reason, author and
  time, so the history is the rows themselves. The computed lines are stored as JSON:
  a finalised appraisal must print the numbers it was signed with, even after the
  rules or the data change.
- ``appraisal_months``: a closed month and its Service Star.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from csdesk.data.base import Base


class AppraisalRuleSet(Base):
    """The rules in force from ``effective_month`` until the next set's month."""

    __tablename__ = "appraisal_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    effective_month: Mapped[str] = mapped_column(String(7), unique=True)  # "2026-10"
    rules: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(DateTime)
    saved_by: Mapped[str] = mapped_column(String(100), default="")


class Appraisal(Base):
    """One version of one agent's monthly appraisal."""

    __tablename__ = "appraisals"
    __table_args__ = (
        Index("ux_appraisals_agent_month_version", "agent_id", "month", "version", unique=True),
        Index("ix_appraisals_month", "month"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"))
    month: Mapped[str] = mapped_column(String(7))
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(12))  # "draft" or "final"
    post: Mapped[str] = mapped_column(String(32))
    total: Mapped[float | None] = mapped_column(Float)
    grade: Mapped[str | None] = mapped_column(String(2))
    satisfaction: Mapped[float | None] = mapped_column(Float)
    bonus_cents: Mapped[int] = mapped_column(Integer, default=0)
    # graded, or why not: in_progress, not_enough_data, onboarding, not_cleared
    standing: Mapped[str] = mapped_column(String(20), default="graded", server_default="graded")
    coverage: Mapped[float | None] = mapped_column(Float)  # scorecard weight with data, 0-1
    # the computed card: [{kpi, value, target, points, weight, share, weighted}, ...]
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    left_out: Mapped[list[str]] = mapped_column(JSON)
    vetoes: Mapped[list[str]] = mapped_column(JSON)
    bonus: Mapped[dict[str, Any]] = mapped_column(JSON)  # how the bonus was made up
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="")  # why this amendment was made
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime)
    finalised_by: Mapped[str] = mapped_column(String(100), default="")
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    acknowledgement: Mapped[str] = mapped_column(Text, default="")  # the agent's comment


class AppraisalMonth(Base):
    """A month whose appraisals were all finalised, and who was its Service Star."""

    __tablename__ = "appraisal_months"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    closed_at: Mapped[datetime] = mapped_column(DateTime)
    closed_by: Mapped[str] = mapped_column(String(100), default="")
    star_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"))
