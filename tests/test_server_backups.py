"""Backups of a shop on a PostgreSQL server, and restoring one onto it (issue 24).

A server shop's backup is a shop file taken from one consistent snapshot; it opens as
any shop file does, and goes back onto the server whole or not at all.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from csdesk.data import schema, table_copy
from csdesk.services.audit import audit_log
from csdesk.services.authors import SignedIn, acting_as
from csdesk.services.database import open_database
from csdesk.services.errors import UserError
from csdesk.services.server import server_backup
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff

FIXTURES = Path(__file__).parent / "fixtures" / "db"
NOW = datetime(2026, 12, 7, 9, 0)


@pytest.fixture
def server(pg_url, tmp_path):
    """A shop on the test server with two agents, its backups going to tmp_path."""
    from csdesk.services.shop import load_settings, save_settings

    shop = open_database(pg_url)
    save_settings(shop, _with_folder(load_settings(shop), tmp_path / "backups"))
    for no, name in (("CS1", "王婷"), ("CS2", "李静")):
        agent_changes.create_agent(shop, staff.AgentData(no, name, hire_date=date(2024, 1, 1)))
    yield shop
    shop.close()


def _with_folder(settings, folder: Path):
    from dataclasses import replace

    return replace(settings, backup_dir=folder)


def _names(shop) -> list[str]:
    return sorted(a.data.name for a in staff.list_agents(shop))


def _counts(connection) -> dict[str, int]:
    return {name: table_copy.count(connection, name) for name in table_copy.shop_tables()}


def test_a_server_backup_is_a_shop_file_with_every_row(server, tmp_path, capsys):
    from csdesk.cli.main import main

    taken = server_backup.backup_server(server, now=NOW)
    assert taken.parent == tmp_path / "backups" and taken.name.endswith("-manual.sqlite3")
    assert not list(taken.parent.glob("*.part*"))
    copy = open_database(taken)  # a shop file like any other: it opens as it is
    try:
        assert copy.shop_id == server.shop_id and _names(copy) == ["李静", "王婷"]
        with copy.engine.connect() as there, server.engine.connect() as here:
            assert _counts(there) == _counts(here)
        assert audit_log.verify(copy) is None  # the trail chains in the copy too
    finally:
        copy.close()
    assert [b.path for b in server_backup.server_backups(server)] == [taken]
    out = tmp_path / "chosen.sqlite3"
    assert main(["--db", server.location, "backup", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out and out.is_file()


def test_the_backup_is_one_moment_while_other_seats_write(server, monkeypatch):
    """A row another seat adds during the backup is not half in it (repeatable read)."""
    real = table_copy._copy_table
    added = []

    def copy_then_another_seat_writes(source, target, name):
        copied = real(source, target, name)
        if name == "agents" and not added:
            other = open_database(server.url)
            try:
                added.append(
                    agent_changes.create_agent(
                        other, staff.AgentData("CS3", "张敏", hire_date=date(2024, 1, 1))
                    )
                )
            finally:
                other.close()
        return copied

    with server.engine.connect() as connection:
        entries = connection.execute(text("SELECT count(*) FROM audit_log")).scalar()
    monkeypatch.setattr(table_copy, "_copy_table", copy_then_another_seat_writes)
    taken = server_backup.backup_server(server, now=NOW)
    assert added and _names(server) == ["张敏", "李静", "王婷"]
    copy = open_database(taken)
    try:  # neither the agent nor its audit entry (written after the agents were read)
        assert _names(copy) == ["李静", "王婷"] and audit_log.verify(copy) is None
        with copy.engine.connect() as there:
            assert there.execute(text("SELECT count(*) FROM audit_log")).scalar() == entries
    finally:
        copy.close()


def test_one_seat_takes_the_daily_backup(server, pg_url):
    from csdesk.services.backup import daily_backup_if_due
    from csdesk.services.today.today import today

    other = open_database(pg_url)
    try:
        with other.write() as session:  # the other seat is taking it right now
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                            {"k": server_backup.BACKUP_LOCK})  # fmt: skip
            assert daily_backup_if_due(server, NOW) is None
        first = daily_backup_if_due(server, NOW)
        assert first is not None and first.name.endswith("-daily.sqlite3")
        assert daily_backup_if_due(other, NOW + timedelta(hours=2)) is None  # marked
        assert server_backup.last_daily_backup(other) == NOW.date()
        tomorrow = daily_backup_if_due(other, NOW + timedelta(days=1))
        assert tomorrow is not None and tomorrow != first
        later = NOW + timedelta(days=1)
        cards = {c.section: c for c in today(other, later.date(), later)}
        assert cards["backup"].count("none_today") == 0
    finally:
        other.close()


def test_a_restore_puts_the_backup_back_and_keeps_what_it_replaced(server, capsys):
    from csdesk.cli.main import main

    taken = server_backup.backup_server(server, now=NOW)
    agent_changes.create_agent(server, staff.AgentData("CS3", "张敏", hire_date=date(2024, 1, 1)))
    safety = server_backup.restore_server(server, taken)
    assert _names(server) == ["李静", "王婷"] and audit_log.verify(server) is None
    assert safety.name.endswith("-pre-restore.sqlite3")
    kept = open_database(safety)
    try:  # the restore itself can be undone
        assert _names(kept) == ["张敏", "李静", "王婷"]
    finally:
        kept.close()
    agent_changes.create_agent(  # ids go on after the restored ones; the trail is guarded
        server, staff.AgentData("CS4", "周杰", hire_date=date(2024, 1, 1))
    )
    with pytest.raises(Exception, match="append-only"), server.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM audit_log")
    assert main(["--db", server.location, "restore", "--latest"]) == 0  # the pre-restore one
    assert "Restored " in capsys.readouterr().out
    assert _names(server) == ["张敏", "李静", "王婷"]


def test_a_failed_restore_leaves_the_server_as_it_was(server, monkeypatch):
    taken = server_backup.backup_server(server, now=NOW)
    agent_changes.create_agent(server, staff.AgentData("CS3", "张敏", hire_date=date(2024, 1, 1)))
    with server.engine.connect() as connection:
        before = _counts(connection)

    real = table_copy.copy_shop

    def lost_half_way(source, target, progress=None):
        if target.dialect.name == "sqlite":  # the pre-restore backup is taken whole
            return real(source, target, progress)
        raise table_copy.CountMismatch("agents: 2 read, 1 kept")

    monkeypatch.setattr("csdesk.data.server_backup.copy_shop", lost_half_way)
    with pytest.raises(UserError, match="restore failed"):
        server_backup.restore_server(server, taken)
    with server.engine.connect() as connection:
        assert _counts(connection) == before
    assert _names(server) == ["张敏", "李静", "王婷"] and audit_log.verify(server) is None


def test_an_older_or_another_shops_backup(server, tmp_path):
    """An older csdesk's backup is upgraded on a copy; another shop's needs a yes."""
    elsewhere = open_database(tmp_path / "other-shop.sqlite3")
    agent_changes.create_agent(elsewhere, staff.AgentData("X1", "别家", hire_date=date(2024, 1, 1)))
    elsewhere.close()
    with pytest.raises(UserError, match="another shop"):
        server_backup.restore_server(server, tmp_path / "other-shop.sqlite3")
    assert _names(server) == ["李静", "王婷"]
    older = tmp_path / "older.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0019.sqlite3", older)
    before = older.read_bytes()
    server_backup.restore_server(server, older)  # no id inside: taken as this shop's
    assert older.read_bytes() == before  # the chosen file is only read
    with server.engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert revision == schema.SCHEMA_HEAD
    again = open_database(server.url)
    try:
        assert again.shop_id == server.shop_id  # still this shop, its backups its own
    finally:
        again.close()
    with pytest.raises(UserError, match="Sign in"):  # the restored shop has accounts now
        server_backup.restore_server(server, tmp_path / "other-shop.sqlite3", any_shop=True)
    with acting_as(SignedIn("店主", "owner")):
        server_backup.restore_server(server, tmp_path / "other-shop.sqlite3", any_shop=True)
    assert _names(server) == ["别家"]
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a shop" * 100)
    with pytest.raises(UserError, match=r"not a csdesk backup|damaged"):
        server_backup.restore_server(server, garbage)


def test_a_mentor_added_after_the_agent_moves_and_comes_back(db, pg_url, tmp_path):
    """Rows pointing at later rows of their own table: found by the frozen smoke test."""
    from csdesk.services.server.move import move_to_server

    later = [
        agent_changes.create_agent(db, staff.AgentData(no, name, hire_date=date(2024, 1, 1)))
        for no, name in (("CS1", "王婷"), ("CS2", "李静"))
    ]
    first = staff.get_agent(db, later[0])
    agent_changes.update_agent(db, later[0], replace(first.data, mentor_no="CS2"))
    move_to_server(db, pg_url)
    server = open_database(pg_url)
    try:
        assert staff.get_agent(server, later[0]).mentor_name == "李静"
        taken = server_backup.backup_server(server, tmp_path / "b.sqlite3")
        server_backup.restore_server(server, taken)
        assert staff.get_agent(server, later[0]).mentor_name == "李静"
    finally:
        server.close()
