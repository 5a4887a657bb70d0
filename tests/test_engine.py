"""The engine factory: pragmas, one-transaction writes, private files."""

import os
import stat

import pytest
from sqlalchemy import text

from csdesk.data.engine import make_engine


def test_every_connection_gets_the_safety_pragmas(tmp_path):
    engine = make_engine(tmp_path / "x.db")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def test_migration_engine_has_foreign_keys_off(tmp_path):
    engine = make_engine(tmp_path / "x.db", foreign_keys=False)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
    engine.dispose()


def test_ddl_and_writes_roll_back_together(tmp_path):
    """Legacy sqlite3 autocommits DDL; with our BEGIN, a failed block leaves nothing."""
    engine = make_engine(tmp_path / "x.db")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (a INTEGER)"))
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.execute(text("ALTER TABLE t ADD COLUMN b INTEGER"))
        conn.execute(text("INSERT INTO t (a) VALUES (1)"))
        raise RuntimeError("boom")
    with engine.connect() as conn:
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(t)")]
        assert columns == ["a"]
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 0
    engine.dispose()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_file_is_private(db, db_path):
    with db.read() as session:
        session.execute(text("SELECT 1"))
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
