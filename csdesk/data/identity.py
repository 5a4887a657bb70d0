"""Each shop's identity: a random id stored in its database and carried by its backups.

File names say nothing about which shop a file is: every shop's file may be called
``csdesk.sqlite3``. Backups are therefore named, listed, rotated and offered by the
shop's id, never by the database's file name. The id lives in ``shop_settings``; a
small per-user index remembers which id was last seen at which path, so that a damaged
database, whose own id may be unreadable, still finds its own backups.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing, suppress
from pathlib import Path

from sqlalchemy import Connection, text

from csdesk.common.atomic import atomic_path
from csdesk.data.health import open_read_only

SHOP_ID_KEY = "shop_id"
#: Characters of the id that backup file names carry (48 bits: no two shops collide).
TOKEN_LENGTH = 12


def new_shop_id() -> str:
    """A fresh random shop id (32 hex digits)."""
    return uuid.uuid4().hex


def token(shop_id: str) -> str:
    """The part of the id that backup names carry."""
    return shop_id[:TOKEN_LENGTH]


def read_shop_id(conn: sqlite3.Connection) -> str | None:
    """The id stored in an open file (None for a file from before shop ids)."""
    try:
        row = conn.execute(
            "SELECT value FROM shop_settings WHERE key = ?", (SHOP_ID_KEY,)
        ).fetchone()
    except sqlite3.OperationalError:  # no shop_settings table: not a csdesk file yet
        return None
    return row[0] if row and row[0] else None


def shop_id_of(path: Path) -> str | None:
    """The id stored in the file at ``path``; None if it has none or cannot be read."""
    try:
        with closing(open_read_only(path)) as conn:
            return read_shop_id(conn)
    except sqlite3.Error:
        return None


def store_shop_id(connection: Connection, shop_id: str) -> None:
    """Store ``shop_id`` in the caller's transaction unless the shop has one already.

    Plain SQL both engines read (SQLite's ``INSERT OR IGNORE`` is not PostgreSQL's).
    """
    connection.execute(
        text(
            "INSERT INTO shop_settings (key, value) "
            "SELECT CAST(:key AS VARCHAR), CAST(:value AS VARCHAR) "
            "WHERE NOT EXISTS (SELECT 1 FROM shop_settings WHERE key = :probe)"
        ),
        {"key": SHOP_ID_KEY, "value": shop_id, "probe": SHOP_ID_KEY},
    )


def stored_in(connection: Connection) -> str | None:
    """The id stored in the file behind ``connection``, if any."""
    return connection.execute(
        text("SELECT value FROM shop_settings WHERE key = :key"), {"key": SHOP_ID_KEY}
    ).scalar()


def _index_file(folder: Path) -> Path:
    return folder / "shops.json"


def remembered_id(folder: Path, db_path: Path) -> str | None:
    """The id last seen at ``db_path``, from the per-user index in ``folder``."""
    try:
        known = json.loads(_index_file(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = known.get(str(db_path.resolve())) if isinstance(known, dict) else None
    return value if isinstance(value, str) else None


def remember_id(folder: Path, db_path: Path, shop_id: str) -> None:
    """Record that the shop ``shop_id`` lives at ``db_path`` (best effort)."""
    key = str(db_path.resolve())
    if remembered_id(folder, db_path) == shop_id:
        return
    with suppress(OSError, ValueError):
        try:
            known = json.loads(_index_file(folder).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            known = {}
        if not isinstance(known, dict):
            known = {}
        known[key] = shop_id
        with atomic_path(_index_file(folder)) as part:
            part.write_text(json.dumps(known, ensure_ascii=False, indent=1), encoding="utf-8")
