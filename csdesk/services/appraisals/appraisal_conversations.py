"""The conversations behind an agent's KPIs in a month, for the evidence dialog.

Capped at ``CONVERSATION_LIMIT``: the dialog lists them to check a figure, not to read a
million rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from csdesk.data.performance import Conversation
from csdesk.domain.months import Month
from csdesk.services.database import Database


@dataclass(frozen=True)
class ConversationItem:
    """One of the agent's conversations in the month, with its measures."""

    conversation_id: str
    started_at: datetime
    channel: str
    first_response_seconds: float | None
    handle_seconds: float | None
    resolved: bool | None
    first_contact_resolved: bool | None
    csat: int | None
    converted: bool | None
    order_cents: int | None


#: How many conversations the drill-down lists (a month may hold thousands).
CONVERSATION_LIMIT = 2000


def agent_conversations(
    db: Database, agent_id: int, month: Month, limit: int = CONVERSATION_LIMIT
) -> tuple[list[ConversationItem], int]:
    """The first ``limit`` conversations of an agent's month, and how many there are."""
    start, end = month.moments
    c = Conversation
    where = (c.agent_id == agent_id, c.started_at >= start, c.started_at < end)
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(c).where(*where)) or 0
        rows = session.scalars(select(c).where(*where).order_by(c.started_at).limit(limit))
        items = [
            ConversationItem(
                r.conversation_id,
                r.started_at,
                r.channel or "",
                r.first_response_seconds,
                r.handle_seconds,
                r.resolved,
                r.first_contact_resolved,
                r.csat,
                r.converted,
                r.order_cents,
            )
            for r in rows
        ]
    return items, total
