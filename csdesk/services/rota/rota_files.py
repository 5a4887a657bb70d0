"""The rota in and out of files: a week exported, days imported (CSV or XLSX).

A file holds one line per agent per day: employee number, name, date, the shift codes
("M", "M+E") and the leave. The export lists every day of every agent on the week's
rota, days off too, so the file can be edited in a spreadsheet and imported back:
each line then sets that agent's day (a line with neither shift nor leave is a day
off) and days not in the file stay as they are. The whole file is checked first and
applied all or nothing; a published week logs what the import changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.common.progress import Progress
from csdesk.common.rota_labels import leave_labels, leave_words
from csdesk.domain.access import Permission
from csdesk.domain.rota import Leave, parse_day
from csdesk.domain.weeks import Week
from csdesk.importers import rota as rota_import
from csdesk.importers.rows import ImportRow
from csdesk.services.accounts.access import needs
from csdesk.services.authors import author_of
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.exporting import write_table
from csdesk.services.importing import (
    CREATED,
    UNCHANGED,
    UPDATED,
    FileColumn,
    ImportSummary,
    PreviewRow,
    apply_all,
    count,
    field_list,
    open_table,
)
from csdesk.services.importing import file_columns as _file_columns
from csdesk.services.rota import week_edits
from csdesk.services.rota import week_plan as rota
from csdesk.services.rota.rota_shifts import ShiftRecord, live_shift_codes
from csdesk.services.staff.agent_index import AgentIndex


def file_columns(path: Path) -> list[FileColumn]:
    """Read a file's header and guess each column's rota field."""
    return _file_columns(path, rota_import.FIELDS)


def rota_fields() -> list[tuple[str, str, bool, str]]:
    """Return (key, label, required, accepted values) for ``import rota --fields``."""
    return field_list(rota_import.FIELDS)


def export_week(
    db: Database,
    week: Week,
    out: Path,
    fmt: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Write ``week`` to ``out``: one line per agent per day; returns the lines written."""
    found = rota.week_rota(db, week)
    labels = leave_labels()
    header = [f.label() for f in rota_import.FIELDS]
    lines = []
    for agent in found.agents:
        for day in week.days:
            plan = found.plan(agent.id, day)
            leave = labels[plan.leave] if plan.leave is not None else ""
            lines.append([agent.employee_no, agent.name, day, "+".join(plan.codes), leave])
    return write_table(out, header, lines, fmt, total=len(lines), progress=progress)


@needs(Permission.ROTA)
def import_rota(
    db: Database,
    path: Path,
    mapping: Sequence[str] | Mapping[str, str] = (),
    dry_run: bool = False,
    progress: Progress | None = None,
    author: str | None = None,
) -> ImportSummary:
    """Import days of the rota from ``path``; see the module doc for the rules.

    Raises:
        ImportFailed: any problem; ``details`` has one line per bad line, nothing written.
        ImportCancelled: ``progress`` returned False.
    """
    table, columns = open_table(path, rota_import.FIELDS, mapping)
    rows, errors = rota_import.read_rows(table, columns)
    who = author_of(author)
    words = leave_words()
    labels: dict[int, tuple[str, str]] = {}
    agents: AgentIndex | None = None
    by_code: dict[str, ShiftRecord] = {}

    def apply_row(session: Session, row: ImportRow) -> str:
        nonlocal agents, by_code
        if agents is None:  # read once per import, in its transaction
            agents, by_code = AgentIndex(session), live_shift_codes(session)
        values = row.values
        agent = agents.named(values.get("employee_no"), values.get("name"))
        day = values["date"]
        one_leave = translate("Import", "One day can have one kind of leave.")
        try:
            codes, leave = parse_day(
                values.get("shift", ""), [s.code for s in by_code.values()], words
            )
        except ValueError:
            raise UserError(one_leave) from None
        if "leave" in values:
            if leave is not None and leave != Leave(values["leave"]):
                raise UserError(one_leave)
            leave = Leave(values["leave"])
        before, after = week_edits.store_day(session, agent, day, codes, leave, who, by_code)
        labels[row.line] = (
            f"{agent.employee_no} {agent.name}",
            f"{day:%Y-%m-%d} {after.text() or '—'}",
        )
        if before == after:
            return UNCHANGED
        return CREATED if before == rota.DayPlan() else UPDATED

    outcome = apply_all(
        db, rows, lambda r: r.line, apply_row, errors, dry_run=dry_run, progress=progress
    )
    preview = tuple(PreviewRow(r.line, *labels[r.line], outcome[r.line]) for r in rows)
    return ImportSummary(
        len(rows), *count(outcome), columns.ignored, table.encoding, dry_run, preview
    )
