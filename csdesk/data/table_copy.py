"""Copying a shop's rows between two databases, table by table, keys and all.

Used to move a shop from its file to a server, to take a server's backup as a shop
file, and to restore a file onto a server. The tables go parents first (the models'
foreign-key order), rows in key order, in chunks; every id is copied as it is, and on
PostgreSQL each id sequence is then set past the highest id, so the next row a seat
adds does not collide with a copied one.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, bindparam, func, select, text

from csdesk.data.models import Base

#: Rows read and written at a time.
CHUNK = 5000


class CountMismatch(Exception):
    """A table holds a different number of rows after the copy than was read."""


def shop_tables() -> list[str]:
    """Every table of a shop, parents before children."""
    return [table.name for table in Base.metadata.sorted_tables]


def count(connection: Connection, name: str) -> int:
    """How many rows the table ``name`` holds."""
    table = Base.metadata.tables[name]
    return connection.execute(select(func.count()).select_from(table)).scalar() or 0


def _self_references(name: str) -> list[str]:
    """The columns of table ``name`` that point at its own rows (an agent's mentor)."""
    table = Base.metadata.tables[name]
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _copy_table(source: Connection, target: Connection, name: str) -> int:
    """Copy the rows of ``name``, keys and all.

    A row pointing at a later row of its own table (a mentor added after the agent) is
    written without the link first and linked once all are in: PostgreSQL checks each
    key as it is written.
    """
    table = Base.metadata.tables[name]
    linked = _self_references(name)
    links: list[dict[str, object]] = []
    copied = 0
    result = source.execute(select(table).order_by(*table.primary_key.columns))
    while batch := result.fetchmany(CHUNK):
        rows = [row._asdict() for row in batch]
        for row in rows:
            if any(row[column] is not None for column in linked):
                links.append({"row_id": row["id"], **{c: row[c] for c in linked}})
                row.update(dict.fromkeys(linked))
        target.execute(table.insert(), rows)
        copied += len(batch)
    if links:
        target.execute(
            table.update()
            .where(table.c.id == bindparam("row_id"))
            .values({c: bindparam(c) for c in linked}),
            links,
        )
    return copied


def _continue_ids(target: Connection, name: str) -> None:
    """Let the server's next id follow the highest one copied (ids were written as given)."""
    table = Base.metadata.tables[name]
    if target.dialect.name != "postgresql" or "id" not in table.c or not table.c.id.autoincrement:
        return
    target.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {name}), 1), "
            f"(SELECT MAX(id) FROM {name}) IS NOT NULL)"
        )
    )


def copy_shop(
    source: Connection,
    target: Connection,
    progress: Callable[[int, int], object] | None = None,
) -> dict[str, int]:
    """Copy every table of the shop from ``source`` into the empty tables of ``target``.

    ``progress(tables_done, tables)`` hears of each table. Returns table -> rows.

    Raises:
        CountMismatch: a table counts differently on the two sides (the caller's
            transaction on ``target`` should then be rolled back).
    """
    names = shop_tables()
    rows: dict[str, int] = {}
    for done, name in enumerate(names, start=1):
        rows[name] = _copy_table(source, target, name)
        _continue_ids(target, name)
        kept = count(target, name)
        if kept != rows[name]:
            raise CountMismatch(f"{name}: {rows[name]} read, {kept} kept")
        if progress is not None:
            progress(done, len(names))
    return rows
