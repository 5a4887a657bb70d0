"""Seats of a server shop hear each other's changes; a lost server is said, input kept.

The listening tests need a server (``CSDESK_TEST_PG``); the lost-server ones do not:
their shop's server is an address where nothing answers.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from csdesk.data import live
from csdesk.data.engine import make_session_factory, writer
from csdesk.services.database import Database, ServerLost, open_database
from csdesk.services.server.live_changes import EVERYTHING, areas_of, hear_other_seats
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

NOWHERE = "postgresql+psycopg://csdesk@/csdesk?host=/nonexistent&port=1"


def test_tables_map_to_the_pages_that_show_them():
    assert areas_of({"agents", "audit_log"}) == {"staff"}
    assert areas_of({"conversations"}) == {"performance"}
    assert areas_of({"team_goals", "complaints"}) == {EVERYTHING, "complaints"}
    assert areas_of({"audit_log"}) == set()


@pytest.fixture
def two_seats(pg_url) -> Iterator[tuple[Database, Database]]:
    first, second = open_database(pg_url), open_database(pg_url)
    yield first, second
    first.close()
    second.close()


@pytest.fixture
def listening(two_seats, monkeypatch) -> Iterator[tuple[queue.Queue, queue.Queue]]:
    """The second seat listening: what it heard, and its connection states."""
    monkeypatch.setattr(live, "RETRY_SECONDS", 0.2)
    heard: queue.Queue = queue.Queue()
    states: queue.Queue = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(
        target=hear_other_seats, args=(two_seats[1], heard.put, states.put, stop), daemon=True
    )
    thread.start()
    assert states.get(timeout=5) is True
    yield heard, states
    stop.set()
    thread.join(timeout=5)
    assert not thread.is_alive()


def test_a_seat_hears_what_another_commits_and_not_what_it_rolled_back(two_seats, listening):
    first, second = two_seats
    heard, _states = listening
    agent_changes.create_agent(second, staff.AgentData("CS0", "自己", hire_date=date(2024, 1, 1)))
    with pytest.raises(RuntimeError), first.write() as session:  # rolled back: never heard
        agent_changes.add_agent(session, staff.AgentData("CS9", "未存", hire_date=date(2024, 1, 1)))
        session.flush()
        raise RuntimeError("the save failed")
    agent_changes.create_agent(first, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1)))
    assert heard.get(timeout=2) == {"staff"}  # within the 2 s promised; its own not heard
    assert heard.empty()


def test_a_listener_that_lost_the_server_says_so_and_comes_back(two_seats, listening):
    first, _second = two_seats
    heard, states = listening
    admin = create_engine(first.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:  # the server drops every other connection
        connection.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"))  # fmt: skip
    admin.dispose()
    assert states.get(timeout=5) is False
    assert states.get(timeout=5) is True  # back: retried by itself
    agent_changes.create_agent(first, staff.AgentData("CS2", "李静", hire_date=date(2024, 1, 1)))
    assert heard.get(timeout=2) == {"staff"}


def test_the_window_refreshes_when_another_seat_saves(qtbot, two_seats, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow

    from csdesk.ui.context import AppContext
    from csdesk.ui.notices import ChangeNotices
    from csdesk.ui.server.live_link import LiveLink
    from csdesk.ui.tasks import TaskRunner
    from csdesk.ui.translation import Translators

    first, second = two_seats
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        second, ChangeNotices(), TaskRunner(inline=True), settings, Translators(), "en"
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    link = LiveLink(ctx, window)
    link.start()
    try:
        qtbot.waitUntil(lambda: "connected" in link.label.text(), timeout=5000)
        with qtbot.waitSignal(ctx.notices.staff_changed, timeout=2000):
            agent_changes.create_agent(
                first, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1))
            )
    finally:
        link.stop()


def _lost_shop() -> Database:
    engine = create_engine(NOWHERE)
    return Database(None, engine, make_session_factory(engine),
                    make_session_factory(writer(engine)), "0" * 32, url=NOWHERE)  # fmt: skip


def test_a_lost_server_is_said_not_a_traceback():
    db = _lost_shop()
    with pytest.raises(ServerLost, match=r"stopped answering.*what you typed is kept"):
        staff.list_agents(db)
    with pytest.raises(ServerLost):
        agent_changes.create_agent(db, staff.AgentData("CS1", "王婷"))
    db.close()


def test_the_form_keeps_what_was_typed_when_the_server_is_lost(qtbot, ctx):
    from csdesk.ui.staff.agent_dialog import AgentDialog
    from tests.conftest import type_text

    dialog = AgentDialog(ctx, None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.employee_no, "CS7")
    type_text(qtbot, dialog.name, "周杰")
    ctx.db = _lost_shop()  # the server goes away while the form is open
    dialog.save()
    assert dialog.isVisible() and "stopped answering" in dialog.problems.text()
    assert (dialog.employee_no.text(), dialog.name.text()) == ("CS7", "周杰")
    ctx.db.close()


def test_a_restore_onto_the_server_reloads_every_seats_pages(two_seats, listening, tmp_path):
    from csdesk.services.server import server_backup

    first, _second = two_seats
    heard, _states = listening
    taken = server_backup.backup_server(first, tmp_path / "before.sqlite3")
    server_backup.restore_server(first, taken)
    assert EVERYTHING in heard.get(timeout=2)  # the restore wrote past the ORM: all of it
