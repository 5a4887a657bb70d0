"""Change notices between the seats of a server shop: NOTIFY at commit, LISTEN in a thread.

Each seat's writing sessions note the tables their flushes touched; just before the
commit they send ``pg_notify`` with the seat's token and those tables. PostgreSQL
delivers a notification only when (and if) its transaction commits, so the other seats
never hear of a change that was rolled back. Each seat listens on its own connection,
outside the pool, in a thread of its own; when the server goes away the listener says
so, and tries again every few seconds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress

from sqlalchemy import Engine, event, func, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

#: The channel every seat of a shop sends and listens on (one database, one shop).
CHANNEL = "csdesk_changes"

#: Where a session collects the tables it changed (``Session.info``).
_TOUCHED = "csdesk_touched_tables"

#: Seconds between tries to reach a server that went away.
RETRY_SECONDS = 5.0


def mark_changed(session: Session, *tables: str) -> None:
    """Note tables written past the ORM (a bulk import), for the notice at commit."""
    session.info.setdefault(_TOUCHED, set()).update(tables)


def announce_changes(sessions: sessionmaker[Session], seat: str) -> None:
    """Make every commit of ``sessions`` tell the other seats which tables it changed."""

    @event.listens_for(sessions, "after_flush")
    def _collect(session: Session, _context) -> None:
        touched = {
            inspect(record).mapper.local_table.name
            for record in (*session.new, *session.dirty, *session.deleted)
        }
        mark_changed(session, *touched)

    @event.listens_for(sessions, "before_commit")
    def _announce(session: Session) -> None:
        tables = session.info.pop(_TOUCHED, None)
        if tables:
            payload = f"{seat}:{','.join(sorted(tables))}"
            session.execute(select(func.pg_notify(CHANNEL, payload)))

    @event.listens_for(sessions, "after_rollback")
    def _forget(session: Session) -> None:
        session.info.pop(_TOUCHED, None)


def listen(
    engine: Engine,
    seat: str,
    heard: Callable[[set[str]], None],
    connected: Callable[[bool], None],
    stop: threading.Event,
) -> None:
    """Hear the other seats' changes until ``stop`` is set (run it in a thread).

    ``heard(tables)`` gets each change another seat committed; ``connected(True)`` is
    called each time the listener (re)connects, ``connected(False)`` when the server is
    lost (then it tries again every ``RETRY_SECONDS``).
    """
    from psycopg import Error as DriverError

    while not stop.is_set():
        try:
            raw = engine.raw_connection()
        except DBAPIError:
            connected(False)
            stop.wait(RETRY_SECONDS)
            continue
        driver = raw.driver_connection
        raw.detach()  # its own connection: never back in the pool with LISTEN on it
        try:
            driver.autocommit = True  # type: ignore[union-attr]
            driver.execute(f"LISTEN {CHANNEL}")  # type: ignore[union-attr]
            connected(True)
            while not stop.is_set():
                for note in driver.notifies(timeout=0.5):  # type: ignore[union-attr]
                    sender, _, tables = note.payload.partition(":")
                    if sender != seat and tables:
                        heard(set(tables.split(",")))
        except DriverError:  # the server went away (the driver's own errors, not SQLAlchemy's)
            connected(False)
            stop.wait(RETRY_SECONDS)
        finally:
            with suppress(DriverError):  # a lost connection may not close cleanly
                raw.close()
