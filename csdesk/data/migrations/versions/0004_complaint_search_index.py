"""Complaint search: the received-time index also carries the id and the search text.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Typing in the complaint search runs ``search_text LIKE '%...%'`` in received order.
With the index on ``received_at`` alone, SQLite looked up every complaint's row (the
whole wide table) to test the text; with ``search_text`` in the index the search and
the count read only the index, about a tenth of the pages (measured by
``benchmarks/complaint_list.py``). The id comes second because the list orders ties by
id: with it in the index, reading the ids of rows 100,000-101,000 takes 7 ms, not the
100 ms spent sorting every run of equal times on the way. The index on ``status`` alone
goes too: the one on ``(status, next_due_at)`` answers the same lookups. Indexes only:
no rows are touched.
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_complaints_status", table_name="complaints")
    op.drop_index("ix_complaints_received_at", table_name="complaints")
    op.create_index(
        "ix_complaints_received_search", "complaints", ["received_at", "id", "search_text"]
    )


def downgrade() -> None:
    op.drop_index("ix_complaints_received_search", table_name="complaints")
    op.create_index("ix_complaints_received_at", "complaints", ["received_at"])
    op.create_index("ix_complaints_status", "complaints", ["status"])
