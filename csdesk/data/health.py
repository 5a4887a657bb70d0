"""Read-only health checks of a SQLite file, made with the standard library.

They open the file with plain ``sqlite3`` in read-only URI mode, so checking a damaged
or foreign file never writes to it (no WAL checkpoint, no journal created).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from csdesk.data.faults import Fault, StorageError, classify


@dataclass(frozen=True)
class Health:
    """What a check found: ``ok`` and the first messages SQLite gave."""

    ok: bool
    messages: tuple[str, ...]
    revision: str | None = None


#: Seconds a check waits for a program that holds the file locked (tests shorten it).
READ_TIMEOUT = 5.0


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only; raises ``sqlite3.Error`` if it is not a database."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=READ_TIMEOUT)


def check_file(path: Path, *, full: bool = False) -> Health:
    """Run ``PRAGMA quick_check`` (or ``integrity_check`` when ``full``) on ``path``.

    Only SQLite's verdict decides damage: a failed check, or a file SQLite calls corrupt
    or "not a database". Any other error (locked by another program, read-only,
    permission, I/O) says nothing about the file's health and is raised.

    Raises:
        StorageError: the file could not be checked (the fault says why).
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        with closing(open_read_only(path)) as conn:
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
            revision = read_revision(conn)
    except sqlite3.Error as exc:
        fault = classify(exc)
        if fault is Fault.DAMAGED:
            return Health(False, (str(exc),))
        raise StorageError(fault or Fault.IO, path, str(exc)) from exc
    return Health(rows == ["ok"], tuple(rows), revision)


def read_revision(conn: sqlite3.Connection) -> str | None:
    """Return the Alembic revision recorded in the file, or None for an empty file."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def revision_of(path: Path) -> str | None:
    """Return the schema revision of the file at ``path`` (None when it has none)."""
    with closing(open_read_only(path)) as conn:
        return read_revision(conn)
