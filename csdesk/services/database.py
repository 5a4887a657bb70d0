"""Opening a shop's database safely, and the unit of work every service uses.

``open_database`` is the only way in. It:

- creates a new shop only where no file exists, building it under a temporary name
  and renaming it into place, so a start killed half-way leaves no file at all (an
  existing empty file is refused, never taken for a new shop);
- refuses a damaged file, a file from a newer csdesk, another program's file and an
  empty one, writing nothing; locked, read-only and permission problems get their own
  messages and are never called damage;
- upgrades an older file under the shop's exclusive lock, after a backup, in one
  transaction together with the defaults of new areas and the shop's id;
- opens a file the user made read-only read-only, and says so;
- joins the shop's writers (``csdesk.data.writers``) for as long as it stays open,
  so a restore or upgrade in another process waits for it;
- repairs what an interrupted older version may have left missing (the shop's id,
  default records).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from uuid import uuid4

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from csdesk.common.atomic import sync_folder
from csdesk.common.i18n import translate
from csdesk.common.paths import data_dir, is_server_url
from csdesk.data import backup as backup_files
from csdesk.data import health, identity, schema
from csdesk.data.engine import make_engine, make_session_factory, writer
from csdesk.data.faults import StorageError
from csdesk.data.location import risky_location
from csdesk.data.writers import ShopBusy, WriterLock
from csdesk.services.errors import (
    UserError,
    as_fault,
    shop_in_use,
)
from csdesk.services.server import record_versions
from csdesk.services.shop_file import inspect, shop_identity, stored_backup_dir

#: How often opening re-checks a file that a restore replaced while it waited.
_OPEN_ATTEMPTS = 3


@dataclass
class Database:
    """An open shop: engine, session factories, identity and any warnings.

    ``path`` is the SQLite file; a shop on a server has none, and ``url`` names the
    server (without its password) instead.
    """

    path: Path | None
    engine: Engine
    sessions: sessionmaker[Session]  # readers: deferred BEGIN, never block a writer
    writes: sessionmaker[Session]  # writers: BEGIN IMMEDIATE, wait for each other
    shop_id: str
    warnings: list[str] = field(default_factory=list)
    read_only: bool = False
    lock: WriterLock | None = None
    url: str = ""
    seat: str = field(default_factory=lambda: uuid4().hex[:12])  # this process, to others

    @property
    def location(self) -> str:
        """Where the shop is, as the status bar and messages name it."""
        return self.url or str(self.path)

    @property
    def file(self) -> Path:
        """The shop's SQLite file, for what only a file has (backups, its folder).

        Raises:
            UserError: the shop is on a server.
        """
        if self.path is None:
            raise on_a_server(self.url)
        return self.path

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        Raises:
            ChangedMeanwhile: another seat saved a record this one changes between its
                read and its save (the record's version moved on); nothing was saved.
        """
        try:
            with self.writes.begin() as session:
                yield session
        except StaleDataError as exc:
            raise record_versions.ChangedMeanwhile(translate(
                "Records", "Another seat saved the same record at the same moment; nothing "
                "of yours was saved. Open it again and repeat your change.")) from exc  # fmt: skip
        except OperationalError as exc:
            if self.path is None:  # a file's storage errors are said elsewhere
                raise self._lost(exc) from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; it never commits."""
        try:
            with self.sessions() as session:
                yield session
        except OperationalError as exc:
            if self.path is None:  # a file's storage errors are said elsewhere
                raise self._lost(exc) from exc
            raise

    def _lost(self, exc: OperationalError) -> ServerLost:
        """A server that stopped answering, in the user's words."""
        return ServerLost(translate(
            "Server", "The shop's server {url} stopped answering: {reason}. Nothing was "
            "saved; what you typed is kept. Try again once it answers (the status bar says "
            "when).").format(url=self.url, reason=_first_line(exc)))  # fmt: skip

    def close(self) -> None:
        """Close every pooled connection and leave the shop's writers."""
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


class ServerLost(UserError):
    """The server stopped answering during a read or a save; nothing was saved."""


