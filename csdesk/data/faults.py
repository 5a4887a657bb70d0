"""Sort storage errors into the few faults a user can act on.

SQLite and the operating system report the same handful of conditions in many ways
("database is locked", ``SQLITE_BUSY_SNAPSHOT``, ``EROFS``, ``ENOSPC`` ...). Deciding
which one happened belongs here, next to the storage; saying it in the user's language
belongs to the services (``csdesk.services.errors.storage_fault``). Anything that is not
one of these faults is a bug and is left to the crash handler.

Damage is one of the faults only when SQLite itself says the file is corrupt or not a
database: a locked, read-only or unreadable file is never called damaged, because the
answer to damage is a restore, which must never replace a healthy file.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from enum import StrEnum
from pathlib import Path

from csdesk.common.atomic import target_of


class Fault(StrEnum):
    """A storage condition the user can do something about."""

    LOCKED = "locked"  # another program or process holds the database
    READ_ONLY = "read-only"  # the file, its folder or the disk is read-only
    NO_PERMISSION = "no-permission"  # the user may not read or write it
    CANNOT_OPEN = "cannot-open"  # missing folder, or SQLite cannot open the file
    FULL = "full"  # disk full, quota, or file-size limit
    IO = "io"  # the disk reported an error
    DAMAGED = "damaged"  # SQLite found the file corrupt or not a database


_SQLITE_PREFIXES: tuple[tuple[str, Fault], ...] = (
    ("SQLITE_BUSY", Fault.LOCKED),
    ("SQLITE_LOCKED", Fault.LOCKED),
    ("SQLITE_READONLY", Fault.READ_ONLY),
    ("SQLITE_PERM", Fault.NO_PERMISSION),
    ("SQLITE_AUTH", Fault.NO_PERMISSION),
    ("SQLITE_CANTOPEN", Fault.CANNOT_OPEN),
    ("SQLITE_FULL", Fault.FULL),
    ("SQLITE_IOERR", Fault.IO),
    ("SQLITE_CORRUPT", Fault.DAMAGED),
    ("SQLITE_NOTADB", Fault.DAMAGED),
)

#: Texts of errors raised before the extended code is known (older drivers, pysqlite).
_SQLITE_TEXTS: tuple[tuple[str, Fault], ...] = (
    ("database is locked", Fault.LOCKED),
    ("database table is locked", Fault.LOCKED),
    ("readonly database", Fault.READ_ONLY),
    ("unable to open database file", Fault.CANNOT_OPEN),
    ("database or disk is full", Fault.FULL),
    ("disk i/o error", Fault.IO),
    ("malformed", Fault.DAMAGED),
    ("file is not a database", Fault.DAMAGED),
)

_ERRNOS: dict[int, Fault] = {
    errno.ENOSPC: Fault.FULL,
    errno.EDQUOT: Fault.FULL,
    errno.EFBIG: Fault.FULL,
    errno.EROFS: Fault.READ_ONLY,
    errno.EACCES: Fault.NO_PERMISSION,
    errno.EPERM: Fault.NO_PERMISSION,
    errno.EIO: Fault.IO,
    errno.ENOENT: Fault.CANNOT_OPEN,
    errno.ENOTDIR: Fault.CANNOT_OPEN,
    errno.EISDIR: Fault.CANNOT_OPEN,
    errno.EEXIST: Fault.CANNOT_OPEN,  # a file stands where a folder must be made
}


def _sqlite_fault(exc: sqlite3.Error) -> Fault | None:
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, fault in _SQLITE_PREFIXES:
        if name.startswith(prefix):
            return fault
    text = str(exc).lower()
    for fragment, fault in _SQLITE_TEXTS:
        if fragment in text:
            return fault
    return None


def classify(exc: BaseException) -> Fault | None:
    """Return the storage fault behind ``exc`` (following its causes), or None for a bug.

    SQLAlchemy wraps driver errors (``DBAPIError.orig``); Python chains them
    (``__cause__``); both are followed.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            found = _sqlite_fault(current)
            if found is not None:
                return found
        elif isinstance(current, OSError) and current.errno in _ERRNOS:
            return _ERRNOS[current.errno]
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def failing_path(exc: BaseException) -> str | None:
    """The file an ``OSError`` (or its cause) names, if any."""
    current: BaseException | None = exc
    while current is not None:
        if isinstance(current, OSError) and current.filename:
            return str(target_of(Path(os.fsdecode(current.filename))))
        current = current.__cause__
    return None


class StorageError(Exception):
    """A storage fault met while checking or copying a file; ``fault`` says which."""

    def __init__(self, fault: Fault, path: Path, reason: str) -> None:
        super().__init__(reason)
        self.fault = fault
        self.path = path
