"""Reading the audit trail: the Audit page, a record's History and ``csdesk audit``.

Filters run in SQL and the page takes the newest ``limit`` entries, so a trail of years
(every import's field changes) opens as quickly as a new one. A record's history asks
for its key and the keys it begins: "CS001" also finds "CS001 2026-11", the agent's
appraisals, KPIs and rota days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from csdesk.data.accounts import AuditEntry
from csdesk.data.portable import contains_text
from csdesk.domain.access import Permission
from csdesk.services.accounts.access import needs
from csdesk.services.audit.audit_log import rewritten_since_backup, verify
from csdesk.services.database import Database
from csdesk.services.exporting import write_table

#: The columns of ``csdesk audit --format csv`` and of the page's export, in order.
AUDIT_COLUMNS = ("at", "user", "action", "entity", "key", "field", "old", "new", "reason")
#: How many entries the page shows at once (the newest); the count says how many match.
PAGE_LIMIT = 1000


@dataclass(frozen=True)
class Entry:
    """One audit entry as the page and ``csdesk audit`` show it."""

    id: int
    at: datetime
    user: str
    action: str
    entity: str
    key: str
    field: str
    old: str
    new: str
    reason: str


@dataclass(frozen=True)
class AuditFilter:
    """What the reader narrows the trail to; empty fields do not narrow."""

    since: date | None = None
    until: date | None = None  # inclusive
    user: str = ""
    entity: str = ""
    action: str = ""
    key: str = ""  # a record's history: this key and the keys it begins
    text: str = ""  # anywhere in the key, field, values or reason


@dataclass(frozen=True)
class Found:
    """The newest entries that match, newest first, and how many match in all."""

    entries: list[Entry]
    total: int


@dataclass(frozen=True)
class Choices:
    """The accounts, kinds of record and actions the trail holds (the filters' lists)."""

    users: list[str]
    entities: list[str]
    actions: list[str]


def _conditions(wanted: AuditFilter) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if wanted.since is not None:
        out.append(AuditEntry.at >= datetime.combine(wanted.since, datetime.min.time()))
    if wanted.until is not None:
        next_day = datetime.combine(wanted.until + timedelta(days=1), datetime.min.time())
        out.append(AuditEntry.at < next_day)
    for column, value in ((AuditEntry.user, wanted.user), (AuditEntry.entity, wanted.entity),
                          (AuditEntry.action, wanted.action)):  # fmt: skip
        if value:
            out.append(column == value)
    if wanted.key:  # the key, and the keys it begins ("CS001 2026-11"): ranges the index reads
        out.append(or_(AuditEntry.key == wanted.key,
                       and_(AuditEntry.key >= wanted.key + " ",
                            AuditEntry.key < wanted.key + "!")))  # fmt: skip
    text = wanted.text.strip()
    if text:  # case ignored in Latin letters (lower() on every row cost 6x the scan)
        out.append(or_(*(contains_text(column, text) for column in (
            AuditEntry.key, AuditEntry.field, AuditEntry.old, AuditEntry.new,
            AuditEntry.reason))))  # fmt: skip
    return out


def _entry(row: AuditEntry) -> Entry:
    return Entry(row.id, row.at, row.user, row.action, row.entity, row.key, row.field,
                 row.old, row.new, row.reason)  # fmt: skip


@needs(Permission.AUDIT)
def entries(db: Database, wanted: AuditFilter = AuditFilter()) -> list[Entry]:
    """Every entry ``wanted`` leaves, oldest first (``csdesk audit``, the export)."""
    query = select(AuditEntry).where(*_conditions(wanted)).order_by(AuditEntry.id)
    with db.read() as session:
        return [_entry(r) for r in session.scalars(query)]


@needs(Permission.AUDIT)
def find(db: Database, wanted: AuditFilter, limit: int = PAGE_LIMIT) -> Found:
    """The newest ``limit`` entries ``wanted`` leaves, newest first, and their number."""
    conditions = _conditions(wanted)
    with db.read() as session:
        total = session.scalar(select(func.count(AuditEntry.id)).where(*conditions)) or 0
        rows = session.scalars(
            select(AuditEntry).where(*conditions).order_by(AuditEntry.id.desc()).limit(limit)
        )
        return Found([_entry(r) for r in rows], total)


@needs(Permission.AUDIT)
def choices(db: Database) -> Choices:
    """Every account, kind of record and action the trail holds, sorted."""
    with db.read() as session:
        lists = [
            list(session.scalars(select(column).distinct().order_by(column)))
            for column in (AuditEntry.user, AuditEntry.entity, AuditEntry.action)
        ]
    return Choices(*lists)


@needs(Permission.AUDIT)
def export_entries(db: Database, wanted: AuditFilter, out: Path, fmt: str | None = None) -> int:
    """Write every entry ``wanted`` leaves, oldest first, to a CSV or XLSX file.

    The columns are ``AUDIT_COLUMNS``; values that a spreadsheet would run as a formula
    are written as text. Returns the number of entries written.
    """
    rows = [(e.at.isoformat(" "), e.user, e.action, e.entity, e.key, e.field, e.old, e.new,
             e.reason) for e in entries(db, wanted)]  # fmt: skip
    return write_table(out, list(AUDIT_COLUMNS), rows, fmt, total=len(rows))


@dataclass(frozen=True)
class TrailCheck:
    """What checking the chain found (the page's "Check the trail")."""

    entries: int
    broken: int | None  # the first entry that no longer chains
    rewritten: tuple[int, datetime] | None  # (entry, backup time): differs from the backup


@needs(Permission.AUDIT)
def check_trail(db: Database) -> TrailCheck:
    """Check every entry's hash, and the newest backup's head against the shop now."""
    with db.read() as session:
        total = session.scalar(select(func.count(AuditEntry.id))) or 0
    broken = verify(db)
    # a server's backups are not compared yet
    rewritten = rewritten_since_backup(db.path) if broken is None and db.path else None
    return TrailCheck(total, broken, rewritten)
