"""Alembic migrations of the csdesk schema (run from code, see ``csdesk.data.schema``)."""
