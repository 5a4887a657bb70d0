"""Tables of training: catalogue, sessions, attendees, certificates, duty overrides.

A duty override is the supervisor's signed-off decision to put an agent on duty before
the required courses were passed.

Money is stored in cents (integers): SQLite has no decimal type, and a float does not
add up to the cent over a year of sessions.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from csdesk.data.base import Base, Timestamped, Versioned
from csdesk.data.staff import Agent


class Course(Versioned, Timestamped, Base):
    """A course of the catalogue. Archived courses keep their history but are not offered."""

    __tablename__ = "courses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    pass_mark: Mapped[float | None] = mapped_column(Float)  # None: attendance only
    validity_months: Mapped[int | None] = mapped_column(Integer)  # None: never expires
    required_posts: Mapped[str] = mapped_column(String(200), default="")  # comma-separated
    before_duty: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    sessions: Mapped[list[TrainingSession]] = relationship(back_populates="course")


class TrainingSession(Versioned, Timestamped, Base):
    """One holding of a course: when, by whom, how, and who was there."""

    __tablename__ = "training_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course_id: Mapped[int] = mapped_column(
        ForeignKey("courses.id", ondelete="RESTRICT"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    trainer: Mapped[str] = mapped_column(String(100), default="")
    format: Mapped[str] = mapped_column(String(32))
    location: Mapped[str] = mapped_column(String(200), default="")
    cost_cents: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    course: Mapped[Course] = relationship(back_populates="sessions")
    attendees: Mapped[list[Attendee]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Attendee.id"
    )


class Attendee(Base):
    """An agent invited to a session, and how it went.

    ``passed`` is decided when the result is recorded, under the pass mark in force
    then, as a paper record would be; an import may state it where no score exists.
    """

    __tablename__ = "training_attendees"
    __table_args__ = (UniqueConstraint("session_id", "agent_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_sessions.id", ondelete="CASCADE"), index=True
    )
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    attendance: Mapped[str | None] = mapped_column(String(32))  # None: not recorded yet
    score: Mapped[float | None] = mapped_column(Float)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    comment: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[TrainingSession] = relationship(back_populates="attendees")
    agent: Mapped[Agent] = relationship()


class Certificate(Timestamped, Base):
    """An external certificate an agent holds; linked to a course, it counts for it."""

    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    course_id: Mapped[int | None] = mapped_column(
        ForeignKey("courses.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    issuer: Mapped[str] = mapped_column(String(200), default="")
    number: Mapped[str] = mapped_column(String(100), default="")
    issued_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)

    agent: Mapped[Agent] = relationship()
    course: Mapped[Course | None] = relationship()


class DutyOverride(Base):
    """The supervisor put an agent on duty before the required courses were passed."""

    __tablename__ = "duty_overrides"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    decided_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    missing: Mapped[str] = mapped_column(Text, default="")  # the courses not yet passed
