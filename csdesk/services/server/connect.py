"""Opening a shop on a PostgreSQL server: reach it, make or upgrade its schema, join it.

The first seat to reach an empty database builds the schema and the shop's defaults in
one transaction; a seat of an older csdesk than the server's schema is refused with the
version to install; a database holding other tables is refused untouched. Upgrades run
under a server-wide lock (``csdesk.data.server.upgrade_server``).
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from csdesk.common.i18n import translate
from csdesk.data import identity, schema
from csdesk.data.engine import make_session_factory, writer
from csdesk.data.live import announce_changes
from csdesk.data.server import (
    OLDEST_SERVER,
    BadServerUrl,
    NotCsdeskServer,
    OldServer,
    bare_url,
    make_server_engine,
    parsed_url,
    server_revision,
    shown_url,
    upgrade_server,
)
from csdesk.data.server import (
    address_parts as address_parts,  # for the window's form (it reaches no data module)
)
from csdesk.data.server import (
    server_address as server_address,
)
from csdesk.data.server import (
    short_address as short_address,  # the status bar's and the password window's words
)
from csdesk.services.database import Database, first_records, repair
from csdesk.services.errors import UserError
from csdesk.services.server.credentials import address_with_saved_password


class ServerProblem(UserError):
    """The server cannot be used as it is (unreachable, refused, not a csdesk shop)."""


class PasswordNeeded(ServerProblem):
    """The server wants a password that was not given, or refused the one given."""


#: How the server's driver words a missing or refused password (libpq's own texts).
_PASSWORD_WORDS = ("no password supplied", "password authentication failed")


def unreachable(where: str, exc: DBAPIError) -> ServerProblem:
    """The server did not answer, or refused the connection (a wrong password, a name)."""
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    message = translate("Server", "Cannot reach the shop's server {url}: {reason}").format(
        url=where, reason=reason
    )
    if any(words in reason for words in _PASSWORD_WORDS):
        return PasswordNeeded(message)
    return ServerProblem(message)


class ServerState(StrEnum):
    """What a connection test found in the server's database."""

    EMPTY = "empty"  # no tables: the first seat builds the shop there
    SHOP = "shop"  # this csdesk's shop
    OLDER = "older"  # a shop an older csdesk made: upgraded by the first seat to open it


def probe(url: str) -> ServerState:
    """Connect to ``url`` (with its kept password) and say what its database holds.

    Raises:
        PasswordNeeded: the password is missing or wrong.
        ServerProblem: unreachable, another program's tables, a newer csdesk's shop.
    """
    where, engine = _reach(url)
    try:
        revision = _revision(engine, where)
    except DBAPIError as exc:
        raise unreachable(where, exc) from exc
    finally:
        engine.dispose()
    if revision is None:
        return ServerState.EMPTY
    if revision == schema.SCHEMA_HEAD:
        return ServerState.SHOP
    if revision not in schema.known_revisions():
        raise _newer(where, revision)
    return ServerState.OLDER


def _reach(url: str) -> tuple[str, Engine]:
    """The address as shown, and an engine on it with the password kept for it."""
    check_address(url)
    return bare_url(url), server_engine(address_with_saved_password(url))


def _revision(engine: Engine, where: str) -> str | None:
    """The server's schema revision, or the user's words for a server csdesk cannot use."""
    try:
        return server_revision(engine)
    except NotCsdeskServer as exc:
        raise _not_a_shop(where, exc) from exc
    except OldServer as exc:
        raise _old(where, exc) from exc


def _not_a_shop(where: str, exc: NotCsdeskServer) -> ServerProblem:
    return ServerProblem(translate(
        "Server", "The database at {url} holds other tables and no csdesk shop; it "
        "was not changed. Give csdesk a database of its own.").format(url=where),
        [", ".join(exc.args[0])])  # fmt: skip


def _old(where: str, exc: OldServer) -> ServerProblem:
    return ServerProblem(translate(
        "Server", "The server {url} runs PostgreSQL {version}; csdesk needs PostgreSQL "
        "{oldest} or newer. Nothing was changed on it.").format(
            url=where, version=exc.args[0], oldest=OLDEST_SERVER[0]))  # fmt: skip


def _newer(where: str, revision: str) -> ServerProblem:
    return ServerProblem(translate(
        "Server", "The shop at {url} was updated by a newer csdesk (schema "
        "{revision}). Install the csdesk the other seats use, then connect "
        "again.").format(url=where, revision=revision))  # fmt: skip


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
    where, engine = _reach(url)
    try:
        revision = _revision(engine, where)
        if revision != schema.SCHEMA_HEAD:
            if revision is not None and revision not in schema.known_revisions():
                raise _newer(where, revision)
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
    announce_changes(db.writes, db.seat)  # the other seats' pages hear of each commit
    try:
        repair(db)
    except BaseException:
        db.close()
        raise
    return db
