"""The second engine: a shop on a PostgreSQL server that several seats share.

Everything that differs from a SQLite file stays here (DESIGN.md): the engine's options,
reading the schema's revision, and upgrading under a server-wide lock so that two seats
starting a new csdesk at once do not both migrate. PostgreSQL's DDL is transactional:
an upgrade that fails half-way leaves the database as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy import URL, Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from csdesk.data import schema
from csdesk.data.engine import readable_json

#: The key of the advisory lock an upgrade holds (any seat upgrading waits for it).
#: A fixed 64-bit number: "csdesk" in ASCII.
UPGRADE_LOCK = 0x637364657368


class NotCsdeskServer(Exception):
    """The server database holds tables, but not a csdesk shop's; it is left untouched."""


class BadServerUrl(ValueError):
    """Not an address csdesk can reach a server at (``postgresql+psycopg://…``)."""


def parsed_url(url: str) -> URL:
    """``url`` read as a PostgreSQL address with the psycopg driver csdesk ships.

    Raises:
        BadServerUrl: it does not parse (a port that is not a number), or names another
            database or driver.
    """
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise BadServerUrl(url) from exc
    if parsed.get_backend_name() != "postgresql" or parsed.get_driver_name() != "psycopg":
        raise BadServerUrl(url)
    return parsed


def shown_url(url: str) -> str:
    """The URL without its password, for the status bar, messages and the log."""
    try:
        return parsed_url(url).render_as_string(hide_password=True)
    except BadServerUrl:
        return re.sub(r"//([^:@/]*):[^@/]*@", r"//\1:***@", url)  # even when it is garbled


def make_server_engine(url: str) -> Engine:
    """An engine on the server at ``url`` with csdesk's options.

    Parameters are hidden from error texts (they hold names and phone numbers); a pooled
    connection is tested before use, so a server restarted overnight is reconnected to.

    Raises:
        BadServerUrl: see ``parsed_url``.
    """
    return create_engine(
        parsed_url(url), json_serializer=readable_json, hide_parameters=True,
        pool_pre_ping=True,
    )  # fmt: skip


def server_revision(engine: Engine) -> str | None:
    """The schema revision of the server database; None for an empty database.

    Raises:
        NotCsdeskServer: it holds other tables and no csdesk revision.
    """
    tables = set(inspect(engine).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            raise NotCsdeskServer(sorted(tables)[:5])
        return None
    with engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_server(
    engine: Engine, after: Callable[[Connection, str | None], None] | None = None
) -> None:
    """Bring the server database to this csdesk's schema, alone and in one transaction.

    The advisory lock is taken first, then the revision read again: a seat that waited
    while another upgraded finds nothing left to do. ``after(connection, revision)``
    seeds the defaults of areas added since ``revision`` in the same transaction.

    Raises:
        schema.MigrationError: a migration failed; everything was rolled back.
    """
    from alembic import command
    from alembic.migration import MigrationContext

    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
            revision = MigrationContext.configure(connection).get_current_revision()
            if revision == schema.SCHEMA_HEAD:
                return
            command.upgrade(schema.alembic_config(connection), "head")
            if after is not None:
                after(connection, revision)
    except Exception as exc:
        raise schema.MigrationError(f"{type(exc).__name__}: {exc}") from exc
