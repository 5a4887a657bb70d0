"""Import conversations from the platforms' CS exports: fast, all or nothing, idempotent.

A year of a busy shop is a million rows, and the budget is 1.5x a plain ``csv`` +
``executemany`` load of the file, so the rows never become ORM objects: chunks of the
file are converted a column at a time (``csdesk.importers.bulk``) and written with the
driver's ``executemany`` inside one transaction, which is rolled back when any line is
bad, when accounts are unknown (unless they are to be skipped), on a dry run and on
cancel. A conversation already stored (same start time and conversation id) is
updated if the file says something new, else left alone, so importing the same file
twice adds nothing.

Converting on a second thread while SQLite writes was tried and was slower: the writer
gives up the GIL for every row and then waits for the converting thread to hand it
back (Python's convoy effect).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import func, select

from csdesk.common.i18n import translate
from csdesk.data.conversation_writes import conversation_writer
from csdesk.data.live import mark_changed
from csdesk.data.performance import Conversation
from csdesk.domain.access import Permission
from csdesk.importers import conversations as conversation_import
from csdesk.importers.bulk import (
    BulkTable,
    ColumnConverter,
    collector_paused,
)
from csdesk.importers.mapping import (
    ColumnMap,
    MappingProblem,
    guess_field,
    map_columns,
    parse_overrides,
)
from csdesk.importers.tabular import FileProblem
from csdesk.services.accounts.access import needs
from csdesk.services.audit import import_audit
from csdesk.services.database import Database
from csdesk.services.importing import (
    FileColumn,
    ImportFailed,
    ImportSummary,
    Mapping_,
    Progress,
    UnknownAccounts,
    all_or_nothing,
    cancelled,
    field_list,
    left_out_note,
    refused,
    units_note,
)
from csdesk.services.performance.conversation_rows import (
    RowFindings,
    convert_chunk,
    problems_found,
    words,
)
from csdesk.services.staff.agent_index import AccountIndex


def file_columns(path: Path) -> list[FileColumn]:
    """The file's columns and the field each is recognised as.

    Only the header is read: an export may have a million rows.
    """
    try:
        header = BulkTable(Path(path)).header
    except FileProblem as exc:
        raise ImportFailed(refused(), [str(exc)]) from exc
    return [
        FileColumn(name, guess_field(name, conversation_import.FIELDS)) for name in header if name
    ]


def conversation_fields() -> list[tuple[str, str, bool, str]]:
    """The fields, for ``import conversations --fields``."""
    return field_list(conversation_import.FIELDS)


@needs(Permission.KPIS)
def import_conversations(
    db: Database,
    path: Path,
    mapping: Mapping_ = (),
    dry_run: bool = False,
    progress: Progress | None = None,
    skip_unknown: bool = False,
) -> ImportSummary:
    """Import a conversation export; see the module doc for the rules.

    Args:
        db: the shop.
        path: a CSV (UTF-8, UTF-8 with BOM, GBK/GB18030) or XLSX file.
        mapping: overrides of the automatic column mapping (``SOURCE=FIELD``).
        dry_run: check and count, then roll back.
        progress: called after each chunk with (done, total); False cancels.
        skip_unknown: leave out rows whose account matches no agent (they are counted);
            without it, unknown accounts refuse the import and are listed.

    Raises:
        ImportFailed: bad lines, unknown accounts, an unreadable or unmappable file.
        ImportCancelled: ``progress`` returned False; nothing was written.
    """
    table, columns = _open(Path(path), mapping)
    converters = {
        f.key: ColumnConverter(columns.parser(f) or words)
        for f in conversation_import.FIELDS
        if f.key in columns.columns
        and f.key not in ("conversation_id", "started_date", "started_time")
    }
    run = RowFindings()
    with collector_paused(), all_or_nothing(db, dry_run) as session:
        before = session.scalar(select(func.count()).select_from(Conversation)) or 0
        accounts = AccountIndex(session)
        writer = conversation_writer(session.connection())
        mark_changed(session, "conversations")  # written past the ORM: said at commit
        for chunk in table.chunks():
            rows = convert_chunk(chunk, columns, converters, accounts, run, skip_unknown)
            writer.write(rows)
            run.written += len(rows)
            if progress is not None and not progress(chunk.done, chunk.total):
                raise cancelled()
        problems = problems_found(table, run, skip_unknown)
        if run.unknown and not skip_unknown:
            raise UnknownAccounts(refused(), problems, dict(run.unknown))
        if problems:
            raise ImportFailed(refused(), problems)
        changed = writer.changed
        created = (session.scalar(select(func.count()).select_from(Conversation)) or 0) - before
        import_audit.counted(run.rows, created, changed - created)
    notes = units_note(columns, table.header)
    if run.skipped:
        notes.append(left_out_note(run.skipped, run.unknown))
    return ImportSummary(
        rows=run.rows,
        created=created,
        updated=changed - created,
        unchanged=run.written - changed,
        ignored_columns=columns.ignored,
        encoding=table.encoding,
        dry_run=dry_run,
        notes=tuple(notes),
    )


def _open(path: Path, mapping: Mapping_) -> tuple[BulkTable, ColumnMap]:
    try:
        table = BulkTable(path)
        overrides = mapping if isinstance(mapping, Mapping) else parse_overrides(mapping)
        columns = map_columns(table.header, conversation_import.FIELDS, overrides)
    except FileProblem as exc:
        raise ImportFailed(refused(), [str(exc)]) from exc
    except MappingProblem as exc:
        raise ImportFailed(refused(), exc.messages) from exc
    if "started_at" not in columns.columns and "started_date" not in columns.columns:
        raise ImportFailed(
            refused(),
            [
                translate("Import", 'The file has no column for "{field}" ({key}).').format(
                    field=translate("Import", "Started at"), key="started_at"
                )
            ],
        )
    return table, columns
