"""Several seats on one server shop: the things two seats must not do at once (issue 24).

These run on the server pass (``CSDESK_TEST_ENGINE=postgresql``), where every shop is on
the test server; a shop file's writers take turns by themselves (SQLite), so there the
locks are nothing to test.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from csdesk.data import server
from csdesk.domain.months import Month
from csdesk.services.appraisals import records
from csdesk.services.appraisals import workflow as appraisals
from csdesk.services.errors import UserError
from csdesk.services.server.seat_locks import SeatBusy
from csdesk.services.staff import agents as staff
from csdesk.services.staff import staff_files
from tests import engines

pytestmark = pytest.mark.skipif(
    not engines.ON_SERVER, reason="seats take turns on a server (a file's writers always do)"
)
OCTOBER = Month(2026, 10)


@contextmanager
def another_seat_holding(db, lock: str) -> Iterator[None]:
    """Another seat's transaction holding ``lock`` for the block."""
    engine = create_engine(db.url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text("SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))"), {"name": lock}
            )
            yield
    finally:
        engine.dispose()


@pytest.fixture
def short_wait(monkeypatch):
    monkeypatch.setattr(server, "LOCK_WAIT", "300ms")


def test_a_month_closes_once_however_many_seats_try(db, october, short_wait):
    with another_seat_holding(db, "appraisals:2026-10"):  # a seat closing it right now
        with pytest.raises(SeatBusy, match="Another seat is doing the same"):
            appraisals.close_month(db, OCTOBER, today=date(2026, 11, 23))
        assert not records.month_appraisals(db, OCTOBER).closed  # nothing of it written
    assert appraisals.close_month(db, OCTOBER, today=date(2026, 11, 23)) is not None
    with pytest.raises(UserError, match="closed"):  # the second seat's turn: it is closed
        appraisals.close_month(db, OCTOBER, today=date(2026, 11, 23))


def test_imports_take_turns_and_each_lands_whole(db, tmp_path, short_wait):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("工号,姓名,岗位,入职日期\nCS1,王婷,售前,2026-03-01\n", encoding="utf-8")
    second.write_text("工号,姓名,岗位,入职日期\nCS2,李静,售后,2026-03-01\n", encoding="utf-8")
    with another_seat_holding(db, "import"):
        with pytest.raises(SeatBusy):
            staff_files.import_staff(db, first)
        assert staff.list_agents(db) == []
    staff_files.import_staff(db, first)
    staff_files.import_staff(db, second)  # a different file after it: both land
    again = staff_files.import_staff(db, first)  # the same file again: nothing twice
    assert sorted(a.employee_no for a in staff.list_agents(db)) == ["CS1", "CS2"]
    assert again.created == 0