def _first_line(exc: OperationalError) -> str:
    text = str(exc.orig if exc.orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def on_a_server(url: str) -> UserError:
    """The refusal of what works on a shop's file only, for a shop on the server ``url``."""
    return UserError(
        translate("Database", "This works on a shop's file; the shop at {url} is on a server.")
        .format(url=url)
    )  # fmt: skip


def first_records(connection: Connection, from_revision: str | None, shop_id: str) -> None:
    """Defaults of the areas added since ``from_revision`` and the shop's id.

    Runs inside the upgrade's transaction (see ``schema.upgrade``).
    """
    from csdesk.services.defaults import seed_defaults

    with Session(bind=connection) as session:
        seed_defaults(session, from_revision)
        session.flush()
    identity.store_shop_id(connection, shop_id)


def _upgrade_failed(exc: schema.MigrationError) -> UserError:
    return UserError(
        translate(
            "Database", "Updating the database failed and was undone; the file is as it was."
        ),
        [str(exc)],
    )


def _create_shop(path: Path, lock: WriterLock) -> None:
    """Build a new shop under a temporary name and rename it to ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            translate("Database", "Cannot create the folder {folder}: {reason}").format(
                folder=path.parent, reason=exc.strerror
            )
        ) from exc
    with lock.exclusive():
        if path.exists():
            return  # another process made it while this one waited
        part = path.with_name(f".{path.name}.new")
        for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
            leftover.unlink(missing_ok=True)
        shop_id = shop_identity(path)
        try:
            schema.upgrade(part, after=lambda c: first_records(c, None, shop_id))
        except schema.MigrationError as exc:
            part.unlink(missing_ok=True)
            raise _upgrade_failed(exc) from exc
        os.replace(part, path)  # the engine is closed: the WAL was checkpointed away
        sync_folder(path.parent)


def _upgrade(path: Path, lock: WriterLock) -> None:
    """Back up and upgrade an older file, alone and in one transaction."""
    with lock.exclusive():
        revision = inspect(path)  # again: another process may have upgraded meanwhile
        if revision == schema.SCHEMA_HEAD:
            return
        shop_id = shop_identity(path)
        backup_files.take_backup(path, shop_id, stored_backup_dir(path), "pre-migration")
        try:
            schema.upgrade(path, after=lambda c: first_records(c, revision, shop_id))
        except schema.MigrationError as exc:
            raise _upgrade_failed(exc) from exc


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def repair(db: Database) -> None:
    """Store a missing id and seed missing defaults (left by an interrupted old upgrade).

    The id is stored in the same transaction as the defaults (when a shop is made, upgraded
    or repaired here), so a shop that has its id has had its defaults checked: the common
    open reads one row.
    """
    with db.read() as session:
        stored = identity.stored_in(session.connection())
    if stored == db.shop_id:
        return
    from csdesk.services.defaults import defaults_missing, seed_defaults

    with db.read() as session:
        missing = defaults_missing(session)
    with db.write() as session:
        identity.store_shop_id(session.connection(), db.shop_id)
        if missing:
            seed_defaults(session, None)


def _location_warnings(path: Path, read_only: bool) -> list[str]:
    warnings = []
    if risky_location(path):
        warnings.append(
            translate(
                "Database",
                "The database is in a network or cloud-synced folder. SQLite files can be "
                "damaged there; keep it on this computer's own disk.",
            )
        )
    if read_only:
        warnings.append(
            translate(
                "Database",
                "The database file is read-only: csdesk shows it but cannot save changes.",
            )
        )
    return warnings


def _open_read_only(path: Path, revision: str) -> Database:
    if revision != schema.SCHEMA_HEAD:
        raise UserError(
            translate(
                "Database",
                "{path} was written by an older csdesk and must be updated, but it is "
                "read-only. Make it writable and open it again.",
            ).format(path=path)
        )
    engine = make_engine(path, read_only=True)
    sessions = make_session_factory(engine)
    return Database(
        path,
        engine,
        sessions,
        sessions,
        shop_identity(path),
        _location_warnings(path, True),
        read_only=True,
    )


def check_folder(path: Path) -> None:
    """Refuse a database in a folder csdesk cannot write to (WAL and locks live there)."""
    folder = path.parent
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(
            translate(
                "Database",
                "The folder {folder} is read-only. csdesk keeps its journal and lock files "
                "beside the database, so it needs to write there. Make the folder "
                "writable, or copy the database to a folder you can write to.",
            ).format(folder=folder)
        )


def open_database(path: Path | str, role: str = "window", *, wait: float | None = None) -> Database:
    """Open (or create) the shop at ``path`` for ``role``, upgrading it safely if needed.

    Args:
        path: the database file (only a missing file makes a new shop), or a server's
            URL (``postgresql+psycopg://user@host/db``: ``csdesk.services.server``).
        role: what this process does with the shop, named to others who must wait.
        wait: seconds to wait for a restore or upgrade in another process.

    Raises:
        UserError: the file cannot be opened as it is (its subclasses say why); nothing
            was written to it.
    """
    if is_server_url(path):
        from csdesk.services.server.connect import open_server

        return open_server(str(path))
    path = Path(path)
    lock = WriterLock(path, role)
    try:
        check_folder(path)
        if not path.exists():
            _create_shop(path, lock)
        for _attempt in range(_OPEN_ATTEMPTS):
            revision = inspect(path)
            if not _writable(path):
                return _open_read_only(path, revision)
            if revision != schema.SCHEMA_HEAD:
                _upgrade(path, lock)
            lock.share(wait)
            if health.revision_of(path) == schema.SCHEMA_HEAD:
                break  # nobody replaced the file between the upgrade and the lock
            lock.release()
        else:
            raise ShopBusy([])
    except ShopBusy as exc:
        lock.release()
        raise shop_in_use(exc, translate("Storage", "open the shop")) from exc
    except StorageError as exc:
        lock.release()
        raise as_fault(exc) from exc
    except BaseException:
        lock.release()
        raise
    engine = make_engine(path)
    db = Database(
        path,
        engine,
        make_session_factory(engine),
        make_session_factory(writer(engine)),
        shop_identity(path),
        _location_warnings(path, False),
        lock=lock,
    )
    try:
        repair(db)
    except BaseException:
        db.close()
        raise
    identity.remember_id(data_dir(), path, db.shop_id)
    return db


Row = TypeVar("Row")


def existing(session: Session, model: type[Row], key: Any, gone: str) -> Row:
    """The row of ``model`` with primary key ``key``, or a refusal saying it is ``gone``.

    A window may act on a row that another window or an import deleted meanwhile: that is
    a message ("That category no longer exists."), not an AttributeError on None.
    """
    row = session.get(model, key)
    if row is None:
        raise UserError(gone)
    return row
