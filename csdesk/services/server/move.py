"""Move a shop from its SQLite file to a PostgreSQL server, in one step.

The server's database must be empty (the shop comes open on its file, checked and
upgraded as csdesk opens a file). Its schema is built, then every table is copied
with its keys (parents before children), each table's id sequence is set past the
highest id copied, and the rows of every table are counted on both sides, all in one
transaction: a move that fails, or that counts differently, leaves the server empty
again. The SQLite file is only read; it stays as it was (a backup of the shop).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from csdesk.common.i18n import translate
from csdesk.data import schema
from csdesk.data.server import server_revision, shown_url, upgrade_server
from csdesk.data.table_copy import copy_shop
from csdesk.domain.access import Permission
from csdesk.services.accounts.access import require
from csdesk.services.database import Database
from csdesk.services.server.connect import ServerProblem, server_engine, unreachable


@dataclass(frozen=True)
class Moved:
    """What a move copied: table -> rows (equal on both sides), and where to."""

    rows: dict[str, int]
    url: str

    @property
    def total(self) -> int:
        """Every row copied."""
        return sum(self.rows.values())


def _refuse_unless_empty(engine: Engine, where: str) -> None:
    if server_revision(engine) is not None:
        raise ServerProblem(translate(
            "Server", "The database at {url} already holds a csdesk shop; a shop moves only "
            "into an empty database. Nothing was copied.").format(url=where))  # fmt: skip


def move_to_server(
    shop: Database, url: str, progress: Callable[[int, int], object] | None = None
) -> Moved:
    """Copy ``shop`` (open on its file) to the empty server database at ``url``.

    ``progress(tables_done, tables)`` hears of each table.

    Raises:
        ServerProblem: a garbled address, unreachable, not empty, or the copy failed or
            counted differently (then the server database is left empty).
        Refused: the one signed in may not change the shop's settings.
    """
    require(shop, Permission.SETTINGS)  # the shop's owner moves it (with accounts)
    where = shown_url(url)
    engine = server_engine(url)
    try:
        _refuse_unless_empty(engine, where)
        rows: dict[str, int] = {}

        def copy(target: Connection, _revision: str | None) -> None:
            with shop.engine.connect() as reading:
                rows.update(copy_shop(reading, target, progress))

        try:
            upgrade_server(engine, copy)
        except schema.MigrationError as exc:
            raise ServerProblem(translate(
                "Server", "Moving the shop to {url} failed and was undone; the server "
                "database is empty again and the file is unchanged.").format(url=where),
                [str(exc)]) from exc  # fmt: skip
    except DBAPIError as exc:
        raise unreachable(where, exc) from exc
    finally:
        engine.dispose()
    return Moved(rows, where)
