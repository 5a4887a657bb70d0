"""QA rubrics and reviews, and praise.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

New tables only; the default rubric is seeded by the services in the user's language.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _agent_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["agent_id"], ["agents.id"], name=op.f(f"fk_{table}_agent_id_agents"), ondelete="RESTRICT"
    )


def upgrade() -> None:
    op.create_table(
        "qa_rubrics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qa_rubrics")),
    )
    op.create_table(
        "qa_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rubric_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("scale", sa.String(length=8), nullable=False),
        sa.Column("critical", sa.Boolean(), nullable=False),
        sa.Column("na_allowed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rubric_id"],
            ["qa_rubrics.id"],
            name=op.f("fk_qa_categories_rubric_id_qa_rubrics"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qa_categories")),
    )
    op.create_index(op.f("ix_qa_categories_rubric_id"), "qa_categories", ["rubric_id"])
    op.create_table(
        "qa_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("rubric_id", sa.Integer(), nullable=False),
        sa.Column("conversation_ref", sa.String(length=100), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("reviewer", sa.String(length=100), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("critical_failed", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        _agent_key("qa_reviews"),
        sa.ForeignKeyConstraint(
            ["rubric_id"],
            ["qa_rubrics.id"],
            name=op.f("fk_qa_reviews_rubric_id_qa_rubrics"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qa_reviews")),
    )
    op.create_index(op.f("ix_qa_reviews_agent_id"), "qa_reviews", ["agent_id"])
    op.create_index(op.f("ix_qa_reviews_reviewed_on"), "qa_reviews", ["reviewed_on"])
    op.create_table(
        "qa_ratings",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["qa_reviews.id"],
            name=op.f("fk_qa_ratings_review_id_qa_reviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["qa_categories.id"],
            name=op.f("fk_qa_ratings_category_id_qa_categories"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("review_id", "category_id", name=op.f("pk_qa_ratings")),
    )
    op.create_table(
        "praise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _agent_key("praise"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_praise")),
    )
    op.create_index(op.f("ix_praise_agent_id"), "praise", ["agent_id"])
    op.create_index(op.f("ix_praise_received_on"), "praise", ["received_on"])


def downgrade() -> None:
    op.drop_table("praise")
    op.drop_table("qa_ratings")
    op.drop_table("qa_reviews")
    op.drop_table("qa_categories")
    op.drop_table("qa_rubrics")
