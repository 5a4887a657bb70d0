"""Coaching sessions.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07

A new table only.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coaching_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("coach", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("agent_comment", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"],
            ["agents.id"],
            name=op.f("fk_coaching_sessions_agent_id_agents"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coaching_sessions")),
    )
    op.create_index(
        op.f("ix_coaching_sessions_agent_id"), "coaching_sessions", ["agent_id"], unique=False
    )
    op.create_index(
        op.f("ix_coaching_sessions_month"), "coaching_sessions", ["month"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_coaching_sessions_month"), table_name="coaching_sessions")
    op.drop_index(op.f("ix_coaching_sessions_agent_id"), table_name="coaching_sessions")
    op.drop_table("coaching_sessions")
