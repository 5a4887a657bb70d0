"""Ways a shop could lose or swap its data, each reproduced (issue 17, part 1)."""

import os
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from csdesk.cli.main import main
from csdesk.data import backup as backup_files
from csdesk.data import health, identity, schema, writers
from csdesk.services import backup, shop
from csdesk.services.database import open_database
from csdesk.services.errors import (
    DatabaseDamaged,
    DatabaseEmpty,
    NotCsdeskDatabase,
    ShopInUse,
    StorageFault,
    UserError,
)
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff


def agents_in(path):
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT employee_no FROM agents ORDER BY 1")]


def make_shop(path: Path, *numbers: str):
    db = open_database(path)
    for no in numbers:
        agent_changes.create_agent(db, staff.AgentData(no, f"客服{no}"))
    return db


@pytest.fixture
def short_waits(monkeypatch):
    monkeypatch.setattr(writers, "WAIT_SECONDS", 0.3)
    monkeypatch.setattr(health, "READ_TIMEOUT", 0.2)


# --- backups belong to a shop ---------------------------------------------------------


def test_two_shops_with_the_same_file_name_never_share_backups(tmp_path):
    big = make_shop(tmp_path / "a" / "csdesk.sqlite3", *(f"B{i:02d}" for i in range(21)))
    small = make_shop(tmp_path / "b" / "csdesk.sqlite3", *(f"S{i}" for i in range(6)))
    assert big.shop_id != small.shop_id
    assert backup.backup_folder(big.path) == backup.backup_folder(small.path)  # one pool
    now = datetime(2026, 12, 1, 9)
    for day in range(30):  # the small shop backs up daily for a month, the big one once
        backup.daily_backup_if_due(small, now + timedelta(days=day))
    big_backup = backup.backup_now(big.path)
    big.close()
    small.close()
    assert [b.path for b in backup.list_backups(big.path)] == [big_backup]
    assert all(len(agents_in(b.path)) == 6 for b in backup.list_backups(small.path))
    # the big shop is damaged: only its own backup is offered, and restored
    data = bytearray(big.path.read_bytes())
    data[4096 * 2 :] = b"\xa5" * (len(data) - 4096 * 2)
    big.path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        open_database(big.path)
    assert backup.latest_good_backup(big.path) == big_backup
    restored, _aside = backup.restore_latest(big.path)
    assert restored == big_backup and len(agents_in(big.path)) == 21


def test_restore_latest_from_the_command_line_takes_this_shops_newest(capsys, tmp_path):
    one = make_shop(tmp_path / "one" / "csdesk.sqlite3", "A1")
    other = make_shop(tmp_path / "two" / "csdesk.sqlite3", "X1", "X2")
    backup.backup_now(one.path)
    agent_changes.create_agent(one, staff.AgentData("A2", "后来的"))
    backup.backup_now(other.path)  # newer, but another shop's
    one.close()
    other.close()
    assert main(["restore", "--latest", "--db", str(one.path)]) == 0
    assert agents_in(one.path) == ["A1"]


def test_a_backup_of_another_shop_is_refused_unless_asked_for(capsys, tmp_path):
    one = make_shop(tmp_path / "one.sqlite3", "A1")
    other = make_shop(tmp_path / "other.sqlite3", "X1")
    shop.set_shop_name(other, "隔壁店")
    theirs = backup.backup_now(other.path)
    one.close()
    other.close()
    before = one.path.read_bytes()
    assert main(["restore", str(theirs), "--db", str(one.path)]) == 1
    assert "another shop (隔壁店)" in capsys.readouterr().err
    assert one.path.read_bytes() == before
    assert main(["restore", str(theirs), "--any-shop", "--db", str(one.path)]) == 0
    assert agents_in(one.path) == ["X1"]


def test_backups_named_before_shop_ids_are_left_alone(db, db_path):
    folder = backup.backup_folder(db_path)
    legacy = folder / "shop-20261101-080000-daily.sqlite3"
    backup_files.write_backup(db_path, legacy)
    for day in range(40):
        backup_files.take_backup(
            db_path, db.shop_id, folder, "daily", datetime(2026, 1, 1) + timedelta(days=day)
        )
    assert legacy.exists()  # never rotated away by another shop's rotation
    assert legacy not in [b.path for b in backup.list_backups(db_path)]


def test_a_killed_backup_leaves_no_part_file_after_the_next_one(db, db_path):
    folder = backup.backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    left = folder / "shop-0123456789ab-20261101-080000-daily.sqlite3.part"
    left.write_bytes(b"half a backup")
    backup.backup_now(db_path)
    assert not left.exists()


# --- the lock protocol --------------------------------------------------------------

HOLD = """
import sys, time
from csdesk.services.database import open_database
db = open_database(sys.argv[1], "import")
print("open", flush=True)
time.sleep(float(sys.argv[2]))
db.close()
"""


def hold_open(db_path: Path, seconds: float) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert child.stdout.readline().strip() == "open"
    child.stdout.close()
    return child


def test_restore_refuses_while_another_process_writes_and_names_it(capsys, db, db_path):
    agent_changes.create_agent(db, staff.AgentData("A1", "王婷"))
    saved = backup.backup_now(db_path)
    db.close()
    child = hold_open(db_path, 30)
    try:
        with pytest.raises(ShopInUse, match=rf"an import \(process {child.pid}"):
            backup.restore(db_path, saved, wait=0.5)
    finally:
        child.kill()
        child.wait()
    # the killed process's place is freed by the operating system: restore goes ahead
    staff_db = open_database(db_path)
    agent_changes.create_agent(staff_db, staff.AgentData("A2", "李静"))
    staff_db.close()
    safety = backup.restore(db_path, saved, wait=5)
    assert agents_in(db_path) == ["A1"]
    assert agents_in(safety) == ["A1", "A2"]  # everything committed before the restore


