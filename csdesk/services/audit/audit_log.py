"""Write the audit trail, and check that nobody rewrote it (reading: ``audit_query``).

Entries are written in the same transaction as the change they describe, so a change
and its entry land or fail together. Each entry's hash covers its content and the hash
of the entry before it: editing, deleting or inserting a row anywhere breaks the chain
from there on, and ``verify`` names the first entry that no longer fits. The triggers of
migration 0019 refuse UPDATE and DELETE outright; the chain catches the rest (triggers
dropped first, the file edited with another tool).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from csdesk.data.accounts import AuditEntry
from csdesk.data.health import open_read_only
from csdesk.services.authors import default_author
from csdesk.services.database import Database

#: The hash the first entry chains to.
GENESIS = "0" * 64
#: Where a session keeps the hash of the last entry it added.
_HEAD = "audit_head"
#: Longest text kept of an old or new value (an import's field changes stay readable).
VALUE_LIMIT = 2000


def _digest(prev: str, at: datetime, fields: tuple[str, ...]) -> str:
    content = json.dumps([prev, at.isoformat(), *fields], ensure_ascii=False)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _fields(row: AuditEntry) -> tuple[str, ...]:
    return (row.user, row.action, row.entity, row.key, row.field, row.old, row.new, row.reason)


def record(
    session: Session,
    action: str,
    entity: str,
    key: object = "",
    field: str = "",
    old: object = "",
    new: object = "",
    reason: str = "",
    user: str | None = None,
) -> None:
    """Append an entry in the caller's transaction (the change and its entry land together).

    Nothing is flushed here: the caller's half-made rows stay pending until it commits.
    The chain's head is read once per transaction (the write lock holds it still) and
    carried in the session for the next entry of the same transaction.
    """
    last = session.info.get(_HEAD)
    if last is None:
        with session.no_autoflush:
            last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    row = AuditEntry(
        at=datetime.now().replace(microsecond=0),
        user=(user if user is not None else default_author())[:40],
        action=action[:40], entity=entity[:40], key=str(key)[:100], field=field[:60],
        old=_text(old), new=_text(new), reason=reason.strip()[:VALUE_LIMIT],
        prev_hash=last or GENESIS,
    )  # fmt: skip
    row.hash = _digest(row.prev_hash, row.at, _fields(row))
    session.add(row)
    session.info[_HEAD] = row.hash


def _text(value: object) -> str:
    return ("" if value is None else str(value))[:VALUE_LIMIT]


_CHAINED = (
    'SELECT id, at, "user", action, entity, key, field, old, new, reason, prev_hash, hash '
    "FROM audit_log ORDER BY id"
)


def _first_broken(rows) -> int | None:
    """The id of the first row whose hashes do not follow from the ones before it."""
    prev = GENESIS
    for row_id, at, *fields, prev_hash, digest in rows:
        moment = at if isinstance(at, datetime) else datetime.fromisoformat(at)
        if prev_hash != prev or digest != _digest(prev, moment, tuple(fields)):
            return row_id
        prev = digest
    return None


def verify(db: Database) -> int | None:
    """The id of the first entry that breaks the chain, or None when it holds."""
    with db.read() as session:
        return _first_broken(session.execute(text(_CHAINED)))


def verify_file(path: Path) -> int | None:
    """``verify`` on a shop file opened read-only (``csdesk check``: no sign-in, no upgrade).

    A file from before the audit trail has nothing to check.
    """
    with closing(open_read_only(path)) as conn:
        try:
            return _first_broken(conn.execute(_CHAINED))
        except sqlite3.OperationalError:  # no audit_log table yet
            return None


def _head_of(path: Path) -> tuple[int, str] | None:
    """(id, hash) of the last entry in the file at ``path``; None without entries."""
    with closing(open_read_only(path)) as conn:
        try:
            row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        except sqlite3.OperationalError:  # from before the audit trail
            return None
    return (int(row[0]), str(row[1])) if row else None


def rewritten_since_backup(path: Path) -> tuple[int, datetime] | None:
    """(entry id, backup time) when the history a backup holds was rewritten since.

    A forger who recomputes every hash after editing an entry keeps the chain whole;
    the newest backup still holds the old head, so the entry it ends on must carry the
    same hash in the shop now. None: no backup to compare, or the history agrees.
    """
    from csdesk.services.backup import list_backups

    for backup in list_backups(path)[:1]:
        try:
            kept = _head_of(backup.path)
        except sqlite3.Error:
            return None  # an unreadable backup proves nothing either way
        if kept is None:
            return None
        with closing(open_read_only(path)) as conn:
            row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (kept[0],)).fetchone()
        if row is None or row[0] != kept[1]:
            return kept[0], backup.taken_at
    return None


def head(db: Database) -> str:
    """The last entry's hash (the daily backup keeps it: history rewritten since shows)."""
    with db.read() as session:
        last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return last or GENESIS
