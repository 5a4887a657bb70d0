"""Customers' praise of agents (表扬): recorded with its date and source, counted per month."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from csdesk.common.i18n import translate
from csdesk.data.performance import Praise
from csdesk.data.staff import Agent
from csdesk.domain.access import Permission
from csdesk.domain.months import Month
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.errors import UserError


@needs(Permission.QA)
def add_praise(
    db: Database,
    agent_id: int,
    received_on: date,
    source: str,
    text: str,
    praise_id: int | None = None,
) -> int:
    """Record a praise of an agent (or correct praise ``praise_id``); return its id."""
    if not text.strip() and not source.strip():
        raise UserError(translate("QA", "Say who praised the agent, or what they said."))
    with db.write() as session:
        if session.get(Agent, agent_id) is None:
            raise UserError(translate("QA", "Choose an agent and a rubric."))
        praise = Praise() if praise_id is None else session.get(Praise, praise_id)
        if praise is None:
            raise UserError(translate("QA", "The praise is no longer on file."))
        praise.agent_id = agent_id
        praise.received_on = received_on
        praise.source = source.strip()[:100]
        praise.text = text
        session.add(praise)
        session.flush()
        return praise.id


def monthly_praise(db: Database, month: Month) -> dict[int, int] | None:
    """Agent id -> praise in ``month``.

    None when the shop recorded no praise that month: no data, not a zero for everyone.
    """
    with db.read() as session:
        rows = session.execute(
            select(Praise.agent_id, func.count())
            .where(Praise.received_on.between(month.first_day, month.last_day))
            .group_by(Praise.agent_id)
        ).all()
    return dict(rows) if rows else None
