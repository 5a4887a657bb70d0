"""Agents looked up by employee number, name or platform account, read once per import."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.staff import Agent, PlatformAccount
from csdesk.services.errors import UserError


class AgentIndex:
    """Every agent of the shop by employee number (any case) and by name."""

    def __init__(self, session: Session) -> None:
        agents = session.scalars(select(Agent)).all()
        self._by_number = {a.employee_no.casefold(): a for a in agents}
        self._by_name: dict[str, list[Agent]] = {}
        for agent in agents:
            self._by_name.setdefault(agent.name, []).append(agent)

    def by_number(self, number: str) -> Agent | None:
        """The agent with employee number ``number``, if any."""
        return self._by_number.get(number.casefold())

    def by_name(self, name: str) -> Agent | None:
        """The one agent called ``name`` (None when nobody is).

        Raises:
            UserError: several agents have that name; the employee number is needed.
        """
        agents = self._by_name.get(name, [])
        if len(agents) > 1:
            raise UserError(
                translate(
                    "Import", "{count} agents are named {name}: give the employee number."
                ).format(count=len(agents), name=name)
            )
        return agents[0] if agents else None

    def named(self, number: str | None, name: str | None) -> Agent:
        """The agent a file's line names by employee number (checked against the name) or name.

        Raises:
            UserError: nobody has that number or name, or the name is not that number's.
        """
        if number:
            agent = self.by_number(number)
            if agent is None:
                raise UserError(
                    translate(
                        "Import", "Employee number {no} is not in the staff directory."
                    ).format(no=number)
                )
            if name and name != agent.name:
                raise UserError(
                    translate("Import", "Employee number {no} is {name}, not {other}.").format(
                        no=number, name=agent.name, other=name
                    )
                )
            return agent
        agent = self.by_name(name or "")
        if agent is None:
            raise UserError(
                translate("Import", "{name} is not in the staff directory.").format(name=name)
            )
        return agent


class AccountIndex:
    """Agents looked up by the account a platform export names them by.

    First the staff directory's platform sub-accounts, within their dates (a
    sub-account is often handed on to a new hire), then the employee number, then the
    exact name.
    """

    def __init__(self, session: Session) -> None:
        self.agents = AgentIndex(session)
        self._accounts: dict[str, list[tuple[date | None, date | None, int]]] = {}
        for row in session.scalars(select(PlatformAccount)):
            self._accounts.setdefault(row.account_name.strip(), []).append(
                (row.valid_from, row.valid_to, row.agent_id)
            )

    def depends_on_day(self, account: str) -> bool:
        """Whether ``account`` meant different agents (or none) at different times."""
        spans = self._accounts.get(account, [])
        return len({agent for *_span, agent in spans}) > 1 or any(
            start is not None or end is not None for start, end, _agent in spans
        )

    def agent_id(self, account: str, day: date | None = None) -> int | None:
        """The agent behind ``account`` on ``day`` (None: nobody known).

        Raises:
            UserError: the account is a name that several agents share.
        """
        for start, end, agent in self._accounts.get(account, []):
            if day is None or ((start is None or start <= day) and (end is None or day <= end)):
                return agent
        agent_row = self.agents.by_number(account) or self.agents.by_name(account)
        return agent_row.id if agent_row is not None else None
