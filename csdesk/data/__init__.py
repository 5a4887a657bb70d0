"""Storage: SQLAlchemy models (one module per area), engine setup, migrations, backups.

SQLite-specific code (pragmas, the backup API, quick_check) stays in ``engine``,
``backup`` and ``health`` so that models and migrations remain portable to PostgreSQL.
"""
