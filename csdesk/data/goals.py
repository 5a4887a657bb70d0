"""The team's yearly goals (one per KPI and year), with their paths through the months."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from csdesk.data.base import Base


class TeamGoal(Base):
    """A KPI's goal for a year: baseline, target, and typed month targets if any."""

    __tablename__ = "team_goals"
    __table_args__ = (UniqueConstraint("year", "kpi", name="ux_team_goals_year_kpi"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    kpi: Mapped[str] = mapped_column(String(40))
    baseline: Mapped[float] = mapped_column(Float)
    target: Mapped[float] = mapped_column(Float)
    # typed month targets: [[month, target], ...]; empty: a straight line
    path: Mapped[list[Any]] = mapped_column(JSON, default=list)
    tolerance: Mapped[float | None] = mapped_column(Float)
    saved_at: Mapped[datetime] = mapped_column(DateTime)
    saved_by: Mapped[str] = mapped_column(String(100), default="")
