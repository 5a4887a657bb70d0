"""What opening a shop in the window can start before Qt is loaded.

Kept apart from ``services.database`` so that importing it costs nothing: the window
calls ``start_opening`` first thing, and the work overlaps the loading of Qt.
"""

from __future__ import annotations

from pathlib import Path


def start_opening(path: Path | None) -> None:
    """Start the shop's quick check in a thread, then load SQLAlchemy and the models.

    The check (about 60 ms on a 5-year shop; SQLite releases the GIL while it reads)
    runs while the imports do; ``open_database`` collects its verdict if the file has
    not changed since. The imports come before Qt's: once PySide6 is loaded it inspects
    the source of every module imported after it (its ``__feature__`` hook), which costs
    about 50 ms over SQLAlchemy's ~150 modules.

    A shop on a server (``path`` None) has no file to check; the server's driver loads.
    """
    from csdesk.data.health import start_quick_check

    if path is None:
        import sqlalchemy.dialects.postgresql.psycopg
    else:
        start_quick_check(path)
    import sqlalchemy.dialects.sqlite  # noqa: F401

    import csdesk.data.models
    import csdesk.services.database  # noqa: F401
