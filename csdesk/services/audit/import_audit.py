"""An import's audit entries, written in the import's own transaction.

``csdesk.services.kinds`` opens an ``ImportAudit`` around a real import (the file's
kind, name and SHA-256). While it is open, the import's transaction watches its flushes
and notes every field a line changed on a row that was already there: its old and new
value, the record it belongs to and the file's line. When the import commits, the
summary (lines added and changed) and those field changes are appended to the trail in
the same transaction, so an import and its history land or fail together.

New rows are counted, not listed field by field (the file is the record of what came
in, its hash the proof). The conversation import writes through the database driver in
bulk and is summarised only: its changed rows have no ORM history to read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from csdesk.services.audit.audit_log import record

#: Columns that change with every write and say nothing about the record.
QUIET_COLUMNS = frozenset({"id", "created_at", "updated_at", "changed_at", "search_text",
                           "version", "changed_by",  # a record's save stamp
                           # a complaint's deadlines follow from its priority and times
                           "response_due_at", "solution_due_at", "resolution_due_at",
                           "next_due_at", "response_breached", "solution_breached",
                           "resolution_breached"})  # fmt: skip
#: Collections that are themselves a record's history (a post change, a complaint's
#: timeline): the field change that made them is already in the trail.
_HISTORY_TABLES = frozenset({"post_changes", "complaint_events", "action_changes", "rota_changes",
                             "action_check_ins"})  # fmt: skip
#: Attributes that name a record, tried in this order (an agent, a complaint, a course).
_NAMING = ("employee_no", "ref", "code", "title", "name")
#: Attributes that tell one of an agent's rows from another (a month's summary, a day).
_WHEN = ("month", "day", "date", "period", "held_on", "taken_on", "starts_at")
#: The record a row belongs to, when it is not an agent's own (a course's session).
_PARENTS = ("session", "course", "complaint", "action")


@dataclass
class FieldChange:
    """One field an import line changed."""

    line: int
    key: str
    field: str
    old: str
    new: str
    listed: bool = False  # a row that came into or left a list (an agent's accounts)


@dataclass
class ImportAudit:
    """What a running import will write to the trail when it commits."""

    kind: str
    file_name: str
    digest: str
    line: int = 0
    rows: int = 0
    created: int = 0
    updated: int = 0
    changes: list[FieldChange] = field(default_factory=list)


_RUNNING: ContextVar[ImportAudit | None] = ContextVar("csdesk_import_audit", default=None)


@contextmanager
def auditing(kind: str, file_name: str, digest: str) -> Iterator[ImportAudit]:
    """Audit the import run inside this block (``kinds.FileKind.run_import``)."""
    audit = ImportAudit(kind, file_name, digest)
    token = _RUNNING.set(audit)
    try:
        yield audit
    finally:
        _RUNNING.reset(token)


def at_line(line: int) -> None:
    """The import is applying ``line`` of its file now (changes are noted against it)."""
    audit = _RUNNING.get()
    if audit is not None:
        audit.line = line


def line_failed(line: int) -> None:
    """A line that failed was rolled back: its changes did not happen."""
    audit = _RUNNING.get()
    if audit is not None:
        audit.changes = [c for c in audit.changes if c.line != line]


def counted(
    rows: int, created: int, updated: int, new_lines: frozenset[int] | set[int] = frozenset()
) -> None:
    """The import's own count of its lines, new and changed rows.

    ``new_lines`` made new records: what they changed is the new record itself (a new
    agent is written in steps, the agent then its accounts), counted as added.
    """
    audit = _RUNNING.get()
    if audit is not None:
        audit.rows, audit.created, audit.updated = rows, created, updated
        audit.changes = [c for c in audit.changes if c.line not in new_lines]


def watch(session: Session) -> None:
    """Note the field changes of every flush of ``session`` while an import is audited."""
    audit = _RUNNING.get()
    if audit is None:
        return

    def before_flush(flushing: Session, _context, _instances) -> None:
        with flushing.no_autoflush:
            for obj in flushing.dirty:
                audit.changes.extend(_changes(flushing, obj, audit.line))

    event.listen(session, "before_flush", before_flush)


def write(session: Session) -> None:
    """Append the running import's summary and field changes (before it commits)."""
    audit = _RUNNING.get()
    if audit is None:
        return
    session.flush()  # the last changes (a second pass over the file) are noted too
    record(session, "import", audit.kind, audit.file_name, "sha256", "", audit.digest,
           summary(audit.rows, audit.created, audit.updated))  # fmt: skip
    for change in net(audit.changes):
        record(session, "import_change", audit.kind, change.key, change.field, change.old,
               change.new, f"{audit.file_name}, line {change.line}")  # fmt: skip


