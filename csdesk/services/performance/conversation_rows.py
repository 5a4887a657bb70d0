"""Turn a chunk of a conversation export into rows to write, noting every bad line.

The import (``conversation_files``) streams the file in chunks; this module converts one
chunk a column at a time, finds each row's agent with one lookup per account (per day
only where an account changed hands), and keeps what it found on the way in a
``RowFindings``: bad lines with their reasons, unknown accounts, rows left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from csdesk.common.i18n import translate
from csdesk.importers import conversations as conversation_import
from csdesk.importers.bulk import (
    DAY_OF,
    BulkTable,
    Chunk,
    ColumnConverter,
    all_stored_moments,
    all_whole_seconds,
    columns_of,
    text_column,
)
from csdesk.importers.mapping import (
    ColumnMap,
)
from csdesk.importers.measures import join_moment
from csdesk.importers.values import text
from csdesk.services.errors import UserError
from csdesk.services.importing import (
    by_line,
)
from csdesk.services.staff.agent_index import AccountIndex

_MOMENT_FIELDS = ("started_at", "ended_at")


_SECONDS_FIELDS = (
    "wait_seconds",
    "first_response_seconds",
    "avg_response_seconds",
    "handle_seconds",
)


MAX_REPORTED = 200  # bad lines listed; the rest are counted


@dataclass
class RowFindings:
    """What one import found on its way through the file."""

    errors: list[tuple[int, str]] = field(default_factory=list)  # (data row, reason)
    error_count: int = 0
    unknown: Counter[str] = field(default_factory=Counter)
    unknown_first_row: dict[str, int] = field(default_factory=dict)
    rows: int = 0
    written: int = 0
    skipped: int = 0

    def fail(self, row: int, reason: str) -> None:
        """Note a bad line; past ``MAX_REPORTED`` only the count grows."""
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED:
            self.errors.append((row, reason))


def convert_chunk(
    chunk: Chunk,
    columns: ColumnMap,
    converters: dict[str, ColumnConverter],
    accounts: AccountIndex,
    run: RowFindings,
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


def words(cell: Any) -> str | None:
    """A text cell (accounts, channels, topics: few distinct ones, so parsed once each)."""
    return text(cell) or None


def _label(key: str) -> str:
    return next(f.label() for f in conversation_import.FIELDS if f.key == key)


def _check_required(
    chunk: Chunk, values: dict[str, list[Any]], run: RowFindings, bad: set[int]
) -> None:
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


def _joined(chunk, columns, cells, run: RowFindings, bad: set[int]) -> list[str | None]:
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
    run: RowFindings,
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


def problems_found(table: BulkTable, run: RowFindings, skip_unknown: bool) -> list[str]:
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
            translate(
                "Import", "… and {count} more bad lines.", None, run.error_count - len(run.errors)
            ).format(count=run.error_count - len(run.errors))
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
                translate(
                    "Import", "{account}: {rows} rows, first on line {line}", None, rows
                ).format(account=name, rows=rows, line=lines.get(run.unknown_first_row[name], "?"))
            )
    return out
