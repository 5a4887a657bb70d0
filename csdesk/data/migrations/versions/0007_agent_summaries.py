"""Agent summaries: per-account daily or monthly figures from the platforms' exports.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

A new table only.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COUNTS = ("inquiries", "customers_served", "pre_sale_inquiries", "buyers", "sales_cents")
RATES = (
    "conversion_rate",
    "avg_response_seconds",
    "first_response_seconds",
    "reply_rate",
    "three_minute_reply_rate",
    "satisfaction_rate",
)
REVIEWS = ("good_reviews", "bad_reviews", "refunds")


def upgrade() -> None:
    op.create_table(
        "agent_summaries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=100), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=True) for name in COUNTS),
        *(sa.Column(name, sa.Float(), nullable=True) for name in RATES),
        *(sa.Column(name, sa.Integer(), nullable=True) for name in REVIEWS),
        sa.ForeignKeyConstraint(
            ["agent_id"],
            ["agents.id"],
            name=op.f("fk_agent_summaries_agent_id_agents"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agent_summaries")),
    )
    op.create_index(op.f("ix_agent_summaries_agent_id"), "agent_summaries", ["agent_id"])
    op.create_index(op.f("ix_agent_summaries_period_start"), "agent_summaries", ["period_start"])
    op.create_index(
        "ux_agent_summaries_period",
        "agent_summaries",
        ["account", "period_start", "period_end"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_table("agent_summaries")
