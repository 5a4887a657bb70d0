"""Actions in and out of files: the usual import rules, and an export that imports back.

A line is the same action as one on file when its source, reference and title are the
same: importing a file again changes nothing. The owner is an agent by employee number
or by a name only one agent has; a name that is nobody's in the staff directory is kept
as a named owner (the supervisor, the shop owner), and the summary lists such names so
that a misspelt agent is seen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.common.progress import Progress
from csdesk.data.actions import Action
from csdesk.data.staff import Agent
from csdesk.domain.access import Permission
from csdesk.importers import actions as action_import
from csdesk.importers.rows import ImportRow, read_rows
from csdesk.services.accounts.access import needs
from csdesk.services.actions.action_records import ActionData, checked_data, list_actions
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.exporting import column_names, write_table
from csdesk.services.importing import (
    CREATED,
    UNCHANGED,
    UPDATED,
    FileColumn,
    ImportFailed,
    ImportSummary,
    apply_all,
    by_line,
    count,
    field_list,
    open_table,
    refused,
    required_present,
)
from csdesk.services.importing import file_columns as _file_columns
from csdesk.services.staff.agent_index import AgentIndex


def file_columns(path: Path) -> list[FileColumn]:
    """Read a file's header and guess each column's field."""
    return _file_columns(path, action_import.FIELDS)


def action_fields() -> list[tuple[str, str, bool, str]]:
    """The fields, for ``import actions --fields``."""
    return field_list(action_import.FIELDS)


@needs(Permission.ACTIONS)
def import_actions(
    db: Database,
    path: Path,
    mapping: Sequence[str] | Mapping[str, str] = (),
    dry_run: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportSummary:
    """Import an actions file, all or nothing (see the module doc).

    Raises:
        ImportFailed: bad lines (each numbered), an unreadable or unmappable file.
        ImportCancelled: ``progress`` said stop; nothing was written.
    """
    today = today or date.today()
    table, columns = open_table(path, action_import.FIELDS, mapping)
    rows, errors = read_rows(
        table, columns, action_import.FIELDS, required_present(action_import.FIELDS)
    )
    named: set[str] = set()
    checked: list[tuple[int, ActionData]] = []
    with db.read() as session:
        index = AgentIndex(session)
    for row in rows:
        try:
            data = _data(row, index, named)
            checked.append((row.line, checked_data(db, data, today)[0]))
        except UserError as exc:
            errors.append((row.line, exc.message))
    if errors:
        raise ImportFailed(refused(), by_line(errors))

    def apply_row(session: Session, item: tuple[int, ActionData]) -> str:
        return _store(session, item[1])

    outcome = apply_all(
        db, checked, lambda item: item[0], apply_row, errors, dry_run=dry_run, progress=progress
    )
    created, updated, unchanged = count(outcome)
    notes = []
    if named:
        notes.append(
            translate("Import", "Owned by a name outside the staff directory: {names}.").format(
                names=", ".join(sorted(named))
            )
        )
    return ImportSummary(
        rows=len(table.rows), created=created, updated=updated, unchanged=unchanged,
        ignored_columns=columns.ignored, encoding=table.encoding, dry_run=dry_run,
        notes=tuple(notes),
    )  # fmt: skip


def _data(row: ImportRow, index: AgentIndex, named: set[str]) -> ActionData:
    v = row.values
    owner = v["owner"].strip()
    agent = index.by_number(owner) or index.by_name(owner)
    if agent is None:
        named.add(owner)
    return ActionData(
        title=v["title"], deadline=v["deadline"], source=v.get("source", "other"),
        source_ref=v.get("source_ref", ""), owner_agent_id=agent.id if agent else None,
        owner_name="" if agent else owner, created_on=v.get("created_on"),
        description=v.get("description", ""), expected=v.get("expected", ""),
        kpi=v.get("kpi", ""), kpi_target=v.get("target"), check_month=v.get("check_month", ""),
        status=v.get("status", "open"),
    )  # fmt: skip


def _store(session: Session, data: ActionData) -> str:
    from dataclasses import fields
    from datetime import datetime

    found = session.scalars(
        select(Action).where(
            Action.source == data.source,
            Action.source_ref == data.source_ref,
            Action.title == data.title,
        )
    ).first()
    if found is None:
        row = Action(saved_at=datetime.now(), saved_by="")
        for item in fields(ActionData):
            setattr(row, item.name, getattr(data, item.name))
        session.add(row)
        return CREATED
    changed = False
    for item in fields(ActionData):
        value = getattr(data, item.name)
        if getattr(found, item.name) != value:
            setattr(found, item.name, value)
            changed = True
    return UPDATED if changed else UNCHANGED


def export_actions(
    db: Database,
    out: Path,
    fmt: str | None = None,
    progress: Progress | None = None,
    labelled: bool = False,
) -> int:
    """Write every action to ``out`` (CSV or XLSX) as the import reads it; return the rows."""
    with db.read() as session:
        numbers = {i: no for i, no in session.execute(select(Agent.id, Agent.employee_no))}
    rows = [
        [a.data.title, a.data.source, a.data.source_ref,
         numbers.get(a.data.owner_agent_id or -1, a.data.owner_name),
         a.data.created_on, a.data.deadline, a.data.status, a.data.description,
         a.data.expected, a.data.kpi,
         "" if a.data.kpi_target is None else a.data.kpi_target, a.data.check_month]
        for a in list_actions(db, "all")
    ]  # fmt: skip
    header = column_names(action_import.FIELDS, labelled)
    return write_table(out, header, rows, fmt, total=len(rows), progress=progress)
