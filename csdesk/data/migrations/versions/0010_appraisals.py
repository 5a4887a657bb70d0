"""Appraisals: rule sets by effective month, appraisal versions, closed months.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23

New tables only.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appraisal_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_month", sa.String(length=7), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_rules")),
        sa.UniqueConstraint("effective_month", name=op.f("uq_appraisal_rules_effective_month")),
    )
    op.create_table(
        "appraisals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("post", sa.String(length=32), nullable=False),
        sa.Column("total", sa.Float(), nullable=True),
        sa.Column("grade", sa.String(length=2), nullable=True),
        sa.Column("satisfaction", sa.Float(), nullable=True),
        sa.Column("bonus_cents", sa.Integer(), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("left_out", sa.JSON(), nullable=False),
        sa.Column("vetoes", sa.JSON(), nullable=False),
        sa.Column("bonus", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("finalised_at", sa.DateTime(), nullable=True),
        sa.Column("finalised_by", sa.String(length=100), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("acknowledgement", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"],
            ["agents.id"],
            name=op.f("fk_appraisals_agent_id_agents"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisals")),
    )
    op.create_index(
        "ux_appraisals_agent_month_version",
        "appraisals",
        ["agent_id", "month", "version"],
        unique=True,
    )
    op.create_index("ix_appraisals_month", "appraisals", ["month"])
    op.create_table(
        "appraisal_months",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("closed_by", sa.String(length=100), nullable=False),
        sa.Column("star_agent_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["star_agent_id"],
            ["agents.id"],
            name=op.f("fk_appraisal_months_star_agent_id_agents"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("month", name=op.f("pk_appraisal_months")),
    )


def downgrade() -> None:
    op.drop_table("appraisal_months")
    op.drop_index("ix_appraisals_month", table_name="appraisals")
    op.drop_index("ux_appraisals_agent_month_version", table_name="appraisals")
    op.drop_table("appraisals")
    op.drop_table("appraisal_rules")
