"""The staff directory: agents, their sub-accounts, job rotation, archive and turnover.

Every function opens its own unit of work and returns frozen dataclasses. Validation
messages are in the user's language; the same checks serve the dialog and the import.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from csdesk.common.i18n import translate
from csdesk.data.models import Base
from csdesk.data.staff import OWNED_BY_AGENT, Agent, PlatformAccount, PostChange
from csdesk.domain.staff import Post, Status, join_channels, split_channels
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.training import duty_gate


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


def _apply(session: Session, agent: Agent, data: AgentData) -> None:
    agent.employee_no = data.employee_no.strip()
    agent.name = data.name.strip()
    agent.post = data.post
    agent.level = data.level
    agent.status = data.status
    agent.hire_date = data.hire_date
    agent.probation_end = data.probation_end
    agent.left_date = data.left_date
    agent.left_reason = data.left_reason.strip()
    agent.mentor = find_by_employee_no(session, data.mentor_no) if data.mentor_no else None
    agent.channels = join_channels(data.channels)
    agent.phone = data.phone.strip()
    agent.notes = data.notes
    wanted = [
        (a.platform.strip(), a.shop.strip(), a.account_name.strip(), a.valid_from, a.valid_to)
        for a in data.accounts
    ]
    current = [
        (a.platform, a.shop, a.account_name, a.valid_from, a.valid_to) for a in agent.accounts
    ]
    if wanted != current:
        agent.accounts.clear()
        session.flush()
        for platform, shop, name, valid_from, valid_to in wanted:
            agent.accounts.append(
                PlatformAccount(
                    platform=platform,
                    shop=shop,
                    account_name=name,
                    valid_from=valid_from,
                    valid_to=valid_to,
                )
            )


def normalized(data: AgentData) -> AgentData:
    """Trim text and put channels in their fixed order, so equal data compares equal."""
    return replace(
        data,
        employee_no=data.employee_no.strip(),
        name=data.name.strip(),
        left_reason=data.left_reason.strip(),
        mentor_no=data.mentor_no.strip(),
        channels=tuple(c for c in join_channels(data.channels).split(",") if c),
        phone=data.phone.strip(),
        accounts=tuple(
            AccountData(
                a.platform.strip(),
                a.account_name.strip(),
                a.shop.strip(),
                a.valid_from,
                a.valid_to,
            )
            for a in data.accounts
        ),
    )


def _raise_if(found: list[str]) -> None:
    if found:
        raise UserError(translate("Staff", "The agent was not saved:"), found)


def add_agent(session: Session, data: AgentData) -> Agent:
    """Add an agent inside an open transaction (the import uses this directly)."""
    data = normalized(data)
    _raise_if(problems(session, data))
    agent = Agent()
    session.add(agent)
    _apply(session, agent, data)
    session.flush()
    return agent


def link_account(
    db: Database, agent_id: int, platform: str, account_name: str, shop: str = ""
) -> None:
    """Give an agent a platform account an import did not know.

    The account is added without dates, so every row of the file that names it becomes
    the agent's; dates can be set later in the agent's form.

    Raises:
        UserError: the account is someone else's, or platform or name is missing.
    """
    with db.write() as session:
        agent = session.get(Agent, agent_id)
        if agent is None:
            raise UserError(translate("Staff", "The agent was not found."))
        data = record_of(agent).data
        account = AccountData(platform.strip(), account_name.strip(), shop.strip())
        change_agent(session, agent, replace(data, accounts=(*data.accounts, account)))


def change_agent(
    session: Session,
    agent: Agent,
    data: AgentData,
    changed_on: date | None = None,
    duty_override: str = "",
) -> bool:
    """Update an agent inside an open transaction; record a post change. True if changed.

    Moving an agent from onboarding to active passes the training duty gate: it is
    refused while a before-duty course is missing, unless ``duty_override`` gives the
    supervisor's reason (which is recorded).

    Raises:
        UserError: the data breaks a rule.
        NotClearedForDuty: the duty gate is closed and no reason was given.
    """
    data = normalized(data)
    _raise_if(problems(session, data, agent.id))
    if record_of(agent).data == data:
        return False
    duty_gate.check_duty_gate(
        session, agent, data.status, data.post, duty_override, changed_on or date.today()
    )
    if data.post != agent.post:
        agent.post_changes.append(
            PostChange(
                changed_on=changed_on or date.today(),
                from_post=agent.post,
                to_post=data.post,
                note="",
            )
        )
    _apply(session, agent, data)
    session.flush()
    return True


def create_agent(db: Database, data: AgentData) -> int:
    """Add an agent to the directory and return its id.

    Raises:
        UserError: the data breaks a rule; its details list every problem.
    """
    with db.write() as session:
        return add_agent(session, data).id


def update_agent(
    db: Database,
    agent_id: int,
    data: AgentData,
    post_changed_on: date | None = None,
    duty_override: str = "",
) -> None:
    """Save the edited agent; a new post is recorded as a job rotation on that date.

    ``duty_override`` is the supervisor's reason for putting an agent on duty before
    their required courses are passed (see ``change_agent``).
    """
    with db.write() as session:
        agent = session.get(Agent, agent_id)
        if agent is None:
            raise UserError(translate("Staff", "That agent no longer exists."))
        change_agent(session, agent, data, post_changed_on, duty_override)


def archive_agent(db: Database, agent_id: int, left_date: date, reason: str) -> None:
    """Mark an agent as left on ``left_date`` for ``reason``; their history stays."""
    current = get_agent(db, agent_id)
    update_agent(
        db,
        agent_id,
        replace(current.data, status=Status.LEFT, left_date=left_date, left_reason=reason),
    )


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
        session.delete(agent)
