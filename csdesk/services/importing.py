"""The skeleton every import shares: read, map, check every line, apply all or nothing.

An import kind supplies its fields (``csdesk.importers.<kind>``), a row reader and a
function that applies one row inside the transaction. This module opens the file, maps
the columns, applies every row, collects every bad line with its number, and commits
only when nothing failed (never on a dry run). A row that applied cleanly is still
checked when others did not, so one pass reports every bad line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.common.progress import Progress
from csdesk.importers.mapping import (
    ColumnMap,
    Field,
    MappingProblem,
    guess_field,
    map_columns,
    parse_overrides,
)
from csdesk.importers.tabular import FileProblem, Table, read_table
from csdesk.services.audit import import_audit
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.server.seat_locks import IMPORT_LOCK, one_seat_at_a_time

Mapping_ = Sequence[str] | Mapping[str, str]

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
Row = TypeVar("Row")


class ImportFailed(UserError):
    """The import was refused; nothing was written. ``details`` lists every bad line."""


class UnknownAccounts(ImportFailed):
    """Refused (also) because rows name accounts that match no agent.

    ``accounts`` maps each such account to its number of rows, so the window can offer
    to link them to agents and check the file again.
    """

    def __init__(self, message: str, details: list[str], accounts: dict[str, int]) -> None:
        super().__init__(message, details)
        self.accounts = accounts


class ImportCancelled(UserError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class PreviewRow:
    """What the import does with one line: who or what it is about, and the outcome."""

    line: int
    key: str
    detail: str
    outcome: str  # CREATED, UPDATED or UNCHANGED


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
    notes: tuple[str, ...] = ()  # what else the import did, e.g. courses it created

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
        out.extend(self.notes)
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


def refused() -> str:
    """The headline of every refused import."""
    return translate("Import", "Nothing was imported.")


def file_columns(path: Path, fields: Sequence[Field]) -> list[FileColumn]:
    """Read a file's header and guess each column's field (for the mapping form).

    Raises:
        ImportFailed: the file cannot be read.
    """
    try:
        header = read_table(Path(path)).header
    except FileProblem as exc:
        raise ImportFailed(refused(), [str(exc)]) from exc
    return [FileColumn(name, guess_field(name, fields)) for name in header if name]


def left_out_note(rows: int, accounts: Iterable[str]) -> str:
    """The summary line of rows left out because their accounts match no agent."""
    names = sorted(set(accounts))
    return translate("Import", "Left out {rows} rows of {count} unknown accounts: {names}").format(
        rows=rows, count=len(names), names=", ".join(names)
    )


def units_note(columns: ColumnMap, header: Sequence[str]) -> list[str]:
    """The summary line naming columns whose header gave a time unit (none: no line)."""
    if not columns.units:
        return []
    names = ", ".join(header[columns.columns[key]] for key in columns.units)
    return [
        translate("Import", "Converted to seconds from the unit in the header: {columns}").format(
            columns=names
        )
    ]


def required_present(fields: Sequence[Field]):
    """A row check refusing an empty cell of a required field ("Deadline is missing.").

    A cell that could not be read is refused already, with its own reason.
    """

    def check(values: dict, _line: int, failed: set[str]) -> list[str]:
        return [
            translate("Import", "{field} is missing.").format(field=f.label())
            for f in fields
            if f.required and f.key not in values and f.key not in failed
        ]

    return check


def field_list(fields: Sequence[Field]) -> list[tuple[str, str, bool, str]]:
    """Return (key, label, required, accepted values) for ``import KIND --fields``."""
    return [(f.key, f.label(), f.required, f.help()) for f in fields]


#: The most bad lines an import lists; a file that is wrong everywhere needs one fix.
MAX_LISTED = 200


def by_line(errors: list[tuple[int, str]]) -> list[str]:
    """Format (line, reason) pairs as "Line N: reason", in file order (at most 200)."""
    ordered = sorted(errors, key=lambda e: e[0])
    lines = [
        translate("Import", "Line {line}: {reason}").format(line=line, reason=reason)
        for line, reason in ordered[:MAX_LISTED]
    ]
    if len(ordered) > MAX_LISTED:
        lines.append(
            translate(
                "Import", "… and {count} more problems.", None, len(ordered) - MAX_LISTED
            ).format(count=len(ordered) - MAX_LISTED)
        )
    return lines


def open_table(
    path: Path,
    fields: Sequence[Field],
    mapping: Mapping_,
    prefer: Callable[[Sequence[str]], dict[str, str]] | None = None,
) -> tuple[Table, ColumnMap]:
    """Read ``path`` and map its columns to ``fields``.

    Args:
        path: a CSV (UTF-8, UTF-8 with BOM, GBK/GB18030) or XLSX file.
        fields: the import's fields.
        mapping: overrides of the automatic mapping, as ``SOURCE=FIELD`` strings (the
            command line) or a {column: field} dict (the window); an empty field
            ignores the column.
        prefer: overrides guessed from the header (which of two columns meaning the
            same field to use); ``mapping`` wins over them.

    Raises:
        ImportFailed: the file cannot be read or its columns cannot be mapped.
    """
    try:
        table = read_table(Path(path))
        overrides = mapping if isinstance(mapping, Mapping) else parse_overrides(mapping)
        if prefer is not None:
            overrides = {**prefer(table.header), **overrides}
        return table, map_columns(table.header, fields, overrides)
    except FileProblem as exc:
        raise ImportFailed(refused(), [str(exc)]) from exc
    except MappingProblem as exc:
        raise ImportFailed(refused(), exc.messages) from exc


def cancelled() -> ImportCancelled:
    """The error that ends a cancelled import."""
    return ImportCancelled(translate("Import", "Import cancelled; nothing written."))


@contextmanager
def all_or_nothing(db: Database, dry_run: bool = False) -> Iterator[Session]:
    """One transaction for a whole import (on a server, one seat's import at a time).

    Committed when the block ends normally and this is not a dry run; rolled back
    otherwise (an error, a cancel, a dry run).
    """
    with db.writes() as session:
        try:
            session.begin()
            one_seat_at_a_time(session, IMPORT_LOCK)  # imports on a server take turns
            import_audit.watch(session)
            yield session
            if dry_run:
                session.rollback()
            else:
                import_audit.write(session)  # the import and its history land together
                session.commit()
        except BaseException:
            session.rollback()
            raise


def apply_all(
    db: Database,
    rows: Sequence[Row],
    line_of: Callable[[Row], int],
    apply_row: Callable[[Session, Row], str],
    errors: list[tuple[int, str]],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    finish: Callable[[Session, dict[int, str]], None] | None = None,
) -> dict[int, str]:
    """Apply ``rows`` in one transaction; commit only if no line failed.

    Args:
        db: the shop.
        rows: the rows that parsed.
        line_of: a row's line number.
        apply_row: applies one row and returns CREATED, UPDATED or UNCHANGED; raises
            UserError (its details, or its message, become the line's reasons).
        errors: (line, reason) pairs found so far; more are added here.
        dry_run: roll back even when everything applied.
        progress: called before each row; returning False cancels.
        finish: runs after every row with the outcomes so far (a second pass); it
            may add to ``errors`` and change outcomes.

    Returns:
        line -> outcome.

    Raises:
        ImportFailed: any line failed; nothing was written.
        ImportCancelled: ``progress`` returned False; nothing was written.
    """
    outcome: dict[int, str] = {}
    with all_or_nothing(db, dry_run) as session:
        for done, row in enumerate(rows, start=1):
            if progress and not progress(done, len(rows)):
                raise cancelled()
            import_audit.at_line(line_of(row))
            try:
                with session.begin_nested():
                    outcome[line_of(row)] = apply_row(session, row)
            except UserError as exc:
                errors.extend((line_of(row), d) for d in exc.details or [exc.message])
                import_audit.line_failed(line_of(row))
        if finish is not None:
            finish(session, outcome)
        if errors:
            raise ImportFailed(refused(), by_line(errors))
        created, updated, _same = count(outcome)
        new_lines = {line for line, result in outcome.items() if result == CREATED}
        import_audit.counted(len(outcome), created, updated, new_lines)
    return outcome


def count(outcome: dict[int, str]) -> tuple[int, int, int]:
    """How many lines were created, updated and unchanged."""
    values = list(outcome.values())
    return values.count(CREATED), values.count(UPDATED), values.count(UNCHANGED)
