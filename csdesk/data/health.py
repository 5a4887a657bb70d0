"""Read-only health checks of a SQLite file, made with the standard library.

They open the file with plain ``sqlite3`` in read-only URI mode, so checking a damaged
or foreign file never writes to it (no WAL checkpoint, no journal created).
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from dataclasses import dataclass, field
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


@dataclass
class _EarlyCheck:
    """A quick check running in a thread, and the file's state it is valid for."""

    thread: threading.Thread
    outcome: dict[str, object] = field(default_factory=dict)


_early: dict[Path, _EarlyCheck] = {}


def _file_state(path: Path) -> tuple[tuple[int, int, int] | None, ...]:
    """What any write to the shop changes: the file's and its WAL's inode, size and mtime.

    An empty WAL counts as none: opening a shop (even read-only) creates one.
    """
    state: list[tuple[int, int, int] | None] = []
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            info = part.stat()
        except OSError:
            state.append(None)
        else:
            empty_wal = part is not path and info.st_size == 0
            state.append(None if empty_wal else (info.st_ino, info.st_size, info.st_mtime_ns))
    return tuple(state)


def start_quick_check(path: Path) -> None:
    """Start the quick check of ``path`` in a thread, to be collected by ``check_file``.

    The window starts this before it imports Qt and SQLAlchemy: SQLite releases the GIL
    while it reads, so on a 5-year shop the check (about 60 ms) runs while the imports
    do. ``check_file`` uses the verdict only when neither the file nor its WAL changed
    since the check began; otherwise it checks again.
    """
    path = path.resolve()
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return
    except OSError:
        return

    def work() -> None:
        before = _file_state(path)
        try:
            early.outcome["health"] = _check(path, full=False)
        except StorageError:
            return  # checked again, and reported, when the shop is opened
        early.outcome["state"] = before

    early = _EarlyCheck(threading.Thread(target=work, name="csdesk-quick-check", daemon=True))
    _early[path] = early
    early.thread.start()


def _collect_early(path: Path) -> Health | None:
    early = _early.pop(path.resolve(), None)
    if early is None:
        return None
    early.thread.join()
    found = early.outcome.get("health")
    if isinstance(found, Health) and early.outcome.get("state") == _file_state(path.resolve()):
        return found
    return None


def check_file(path: Path, *, full: bool = False) -> Health:
    """Run ``PRAGMA quick_check`` (or ``integrity_check`` when ``full``) on ``path``.

    Only SQLite's verdict decides damage: a failed check, or a file SQLite calls corrupt
    or "not a database". Any other error (locked by another program, read-only,
    permission, I/O) says nothing about the file's health and is raised.

    Raises:
        StorageError: the file could not be checked (the fault says why).
    """
    if not full and (early := _collect_early(path)) is not None:
        return early
    return _check(path, full=full)


def _check(path: Path, *, full: bool) -> Health:
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
