"""The second engine: a shop on a real PostgreSQL server (issue 24).

The tests that need a server run when ``CSDESK_TEST_PG`` names one (``.ci/run`` starts
a throwaway one with ``scripts/pg-cluster.sh``); each gets a database of its own,
dropped after.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from csdesk.data import schema
from csdesk.data.models import Base


@pytest.fixture
def pg_engine(pg_url) -> Iterator[Engine]:
    """An engine on a fresh, empty database of the test server."""
    engine = create_engine(pg_url)
    yield engine
    engine.dispose()


def _upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(schema.alembic_config(connection), target)


def test_every_migration_builds_the_models_schema_on_postgresql(pg_engine):
    """The same migrations as SQLite, in one transaction; the result is the models."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    _upgrade(pg_engine)
    with pg_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert revision == schema.SCHEMA_HEAD
    with pg_engine.begin() as connection:  # and back down to nothing, and up again
        command.downgrade(schema.alembic_config(connection), "base")
    assert set(inspect(pg_engine).get_table_names()) == {"alembic_version"}
    _upgrade(pg_engine)


def test_a_failed_migration_leaves_the_server_database_as_it_was(pg_engine):
    """PostgreSQL's DDL is transactional: a failure half-way undoes every step."""
    _upgrade(pg_engine, "0018")
    with pg_engine.begin() as connection:  # the name 0019 is about to create
        connection.exec_driver_sql("CREATE TABLE users (id integer)")
    with pytest.raises(DBAPIError):
        _upgrade(pg_engine)
    with pg_engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert revision == "0018" and "audit_log" not in inspect(pg_engine).get_table_names()


def test_the_audit_trail_is_append_only_on_postgresql(pg_engine):
    _upgrade(pg_engine)
    trail = Base.metadata.tables["audit_log"]
    with pg_engine.begin() as connection:
        connection.execute(trail.insert().values(
            at=datetime(2026, 12, 7, 9, 0), user="店主", action="add", entity="account",
            key="店主", field="role", old="", new="owner", reason="", prev_hash="0" * 64,
            hash="0" * 64))  # fmt: skip
    for statement in ("UPDATE audit_log SET new = 'viewer'", "DELETE FROM audit_log",
                      "TRUNCATE audit_log"):  # fmt: skip
        with pytest.raises(DBAPIError, match="append-only"), pg_engine.begin() as connection:
            connection.exec_driver_sql(statement)
    with pg_engine.connect() as connection:
        assert connection.execute(text("SELECT new FROM audit_log")).scalar() == "owner"


def test_a_shop_opens_on_the_server_and_its_changes_chain(pg_url):
    """The first seat builds the shop; the next joins it; services and the trail work."""
    from csdesk.services.audit import audit_log, audit_query
    from csdesk.services.database import open_database
    from csdesk.services.staff import agent_changes
    from csdesk.services.staff import agents as staff

    first = open_database(pg_url)
    try:
        assert first.path is None and first.location.startswith("postgresql+psycopg://")
        agent = agent_changes.create_agent(
            first, staff.AgentData("CS1", "王婷", hire_date=date(2024, 1, 1))
        )
        agent_changes.archive_agent(first, agent, date(2026, 11, 30), "回老家")
    finally:
        first.close()
    second = open_database(pg_url)
    try:
        assert second.shop_id == first.shop_id  # the same shop, not a second new one
        (record,) = staff.list_agents(second)
        assert (record.data.name, record.data.status) == ("王婷", "left")
        (left,) = [e for e in audit_query.entries(second) if e.entity == "agent"]
        assert (left.key, left.old, left.new, left.reason) == ("CS1", "active", "left", "回老家")
        assert audit_log.verify(second) is None
    finally:
        second.close()


def test_a_server_that_is_not_a_shop_is_refused_untouched(pg_url, pg_engine):
    from csdesk.services.database import open_database
    from csdesk.services.server.connect import ServerProblem

    with pg_engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE invoices (id integer)")
    with pytest.raises(ServerProblem, match="other tables") as refused:
        open_database(pg_url)
    assert refused.value.details == ["invoices"]
    assert set(inspect(pg_engine).get_table_names()) == {"invoices"}
    unreachable = make_url(pg_url).set(query={"host": "/nonexistent", "port": "1"})
    with pytest.raises(ServerProblem, match="Cannot reach"):
        open_database(unreachable.render_as_string(hide_password=False))


def test_a_server_older_than_csdesk_supports_is_refused_with_its_version(pg_url, monkeypatch):
    from csdesk.data import server
    from csdesk.services.database import open_database
    from csdesk.services.server import connect

    monkeypatch.setattr(server, "OLDEST_SERVER", (99,))
    monkeypatch.setattr(connect, "OLDEST_SERVER", (99,))
    with pytest.raises(connect.ServerProblem, match=r"runs PostgreSQL 1\d\.\d+; csdesk needs "
                       r"PostgreSQL 99 or newer") as refused:  # fmt: skip
        open_database(pg_url)
    assert "Nothing was changed" in refused.value.message
    with pytest.raises(connect.ServerProblem, match="PostgreSQL 99"):
        connect.probe(pg_url)


def test_a_seat_older_than_the_servers_schema_is_refused(pg_url, pg_engine):
    from csdesk.services.database import open_database
    from csdesk.services.server.connect import ServerProblem

    open_database(pg_url).close()
    with pg_engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff'")
    with pytest.raises(ServerProblem, match="newer csdesk"):
        open_database(pg_url)


