"""Backups with the online API, rotation, restore, and the check."""

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csdesk.data import backup as backup_files
from csdesk.services import backup
from csdesk.services.errors import UserError
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff


def agents_in(path):
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT employee_no FROM agents ORDER BY 1")]


def test_a_backup_of_a_live_wal_database_holds_uncheckpointed_rows(db, db_path, tmp_path):
    agent_changes.create_agent(db, staff.AgentData("A1", "王婷"))
    # The connection stays open: the row may still be only in the -wal file.
    out = backup.backup_now(db_path, tmp_path / "copy.sqlite3")
    assert agents_in(out) == ["A1"]
    with closing(sqlite3.connect(out)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_backups_go_to_the_backup_folder_and_are_listed(db, db_path):
    path = backup.backup_now(db_path)
    assert path.parent == backup.backup_folder(db_path)
    assert [b.path for b in backup.list_backups(db_path)] == [path]


def test_the_daily_backup_is_taken_once_a_day(db):
    now = datetime(2026, 11, 23, 9, 0)
    assert backup.daily_backup_if_due(db, now) is not None
    assert backup.daily_backup_if_due(db, now + timedelta(hours=3)) is None
    assert backup.daily_backup_if_due(db, now + timedelta(days=1)) is not None


def test_a_failed_backup_leaves_no_file(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UserError, match="backup failed"):
        backup.backup_now(bad, tmp_path / "out.sqlite3")
    assert not list(tmp_path.glob("out.sqlite3*"))


def fake_backups(now, ages_in_hours):
    return [
        backup_files.BackupFile(
            backup_files.Path(f"b{i}.sqlite3"), now - timedelta(hours=h), "daily"
        )
        for i, h in enumerate(ages_in_hours)
    ]


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    now = datetime(2026, 11, 23, 12, 0)
    backups = fake_backups(now, [24 * d + 1 for d in range(800)])  # one a day for 800 days
    kept = backup_files.backups_to_keep(backups, now)
    kept_times = sorted((b.taken_at for b in backups if b.path in kept), reverse=True)
    # 7 newest days; weeks and months overlap with them, so count distinct periods covered
    assert len({t.date() for t in kept_times}) == len(kept_times)
    assert {t.date() for t in kept_times[:7]} == {
        (now - timedelta(hours=24 * d + 1)).date() for d in range(7)
    }
    months = {(t.year, t.month) for t in kept_times}
    assert len(months) == 12
    assert len(kept_times) <= 7 + 4 + 12


@given(st.lists(st.integers(min_value=0, max_value=24 * 900), min_size=1, max_size=60))
def test_rotation_never_drops_the_newest_or_anything_from_the_last_day(ages):
    now = datetime(2026, 11, 23, 12, 0)
    backups = fake_backups(now, ages)
    kept = backup_files.backups_to_keep(backups, now)
    newest = min(backups, key=lambda b: now - b.taken_at)
    assert newest.path in kept
    assert all(b.path in kept for b in backups if now - b.taken_at < timedelta(hours=24))


def test_rotate_deletes_only_old_files(db, db_path, tmp_path):
    folder = tmp_path / "rot"
    start = datetime(2026, 1, 1, 8, 0)
    for day in range(40):
        backup_files.take_backup(db_path, db.shop_id, folder, "daily", start + timedelta(days=day))
    remaining = backup_files.list_backups(folder, db.shop_id)
    assert 7 <= len(remaining) < 40
    assert remaining[0].taken_at == start + timedelta(days=39)


def test_restore_replaces_the_data_and_keeps_a_safety_copy(db, db_path):
    agent_changes.create_agent(db, staff.AgentData("A1", "王婷"))
    saved = backup.backup_now(db_path)
    agent_changes.create_agent(db, staff.AgentData("A2", "李静"))
    db.close()
    safety = backup.restore(db_path, saved)
    assert agents_in(db_path) == ["A1"]
    assert agents_in(safety) == ["A1", "A2"]
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_restore_removes_a_stale_wal_that_would_corrupt_the_file(db, db_path):
    agent_changes.create_agent(db, staff.AgentData("A1", "王婷"))
    saved = backup.backup_now(db_path)
    db.close()
    # A stale WAL from some other state of the file, left behind by a crash.
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 4000)
    backup.restore(db_path, saved)
    assert backup.check(db_path).ok
    assert agents_in(db_path) == ["A1"]


def test_a_damaged_backup_is_not_restored(db, db_path, tmp_path):
    agent_changes.create_agent(db, staff.AgentData("A1", "王婷"))
    db.close()
    before = db_path.read_bytes()
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)
    with pytest.raises(UserError, match="damaged"):
        backup.restore(db_path, broken)
    assert db_path.read_bytes() == before


def test_check_reports_damage_and_the_revision(demo_db, db_path, tmp_path):
    demo_db.close()
    result = backup.check(db_path)
    assert result.ok and result.up_to_date
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 :] = b"\xa5" * (len(data) - 4096 * 2)  # trash every page after the schema
    damaged.write_bytes(bytes(data))
    assert not backup.check(damaged).ok
