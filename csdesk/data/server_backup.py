"""A server shop's backup as a shop file, and a shop file put back onto the server.

A seat needs no ``pg_dump`` (nor its version to match the server's): the backup is an
ordinary csdesk shop file, built with the same migrations as any shop file and filled
from one repeatable-read, read-only transaction on the server, so it holds the shop as
it was at one moment while the other seats keep working. Like a file's backup it is
written under a temporary name, checked with ``integrity_check`` and the foreign-key
check, and only then renamed into place. Such a file opens in csdesk as it is, restores
into a shop file, or back onto a server.

Putting a file back onto the server replaces the whole shop in one transaction (the
server's DDL is transactional): the tables are dropped, built again by the migrations
and filled from the file. It fails whole or not at all; the other seats wait for it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select, text

from csdesk.common.atomic import PART_SUFFIX, replace_synced
from csdesk.data import schema
from csdesk.data.backup import BackupError
from csdesk.data.engine import make_engine
from csdesk.data.health import check_file
from csdesk.data.live import CHANNEL
from csdesk.data.models import Base
from csdesk.data.server import UPGRADE_LOCK
from csdesk.data.table_copy import copy_shop

#: What migration 0020 adds on PostgreSQL besides tables: the audit trail's guard.
_AUDIT_GUARD = "audit_log_append_only"

#: How long a restore waits for the other seats' open transactions.
RESTORE_LOCK_TIMEOUT = "30s"


def _remove_part(part: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{part}{suffix}").unlink(missing_ok=True)


def write_snapshot(server: Engine, dest: Path) -> dict[str, int]:
    """Write the server's shop, as it is now, to the shop file ``dest``; table -> rows.

    Raises:
        BackupError: the server's schema is not this csdesk's, or the copy is unsound;
            no file is left at ``dest``.
        OSError, sqlite3.Error: the file could not be written (disk full, no rights).
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + PART_SUFFIX)
    _remove_part(part)
    rows: dict[str, int] = {}
    try:
        snapshot = server.connect().execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        with snapshot as reading, reading.begin():
            revision = reading.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision != schema.SCHEMA_HEAD:
                raise BackupError(f"the server's schema is {revision}, not {schema.SCHEMA_HEAD}")
            schema.upgrade(part, after=lambda target: rows.update(copy_shop(reading, target)))
        with closing(sqlite3.connect(part)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        health = check_file(part, full=True)
        if not health.ok:
            raise BackupError("; ".join(health.messages))
        replace_synced(part, dest)
    except schema.MigrationError as exc:
        _remove_part(part)
        raise BackupError(str(exc)) from exc
    except BaseException:
        _remove_part(part)
        raise
    return rows


def _drop_shop(target: Connection) -> None:
    Base.metadata.drop_all(target)
    target.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    target.exec_driver_sql(f"DROP FUNCTION IF EXISTS {_AUDIT_GUARD}()")


def replace_server_shop(server: Engine, shop_file: Path) -> dict[str, int]:
    """Replace the server's shop with the one in ``shop_file`` (at this csdesk's schema).

    Under the server's upgrade lock, so that no seat upgrades meanwhile; waits
    ``RESTORE_LOCK_TIMEOUT`` for the other seats' open transactions.

    Raises:
        sqlalchemy.exc.DBAPIError: the server refused or failed (a lock not granted in
            time, the server lost); nothing changed on it.
        table_copy.CountMismatch: a table counted differently; nothing changed.
    """
    from alembic import command

    source_engine = make_engine(shop_file, read_only=True)
    try:
        with server.begin() as target, source_engine.connect() as source:
            target.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
            target.exec_driver_sql(f"SET LOCAL lock_timeout = '{RESTORE_LOCK_TIMEOUT}'")
            _drop_shop(target)
            command.upgrade(schema.alembic_config(target), "head")
            rows = copy_shop(source, target)
            everything = f"restore:{','.join(rows)}"  # every seat reloads every page
            target.execute(select(func.pg_notify(CHANNEL, everything)))
            return rows
    finally:
        source_engine.dispose()
