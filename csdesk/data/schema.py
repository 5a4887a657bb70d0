"""Schema revisions: know the file's revision cheaply, upgrade it safely.

Start-up reads the file's revision with plain ``sqlite3`` and compares it to
``SCHEMA_HEAD``; Alembic (a heavy import) is loaded only when an upgrade is due.

An upgrade runs on its own engine with ``foreign_keys=OFF`` (batch mode would otherwise
cascade-delete child rows), in one transaction that also records the new revision, and
checks ``PRAGMA foreign_key_check`` before it commits. The caller takes a backup first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection

from csdesk.data.engine import make_engine

#: The newest revision this build knows; a test checks it equals Alembic's head.
SCHEMA_HEAD = "0021"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class MigrationError(Exception):
    """An upgrade failed and was rolled back; the file is as it was."""


def alembic_config(connection: Connection | None = None, script_location: Path | None = None):
    """Return an Alembic Config built in code (no alembic.ini, which frozen builds lack)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions(script_location: Path | None = None) -> set[str]:
    """Return every revision id in the migrations folder."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(script_location=script_location))
    return {script.revision for script in scripts.walk_revisions()}


def head_revision(script_location: Path | None = None) -> str:
    """Return the head revision of the migrations folder (Alembic's view)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config(script_location=script_location)).get_heads()
    if len(heads) != 1:
        raise MigrationError(f"expected one head, found {heads}")
    return heads[0]


def upgrade(
    path: Path,
    target: str = "head",
    *,
    script_location: Path | None = None,
    after: Callable[[Connection], None] | None = None,
) -> None:
    """Upgrade the file at ``path`` to ``target`` in one transaction.

    ``after`` runs in the same transaction once the tables are there: the services
    seed the defaults of new areas and store the shop's id with it, so that a process
    killed at any moment leaves either the old file or the whole upgrade, never a new
    revision with empty default tables.

    Raises:
        MigrationError: a migration failed or left broken foreign keys; everything it
            did was rolled back.
    """
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection, script_location), target)
            if after is not None:
                after(connection)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise MigrationError(f"foreign key check failed: {broken[:5]}")
    except MigrationError:
        raise
    except Exception as exc:
        raise MigrationError(f"{type(exc).__name__}: {exc}") from exc
    finally:
        engine.dispose()


def downgrade(path: Path, target: str, *, script_location: Path | None = None) -> None:
    """Downgrade ``path`` to ``target`` (used by the migration tests only)."""
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection, script_location), target)
    finally:
        engine.dispose()
