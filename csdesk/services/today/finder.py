"""Find anywhere: an agent, a complaint or an action from a few typed characters.

The supervisor on the phone with a customer has an order number or a name, not the page
it lives on. One box (Ctrl+K) looks in every area: agents by name, employee number or
platform sub-account; complaints by reference, order number, customer or contact (the
complaint's folded ``search_text``, newest first); actions by title. Each kind is capped,
so a common character never floods the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from csdesk.common.complaint_labels import complaint_status_labels
from csdesk.data.actions import Action
from csdesk.data.complaints import Complaint
from csdesk.data.staff import Agent, PlatformAccount
from csdesk.domain.staff import Status
from csdesk.services.database import Database

#: At most this many of each kind.
PER_KIND = 5
AGENT, COMPLAINT, ACTION = "agent", "complaint", "action"


@dataclass(frozen=True)
class Found:
    """One hit: what it is, its id, and how the list shows it."""

    kind: str
    id: int
    title: str
    detail: str


def find(db: Database, text: str, per_kind: int = PER_KIND) -> list[Found]:
    """Agents, then complaints, then actions matching ``text`` (case and width as typed)."""
    text = text.strip()
    if not text:
        return []
    folded = text.casefold()  # complaints' search text is stored folded
    statuses = complaint_status_labels()
    with db.read() as session:
        by_account = select(PlatformAccount.agent_id).where(
            PlatformAccount.account_name.icontains(text, autoescape=True)
        )
        agents = session.execute(
            select(Agent.id, Agent.name, Agent.employee_no, Agent.status)
            .where(or_(Agent.name.icontains(text, autoescape=True),
                       Agent.employee_no.icontains(text, autoescape=True),
                       Agent.id.in_(by_account)))
            .order_by(Agent.status == Status.LEFT.value, Agent.employee_no)
            .limit(per_kind)
        ).all()  # fmt: skip
        complaints = session.execute(
            select(Complaint.id, Complaint.ref, Complaint.customer, Complaint.status,
                   Complaint.order_no)
            .where(Complaint.search_text.contains(folded, autoescape=True))
            .order_by(Complaint.received_at.desc())
            .limit(per_kind)
        ).all()  # fmt: skip
        actions = session.execute(
            select(Action.id, Action.title, Action.deadline)
            .where(Action.title.icontains(text, autoescape=True))
            .order_by(Action.deadline.desc())
            .limit(per_kind)
        ).all()
    return (
        [Found(AGENT, i, f"{name} ({number})", "") for i, name, number, _s in agents]
        + [
            Found(COMPLAINT, i, f"{ref} {customer}".strip(),
                  " · ".join(p for p in (statuses.get(status, status), order) if p))
            for i, ref, customer, status, order in complaints
        ]
        + [Found(ACTION, i, title, str(deadline)) for i, title, deadline in actions]
    )  # fmt: skip
