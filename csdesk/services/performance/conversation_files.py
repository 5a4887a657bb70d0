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

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, cast

from sqlalchemy import func, select

from csdesk.common.i18n import translate
from csdesk.data.performance import Conversation
from csdesk.importers import conversations as conversation_import
from csdesk.importers.bulk import (
    DAY_OF,
    BulkTable,
    Chunk,
    ColumnConverter,
    all_stored_moments,
    all_whole_seconds,
    collector_paused,
    columns_of,
    text_column,
)
from csdesk.importers.mapping import (
    ColumnMap,
    MappingProblem,
    guess_field,
    map_columns,
    parse_overrides,
)
from csdesk.importers.measures import join_moment
from csdesk.importers.tabular import FileProblem
from csdesk.importers.values import text
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.importing import (
    FileColumn,
    ImportFailed,
    ImportSummary,
    Mapping_,
    Progress,
    UnknownAccounts,
    all_or_nothing,
    by_line,
    cancelled,
    field_list,
    left_out_note,
    refused,
    units_note,
)
from csdesk.services.staff.agent_index import AccountIndex

#: Stored columns in the order the import writes them.
COLUMNS = (
    "conversation_id",
    "agent_id",
    "account",
    "channel",
    "topic",
    "started_at",
    "ended_at",
    "answered",
    "wait_seconds",
    "first_response_seconds",
    "avg_response_seconds",
    "handle_seconds",
    "resolved",
    "first_contact_resolved",
    "csat",
    "converted",
    "order_cents",
)
_MEASURES = ("channel", "topic", *COLUMNS[6:])
#: SQLAlchemy stores a DateTime as "YYYY-MM-DD HH:MM:SS.ffffff"; the parsers give the
#: moment to the second and SQLite appends the zero microseconds, so that ranges bound
#: from Python datetimes compare right (without it "... 00:00:00" sorts before a bound
#: of "... 00:00:00.000000" and a month's first second would fall out of its month).
_MARKS = ", ".join(
    "? || '.000000'" if column in ("started_at", "ended_at") else "?" for column in COLUMNS
)
_UPSERT = (
    f"INSERT INTO conversations ({', '.join(COLUMNS)}) VALUES ({_MARKS}) "
    "ON CONFLICT (started_at, conversation_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in ("agent_id", "account", *_MEASURES))
    + " WHERE "
    + " OR ".join(f"conversations.{c} IS NOT excluded.{c}" for c in ("agent_id", *_MEASURES))
)
_MOMENT_FIELDS = ("started_at", "ended_at")
_SECONDS_FIELDS = (
    "wait_seconds",
    "first_response_seconds",
    "avg_response_seconds",
    "handle_seconds",
)
MAX_REPORTED = 200  # bad lines listed; the rest are counted


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


@dataclass
class _Run:
    """What one import found on its way through the file."""

    errors: list[tuple[int, str]] = field(default_factory=list)  # (data row, reason)
    error_count: int = 0
    unknown: Counter[str] = field(default_factory=Counter)
    unknown_first_row: dict[str, int] = field(default_factory=dict)
    rows: int = 0
    written: int = 0
    skipped: int = 0

    def fail(self, row: int, reason: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED:
            self.errors.append((row, reason))


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
        f.key: ColumnConverter(columns.parser(f) or _words)
        for f in conversation_import.FIELDS
        if f.key in columns.columns
        and f.key not in ("conversation_id", "started_date", "started_time")
    }
    run = _Run()
    with collector_paused(), all_or_nothing(db, dry_run) as session:
        before = session.scalar(select(func.count()).select_from(Conversation)) or 0
        accounts = AccountIndex(session)
        raw = session.connection().connection.dbapi_connection
        assert raw is not None  # a checked-out connection always has its DBAPI connection
        cursor = raw.cursor()
        changes_before = cursor.connection.total_changes
        for chunk in table.chunks():
            rows = _convert(chunk, columns, converters, accounts, run, skip_unknown)
            cursor.executemany(_UPSERT, rows)
            run.written += len(rows)
            if progress is not None and not progress(chunk.done, chunk.total):
                raise cancelled()
        problems = _problems(table, run, skip_unknown)
        if run.unknown and not skip_unknown:
            raise UnknownAccounts(refused(), problems, dict(run.unknown))
        if problems:
            raise ImportFailed(refused(), problems)
        changed = cursor.connection.total_changes - changes_before
        created = (session.scalar(select(func.count()).select_from(Conversation)) or 0) - before
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


def _convert(
    chunk: Chunk,
    columns: ColumnMap,
    converters: dict[str, ColumnConverter],
    accounts: AccountIndex,
    run: _Run,
    skip_unknown: bool,
) -> list[tuple[Any, ...]]:
    """The chunk's rows ready to write; bad and skipped rows are left out and noted."""
    size = len(chunk.rows)
    run.rows += size
    cells = columns_of(chunk.rows, columns.columns.values())
    bad: set[int] = set()

    def column(key: str) -> list[Any]:
        index = columns.columns.get(key)
        if index is None:
            return [None] * size
        if key not in converters:
            return text_column(cells[index])
        if key in _MOMENT_FIELDS and all_stored_moments(cells[index]):
            return list(cells[index])
        if key in _SECONDS_FIELDS and key not in columns.units and all_whole_seconds(cells[index]):
            return list(cells[index])
        values, failures = converters[key].convert(cells[index])
        for offset, reason in failures.items():
            run.fail(chunk.first + offset, f"{_label(key)}: {reason}")
            bad.add(offset)
        return values

    ids = column("conversation_id")
    names = column("account")
    if "started_at" in columns.columns:
        started = column("started_at")
    else:
        started = _joined(chunk, columns, cells, run, bad)
    _check_required(
        chunk, {"conversation_id": ids, "account": names, "started_at": started}, run, bad
    )
    agents = _agents(names, started, accounts, chunk, run, bad, skip_unknown)
    money = column("order_amount")
    rows = zip(
        ids,
        agents,
        names,
        column("channel"),
        column("topic"),
        started,
        column("ended_at"),
        column("answered"),
        column("wait_seconds"),
        column("first_response_seconds"),
        column("avg_response_seconds"),
        column("handle_seconds"),
        column("resolved"),
        column("first_contact_resolved"),
        column("csat"),
        column("converted"),
        money,
        strict=True,
    )
    if not bad:
        return list(rows)
    return [row for offset, row in enumerate(rows) if offset not in bad]


