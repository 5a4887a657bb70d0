"""Improvement actions, their check-ins and their change log.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

New tables only.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("source_ref", sa.String(length=64), nullable=False),
        sa.Column("owner_agent_id", sa.Integer(), nullable=True),
        sa.Column("owner_name", sa.String(length=100), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("expected", sa.Text(), nullable=False),
        sa.Column("kpi", sa.String(length=40), nullable=False),
        sa.Column("kpi_baseline", sa.Float(), nullable=True),
        sa.Column("kpi_target", sa.Float(), nullable=True),
        sa.Column("check_month", sa.String(length=7), nullable=False),
        sa.Column("checked_value", sa.Float(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_agent_id"],
            ["agents.id"],
            name=op.f("fk_actions_owner_agent_id_agents"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
    )
    for column in ("source", "source_ref", "owner_agent_id", "deadline", "status"):
        op.create_index(op.f(f"ix_actions_{column}"), "actions", [column], unique=False)
    op.create_table(
        "action_check_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_action_check_ins_action_id_actions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_check_ins")),
    )
    op.create_index(
        op.f("ix_action_check_ins_action_id"), "action_check_ins", ["action_id"], unique=False
    )
    op.create_table(
        "action_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_action_changes_action_id_actions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_changes")),
    )
    op.create_index(
        op.f("ix_action_changes_action_id"), "action_changes", ["action_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_action_changes_action_id"), table_name="action_changes")
    op.drop_table("action_changes")
    op.drop_index(op.f("ix_action_check_ins_action_id"), table_name="action_check_ins")
    op.drop_table("action_check_ins")
    for column in ("source", "source_ref", "owner_agent_id", "deadline", "status"):
        op.drop_index(op.f(f"ix_actions_{column}"), table_name="actions")
    op.drop_table("actions")
