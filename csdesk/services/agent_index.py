"""Agents looked up by employee number or name, read once for a whole import."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from csdesk.data.staff import Agent
from csdesk.i18n import translate
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