def _words(cell: Any) -> str | None:
    """A text cell (accounts, channels, topics: few distinct ones, so parsed once each)."""
    return text(cell) or None


def _label(key: str) -> str:
    return next(f.label() for f in conversation_import.FIELDS if f.key == key)


def _check_required(chunk: Chunk, values: dict[str, list[Any]], run: _Run, bad: set[int]) -> None:
    """Note rows missing a needed value (blank lines are passed over quietly)."""
    for key, column in values.items():
        if None not in column:
            continue
        for offset in (i for i, v in enumerate(column) if v is None):
            if offset in bad:
                continue
            bad.add(offset)
            if not any(_filled(c) for c in chunk.rows[offset]):
                run.rows -= 1  # a blank line: nothing to import, nothing wrong
                continue
            missing = translate("Import", "{field} is missing.").format(field=_label(key))
            run.fail(chunk.first + offset, missing)
    ids = values["conversation_id"]
    if max(map(len, filter(None, ids)), default=0) > 100:
        too_long = translate("Import", "The conversation ID is longer than 100 characters.")
        for offset, value in enumerate(ids):
            if value is not None and len(value) > 100 and offset not in bad:
                run.fail(chunk.first + offset, too_long)
                bad.add(offset)


def _filled(cell: Any) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def _joined(chunk, columns, cells, run: _Run, bad: set[int]) -> list[str | None]:
    days = cells[columns.columns["started_date"]]
    index = columns.columns.get("started_time")
    clocks = cells[index] if index is not None else ["00:00"] * len(days)
    out: list[str | None] = []
    for offset, (day, clock) in enumerate(zip(days, clocks, strict=True)):
        if not _filled(day):
            out.append(None)
            continue
        try:
            out.append(join_moment(day, clock if _filled(clock) else "00:00"))
        except ValueError as exc:
            run.fail(chunk.first + offset, f"{_label('started_at')}: {exc}")
            bad.add(offset)
            out.append(None)
    return out


def _agents(
    names: Sequence[str | None],
    started: Sequence[str | None],
    accounts: AccountIndex,
    chunk: Chunk,
    run: _Run,
    bad: set[int],
    skip_unknown: bool,
) -> list[int | None]:
    """The agent of each row: one lookup per account, per day only where it matters."""
    fixed: dict[str | None, int | None] = {None: None}
    by_day: set[str] = set()
    for name in set(names).difference(fixed):
        if name is None:
            continue
        try:
            if accounts.depends_on_day(name):
                by_day.add(name)
            else:
                fixed[name] = accounts.agent_id(name)
        except UserError as exc:
            fixed[name] = None
            for offset in (i for i, n in enumerate(names) if n == name):
                run.fail(chunk.first + offset, exc.message)
                bad.add(offset)
    if by_day:
        days = (
            [None if s is None else DAY_OF(s) for s in started]
            if None in started
            else list(map(DAY_OF, cast("list[str]", started)))  # map: a million rows
        )
        pairs = list(zip(names, days, strict=True))
        known = {
            pair: accounts.agent_id(pair[0], date.fromisoformat(pair[1]))
            if pair[0] in by_day and pair[1]
            else fixed.get(pair[0])
            for pair in set(pairs)
        }
        agents = list(map(known.__getitem__, pairs))
    else:
        agents = list(map(fixed.__getitem__, names))
    for offset, (name, agent) in enumerate(zip(names, agents, strict=True)):
        if agent is None and name is not None and offset not in bad:
            run.unknown[name] += 1
            run.unknown_first_row.setdefault(name, chunk.first + offset)
            bad.add(offset)
            if skip_unknown:
                run.skipped += 1
    return agents


def _problems(table: BulkTable, run: _Run, skip_unknown: bool) -> list[str]:
    """Every reason to refuse the import, with line numbers."""
    wanted = [row for row, _reason in run.errors]
    if run.unknown and not skip_unknown:
        wanted.extend(run.unknown_first_row.values())
    if not wanted:
        return []
    lines = table.lines_of(wanted)
    out = by_line([(lines.get(row, row + 2), reason) for row, reason in run.errors])
    if run.error_count > len(run.errors):
        out.append(
            translate("Import", "… and {count} more bad lines.").format(
                count=run.error_count - len(run.errors)
            )
        )
    if run.unknown and not skip_unknown:
        out.append(
            translate(
                "Import",
                "Accounts that match no agent (add them as the agents' platform accounts, "
                "or import with --skip-unknown):",
            )
        )
        for name, rows in run.unknown.most_common():
            out.append(
                translate("Import", "{account}: {rows} rows, first on line {line}").format(
                    account=name, rows=rows, line=lines.get(run.unknown_first_row[name], "?")
                )
            )
    return out
