"""The one engine factory: every connection, in the app and in tests, gets the same pragmas.

Python 3.11's sqlite3 driver opens transactions lazily and autocommits DDL ("legacy"
transaction control). That breaks atomic migrations and imports, so the driver's own
transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself (the recipe
in SQLAlchemy's SQLite dialect documentation). Every write then happens in exactly one
transaction that rolls back whole.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path | str) -> URL:
    """Return the SQLAlchemy URL of a SQLite file (``":memory:"`` for a memory database)."""
    return URL.create("sqlite+pysqlite", database=str(path))


def _readable_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def make_engine(path: Path | str, *, foreign_keys: bool = True) -> Engine:
    """Create an engine on a SQLite file with csdesk's pragmas.

    Args:
        path: the database file, or ``":memory:"``.
        foreign_keys: ``False`` only for migrations. Alembic's batch mode drops and
            re-creates tables; with keys on, the drop fires ``ON DELETE CASCADE`` and
            silently empties child tables. The pragma cannot change inside a
            transaction, so it is set here, per connection.
    """
    memory = str(path) == ":memory:"
    kwargs = {"poolclass": StaticPool} if memory else {}
    # JSON columns keep Chinese readable for anyone who opens the file in a SQLite viewer.
    engine = create_engine(sqlite_url(path), json_serializer=_readable_json, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()
        if not memory and os.name == "posix":
            _make_private(Path(path))

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _make_private(path: Path) -> None:
    """Keep the database and its WAL side files readable by the user only (0600)."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if candidate.exists() and candidate.stat().st_mode & 0o077:
                candidate.chmod(0o600)
        except OSError:
            pass  # a file we cannot chmod is still usable; nothing to lose here


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return the session factory used by the services.

    ``expire_on_commit=False`` is safe because services return plain dataclasses, never
    live ORM objects; it avoids a reload after each commit.
    """
    return sessionmaker(engine, expire_on_commit=False)
