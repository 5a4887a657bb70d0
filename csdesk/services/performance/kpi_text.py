"""KPI values as text: in a table cell, and as the CSV that ``csdesk kpis`` prints."""

from __future__ import annotations

import csv
import io

from csdesk.domain.kpis import KPIS, Unit
from csdesk.services.performance.kpis import AgentKpis
from csdesk.services.performance.team_kpis import TEAM_ONLY, TeamLine


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


def team_cells(line: TeamLine) -> list[tuple[str, str]]:
    """(key, value as printed) for a team line: the KPIs, then the team-only figures."""
    cells = [(k.key, shown(k.unit, line.values.get(k.key))) for k in KPIS]
    return cells + [(key, shown(Unit.SCORE, line.values.get(key))) for key in TEAM_ONLY]


def team_csv(lines: list[TeamLine]) -> str:
    """One row per scope (channels, then ``team``): scope, the KPI keys, the team figures."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["scope", *(k.key for k in KPIS), *TEAM_ONLY])
    for line in lines:
        writer.writerow([line.scope, *(value for _key, value in team_cells(line))])
    return buffer.getvalue()
