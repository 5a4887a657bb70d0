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
from csdesk.data.staff import Agent, PlatformAccount
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
    return AgentRecord(agent.id, data, agent.mentor.name if agent.mentor else "", changes)


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


def problems(session: Session, data: AgentData, agent_id: int | None = None) -> list[str]:
    """Check an agent's data against the rules and the directory; return the problems."""
    found: list[str] = []
    if not data.employee_no.strip():
        found.append(translate("Staff", "The employee number is required."))
    if not data.name.strip():
        found.append(translate("Staff", "The name is required."))
    if data.employee_no.strip():
        other = find_by_employee_no(session, data.employee_no.strip())
        if other is not None and other.id != agent_id:
            found.append(
                translate("Staff", "Employee number {no} is already used by {name}.").format(
                    no=data.employee_no, name=other.name
                )
            )
    if data.status == Status.LEFT and data.left_date is None:
        found.append(translate("Staff", "An agent who left needs a leaving date."))
    if data.status != Status.LEFT and data.left_date is not None:
        found.append(
            translate("Staff", "A leaving date is only for an agent whose status is Left.")
        )
    if data.left_date and data.left_date < data.hire_date:
        found.append(translate("Staff", "The leaving date is before the hire date."))
    if data.probation_end and data.probation_end < data.hire_date:
        found.append(translate("Staff", "The end of probation is before the hire date."))
    if data.mentor_no:
        mentor = find_by_employee_no(session, data.mentor_no)
        if mentor is None:
            found.append(
                translate("Staff", "Mentor {no} is not in the staff directory.").format(
                    no=data.mentor_no
                )
            )
        elif data.mentor_no == data.employee_no or (agent_id and mentor.id == agent_id):
            found.append(translate("Staff", "An agent cannot be their own mentor."))
    found.extend(_account_problems(session, data, agent_id))
    return found


def _overlaps(a_from, a_to, b_from, b_to) -> bool:
    lo = max(a_from or date.min, b_from or date.min)
    hi = min(a_to or date.max, b_to or date.max)
    return lo <= hi


def _account_problems(session: Session, data: AgentData, agent_id: int | None) -> list[str]:
    """Sub-accounts need a platform and a name, sane dates, and one owner at a time."""
    found: list[str] = []
    for i, acc in enumerate(data.accounts):
        label = acc.account_name or str(i + 1)
        if not acc.platform.strip() or not acc.account_name.strip():
            found.append(
                translate(
                    "Staff", "Sub-account {account}: platform and account name are required."
                ).format(account=label)
            )
            continue
        if acc.valid_from and acc.valid_to and acc.valid_to < acc.valid_from:
            found.append(
                translate(
                    "Staff", "Sub-account {account}: the end date is before the start date."
                ).format(account=label)
            )
        for other in data.accounts[i + 1 :]:
            if (other.platform, other.shop, other.account_name) == (
                acc.platform,
                acc.shop,
                acc.account_name,
            ) and _overlaps(acc.valid_from, acc.valid_to, other.valid_from, other.valid_to):
                found.append(
                    translate(
                        "Staff", "Sub-account {account} is listed twice for the same dates."
                    ).format(account=label)
                )
        rows = session.execute(
            select(PlatformAccount, Agent.name)
            .join(Agent)
            .where(
                PlatformAccount.platform == acc.platform,
                PlatformAccount.shop == acc.shop,
                PlatformAccount.account_name == acc.account_name,
            )
        ).all()
        for row, owner in rows:
            if row.agent_id != agent_id and _overlaps(
                acc.valid_from, acc.valid_to, row.valid_from, row.valid_to
            ):
                found.append(
                    translate(
                        "Staff",
                        "Sub-account {account} belongs to {name} for overlapping dates.",
                    ).format(account=label, name=owner)
                )
    return found
