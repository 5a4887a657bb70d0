"""Suggestions in and out of files, with the usual import rules.

A line is the suggestion on file with the same day and text: importing again changes
nothing. "From" is an agent by employee number or by a name only one agent has; any
other name is a customer's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from csdesk.common.progress import Progress
from csdesk.data.suggestions import Suggestion
from csdesk.domain.access import Permission
from csdesk.importers import suggestions as suggestion_import
from csdesk.importers.rows import read_rows
from csdesk.services.accounts.access import needs
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
from csdesk.services.suggestions.suggestion_records import (
    SuggestionData,
    checked,
    list_suggestions,
)


def file_columns(path: Path) -> list[FileColumn]:
    """Read a file's header and guess each column's field."""
    return _file_columns(path, suggestion_import.FIELDS)


def suggestion_fields() -> list[tuple[str, str, bool, str]]:
    """The fields, for ``import suggestions --fields``."""
    return field_list(suggestion_import.FIELDS)


@needs(Permission.ACTIONS)
def import_suggestions(
    db: Database,
    path: Path,
    mapping: Sequence[str] | Mapping[str, str] = (),
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import a suggestions file, all or nothing (see the module doc)."""
    table, columns = open_table(path, suggestion_import.FIELDS, mapping)
    rows, errors = read_rows(
        table, columns, suggestion_import.FIELDS, required_present(suggestion_import.FIELDS)
    )
    with db.read() as session:
        index = AgentIndex(session)
    good: list[tuple[int, SuggestionData]] = []
    for row in rows:
        v = row.values
        try:
            who = v["from"].strip()
            agent = index.by_number(who) or index.by_name(who)
            data = SuggestionData(
                v["received_on"], v["text"], agent_id=agent.id if agent else None,
                customer="" if agent else who, area=v.get("area", ""),
                status=v.get("status", "new"), reason=v.get("reason", ""),
                reward_cents=v.get("reward", 0), reward_points=v.get("points", 0),
                reward_month=v.get("reward_month", ""),
            )  # fmt: skip
            good.append((row.line, checked(data)))
        except UserError as exc:
            errors.append((row.line, exc.message))
    if errors:
        raise ImportFailed(refused(), by_line(errors))
    outcome = apply_all(
        db, good, lambda item: item[0], lambda s, item: _store(s, item[1]), errors,
        dry_run=dry_run, progress=progress,
    )  # fmt: skip
    created, updated, unchanged = count(outcome)
    return ImportSummary(
        rows=len(table.rows), created=created, updated=updated, unchanged=unchanged,
        ignored_columns=columns.ignored, encoding=table.encoding, dry_run=dry_run,
    )  # fmt: skip


def _store(session: Session, data: SuggestionData) -> str:
    found = session.scalars(
        select(Suggestion).where(
            Suggestion.received_on == data.received_on, Suggestion.text == data.text
        )
    ).first()
    if found is None:
        found = Suggestion(saved_at=datetime.now(), saved_by="")
        session.add(found)
        outcome = CREATED
    else:
        outcome = UNCHANGED
    for item in fields(SuggestionData):
        if getattr(found, item.name, None) != getattr(data, item.name):
            setattr(found, item.name, getattr(data, item.name))
            outcome = outcome if outcome == CREATED else UPDATED
    return outcome


def export_suggestions(
    db: Database,
    out: Path,
    fmt: str | None = None,
    progress: Progress | None = None,
    labelled: bool = False,
) -> int:
    """Write every suggestion to ``out`` as the import reads it; return the rows."""
    rows = [
        [s.data.received_on, s.author.rsplit(" (", 1)[-1].rstrip(")") if s.data.agent_id
         else s.data.customer, s.data.text, s.data.area, s.data.status, s.data.reason,
         s.data.reward_cents / 100 if s.data.reward_cents else "", s.data.reward_month,
         s.data.reward_points or ""]
        for s in list_suggestions(db)
    ]  # fmt: skip
    header = column_names(suggestion_import.FIELDS, labelled)
    return write_table(out, header, rows, fmt, total=len(rows), progress=progress)
