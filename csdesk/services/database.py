"""Opening a shop's database safely, and the unit of work every service uses.

``open_database`` is the only way in: it creates a new shop, refuses a damaged file,
a file from a newer csdesk or another program's file (writing nothing), and backs the
file up before upgrading its schema.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from csdesk.data import backup as backup_files
from csdesk.data import health, schema
from csdesk.data.engine import make_engine, make_session_factory
from csdesk.data.location import risky_location
from csdesk.i18n import translate
from csdesk.paths import default_backup_dir
from csdesk.services.errors import DatabaseDamaged, DatabaseTooNew, NotCsdeskDatabase, UserError

BACKUP_DIR_KEY = "backup_dir"


@dataclass
class Database:
    """An open shop database: the engine, the session factory and any location warning."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    warnings: list[str] = field(default_factory=list)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; it never commits."""
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        """Close every pooled connection (needed before a restore replaces the file)."""
        self.engine.dispose()


def _is_empty_file(path: Path) -> bool:
    return path.stat().st_size == 0


def _has_tables(path: Path) -> bool:
    with closing(health.open_read_only(path)) as conn:
        return conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]


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


def inspect(path: Path) -> str | None:
    """Check an existing file before anything opens it for writing.

    Returns:
        The schema revision in the file (None for an empty file).

    Raises:
        DatabaseDamaged: quick_check failed or the file is not a database.
        DatabaseTooNew: written by a newer csdesk.
        NotCsdeskDatabase: another program's database.
    """
    if _is_empty_file(path):
        return None
    found = health.check_file(path)
    if not found.ok:
        raise DatabaseDamaged(
            path,
            translate("Database", "The database {path} is damaged and was not opened.").format(
                path=path
            ),
            list(found.messages),
        )
    revision = found.revision
    if revision is None and _has_tables(path):
        raise NotCsdeskDatabase(
            path,
            translate("Database", "{path} is not a csdesk database; it was not changed.").format(
                path=path
            ),
        )
    if revision not in (None, schema.SCHEMA_HEAD) and revision not in schema.known_revisions():
        raise DatabaseTooNew(
            path,
            translate(
                "Database",
                "{path} was written by a newer version of csdesk (schema {revision}). "
                "Install the newer csdesk to open it; the file was not changed.",
            ).format(path=path, revision=revision),
        )
    return revision


def open_database(path: Path) -> Database:
    """Open (or create) the shop database at ``path``, upgrading it safely if needed."""
    path = Path(path)
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                translate("Database", "Cannot create the folder {folder}: {reason}").format(
                    folder=path.parent, reason=exc.strerror
                )
            ) from exc
        revision = None
    else:
        revision = inspect(path)
    if revision != schema.SCHEMA_HEAD:
        if revision is not None:
            backup_files.take_backup(path, stored_backup_dir(path), "pre-migration")
        try:
            schema.upgrade(path)
        except schema.MigrationError as exc:
            raise UserError(
                translate(
                    "Database",
                    "Updating the database failed and was undone; the file is as it was.",
                ),
                [str(exc)],
            ) from exc
    engine = make_engine(path)
    sessions = make_session_factory(engine)
    if revision != schema.SCHEMA_HEAD:
        from csdesk.services.defaults import seed_defaults

        with sessions.begin() as session:
            seed_defaults(session, revision)
    warnings = []
    risk = risky_location(path)
    if risk:
        warnings.append(
            translate(
                "Database",
                "The database is in a network or cloud-synced folder. SQLite files can be "
                "damaged there; keep it on this computer's own disk.",
            )
        )
    return Database(path, engine, sessions, warnings)