def net(changes: list[FieldChange]) -> list[FieldChange]:
    """What each line changed in the end, however many flushes it took to get there.

    A field changed twice keeps its first old and last new value (and goes when they
    agree); a list's rows that left and came back equal cancel out.
    """
    fields: dict[tuple[int, str, str], FieldChange] = {}
    listed: dict[tuple[int, str, str], list[FieldChange]] = {}
    for change in changes:
        place = (change.line, change.key, change.field)
        if change.listed:
            listed.setdefault(place, []).append(change)
        elif place in fields:
            fields[place] = FieldChange(*place, fields[place].old, change.new)
        else:
            fields[place] = change
    out = [c for c in fields.values() if c.old != c.new]
    for place, rows in listed.items():
        gone = [c.old for c in rows if c.old]
        came = [c.new for c in rows if c.new]
        for text in list(gone):
            if text in came:
                gone.remove(text)
                came.remove(text)
        out.extend(FieldChange(*place, text, "", True) for text in gone)
        out.extend(FieldChange(*place, "", text, True) for text in came)
    return sorted(out, key=lambda c: c.line)


def summary(rows: int, created: int, updated: int) -> str:
    """The reason of an import's entry: its lines, new and changed rows.

    Kept in English, as keys are: the window shows it in the reader's language
    (``csdesk.common.audit_labels.audit_reason``), and the entry's hash never depends on
    the language it was written in.
    """
    return f"lines {rows}, added {created}, changed {updated}"


def _changes(session: Session, obj: object, line: int) -> Iterator[FieldChange]:
    """The fields of ``obj`` changed since it was loaded, and the rows its lists gained or lost.

    A list replaced whole (an agent's accounts read again from the file) lists every row
    that left and came; ``net`` keeps those that really changed.
    """
    state = inspect(obj)
    key = _key_of(obj)
    for column in state.mapper.column_attrs:
        name = column.key
        if name in QUIET_COLUMNS:
            continue
        history = state.attrs[name].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if name.endswith("_id"):
            old, new = _related(session, state, name, old), _related(session, state, name, new)
            name = name.removesuffix("_id")
        yield FieldChange(line, key, name, _shown(old), _shown(new))
    for relation in state.mapper.relationships:
        if relation.mapper.local_table.name in _HISTORY_TABLES:
            continue
        history = state.attrs[relation.key].history
        if not history.has_changes():
            continue
        if not relation.uselist:  # one record points to another: the agent's mentor
            if _in_a_list(relation):
                continue  # the parent's list tells (an account left the agent's accounts)
            old = _key_of(history.deleted[0]) if history.deleted and history.deleted[0] else ""
            new = _key_of(history.added[0]) if history.added and history.added[0] else ""
            yield FieldChange(line, key, relation.key, old, new)
            continue
        gone = [_described(item) for item in history.deleted]
        came = [_described(item) for item in history.added]
        yield from (FieldChange(line, key, relation.key, text, "", True) for text in gone)
        yield from (FieldChange(line, key, relation.key, "", text, True) for text in came)


def _in_a_list(relation) -> bool:
    """Whether a row's many-to-one side is the reverse of its parent's list."""
    back = relation.back_populates
    return bool(back) and relation.mapper.relationships[back].uselist


def _related(session: Session, state, column: str, value: object) -> object:
    """A foreign key's value as the record it points to ("CS002" rather than 17)."""
    if value is None:
        return None
    for relation in state.mapper.relationships:
        if any(c.key == column for c in relation.local_columns):
            target = session.get(relation.mapper.class_, value)
            return _key_of(target) if target is not None else value
    return value


def _key_of(obj: object) -> str:
    """The record's key as the trail names it.

    "CS001" (an agent), "TS-2026-00042" (a complaint), "CS001 2026-11" (an agent's
    month), "CS002 C01 2026-09-01 10:00" (an agent's place in a course's session).
    """
    for name in _NAMING:
        value = getattr(obj, name, None)
        if value:
            return str(value)
    parts = [str(getattr(getattr(obj, "agent", None), "employee_no", "") or "")]
    parent = next((getattr(obj, n) for n in _PARENTS if getattr(obj, n, None) is not None), None)
    when = next((getattr(obj, n) for n in _WHEN if getattr(obj, n, None)), None)
    parts += [_key_of(parent) if parent is not None else "", _shown(when)]
    key = " ".join(p for p in parts if p)
    identity = inspect(obj).identity
    return key or f"{_table(obj)} #{identity[0] if identity else '?'}"


def _described(obj: object) -> str:
    """A whole row in one line (an account added or removed): its values but keys."""
    state = inspect(obj)
    values = (getattr(obj, c.key) for c in state.mapper.column_attrs
              if c.key not in QUIET_COLUMNS and not c.key.endswith("_id"))  # fmt: skip
    return ", ".join(_shown(v) for v in values if v not in (None, ""))


def _table(obj: object) -> str:
    return str(getattr(obj, "__tablename__", type(obj).__name__))


def _shown(value: object) -> str:
    """A value as the trail keeps it: dates in ISO, enums by their value, None as ""."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat(" ", "minutes") if value.second == 0 else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | float):
        return f"{value:g}"
    return str(value)
