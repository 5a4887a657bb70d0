"""The shop's paid orders per day or month.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

A new table only.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shop_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store", sa.String(length=100), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("buyers", sa.Integer(), nullable=True),
        sa.Column("amount_cents", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop_orders")),
        sa.UniqueConstraint("store", "period_start", "period_end", name="ux_shop_orders_period"),
    )
    op.create_index(
        op.f("ix_shop_orders_period_start"), "shop_orders", ["period_start"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_shop_orders_period_start"), table_name="shop_orders")
    op.drop_table("shop_orders")
