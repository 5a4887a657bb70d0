"""Alembic environment: always run on a connection handed in by the caller.

``csdesk.data.schema.upgrade`` (and pytest-alembic) open the connection with foreign
keys off and inside one transaction; this file only runs the migrations on it.
"""

from alembic import context

from csdesk.data.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("csdesk runs migrations from code: use csdesk.data.schema.upgrade")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
