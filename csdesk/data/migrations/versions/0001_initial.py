"""Initial schema: shop settings and the staff directory.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shop_settings",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_shop_settings")),
    )
    op.create_table(
        "agents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_no", sa.String(32), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("post", sa.String(32), nullable=False),
        sa.Column("level", sa.String(32), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("hire_date", sa.Date(), nullable=False),
        sa.Column("probation_end", sa.Date(), nullable=True),
        sa.Column("left_date", sa.Date(), nullable=True),
        sa.Column("left_reason", sa.Text(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=True),
        sa.Column("channels", sa.String(100), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["agents.id"],
            name=op.f("fk_agents_mentor_id_agents"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agents")),
        sa.UniqueConstraint("employee_no", name=op.f("uq_agents_employee_no")),
    )
    op.create_index(op.f("ix_agents_name"), "agents", ["name"])
    op.create_index(op.f("ix_agents_status"), "agents", ["status"])
    op.create_index(op.f("ix_agents_mentor_id"), "agents", ["mentor_id"])
    op.create_table(
        "platform_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(40), nullable=False),
        sa.Column("shop", sa.String(100), nullable=False),
        sa.Column("account_name", sa.String(100), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agent_id"],
            ["agents.id"],
            name=op.f("fk_platform_accounts_agent_id_agents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_platform_accounts")),
    )
    op.create_index(op.f("ix_platform_accounts_agent_id"), "platform_accounts", ["agent_id"])
    op.create_index(
        op.f("ix_platform_accounts_account_name"), "platform_accounts", ["account_name"]
    )
    op.create_table(
        "post_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("from_post", sa.String(32), nullable=False),
        sa.Column("to_post", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"],
            ["agents.id"],
            name=op.f("fk_post_changes_agent_id_agents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_changes")),
    )
    op.create_index(op.f("ix_post_changes_agent_id"), "post_changes", ["agent_id"])


def downgrade() -> None:
    op.drop_table("post_changes")
    op.drop_table("platform_accounts")
    op.drop_table("agents")
    op.drop_table("shop_settings")
