"""Indexes for reading the audit trail; on PostgreSQL, its append-only triggers.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07

Indexes only (no table is rebuilt, no row touched). A record's History… looks entries
up by key (and the keys it begins), the Audit page lists the actions the trail holds;
both scanned the whole trail, which after years of re-imports holds hundreds of
thousands of entries.

On PostgreSQL (the shared server) the trail refuses UPDATE, DELETE and TRUNCATE as
0019's triggers do on SQLite: one function raises, three triggers call it.
"""

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


_REFUSE = "audit_log_append_only"
_PG_TRIGGERS = {
    "audit_log_no_update": "BEFORE UPDATE ON audit_log FOR EACH ROW",
    "audit_log_no_delete": "BEFORE DELETE ON audit_log FOR EACH ROW",
    "audit_log_no_truncate": "BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT",
}


def upgrade() -> None:
    op.create_index(op.f("ix_audit_log_key"), "audit_log", ["key"], unique=False)
    op.create_index(op.f("ix_audit_log_action"), "audit_log", ["action"], unique=False)
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"CREATE FUNCTION {_REFUSE}() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$"
    )
    for name, when in _PG_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} EXECUTE FUNCTION {_REFUSE}()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in _PG_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON audit_log")
        op.execute(f"DROP FUNCTION IF EXISTS {_REFUSE}()")
    op.drop_index(op.f("ix_audit_log_action"), table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_key"), table_name="audit_log")
