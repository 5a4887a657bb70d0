"""Writing a conversation export's rows fast, in each engine's own way.

A platform's export holds up to a million conversations, re-imported every month with
most rows unchanged; going through the ORM would take minutes. Both writers insert new
conversations, update changed ones, leave equal ones alone, and count the rows they
inserted or changed, inside the caller's transaction:

- SQLite: one prepared ``INSERT … ON CONFLICT DO UPDATE … WHERE changed`` run for
  every row (``executemany`` in C), counted by the connection's ``total_changes``;
- PostgreSQL: each chunk is streamed with ``COPY`` into a temporary table, then merged
  with one ``INSERT … SELECT … ON CONFLICT``; a conversation twice in one chunk keeps
  its later line, as on SQLite (PostgreSQL refuses to update a row twice in one
  statement).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import Connection

#: Stored columns in the order the rows give them.
COLUMNS = (
    "conversation_id",
    "agent_id",
    "account",
    "channel",
    "topic",
    "started_at",
    "ended_at",
    "answered",
    "wait_seconds",
    "first_response_seconds",
    "avg_response_seconds",
    "handle_seconds",
    "resolved",
    "first_contact_resolved",
    "csat",
    "converted",
    "order_cents",
)
_MEASURES = ("channel", "topic", *COLUMNS[6:])
_KEY = "(started_at, conversation_id)"
_SET = ", ".join(f"{c} = excluded.{c}" for c in ("agent_id", "account", *_MEASURES))


def _changed(distinct: str) -> str:
    columns = ("agent_id", *_MEASURES)
    return " OR ".join(f"conversations.{c} {distinct} excluded.{c}" for c in columns)


#: SQLAlchemy stores a DateTime on SQLite as "YYYY-MM-DD HH:MM:SS.ffffff"; the parsers
#: give the moment to the second and SQLite appends the zero microseconds, so that
#: ranges bound from Python datetimes compare right (without it "... 00:00:00" sorts
#: before a bound of "... 00:00:00.000000" and a month's first second would fall out).
_MARKS = ", ".join(
    "? || '.000000'" if column in ("started_at", "ended_at") else "?" for column in COLUMNS
)
_SQLITE_UPSERT = (
    f"INSERT INTO conversations ({', '.join(COLUMNS)}) VALUES ({_MARKS}) "
    f"ON CONFLICT {_KEY} DO UPDATE SET {_SET} WHERE {_changed('IS NOT')}"
)

_INCOMING = "csdesk_incoming_conversations"
_POSTGRES_MERGE = (
    f"INSERT INTO conversations ({', '.join(COLUMNS)}) "
    f"SELECT DISTINCT ON {_KEY} {', '.join(COLUMNS)} FROM {_INCOMING} "
    f"ORDER BY started_at, conversation_id, line DESC "
    f"ON CONFLICT {_KEY} DO UPDATE SET {_SET} WHERE {_changed('IS DISTINCT FROM')}"
)


class ConversationWriter(Protocol):
    """Writes chunks of rows (tuples in ``COLUMNS`` order) in the caller's transaction."""

    def write(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert or update the chunk's conversations."""

    @property
    def changed(self) -> int:
        """Rows inserted or changed so far."""


class _SqliteWriter:
    def __init__(self, connection: Connection) -> None:
        raw = connection.connection.dbapi_connection
        assert raw is not None  # a checked-out connection always has its DBAPI connection
        self._cursor = raw.cursor()
        self._before = raw.total_changes

    def write(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self._cursor.executemany(_SQLITE_UPSERT, rows)

    @property
    def changed(self) -> int:
        return self._cursor.connection.total_changes - self._before


class _PostgresWriter:
    def __init__(self, connection: Connection) -> None:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        self._cursor = raw.cursor()
        self._cursor.execute(
            f"CREATE TEMPORARY TABLE IF NOT EXISTS {_INCOMING} ON COMMIT DROP AS "
            f"SELECT {', '.join(COLUMNS)}, 0 AS line FROM conversations WITH NO DATA"
        )
        self._changed = 0

    def write(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self._cursor.execute(f"TRUNCATE {_INCOMING}")
        copy_sql = f"COPY {_INCOMING} ({', '.join(COLUMNS)}, line) FROM STDIN"
        with self._cursor.copy(copy_sql) as copy:
            for line, row in enumerate(rows):
                copy.write_row((*row, line))
        self._cursor.execute(_POSTGRES_MERGE)
        self._changed += max(self._cursor.rowcount, 0)

    @property
    def changed(self) -> int:
        return self._changed


def conversation_writer(connection: Connection) -> ConversationWriter:
    """The writer for the engine ``connection`` is on."""
    if connection.dialect.name == "postgresql":
        return _PostgresWriter(connection)
    return _SqliteWriter(connection)
