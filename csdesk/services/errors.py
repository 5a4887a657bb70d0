"""Errors a user can act on. Their text is already in the user's language.

The command line prints them and exits 1; the window shows them in a message box.
Anything else that escapes a service is a bug and reaches the crash handler.
"""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """Something the user can fix: bad input, a missing file, a refused database."""

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []

    def full_text(self) -> str:
        """The message followed by its details, one per line."""
        return "\n".join([self.message, *self.details])


class DatabaseProblem(UserError):
    """The database file cannot be opened as it is; nothing was written to it."""

    def __init__(self, path: Path, message: str, details: list[str] | None = None) -> None:
        super().__init__(message, details)
        self.path = path


class DatabaseDamaged(DatabaseProblem):
    """quick_check failed, or the file is not a database: offer the newest good backup."""


class DatabaseTooNew(DatabaseProblem):
    """Written by a newer csdesk: refuse it unchanged."""


class NotCsdeskDatabase(DatabaseProblem):
    """A SQLite file that holds some other program's tables."""
