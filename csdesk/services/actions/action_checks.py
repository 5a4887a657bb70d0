"""Whether a done action worked, checked from the data by csdesk itself.

An action with a measurable result (a KPI, a target, the month to check) is judged once
that month has ended and has a figure: the owner agent's own KPI when an agent owns it,
else the team's. Until then it waits; a month without data keeps it waiting rather
than calling it ineffective.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from csdesk.data.actions import Action, ActionChange
from csdesk.domain.actions import ActionStatus, verdict
from csdesk.domain.kpis import BY_KEY
from csdesk.domain.months import Month
from csdesk.services.database import Database
from csdesk.services.goals.goal_records import goal_kpis
from csdesk.services.performance.kpis import monthly_kpis
from csdesk.services.performance.team_kpis import team_kpis
from csdesk.services.staff.agents import get_agent

#: Who the change log names for a verdict csdesk reached from the data.
CHECKER = "csdesk"


def kpi_value(db: Database, kpi: str, month: Month, agent_id: int | None) -> float | None:
    """``kpi`` in ``month``: the agent's own (an agent's KPI, an agent given), else the team's."""
    if agent_id is not None and kpi in BY_KEY:
        number = get_agent(db, agent_id).data.employee_no
        mine = monthly_kpis(db, month, number)
        return mine[0].values.get(kpi) if mine else None
    return team_kpis(db, month)[-1].values.get(kpi)


def check_effects(db: Database, as_of: date | None = None) -> int:
    """Judge every done action whose check month has ended with data; return how many."""
    as_of = as_of or date.today()
    with db.read() as session:
        waiting = session.execute(
            select(Action.id, Action.kpi, Action.kpi_target, Action.check_month,
                   Action.owner_agent_id)
            .where(Action.status == ActionStatus.DONE, Action.kpi != "",
                   Action.kpi_target.is_not(None), Action.check_month != "")
        ).all()  # fmt: skip
    directions = goal_kpis()
    judged = 0
    for action_id, kpi, target, check_month, agent_id in waiting:
        month = Month.parse(check_month)
        if month.last_day >= as_of or kpi not in directions:
            continue
        actual = kpi_value(db, kpi, month, agent_id)
        if actual is None or target is None:
            continue
        status = verdict(directions[kpi], actual, target)
        with db.write() as session:
            row = session.get(Action, action_id)
            if row is None or row.status != ActionStatus.DONE:
                continue
            row.changes.append(
                ActionChange(at=datetime.now(), by=CHECKER, field="status",
                             before=row.status, after=status)
            )  # fmt: skip
            row.status, row.checked_value = status, actual
        judged += 1
    return judged
