"""Whether an appraisal is graded, and how much of its scorecard had data.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

Two columns added to ``appraisals``. ``ADD COLUMN`` with a constant default keeps every
row and needs no table copy in SQLite; the appraisals stored before were all graded.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "appraisals",
        sa.Column("standing", sa.String(length=20), nullable=False, server_default="graded"),
    )
    op.add_column("appraisals", sa.Column("coverage", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("appraisals") as batch:
        batch.drop_column("coverage")
        batch.drop_column("standing")
