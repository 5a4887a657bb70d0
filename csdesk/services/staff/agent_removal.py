"""Removing an agent: only a record entered by mistake, with no history, may be deleted.

An agent who worked keeps their record for years (appraisals, complaints, training refer to
it); they are archived as having left instead.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.models import Base
from csdesk.data.staff import OWNED_BY_AGENT, Agent
from csdesk.domain.access import Permission
from csdesk.services.accounts.access import needs
from csdesk.services.audit.audit_log import record
from csdesk.services.database import Database
from csdesk.services.errors import UserError


def history_count(session: Session, agent_id: int) -> int:
    """Count the rows elsewhere that point to the agent (their history).

    Found through the schema's foreign keys, so the tables of later areas (complaints,
    training, appraisals) count without changes here.
    """
    total = 0
    for table in Base.metadata.sorted_tables:
        if table.name in OWNED_BY_AGENT:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == "agents" and fk.column.name == "id":
                total += (
                    session.scalar(
                        select(func.count()).select_from(table).where(fk.parent == agent_id)
                    )
                    or 0
                )
    return total


def can_delete(db: Database, agent_id: int) -> bool:
    """True when the agent has no history, so a true delete loses nothing."""
    with db.read() as session:
        return history_count(session, agent_id) == 0


@needs(Permission.STAFF)
def delete_agent(db: Database, agent_id: int) -> None:
    """Delete an agent entered by mistake.

    Raises:
        UserError: the agent has history; archive them instead.
    """
    with db.write() as session:
        agent = session.get(Agent, agent_id)
        if agent is None:
            return
        if history_count(session, agent_id):
            raise UserError(
                translate(
                    "Staff",
                    "{name} has history (job rotations, mentees or records), so the record "
                    "is archived instead of deleted: set the status to Left.",
                ).format(name=agent.name)
            )
        record(session, "delete", "agent", agent.employee_no, "name", agent.name, "")
        session.delete(agent)
