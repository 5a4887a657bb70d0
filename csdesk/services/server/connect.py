"""Opening a shop on a PostgreSQL server: reach it, make or upgrade its schema, join it.

The first seat to reach an empty database builds the schema and the shop's defaults in
one transaction; a seat of an older csdesk than the server's schema is refused with the
version to install; a database holding other tables is refused untouched. Upgrades run
under a server-wide lock (``csdesk.data.server.upgrade_server``).
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from csdesk.common.i18n import translate
from csdesk.data import identity, schema
from csdesk.data.engine import make_session_factory, writer
from csdesk.data.server import (
    BadServerUrl,
    NotCsdeskServer,
    make_server_engine,
    parsed_url,
    server_revision,
    shown_url,
    upgrade_server,
)
from csdesk.services.database import Database, first_records, repair
from csdesk.services.errors import UserError


class ServerProblem(UserError):
    """The server cannot be used as it is (unreachable, refused, not a csdesk shop)."""


def unreachable(where: str, exc: DBAPIError) -> ServerProblem:
    """The server did not answer, or refused the connection (a wrong password, a name)."""
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    return ServerProblem(
        translate("Server", "Cannot reach the shop's server {url}: {reason}").format(
            url=where, reason=reason
        )
    )


def check_address(url: str) -> None:
    """Refuse a garbled server address in the user's words (before anything is opened)."""
    try:
        parsed_url(url)
    except BadServerUrl as exc:
        raise ServerProblem(translate(
            "Server", "{url} is not a server address csdesk can use. Write it as "
            "postgresql+psycopg://USER@HOST:PORT/DATABASE.").format(url=shown_url(url))
        ) from exc  # fmt: skip


def server_engine(url: str) -> Engine:
    """An engine on the server at ``url``, or the user's words for a garbled address."""
    check_address(url)
    return make_server_engine(url)


def open_server(url: str) -> Database:
    """Open (or create) the shop in the server database at ``url``.

    Raises:
        ServerProblem: unreachable, wrong password, another program's tables, a schema
            from a newer csdesk, or an upgrade that failed (and was undone).
    """
    where = shown_url(url)
    engine = server_engine(url)
    try:
        try:
            revision = server_revision(engine)
        except NotCsdeskServer as exc:
            raise ServerProblem(translate(
                "Server", "The database at {url} holds other tables and no csdesk shop; it "
                "was not changed. Give csdesk a database of its own.").format(url=where),
                [", ".join(exc.args[0])]) from exc  # fmt: skip
        if revision != schema.SCHEMA_HEAD:
            if revision is not None and revision not in schema.known_revisions():
                raise ServerProblem(translate(
                    "Server", "The shop at {url} was updated by a newer csdesk (schema "
                    "{revision}). Install the csdesk the other seats use, then connect "
                    "again.").format(url=where, revision=revision))  # fmt: skip
            fresh = identity.new_shop_id()

            def seed(connection: Connection, before: str | None) -> None:
                first_records(connection, before, identity.stored_in(connection) or fresh)

            try:
                upgrade_server(engine, seed)
            except schema.MigrationError as exc:
                raise ServerProblem(translate(
                    "Server", "Updating the shop on {url} failed and was undone; it is as "
                    "it was.").format(url=where), [str(exc)]) from exc  # fmt: skip
        with engine.connect() as connection:
            shop_id = identity.stored_in(connection) or identity.new_shop_id()
    except DBAPIError as exc:
        engine.dispose()
        raise unreachable(where, exc) from exc
    except BaseException:
        engine.dispose()
        raise
    db = Database(None, engine, make_session_factory(engine),
                  make_session_factory(writer(engine)), shop_id, url=where)  # fmt: skip
    try:
        repair(db)
    except BaseException:
        db.close()
        raise
    return db
