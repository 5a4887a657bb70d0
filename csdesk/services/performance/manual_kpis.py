"""KPIs the supervisor enters by hand for a month: teamwork (1-5), attendance (%).

Attendance comes from the rota (``rota_month.monthly_attendance``) for agents it lists; a
value entered here overrides it, for shops that keep the rota elsewhere or to correct it.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import delete, select

from csdesk.common.i18n import translate
from csdesk.data.performance import ManualKpi
from csdesk.data.staff import Agent
from csdesk.domain.access import Permission
from csdesk.domain.kpis import BY_KEY, Source, Unit
from csdesk.domain.months import Month
from csdesk.services.accounts.access import needs
from csdesk.services.audit.audit_log import record
from csdesk.services.database import Database
from csdesk.services.errors import UserError

#: The KPIs entered by hand, and the values each accepts.
RANGES = {Unit.RATING: (1.0, 5.0), Unit.PERCENT: (0.0, 100.0)}
MANUAL_KEYS = tuple(k.key for k in BY_KEY.values() if k.source is Source.MANUAL)


def manual_values(db: Database, month: Month) -> dict[int, dict[str, float]]:
    """Agent id -> {KPI key: value} entered for ``month``."""
    with db.read() as session:
        rows = session.scalars(select(ManualKpi).where(ManualKpi.month == str(month)))
        out: dict[int, dict[str, float]] = {}
        for row in rows:
            out.setdefault(row.agent_id, {})[row.key] = row.value
        return out


@needs(Permission.KPIS)
def set_manual_values(
    db: Database, month: Month, values: Mapping[int, Mapping[str, float | None]]
) -> None:
    """Store entered values (None clears one) for ``month``, all or nothing.

    Raises:
        UserError: a key is not a manual KPI, or a value is outside its range.
    """
    problems = []
    for entered in values.values():
        for key, value in entered.items():
            if key not in MANUAL_KEYS:
                raise ValueError(f"{key} is not entered by hand")
            low, high = RANGES[BY_KEY[key].unit]
            if value is not None and not low <= value <= high:
                problems.append(
                    translate("KPI", "{value} is outside {low:g}-{high:g}.").format(
                        value=value, low=low, high=high
                    )
                )
    if problems:
        raise UserError(problems[0], problems)
    with db.write() as session:
        for agent_id, entered in values.items():
            for key, value in entered.items():
                before = session.scalar(select(ManualKpi.value).where(
                    ManualKpi.agent_id == agent_id, ManualKpi.month == str(month),
                    ManualKpi.key == key))  # fmt: skip
                if before != value:
                    agent = session.get(Agent, agent_id)
                    number = agent.employee_no if agent else agent_id
                    old, new = ("" if v is None else v for v in (before, value))
                    record(session, "kpi", "kpi", f"{number} {month}", key, old, new)
                session.execute(
                    delete(ManualKpi).where(
                        ManualKpi.agent_id == agent_id,
                        ManualKpi.month == str(month),
                        ManualKpi.key == key,
                    )
                )
                if value is not None:
                    session.add(
                        ManualKpi(agent_id=agent_id, month=str(month), key=key, value=value)
                    )
