"""A version, and who changed it last and when, on the records two seats edit.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07

Agents, actions, complaints, courses, training sessions, meetings and coaching sessions
gain ``version`` (1 for every existing row;
the ORM adds one at each save and refuses a save over a newer version), ``changed_by``
and ``changed_at`` (who saved the record last, said when a seat's save is refused).
Columns are added; no table is rebuilt and no existing value changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

_TABLES = (
    "agents", "actions", "complaints", "courses", "training_sessions", "meetings",
    "coaching_sessions",
)  # fmt: skip


def upgrade() -> None:
    for table in _TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        op.add_column(
            table, sa.Column("changed_by", sa.String(100), nullable=False, server_default="")
        )
        op.add_column(table, sa.Column("changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_at")
            batch.drop_column("changed_by")
            batch.drop_column("version")