def test_the_demo_shop_builds_and_counts_on_the_server(pg_url):
    """Every area writes and reads on PostgreSQL: the demo, the Today cards, the team KPIs.

    The demo writes staff, training, complaints, conversations, rota, appraisals, goals
    and actions. Their figures are compared with SQLite's once a shop can be copied to the server
    (``move-to``): the demo's random data differs between engines where a query without
    an order hands its rows to the random choices in another order.
    """
    from csdesk.domain.months import Month
    from csdesk.services.database import open_database
    from csdesk.services.demo.demo_shop import build_demo
    from csdesk.services.performance.team_kpis import team_kpis
    from csdesk.services.today.today import today

    day, now = date(2026, 11, 19), datetime(2026, 11, 19, 10, 30)
    server = open_database(pg_url)
    try:
        assert build_demo(server, agents=5, months=3, seed=11, today=day) >= 5
        cards = {card.section: card for card in today(server, day, now)}
        assert {"rota", "complaints", "actions", "training", "appraisals", "goals", "staff",
                "data", "yesterday"} <= set(cards)  # fmt: skip
        assert cards["actions"].count("overdue") > 0  # the demo leaves overdue actions
        lines = team_kpis(server, Month(2026, 10), by_channel=True)
        assert lines and any(v is not None for v in lines[0].values.values())
    finally:
        server.close()


def test_a_shop_moves_to_the_server_whole_and_counts_the_same_there(pg_url, db, db_path, capsys):
    """move-to copies every row; the same rows give the same figures on both engines."""
    from csdesk.cli.main import main
    from csdesk.domain.months import Month
    from csdesk.services.audit import audit_log, audit_query
    from csdesk.services.database import open_database
    from csdesk.services.demo.demo_shop import build_demo
    from csdesk.services.performance.team_kpis import team_kpis
    from csdesk.services.server.connect import ServerProblem
    from csdesk.services.server.move import move_to_server
    from csdesk.services.today.today import today

    day, now = date(2026, 11, 19), datetime(2026, 11, 19, 10, 30)
    build_demo(db, agents=5, months=3, seed=11, today=day)
    db.close()
    assert main(["--db", str(db_path), "move-to", pg_url]) == 0
    assert "Moved " in capsys.readouterr().out
    here, server = open_database(db_path), open_database(pg_url)
    try:
        assert server.shop_id == here.shop_id  # the same shop, its backups still its own
        cards = [[c for c in today(shop, day, now) if c.section != "backup"]
                 for shop in (here, server)]  # fmt: skip
        assert cards[0] == cards[1]  # the backups are each engine's own
        month = Month(2026, 10)
        assert team_kpis(server, month, by_channel=True) == team_kpis(here, month, True)
        assert audit_query.entries(server) == audit_query.entries(here)
        assert audit_log.verify(server) is None
        from csdesk.services.staff import agent_changes
        from csdesk.services.staff import agents as staff

        agent_changes.create_agent(  # the server's ids go on after the copied ones
            server, staff.AgentData("CS900", "新同事", hire_date=date(2026, 12, 1))
        )
        assert audit_log.verify(server) is None
    finally:
        here.close()
        server.close()
    again = open_database(db_path)
    try:
        with pytest.raises(ServerProblem, match="already holds a csdesk shop"):
            move_to_server(again, pg_url)
    finally:
        again.close()
    assert main(["--db", pg_url, "today", "--format", "csv"]) == 0  # commands reach it
    assert main(["--db", pg_url, "check"]) == 1  # a file's command: said, not a traceback
    assert "is on a server" in capsys.readouterr().err


def test_a_server_lost_during_a_command_is_said_not_a_traceback(monkeypatch, capsys):
    """No server needed: the command fails as a connection dropped mid-way would."""
    import psycopg
    from sqlalchemy.exc import OperationalError

    from csdesk.cli import today as today_command
    from csdesk.cli.main import main

    def dropped(_args):
        raise OperationalError(
            "SELECT 1", {}, psycopg.OperationalError("server closed the connection")
        )

    monkeypatch.setattr(today_command, "run_today", dropped)
    url = "postgresql+psycopg://csdesk:secret@shop-server/csdesk"
    assert main(["--db", url, "today"]) == 1
    said = capsys.readouterr().err
    assert "server closed the connection" in said and "run it again" in said
    assert "secret" not in said  # the password is never shown


@pytest.mark.parametrize(
    "address",
    [
        "postgresql+psycopg://csdesk:secret@shop-server:notaport/csdesk",  # port not a number
        "postgresql+nosuchdriver://csdesk:secret@shop-server/csdesk",  # a driver not shipped
        "mysql://csdesk:secret@shop-server/csdesk",  # another database: not a file name either
    ],
)
def test_a_garbled_server_address_is_said_not_a_traceback(
    address, db_path, tmp_path, capsys, monkeypatch
):
    from csdesk.cli.main import main

    monkeypatch.chdir(tmp_path)  # where a relative "file" of that name would be made
    assert main(["--db", address, "today"]) == 1
    assert main(["--db", str(db_path), "move-to", address]) == 1
    said = capsys.readouterr().err
    assert said.count("is not a server address csdesk can use") == 2
    assert "secret" not in said and "Traceback" not in said
    assert not db_path.exists()  # the address was refused before the file was opened
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(":")]  # nor a "mysql:" folder
