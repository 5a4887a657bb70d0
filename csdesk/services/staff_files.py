"""Import and export of the staff directory (CSV or XLSX).

Imports are all-or-nothing: the file is read and every line checked first; then all
rows are applied in one transaction, checked again against the directory, and rolled
back whole if any line fails. Re-importing the same file changes nothing.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from csdesk.atomic import atomic_path
from csdesk.domain.staff import Level, Status
from csdesk.i18n import translate
from csdesk.importers import staff as staff_import
from csdesk.importers.mapping import MappingProblem, guess_field, map_columns, parse_overrides
from csdesk.importers.tabular import FileProblem, read_table
from csdesk.services import staff
from csdesk.services.database import Database
from csdesk.services.errors import UserError

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class ImportFailed(UserError):
    """The import was refused; nothing was written. ``details`` lists every bad line."""


class ImportCancelled(UserError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class PreviewRow:
    """What the import does with one line of the file."""

    line: int
    employee_no: str
    name: str
    outcome: str  # "created", "updated" or "unchanged"


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, on a dry run, would do)."""

    rows: int
    created: int
    updated: int
    unchanged: int
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = ""
    dry_run: bool = False
    preview: tuple[PreviewRow, ...] = ()

    def lines(self) -> list[str]:
        """The summary as lines in the user's language."""
        out = [
            (
                translate("Import", "Checked, nothing written (dry run).")
                if self.dry_run
                else translate("Import", "Import complete.")
            ),
            translate(
                "Import",
                "Rows: {rows}; new: {created}; updated: {updated}; unchanged: {unchanged}.",
            ).format(
                rows=self.rows, created=self.created, updated=self.updated, unchanged=self.unchanged
            ),
        ]
        if self.ignored_columns:
            out.append(
                translate("Import", "Ignored columns: {columns}").format(
                    columns=", ".join(self.ignored_columns)
                )
            )
        return out


@dataclass(frozen=True)
class FileColumn:
    """A column of the file and the field it was recognised as (None: ignored)."""

    name: str
    field: str | None


def file_columns(path: Path) -> list[FileColumn]:
    """Read a file's header and guess each column's field (for the mapping form).

    Raises:
        ImportFailed: the file cannot be read.
    """
    try:
        header = read_table(Path(path)).header
    except FileProblem as exc:
        raise ImportFailed(translate("Import", "Nothing was imported."), [str(exc)]) from exc
    return [FileColumn(name, guess_field(name, staff_import.FIELDS)) for name in header if name]


def staff_fields() -> list[tuple[str, str, bool, str]]:
    """Return (key, label, required, accepted values) for ``import staff --fields``."""
    return [(f.key, f.label(), f.required, f.help()) for f in staff_import.FIELDS]


def _by_line(errors: list[tuple[int, str]]) -> list[str]:
    """Format (line, reason) pairs as "Line N: reason", in file order."""
    return [
        translate("Import", "Line {line}: {reason}").format(line=line, reason=reason)
        for line, reason in sorted(errors, key=lambda e: e[0])
    ]


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


