"""Changing the staff directory: add, change, archive and delete agents, link accounts.

Each change is checked first (``agents.problems``) and refused with every problem.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.staff import Agent, PlatformAccount, PostChange
from csdesk.domain.access import Permission
from csdesk.domain.staff import Status, join_channels
from csdesk.services.accounts.access import needs
from csdesk.services.audit.audit_log import record
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.server.record_versions import refuse_if_changed
from csdesk.services.staff.agent_checks import problems
from csdesk.services.staff.agents import (
    AccountData,
    AgentData,
    find_by_employee_no,
    get_agent,
    record_of,
)
from csdesk.services.training import duty_gate


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


@needs(Permission.STAFF)
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


@needs(Permission.STAFF)
def create_agent(db: Database, data: AgentData) -> int:
    """Add an agent to the directory and return its id.

    Raises:
        UserError: the data breaks a rule; its details list every problem.
    """
    with db.write() as session:
        return add_agent(session, data).id


@needs(Permission.STAFF)
def update_agent(
    db: Database,
    agent_id: int,
    data: AgentData,
    post_changed_on: date | None = None,
    duty_override: str = "",
    seen_version: int | None = None,
) -> None:
    """Save the edited agent; a new post is recorded as a job rotation on that date.

    ``duty_override`` is the supervisor's reason for putting an agent on duty before
    their required courses are passed (see ``change_agent``). ``seen_version`` is the
    version the form opened: a save over a newer one is refused.

    Raises:
        ChangedMeanwhile: someone saved the agent after ``seen_version``.
    """
    with db.write() as session:
        agent = session.get(Agent, agent_id)
        if agent is None:
            raise UserError(translate("Staff", "That agent no longer exists."))
        refuse_if_changed(agent, seen_version, translate("Records", "agent"))
        if agent.status != data.status:  # archiving (left) or back: the trail keeps it
            record(session, "status", "agent", agent.employee_no, "status", agent.status,
                   data.status, data.left_reason if data.status == Status.LEFT else "")  # fmt: skip
        change_agent(session, agent, data, post_changed_on, duty_override)


def archive_agent(db: Database, agent_id: int, left_date: date, reason: str) -> None:
    """Mark an agent as left on ``left_date`` for ``reason``; their history stays."""
    current = get_agent(db, agent_id)
    update_agent(
        db,
        agent_id,
        replace(current.data, status=Status.LEFT, left_date=left_date, left_reason=reason),
    )
