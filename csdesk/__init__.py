"""csdesk: the offline desk of a customer-service supervisor.

The package is layered: ``ui`` (Qt widgets) calls ``services`` (use cases), which use
``domain`` (pure rules), ``data`` (SQLAlchemy models, engine, migrations, backups),
``importers`` and ``reports``. Nothing below ``ui`` imports Qt; the rule is checked by
``tests/test_architecture.py``.
"""

__version__ = "0.1.0"
APP_NAME = "csdesk"