def import_staff(
    db: Database,
    path: Path,
    mapping: Sequence[str] | Mapping[str, str] = (),
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import agents from ``path``; see the module doc for the rules.

    Args:
        db: the shop.
        path: a CSV (UTF-8, UTF-8 with BOM, GBK/GB18030) or XLSX file.
        mapping: overrides of the automatic column mapping, as ``SOURCE=FIELD`` strings
            (the command line) or a {column: field} dict (the window); an empty field
            ignores the column.
        dry_run: check everything, write nothing.
        progress: called as rows are applied; returning False cancels.

    Raises:
        ImportFailed: any problem; ``details`` has one line per bad line.
        ImportCancelled: ``progress`` returned False.
    """
    refused = translate("Import", "Nothing was imported.")
    try:
        table = read_table(Path(path))
        overrides = mapping if isinstance(mapping, Mapping) else parse_overrides(mapping)
        columns = map_columns(table.header, staff_import.FIELDS, overrides)
    except FileProblem as exc:
        raise ImportFailed(refused, [str(exc)]) from exc
    except MappingProblem as exc:
        raise ImportFailed(refused, exc.messages) from exc
    # Rows that parsed are still checked against the directory when others did not,
    # so that one pass reports every bad line; the transaction is rolled back then.
    rows, errors = staff_import.read_rows(table, columns)

    outcome: dict[int, str] = {}  # line -> "created" | "updated" | "unchanged"
    session = db.sessions()
    try:
        session.begin()
        pending_mentors: list[tuple[staff_import.StaffRow, Any]] = []
        for done, row in enumerate(rows, start=1):
            if progress and not progress(done, len(rows)):
                raise ImportCancelled(translate("Import", "Import cancelled; nothing written."))
            agent = staff.find_by_employee_no(session, row.values["employee_no"])
            current = staff.record_of(agent).data if agent else None
            data = _merge(current, row.values)
            if agent is None:
                missing = [
                    f.label()
                    for f in staff_import.FIELDS
                    if f.key in ("post", "hire_date") and f.key not in row.values
                ]
                if missing:
                    errors.append(
                        (
                            row.line,
                            translate("Import", "A new agent needs: {fields}.").format(
                                fields=", ".join(missing)
                            ),
                        )
                    )
                    continue
                data = replace(data, mentor_no="")
            try:
                if agent is None:
                    agent = staff.add_agent(session, data)
                    outcome[row.line] = "created"
                elif staff.change_agent(session, agent, data):
                    outcome[row.line] = "updated"
                else:
                    outcome[row.line] = "unchanged"
            except UserError as exc:
                errors.extend((row.line, d) for d in exc.details or [exc.message])
                continue
            if "mentor_no" in row.values:
                pending_mentors.append((row, agent))
        for row, agent in pending_mentors:
            data = replace(staff.record_of(agent).data, mentor_no=row.values["mentor_no"])
            try:
                if staff.change_agent(session, agent, data) and outcome[row.line] == "unchanged":
                    outcome[row.line] = "updated"
            except UserError as exc:
                errors.extend((row.line, d) for d in exc.details or [exc.message])
        if errors:
            raise ImportFailed(refused, _by_line(errors))
        if dry_run:
            session.rollback()
        else:
            session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
    counts = [
        sum(v == kind for v in outcome.values()) for kind in ("created", "updated", "unchanged")
    ]
    preview = tuple(
        PreviewRow(row.line, row.values["employee_no"], row.values["name"], outcome[row.line])
        for row in rows
    )
    return ImportSummary(len(rows), *counts, columns.ignored, table.encoding, dry_run, preview)


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


def export_staff(db: Database, out: Path, fmt: str | None = None) -> int:
    """Write the directory to ``out`` as CSV (UTF-8 with BOM) or XLSX; return the rows.

    The headers are the import's field names, so an export re-imports unchanged.
    """
    fmt = fmt or ("xlsx" if out.suffix.lower() == ".xlsx" else "csv")
    header, rows = export_rows(db)
    with atomic_path(out) as part:
        if fmt == "xlsx":
            write_xlsx(part, header, rows)
        else:
            write_csv(part, header, rows)
    return len(rows)


def _plain(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return value


def write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    """Write a CSV that Excel opens correctly in Chinese (UTF-8 with BOM, CRLF)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([_plain(v) for v in row] for row in rows)


def write_xlsx(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    """Write an XLSX with real date cells and a bold, frozen header row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=False)
    sheet = book.active
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(["" if v is None else v for v in row])
    for column in sheet.columns:
        letter = column[0].column_letter
        width = max(len(str(c.value or "")) for c in column)
        sheet.column_dimensions[letter].width = min(max(10, width + 2), 60)
        for cell in column[1:]:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    book.save(path)
