"""What a shop's file says before csdesk opens it for writing.

``inspect`` is the check every open runs first: an empty, damaged, foreign or newer
file is refused with a message of its own, and a locked or unreadable one is a storage
fault, never called damage. The shop's id and backup folder are read here too, without
an engine, because backups are named and placed before the file is opened.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from csdesk.common.i18n import translate
from csdesk.common.paths import data_dir, default_backup_dir
from csdesk.data import health, identity, schema
from csdesk.data.faults import StorageError
from csdesk.services.errors import (
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseTooNew,
    NotCsdeskDatabase,
    as_fault,
    storage_fault,
)

BACKUP_DIR_KEY = "backup_dir"


def stored_backup_dir(path: Path) -> Path:
    """Return the backup folder chosen for this shop (read without an engine)."""
    try:
        with closing(health.open_read_only(path)) as conn:
            row = conn.execute(
                "SELECT value FROM shop_settings WHERE key = ?", (BACKUP_DIR_KEY,)
            ).fetchone()
    except sqlite3.Error:
        row = None
    return Path(row[0]) if row and row[0] else default_backup_dir()


def shop_identity(path: Path) -> str:
    """This shop's id: stored in the file, else remembered for its path, else a new one.

    A new id is remembered for the path at once, so the next open stores the very id
    that names the backups taken meanwhile.
    """
    found = identity.shop_id_of(path) or identity.remembered_id(data_dir(), path)
    shop_id = found or identity.new_shop_id()
    identity.remember_id(data_dir(), path, shop_id)
    return shop_id


def _damaged(path: Path, messages: list[str]) -> DatabaseDamaged:
    return DatabaseDamaged(
        path,
        translate("Database", "The database {path} is damaged and was not opened.").format(
            path=path
        ),
        messages,
    )


def inspect(path: Path) -> str:
    """Check an existing file before anything opens it for writing.

    Returns:
        The schema revision in the file.

    Raises:
        DatabaseEmpty: the file is empty (0 bytes, or a database without tables).
        DatabaseDamaged: the integrity check failed or the file is not a database.
        DatabaseTooNew: written by a newer csdesk.
        NotCsdeskDatabase: not a file, or another program's database.
        StorageFault: locked, unreadable, I/O error (never called damage).
    """
    if not path.is_file():
        raise NotCsdeskDatabase(
            path,
            translate("Database", "{path} is not a database file; it was not changed.").format(
                path=path
            ),
        )
    empty = DatabaseEmpty(
        path,
        translate(
            "Database",
            "{path} is empty: it holds no csdesk shop, so csdesk did not open it. To start a "
            "new shop there, delete the empty file first; to open your shop, choose its "
            "database file.",
        ).format(path=path),
    )
    if path.stat().st_size == 0:
        raise empty
    try:
        found = health.check_file(path)
        if not found.ok:
            raise _damaged(path, list(found.messages))
        with closing(health.open_read_only(path)) as conn:
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'")
            has_tables = bool(tables.fetchone()[0])
    except StorageError as exc:
        raise as_fault(exc) from exc
    except sqlite3.Error as exc:
        raise storage_fault(exc, path) or _damaged(path, [str(exc)]) from exc
    revision = found.revision
    if revision is None:
        if not has_tables:
            raise empty
        raise NotCsdeskDatabase(
            path,
            translate("Database", "{path} is not a csdesk database; it was not changed.").format(
                path=path
            ),
        )
    if revision != schema.SCHEMA_HEAD and revision not in schema.known_revisions():
        raise DatabaseTooNew(
            path,
            translate(
                "Database",
                "{path} was written by a newer version of csdesk (schema {revision}). "
                "Install the newer csdesk to open it; the file was not changed.",
            ).format(path=path, revision=revision),
        )
    return revision
