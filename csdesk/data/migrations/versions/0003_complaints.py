"""Complaints: case files, timeline, pauses, categories, root causes, SLA policies, calendar.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Creates tables only; the default categories, root causes, SLA targets and working
hours are seeded by the services in the user's language (``csdesk.services.defaults``).
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_days")),
    )
    op.create_table(
        "complaint_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["complaint_categories.id"],
            name=op.f("fk_complaint_categories_parent_id_complaint_categories"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_categories")),
    )
    op.create_index(
        op.f("ix_complaint_categories_parent_id"), "complaint_categories", ["parent_id"]
    )
    op.create_table(
        "root_causes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_root_causes")),
        sa.UniqueConstraint("name", name=op.f("uq_root_causes_name")),
    )
    op.create_table(
        "sla_policies",
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("response_minutes", sa.Integer(), nullable=False),
        sa.Column("solution_minutes", sa.Integer(), nullable=False),
        sa.Column("resolution_minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("priority", name=op.f("pk_sla_policies")),
    )
    op.create_table(
        "working_days",
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=True),
        sa.Column("end_minute", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("weekday", name=op.f("pk_working_days")),
    )
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=32), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("shop", sa.String(length=100), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=False),
        sa.Column("customer", sa.String(length=100), nullable=False),
        sa.Column("contact", sa.String(length=100), nullable=False),
        sa.Column("order_no", sa.String(length=64), nullable=False),
        sa.Column("product", sa.String(length=200), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("escalation", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("before_pause", sa.String(length=32), nullable=True),
        sa.Column("reopened", sa.Integer(), nullable=False),
        sa.Column("imported", sa.Boolean(), nullable=False),
        sa.Column("first_response_at", sa.DateTime(), nullable=True),
        sa.Column("solution_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("response_due_at", sa.DateTime(), nullable=True),
        sa.Column("solution_due_at", sa.DateTime(), nullable=True),
        sa.Column("resolution_due_at", sa.DateTime(), nullable=True),
        sa.Column("next_due_at", sa.DateTime(), nullable=True),
        sa.Column("response_breached", sa.Boolean(), nullable=False),
        sa.Column("solution_breached", sa.Boolean(), nullable=False),
        sa.Column("resolution_breached", sa.Boolean(), nullable=False),
        sa.Column("immediate_action", sa.Text(), nullable=False),
        sa.Column("compensation_type", sa.String(length=32), nullable=False),
        sa.Column("compensation_cents", sa.Integer(), nullable=False),
        sa.Column("root_cause_id", sa.Integer(), nullable=True),
        sa.Column("corrective_action", sa.Text(), nullable=False),
        sa.Column("effectiveness_checked_on", sa.Date(), nullable=True),
        sa.Column("effectiveness_note", sa.Text(), nullable=False),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("follow_up_at", sa.DateTime(), nullable=True),
        sa.Column("follow_up_comment", sa.Text(), nullable=False),
        sa.Column("no_follow_up_reason", sa.Text(), nullable=False),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.Column("invalid_reason", sa.Text(), nullable=False),
        sa.Column("appeal", sa.String(length=16), nullable=True),
        sa.Column("appeal_reason", sa.Text(), nullable=False),
        sa.Column("appeal_decided_on", sa.Date(), nullable=True),
        sa.Column("appeal_note", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["agent_id"],
            ["agents.id"],
            name=op.f("fk_complaints_agent_id_agents"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["complaint_categories.id"],
            name=op.f("fk_complaints_category_id_complaint_categories"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["root_cause_id"],
            ["root_causes.id"],
            name=op.f("fk_complaints_root_cause_id_root_causes"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("ref", name=op.f("uq_complaints_ref")),
    )
    op.create_index(op.f("ix_complaints_agent_id"), "complaints", ["agent_id"])
    op.create_index(op.f("ix_complaints_category_id"), "complaints", ["category_id"])
    op.create_index("ix_complaints_match", "complaints", ["received_at", "order_no", "customer"])
    op.create_index(op.f("ix_complaints_next_due_at"), "complaints", ["next_due_at"])
    op.create_index(op.f("ix_complaints_order_no"), "complaints", ["order_no"])
    op.create_index(op.f("ix_complaints_platform"), "complaints", ["platform"])
    op.create_index(op.f("ix_complaints_priority"), "complaints", ["priority"])
    op.create_index(op.f("ix_complaints_received_at"), "complaints", ["received_at"])
    op.create_index(op.f("ix_complaints_resolved_at"), "complaints", ["resolved_at"])
    op.create_index(op.f("ix_complaints_root_cause_id"), "complaints", ["root_cause_id"])
    op.create_index(op.f("ix_complaints_status"), "complaints", ["status"])
    op.create_index("ix_complaints_status_next_due", "complaints", ["status", "next_due_at"])
    op.create_table(
        "complaint_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("from_value", sa.String(length=32), nullable=False),
        sa.Column("to_value", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_events_complaint_id_complaints"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_events")),
    )
    op.create_index(op.f("ix_complaint_events_complaint_id"), "complaint_events", ["complaint_id"])
    op.create_table(
        "complaint_pauses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_pauses_complaint_id_complaints"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_pauses")),
    )
    op.create_index(op.f("ix_complaint_pauses_complaint_id"), "complaint_pauses", ["complaint_id"])


def downgrade() -> None:
    op.drop_table("complaint_pauses")
    op.drop_table("complaint_events")
    op.drop_table("complaints")
    op.drop_table("working_days")
    op.drop_table("sla_policies")
    op.drop_table("root_causes")
    op.drop_table("complaint_categories")
    op.drop_table("calendar_days")
