"""The engine a test run's shops live on: SQLite files, or databases on a test server.

``CSDESK_TEST_ENGINE=postgresql`` (with ``CSDESK_TEST_PG`` naming a server, as
``.ci/run`` does) runs the tests that use a shop against PostgreSQL: each test gets a
database of its own, copied from a template (``CREATE DATABASE … TEMPLATE``: a
fraction of a second, where building the schema takes seconds) and dropped after.
Tests about what only a file has (backups of the file, its locks, its pragmas) are
marked ``sqlite_only`` and left to the SQLite pass.
"""

from __future__ import annotations

import gc
import inspect
import os
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

#: The URL of a test server (``scripts/pg-cluster.sh start`` prints one); "" for none.
SERVER = os.environ.get("CSDESK_TEST_PG", "")

#: Whether this run's shops live on the test server.
ON_SERVER = os.environ.get("CSDESK_TEST_ENGINE", "sqlite") == "postgresql"


def database_url(name: str) -> str:
    """The URL of the database ``name`` on the test server."""
    return make_url(SERVER).set(database=name).render_as_string(hide_password=False)


#: Databases of finished tests, to drop once their windows are gone (``drop_finished``).
_finished: list[str] = []


def _create(template: str | None) -> str:
    name = f"csdesk_{uuid.uuid4().hex[:12]}"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            copy = f' TEMPLATE "{template}"' if template else ""
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"{copy}')
    finally:
        admin.dispose()
    return name


#: Copies made ahead, by template: copying takes the server 0.4 s, which it spends
#: while the test before runs (the tests and the server each have a core).
_ahead: dict[str, deque[Future[str]]] = {}
_copier = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-database-copier")

#: How many copies of a template to keep ready.
_READY = 2


def _copy_of(template: str) -> str:
    waiting = _ahead.setdefault(template, deque())
    while len(waiting) <= _READY:
        waiting.append(_copier.submit(_create, template))
    return waiting.popleft().result()


@contextmanager
def new_database(template: str | None = None) -> Iterator[str]:
    """A database of its own on the test server (a copy of ``template``), dropped later.

    Not here: a UI test's windows outlive its fixtures (Qt deletes a closed window from
    its event loop, Python a window in a reference cycle when it collects), and their
    last reads must find their shop, as a file's do. ``drop_finished`` drops it after.
    """
    name = _copy_of(template) if template else _create(None)
    try:
        yield name
    finally:
        _finished.append(name)


def drop_finished() -> None:
    """Let go of the finished tests' windows, then drop their databases."""
    if not _finished:
        return
    gc.collect()
    try:
        from PySide6.QtCore import QCoreApplication, QEvent
    except ImportError:  # pragma: no cover (Qt is installed with the tests)
        pass
    else:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            while _finished:
                name = _finished.pop()
                connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


@contextmanager
def copied_database(template: str) -> Iterator[str]:
    """The URL of a fresh copy of the template database ``template``."""
    with new_database(template) as name:
        yield database_url(name)


@dataclass(frozen=True)
class Templates:
    """The names of the template databases: a new empty shop, and the demo shop."""

    empty: str
    demo: str


@contextmanager
def templates(demo_file: Callable[[], Path]) -> Iterator[Templates]:
    """Build the empty shop and the demo shop (moved from ``demo_file()``) on the server.

    The demo is moved, not built again: the same rows as the SQLite pass's demo, so the
    same figures (the demo's random choices would meet rows in another order).
    """
    from csdesk.services.database import open_database
    from csdesk.services.server.move import move_to_server

    with new_database() as empty, new_database() as demo:
        open_database(database_url(empty)).close()
        source = open_database(demo_file())
        try:
            move_to_server(source, database_url(demo), lambda *_: None)
        finally:
            source.close()
        yield Templates(empty, demo)
        for waiting in _ahead.values():  # the copies made ahead that no test took
            _finished.extend(future.result() for future in waiting)
        _ahead.clear()
    drop_finished()


#: Fixtures that give a test a shop; the server pass runs the tests that use one.
SHOP_FIXTURES = frozenset({"db", "demo_db", "shop_at"})


def runs_on_server(item) -> bool:
    """Whether the server pass runs ``item`` (a pytest item).

    A test that uses a shop runs, unless it is marked ``sqlite_only`` or asks for the
    shop's file (``db_path``) itself.
    """
    if item.get_closest_marker("sqlite_only"):
        return False
    own = set(inspect.signature(item.function).parameters)
    return bool(SHOP_FIXTURES & set(item.fixturenames)) and not own & {"db_path", "pg_url"}


def table_rows(db, table: str) -> list[tuple]:
    """Every row of ``table`` in the shop ``db`` as stored, by its first column.

    Read past the services (what a test checks was, or was not, written), on either
    engine.
    """
    from sqlalchemy import text

    with db.engine.connect() as connection:
        result = connection.execute(text(f"SELECT * FROM {table} ORDER BY 1"))
        return [tuple(row) for row in result]
