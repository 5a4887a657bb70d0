"""Tables of the staff directory: agents, their platform sub-accounts, post changes.

Enumerated values (post, level, status, channels) are stored as the stable English keys
of ``csdesk.domain.staff`` so that the file reads the same whatever the UI language.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from csdesk.data.base import Base, Timestamped, Versioned


class Agent(Versioned, Timestamped, Base):
    """A customer-service agent, current or former (leavers are kept, not deleted)."""

    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    post: Mapped[str] = mapped_column(String(32))
    level: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32), index=True)
    hire_date: Mapped[date] = mapped_column(Date)
    probation_end: Mapped[date | None] = mapped_column(Date)
    left_date: Mapped[date | None] = mapped_column(Date)
    left_reason: Mapped[str] = mapped_column(Text, default="")
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("agents.id", ondelete="RESTRICT"), index=True
    )
    channels: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    mentor: Mapped[Agent | None] = relationship(remote_side=[id])
    accounts: Mapped[list[PlatformAccount]] = relationship(
        back_populates="agent", cascade="all, delete-orphan", order_by="PlatformAccount.id"
    )
    post_changes: Mapped[list[PostChange]] = relationship(
        back_populates="agent", cascade="all, delete-orphan", order_by="PostChange.changed_on"
    )


class PlatformAccount(Base):
    """A platform sub-account (e.g. a Taobao 旺旺 sub-account) and when it was the agent's.

    Imports of platform data attribute rows to agents through these accounts, using the
    dates because a sub-account is often handed on to a new hire.
    """

    __tablename__ = "platform_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(40))
    shop: Mapped[str] = mapped_column(String(100), default="")
    account_name: Mapped[str] = mapped_column(String(100), index=True)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)

    agent: Mapped[Agent] = relationship(back_populates="accounts")


class PostChange(Base):
    """One job rotation: the agent moved from one post to another on a date."""

    __tablename__ = "post_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"), index=True)
    changed_on: Mapped[date] = mapped_column(Date)
    from_post: Mapped[str] = mapped_column(String(32))
    to_post: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")

    agent: Mapped[Agent] = relationship(back_populates="post_changes")


#: Tables whose rows belong to an agent and go with them when a mistaken record is
#: deleted. A row in any *other* table that points to an agent is history, and makes
#: the agent archive-only.
OWNED_BY_AGENT = frozenset({"platform_accounts"})
