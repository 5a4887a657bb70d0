"""Why an agent's record cannot be saved.

Missing or clashing fields, and platform accounts held by two agents at once.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.staff import Agent, PlatformAccount
from csdesk.domain.staff import Status
from csdesk.services.staff.agents import AgentData, find_by_employee_no


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
