"""Manual KPIs: values the supervisor enters per agent and month.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23

A new table only.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "manual_kpis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"],
            ["agents.id"],
            name=op.f("fk_manual_kpis_agent_id_agents"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_manual_kpis")),
    )
    op.create_index("ux_manual_kpis", "manual_kpis", ["agent_id", "month", "key"], unique=True)


def downgrade() -> None:
    op.drop_table("manual_kpis")
