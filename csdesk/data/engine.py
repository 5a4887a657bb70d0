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


def readable_json(value: object) -> str:
    """JSON that keeps Chinese readable (for anyone who opens the database in a viewer)."""
    return json.dumps(value, ensure_ascii=False)


def read_only_url(path: Path) -> URL:
    """The URL that opens ``path`` read-only (SQLite URI ``mode=ro``)."""
    return URL.create(
        "sqlite+pysqlite",
        database=f"{Path(path).resolve().as_uri()}?mode=ro",
        query={"uri": "true"},
    )


def make_engine(
    path: Path | str,
    *,
    foreign_keys: bool = True,
    read_only: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Engine:
    """Create an engine on a SQLite file with csdesk's pragmas.

    Writers begin with ``BEGIN IMMEDIATE`` (see ``writer``) so that a second writer
    waits for the busy timeout instead of failing at once when its read turns into a
    write; readers keep a deferred ``BEGIN`` and never block anyone in WAL mode.
    Statement parameters are hidden from error texts: they hold names and phone numbers,
    and errors reach logs and screens.

    Args:
        path: the database file, or ``":memory:"``.
        foreign_keys: ``False`` only for migrations. Alembic's batch mode drops and
            re-creates tables; with keys on, the drop fires ``ON DELETE CASCADE`` and
            silently empties child tables. The pragma cannot change inside a
            transaction, so it is set here, per connection.
        read_only: open the file read-only (a file the user made read-only).
        busy_timeout_ms: how long a writer waits for another one.
    """
    memory = str(path) == ":memory:"
    kwargs = {"poolclass": StaticPool} if memory else {}
    url = read_only_url(Path(path)) if read_only and not memory else sqlite_url(path)
    # JSON columns keep Chinese readable for anyone who opens the file in a SQLite viewer.
    engine = create_engine(url, json_serializer=readable_json, hide_parameters=True, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        if not memory and not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()
        if not memory and not read_only and os.name == "posix":
            _make_private(Path(path))

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        immediate = connection.get_execution_options().get(_WRITER_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


_WRITER_OPTION = "csdesk_writer"


def writer(engine: Engine) -> Engine:
    """The same engine whose transactions begin with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{_WRITER_OPTION: True})


def _make_private(path: Path) -> None:
    """Keep the database and its WAL side files from other users (drop group/other bits).

    Only permissions are taken away, never given: a file the user made read-only stays
    read-only.
    """
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = candidate.stat().st_mode
            if mode & 0o077:
                candidate.chmod(mode & 0o700)
        except OSError:
            pass  # missing, or not ours to chmod: still usable; nothing to lose here


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return a session factory for the services.

    ``expire_on_commit=False`` is safe because services return plain dataclasses, never
    live ORM objects; it avoids a reload after each commit. Pass ``writer(engine)`` for
    the factory of write transactions.
    """
    return sessionmaker(engine, expire_on_commit=False)
