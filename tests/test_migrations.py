"""Schema migrations: from empty to head, no lost rows, atomic, refused when too new."""

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from csdesk.data import identity, schema
from csdesk.data.engine import make_engine
from csdesk.data.models import Base
from csdesk.services.complaints import complaint_settings, complaint_timing
from csdesk.services.database import open_database
from csdesk.services.errors import DatabaseTooNew
from csdesk.services.performance import qa_rubric_list
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.services.training import courses as training


def test_single_head_and_a_linear_history():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(schema.alembic_config())
    assert len(scripts.get_heads()) == 1
    assert len(scripts.get_bases()) == 1


def test_every_revision_upgrades_and_downgrades_from_empty(tmp_path):
    from alembic.script import ScriptDirectory

    path = tmp_path / "walk.db"
    scripts = ScriptDirectory.from_config(schema.alembic_config())
    revisions = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    for revision in revisions:
        schema.upgrade(path, revision)
    for _revision in revisions:
        schema.downgrade(path, "-1")
    with closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables <= {"alembic_version"}


def row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_schema_head_constant_matches_alembic():
    assert schema.head_revision() == schema.SCHEMA_HEAD


def test_models_match_the_migrated_schema(tmp_path):
    path = tmp_path / "m.db"
    schema.upgrade(path)
    engine = make_engine(path)
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    engine.dispose()
    assert diff == []


def _failing_script_location(tmp_path: Path, batch_body: str) -> Path:
    """Copy our migrations and add a revision 9999 after head with ``batch_body``."""
    location = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, location, ignore=shutil.ignore_patterns("__pycache__"))
    (location / "versions" / "9999_test.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '9999'\ndown_revision = '{schema.SCHEMA_HEAD}'\n"
        "branch_labels = None\ndepends_on = None\n\n"
        f"def upgrade():\n{batch_body}\n\ndef downgrade():\n    pass\n",
        encoding="utf-8",
    )
    return location


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path, demo_db, db_path):
    demo_db.close()
    before = row_counts(db_path)
    location = _failing_script_location(
        tmp_path,
        (
            "    op.add_column('agents', sa.Column('extra', sa.Integer()))\n"
            "    op.create_table('half', sa.Column('id', sa.Integer(), primary_key=True))\n"
            "    raise RuntimeError('migration bug')"
        ),
    )
    with pytest.raises(schema.MigrationError, match="migration bug"):
        schema.upgrade(db_path, script_location=location)
    with closing(sqlite3.connect(db_path)) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(agents)")]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert "extra" not in columns
    assert revision == schema.SCHEMA_HEAD
    assert row_counts(db_path) == before


def test_batch_migration_of_a_parent_table_keeps_child_rows(tmp_path, demo_db, db_path):
    """Batch mode drops and re-creates 'agents'; with keys on, that would cascade."""
    demo_db.close()
    before = row_counts(db_path)
    assert before["platform_accounts"] > 0
    location = _failing_script_location(
        tmp_path,
        (
            "    with op.batch_alter_table('agents', recreate='always') as batch:\n"
            "        batch.add_column(sa.Column('extra', sa.Integer()))"
        ),
    )
    schema.upgrade(db_path, script_location=location)
    after = row_counts(db_path)
    assert after == before


FIXTURES = sorted((Path(__file__).parent / "fixtures" / "db").glob("*.sqlite3"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_databases_of_every_shipped_schema_upgrade_without_losing_rows(fixture, tmp_path):
    """Each file was made by the csdesk release named by its schema revision."""
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    before = row_counts(path)
    opened = open_database(path)
    try:
        agents = {a.employee_no: a for a in staff.list_agents(opened)}
        courses = training.list_courses(opened)
        categories = complaint_settings.list_categories(opened)
        targets = complaint_timing.load_targets(opened)
        rubrics = qa_rubric_list.rubrics(opened)
    finally:
        opened.close()
    after = row_counts(path)
    # every row kept; the one new setting is the shop's id (shops had none before)
    before["shop_settings"] += 1
    assert {t: n for t, n in after.items() if t in before} == before
    assert opened.shop_id and identity.shop_id_of(path) == opened.shop_id
    assert agents["CS001"].name == "袁燕"
    assert agents["CS002"].data.accounts[0].account_name == "小美家居旗舰店:售前02"
    # a shop from before training gets the default catalogue when it is upgraded
    assert {c.code for c in courses} >= {"BAS-ETQ", "ASM-COM", "REF-YR"}
    # and one from before complaints gets the default categories and targets
    assert {c.key for c in categories} >= {"logistics", "quality", "late", "other"}
    assert set(targets) == {"urgent", "important", "normal"}
    # and one from before QA reviews gets the default rubric
    assert len(rubrics) == 1 and len(rubrics[0].categories) == 7


def test_there_is_a_fixture_for_the_current_schema():
    assert any(f.stem == f"schema-{schema.SCHEMA_HEAD}" for f in FIXTURES)


def test_a_database_from_a_newer_csdesk_is_refused_unchanged(db, db_path):
    db.close()
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
        conn.commit()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_an_older_database_is_backed_up_before_it_is_upgraded(db, db_path, monkeypatch):
    agent_changes.create_agent(db, staff.AgentData("A1", "张三"))
    db.close()
    calls = []
    known = schema.known_revisions() | {"9999"}
    monkeypatch.setattr(schema, "SCHEMA_HEAD", "9999")
    monkeypatch.setattr(schema, "known_revisions", lambda *a, **k: known)

    def fake_upgrade(path, *args, **kwargs):
        calls.append(path)
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
            conn.commit()

    monkeypatch.setattr(schema, "upgrade", fake_upgrade)
    opened = open_database(db_path)
    opened.close()
    from csdesk.services.backup import list_backups

    backups = list_backups(db_path)
    assert [b.reason for b in backups] == ["pre-migration"]
    assert calls == [db_path]
    with closing(sqlite3.connect(backups[0].path)) as conn:
        assert conn.execute("SELECT name FROM agents").fetchall() == [("张三",)]
