"""The team's yearly goals.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

A new table only.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kpi", sa.String(length=40), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=False),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("path", sa.JSON(), nullable=False),
        sa.Column("tolerance", sa.Float(), nullable=True),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_goals")),
        sa.UniqueConstraint("year", "kpi", name="ux_team_goals_year_kpi"),
    )


def downgrade() -> None:
    op.drop_table("team_goals")
