"""KPI values as text: in a table cell, and as the CSV that ``csdesk kpis`` prints."""

from __future__ import annotations

import csv
import io

from csdesk.domain.kpis import KPIS, Unit
from csdesk.services.performance.kpis import AgentKpis


def shown(unit: Unit, value: float | None) -> str:
    """A value as the CSV and the console print it: money in yuan, two decimals at most."""
    if value is None:
        return ""
    if unit is Unit.CENTS:
        value = value / 100
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def kpis_csv(rows: list[AgentKpis]) -> str:
    """One row per agent: employee_no, name, then one column per KPI key."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["employee_no", "name", *(k.key for k in KPIS)])
    for row in rows:
        writer.writerow(
            [row.employee_no, row.name, *(shown(k.unit, row.values[k.key]) for k in KPIS)]
        )
    return buffer.getvalue()
