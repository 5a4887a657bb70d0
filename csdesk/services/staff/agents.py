"""The staff directory: agents, their sub-accounts, job rotation, archive and turnover.

Every function opens its own unit of work and returns frozen dataclasses. Validation
messages are in the user's language; the same checks serve the dialog and the import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from csdesk.common.i18n import translate
from csdesk.data.staff import Agent
from csdesk.domain.staff import Post, Status, split_channels
from csdesk.services.database import Database
from csdesk.services.errors import UserError


@dataclass(frozen=True)
class AccountData:
    """A platform sub-account and the dates it belongs to the agent (None = open)."""

    platform: str
    account_name: str
    shop: str = ""
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True)
class AgentData:
    """What the supervisor enters for an agent; the mentor is named by employee number."""

    employee_no: str
    name: str
    post: str = Post.PRE_SALES
    level: str = "junior"
    status: str = Status.ACTIVE
    hire_date: date = field(default_factory=date.today)
    probation_end: date | None = None
    left_date: date | None = None
    left_reason: str = ""
    mentor_no: str = ""
    channels: tuple[str, ...] = ()
    phone: str = ""
    notes: str = ""
    accounts: tuple[AccountData, ...] = ()


@dataclass(frozen=True)
class PostChangeRecord:
    """One job rotation as shown on the agent."""

    changed_on: date
    from_post: str
    to_post: str
    note: str


@dataclass(frozen=True)
class AgentRecord:
    """An agent as the pages show it."""

    id: int
    data: AgentData
    mentor_name: str
    post_changes: tuple[PostChangeRecord, ...]
    version: int = 1  # the saved version the form was opened on (two seats, one record)

    @property
    def employee_no(self) -> str:
        """Shortcut for the most used field."""
        return self.data.employee_no

    @property
    def name(self) -> str:
        """Shortcut for the agent's name."""
        return self.data.name


def record_of(agent: Agent) -> AgentRecord:
    """Turn a loaded ORM agent into the plain record the pages use."""
    data = AgentData(
        employee_no=agent.employee_no,
        name=agent.name,
        post=agent.post,
        level=agent.level,
        status=agent.status,
        hire_date=agent.hire_date,
        probation_end=agent.probation_end,
        left_date=agent.left_date,
        left_reason=agent.left_reason,
        mentor_no=agent.mentor.employee_no if agent.mentor else "",
        channels=tuple(c.value for c in split_channels(agent.channels)),
        phone=agent.phone,
        notes=agent.notes,
        accounts=tuple(
            AccountData(a.platform, a.account_name, a.shop, a.valid_from, a.valid_to)
            for a in agent.accounts
        ),
    )
    changes = tuple(
        PostChangeRecord(c.changed_on, c.from_post, c.to_post, c.note) for c in agent.post_changes
    )
    mentor = agent.mentor.name if agent.mentor else ""
    return AgentRecord(agent.id, data, mentor, changes, agent.version)


def _agent_query():
    return select(Agent).options(
        selectinload(Agent.accounts), selectinload(Agent.post_changes), selectinload(Agent.mentor)
    )


def list_agents(db: Database) -> list[AgentRecord]:
    """Return every agent, current and former, by employee number."""
    with db.read() as session:
        agents = session.scalars(_agent_query().order_by(Agent.employee_no)).all()
        return [record_of(a) for a in agents]


def get_agent(db: Database, agent_id: int) -> AgentRecord:
    """Return one agent.

    Raises:
        UserError: no such agent (it may have been deleted meanwhile).
    """
    with db.read() as session:
        agent = session.scalars(_agent_query().where(Agent.id == agent_id)).first()
        if agent is None:
            raise UserError(translate("Staff", "That agent no longer exists."))
        return record_of(agent)


def find_by_employee_no(session: Session, employee_no: str) -> Agent | None:
    """Return the agent with ``employee_no`` in ``session``, if any."""
    return session.scalars(select(Agent).where(Agent.employee_no == employee_no)).first()
