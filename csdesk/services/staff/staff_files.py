"""Import and export of the staff directory (CSV or XLSX).

Imports are all-or-nothing: the file is read and every line checked first; then all
rows are applied in one transaction, checked again against the directory, and rolled
back whole if any line fails. Re-importing the same file changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from csdesk.common.i18n import translate
from csdesk.common.progress import Progress
from csdesk.domain.access import Permission
from csdesk.domain.staff import Level, Status
from csdesk.importers import staff as staff_import
from csdesk.importers.rows import ImportRow
from csdesk.services.accounts.access import needs
from csdesk.services.audit import import_audit
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.exporting import column_names, write_table
from csdesk.services.importing import (
    CREATED,
    UNCHANGED,
    UPDATED,
    FileColumn,
    ImportCancelled,
    ImportFailed,
    ImportSummary,
    PreviewRow,
    apply_all,
    count,
    field_list,
    open_table,
)
from csdesk.services.importing import file_columns as _file_columns
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

__all__ = ["ImportCancelled", "ImportFailed", "ImportSummary", "PreviewRow"]


def file_columns(path: Path) -> list[FileColumn]:
    """Read a file's header and guess each column's staff field (for the mapping form)."""
    return _file_columns(path, staff_import.FIELDS)


def staff_fields() -> list[tuple[str, str, bool, str]]:
    """Return (key, label, required, accepted values) for ``import staff --fields``."""
    return field_list(staff_import.FIELDS)


def _merge(existing: staff.AgentData | None, values: dict[str, Any]) -> staff.AgentData:
    """Fill an agent's data from a row; cells the file left empty keep what is on file."""
    base = existing or staff.AgentData(employee_no="", name="", level=Level.JUNIOR)
    changes = {k: v for k, v in values.items() if k not in ("accounts", "mentor_no")}
    if "accounts" in values:
        changes["accounts"] = tuple(
            staff.AccountData(platform=p, account_name=a, shop=s, valid_from=f, valid_to=t)
            for p, s, a, f, t in values["accounts"]
        )
    merged = replace(base, **changes)
    if existing is None and "status" not in values and merged.left_date is not None:
        merged = replace(merged, status=Status.LEFT)
    return merged


@needs(Permission.STAFF)
def import_staff(
    db: Database,
    path: Path,
    mapping: Sequence[str] | Mapping[str, str] = (),
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import agents from ``path``, matched by employee number; see the module doc.

    Args:
        db: the shop.
        path: a CSV (UTF-8, UTF-8 with BOM, GBK/GB18030) or XLSX file.
        mapping: overrides of the automatic column mapping (see ``importing.open_table``).
        dry_run: check everything, write nothing.
        progress: called as rows are applied; returning False cancels.

    Raises:
        ImportFailed: any problem; ``details`` has one line per bad line.
        ImportCancelled: ``progress`` returned False.
    """
    table, columns = open_table(path, staff_import.FIELDS, mapping)
    rows, errors = staff_import.read_rows(table, columns)
    # Mentors are set in a second pass: a mentor may be on a later line of the file.
    pending_mentors: list[tuple[ImportRow, Any]] = []

    def apply_row(session, row: ImportRow) -> str:
        agent = staff.find_by_employee_no(session, row.values["employee_no"])
        current = staff.record_of(agent).data if agent else None
        data = _merge(current, row.values)
        if agent is None:
            missing = [
                f.label()
                for f in staff_import.FIELDS
                # a zero date ("0000/00/00") is read as an empty cell: still missing
                if f.key in ("post", "hire_date") and row.values.get(f.key) is None
            ]
            if missing:
                raise UserError(
                    translate("Import", "A new agent needs: {fields}.").format(
                        fields=", ".join(missing)
                    )
                )
            agent = agent_changes.add_agent(session, replace(data, mentor_no=""))
            result = CREATED
        else:
            result = UPDATED if agent_changes.change_agent(session, agent, data) else UNCHANGED
        if "mentor_no" in row.values:
            pending_mentors.append((row, agent))
        return result

    def set_mentors(session, outcome: dict[int, str]) -> None:
        for row, agent in pending_mentors:
            import_audit.at_line(row.line)
            data = replace(staff.record_of(agent).data, mentor_no=row.values["mentor_no"])
            try:
                if (
                    agent_changes.change_agent(session, agent, data)
                    and outcome[row.line] == UNCHANGED
                ):
                    outcome[row.line] = UPDATED
            except UserError as exc:
                errors.extend((row.line, d) for d in exc.details or [exc.message])

    outcome = apply_all(
        db,
        rows,
        lambda r: r.line,
        apply_row,
        errors,
        dry_run=dry_run,
        progress=progress,
        finish=set_mentors,
    )
    preview = tuple(
        PreviewRow(row.line, row.values["employee_no"], row.values["name"], outcome[row.line])
        for row in rows
    )
    return ImportSummary(
        len(rows), *count(outcome), columns.ignored, table.encoding, dry_run, preview
    )


def _cell(key: str, record: staff.AgentRecord) -> Any:
    value = getattr(record.data, key)
    if key == "channels":
        return ", ".join(value)
    if key == "accounts":
        return staff_import.format_accounts(value)
    return value


def export_rows(db: Database) -> tuple[list[str], list[list[Any]]]:
    """Return the export header (the import's field keys) and one row per agent."""
    header = [f.key for f in staff_import.FIELDS]
    rows = [[_cell(k, r) for k in header] for r in staff.list_agents(db)]
    return header, rows


def export_staff(
    db: Database,
    out: Path,
    fmt: str | None = None,
    progress: Progress | None = None,
    labelled: bool = False,
) -> int:
    """Write the directory to ``out`` as CSV (UTF-8 with BOM) or XLSX; return the rows.

    The headers are the import's field keys, or with ``labelled`` their names in the
    user's language; either way an export re-imports unchanged.
    """
    _keys, rows = export_rows(db)
    header = column_names(staff_import.FIELDS, labelled)
    return write_table(out, header, rows, fmt, total=len(rows), progress=progress)
