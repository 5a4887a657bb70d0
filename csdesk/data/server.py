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
from sqlalchemy.exc import ArgumentError, DBAPIError

from csdesk.data import schema
from csdesk.data.engine import readable_json

#: The key of the advisory lock an upgrade holds (any seat upgrading waits for it).
#: A fixed 64-bit number: "csdesk" in ASCII.
UPGRADE_LOCK = 0x637364657368

#: The key of the lock a seat holds while it decides on and takes the daily backup.
BACKUP_LOCK = UPGRADE_LOCK + 1


#: The oldest PostgreSQL csdesk runs on (its migrations and triggers are tested there up).
OLDEST_SERVER = (13,)


class OldServer(Exception):
    """The server's PostgreSQL is older than ``OLDEST_SERVER``; ``args[0]`` is its version."""


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


def server_address(host: str, port: int, database: str, user: str) -> str:
    """The address of ``database`` on ``host`` (a name, or a socket folder starting "/")."""
    query = {"host": host} if host.startswith("/") else {}
    return URL.create(
        "postgresql+psycopg", username=user or None, host=None if query else host or None,
        port=port or None, database=database or None, query=query,
    ).render_as_string(hide_password=False)  # fmt: skip


def address_parts(url: str) -> tuple[str, int, str, str]:
    """``url``'s host (or socket folder), port, database and user, as the form shows them.

    Raises:
        BadServerUrl: see ``parsed_url``.
    """
    parsed = parsed_url(url)
    host = parsed.host or str(parsed.query.get("host", ""))
    port = parsed.port or int(str(parsed.query.get("port", "0")) or 0) or 5432
    return host, port, parsed.database or "", parsed.username or ""


def short_address(url: str) -> str:
    """The shop's database and where it is, as a supervisor reads it: "csdesk @ shop-nas"."""
    host, port, database, user = address_parts(url)
    where = host if port == 5432 else f"{host}:{port}"
    return f"{database} @ {where}" + (f" ({user})" if user else "")


def bare_url(url: str) -> str:
    """The URL without any password: what a seat keeps, and finds the password by.

    Raises:
        BadServerUrl: see ``parsed_url``.
    """
    parsed = parsed_url(url)  # (``URL.set`` leaves a password given as None as it was)
    return URL.create(
        parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database,
        parsed.query,
    ).render_as_string(hide_password=False)  # fmt: skip


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
        OldServer: the server's PostgreSQL is too old for csdesk.
        NotCsdeskServer: it holds other tables and no csdesk revision.
    """
    with engine.connect() as connection:
        version = connection.dialect.server_version_info or ()
    if version[:1] < OLDEST_SERVER:
        raise OldServer(".".join(str(part) for part in version))
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


def try_lock(connection: Connection, key: int) -> bool:
    """Take the server-wide lock ``key`` for the connection's transaction, if free."""
    found = connection.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": key})
    return bool(found.scalar())


#: How long a seat waits for another's turn before it gives up (see ``hold``).
LOCK_WAIT = "30s"


def hold(connection: Connection, *names: str) -> None:
    """Take the shop-wide locks ``names`` until the transaction ends (PostgreSQL).

    In a fixed order (two seats never wait for each other in a circle), each waiting at
    most ``LOCK_WAIT``. SQLite needs none: its writers take turns for the whole file.

    Raises:
        sqlalchemy.exc.OperationalError: a lock was not granted in time
            (``is_lock_timeout``); the transaction is to be rolled back.
    """
    if connection.dialect.name != "postgresql" or not names:
        return
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")
    for name in sorted(set(names)):
        connection.execute(
            text("SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))"), {"name": name}
        )
    connection.exec_driver_sql("SET LOCAL lock_timeout = DEFAULT")


def is_lock_timeout(exc: DBAPIError) -> bool:
    """Whether ``exc`` is a lock not granted within the time allowed (SQLSTATE 55P03)."""
    return getattr(exc.orig, "sqlstate", None) == "55P03"