def test_a_restore_waits_for_a_writer_that_finishes(db, db_path):
    saved = backup.backup_now(db_path)
    db.close()
    child = hold_open(db_path, 1.0)
    try:
        backup.restore(db_path, saved, wait=20)
    finally:
        child.wait()
    assert child.returncode == 0


def test_opening_waits_while_a_restore_holds_the_shop(db_path, db, short_waits):
    db.close()
    lock = writers.WriterLock(db_path, "restore")
    with lock.exclusive(), pytest.raises(ShopInUse, match="a restore"):
        open_database(db_path)
    open_database(db_path).close()


def test_writers_wait_for_each_other_instead_of_failing(db, db_path):
    """A read that turns into a write used to fail at once with "database is locked"."""
    other = open_database(db_path)
    started = threading.Event()

    def long_write():
        with db.write() as session:
            session.execute(text("INSERT INTO shop_settings (key, value) VALUES ('x', 'y')"))
            started.set()
            time.sleep(0.8)

    worker = threading.Thread(target=long_write)
    worker.start()
    started.wait(5)
    agent_changes.create_agent(other, staff.AgentData("A2", "李静"))  # reads, then writes
    worker.join()
    other.close()
    assert agents_in(db_path) == ["A2"]


# --- locked, read-only and empty are not damaged ------------------------------------


def test_a_database_held_locked_by_another_program_is_not_called_damaged(db, db_path, short_waits):
    db.close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageFault, match="locked by another program") as raised:
            open_database(db_path)
        assert not isinstance(raised.value, DatabaseDamaged)
        with pytest.raises(StorageFault):
            backup.check(db_path)
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert backup.check(db_path).ok


def test_an_empty_file_is_refused_not_made_a_new_shop(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with pytest.raises(DatabaseEmpty, match="is empty"):
        open_database(empty)
    assert empty.stat().st_size == 0


def test_only_a_missing_file_makes_a_new_shop_and_it_appears_whole(tmp_path):
    path = tmp_path / "new.sqlite3"
    db = open_database(path)
    db.close()
    assert health.check_file(path).revision == schema.SCHEMA_HEAD
    assert identity.shop_id_of(path) == db.shop_id
    assert not list(tmp_path.glob(".new.sqlite3.new*"))


@pytest.mark.parametrize("kind", ["devnull", "empty", "foreign", "newer", "folder"])
def test_restore_accepts_only_a_sound_csdesk_file_it_can_open(kind, db, db_path, tmp_path):
    agent_changes.create_agent(db, staff.AgentData("A1", "王婷"))
    db.close()
    before = db_path.read_bytes()
    if kind == "devnull":
        candidate = Path(os.devnull)
    elif kind == "folder":
        candidate = tmp_path
    else:
        candidate = tmp_path / f"{kind}.sqlite3"
        if kind == "empty":
            candidate.touch()
        elif kind == "foreign":
            with closing(sqlite3.connect(candidate)) as conn:
                conn.execute("CREATE TABLE moz_places (url TEXT)")
                conn.commit()
        else:
            backup.backup_now(db_path, candidate)
            with closing(sqlite3.connect(candidate)) as conn:
                conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
                conn.commit()
    with pytest.raises(UserError):
        backup.restore(db_path, candidate)
    assert db_path.read_bytes() == before


def test_a_foreign_file_is_not_opened(tmp_path):
    path = tmp_path / "places.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE moz_places (url TEXT)")
        conn.commit()
    with pytest.raises(NotCsdeskDatabase):
        open_database(path)


# --- upgrades keep their defaults ---------------------------------------------------


def test_an_upgrade_that_fails_after_its_defaults_leaves_the_old_file(tmp_path, monkeypatch):
    fixture = Path(__file__).parent / "fixtures" / "db" / "schema-0010.sqlite3"
    path = tmp_path / "old.sqlite3"
    path.write_bytes(fixture.read_bytes())
    import csdesk.services.database as database

    real = database.first_records

    def seed_then_die(connection, revision, shop_id):
        real(connection, revision, shop_id)
        raise RuntimeError("killed right after the defaults")

    monkeypatch.setattr(database, "first_records", seed_then_die)
    with pytest.raises(UserError, match="undone"):
        open_database(path)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0010"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "shift_templates" not in tables  # nothing of 0011 was kept
    monkeypatch.undo()
    db = open_database(path)
    try:
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("SELECT count(*) FROM shift_templates").fetchone()[0] == 4
    finally:
        db.close()


def test_opening_a_shop_repairs_defaults_an_interrupted_upgrade_left_out(db, db_path):
    db.close()
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("DELETE FROM shift_templates")
        conn.execute("DELETE FROM staffing_channels")
        conn.execute("DELETE FROM shop_settings WHERE key = 'shop_id'")
        conn.commit()
    reopened = open_database(db_path)
    reopened.close()
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM shift_templates").fetchone()[0] == 4
        assert conn.execute("SELECT count(*) FROM staffing_channels").fetchone()[0] == 2
    assert identity.shop_id_of(db_path) == db.shop_id  # the id remembered for the path
