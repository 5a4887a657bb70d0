"""Errors a user can act on. Their text is already in the user's language.

The command line prints them and exits 1; the window shows them in a message box.
Anything else that escapes a service is a bug and reaches the crash handler.
"""

from __future__ import annotations

from pathlib import Path

from csdesk.common.i18n import translate
from csdesk.data.faults import Fault, StorageError, classify, failing_path
from csdesk.data.writers import ShopBusy


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


class DatabaseEmpty(DatabaseProblem):
    """An existing file with nothing in it: never taken for a new shop."""


class StorageFault(UserError):
    """The disk or the operating system refused: full, read-only, locked, I/O.

    ``fault`` names the condition (``csdesk.data.faults.Fault``) so that callers can
    tell a busy database from a full disk without reading the message.
    """

    def __init__(self, fault: Fault, message: str, details: list[str] | None = None) -> None:
        super().__init__(message, details)
        self.fault = fault


class ShopInUse(UserError):
    """Other csdesk processes have the shop open; a restore or upgrade must wait."""


def _fault_text(fault: Fault, where: str) -> str:
    texts = {
        Fault.LOCKED: translate(
            "Storage",
            "The database {path} is locked by another program or csdesk process. Nothing "
            "was changed; wait until it has finished (or close it) and try again.",
        ),
        Fault.READ_ONLY: translate(
            "Storage",
            "{path} is read-only, so csdesk cannot save to it. Nothing was changed. Make "
            "the file and its folder writable, or work on a copy.",
        ),
        Fault.NO_PERMISSION: translate(
            "Storage",
            "csdesk is not allowed to use {path}. Nothing was changed. Check the file's "
            "and folder's permissions.",
        ),
        Fault.CANNOT_OPEN: translate(
            "Storage",
            "csdesk cannot open {path}: the file or its folder is missing or cannot be "
            "reached. Nothing was changed.",
        ),
        Fault.FULL: translate(
            "Storage",
            "The disk that holds {path} is full. Nothing was saved; free some space and try again.",
        ),
        Fault.IO: translate(
            "Storage",
            "The disk reported an error while csdesk used {path}. Nothing was saved; check "
            "the disk (or the USB stick or network drive) and try again.",
        ),
        Fault.DAMAGED: translate(
            "Storage",
            "{path} is damaged. Nothing was saved. Close csdesk and open it again: it "
            "checks the database and offers the newest good backup.",
        ),
    }
    return texts[fault].format(path=where)


def as_fault(exc: StorageError) -> StorageFault:
    """The user's message for a fault the data layer already sorted."""
    return StorageFault(exc.fault, _fault_text(exc.fault, str(exc.path)))


def storage_fault(exc: BaseException, path: Path | str | None = None) -> StorageFault | None:
    """The user's message for a storage error, or None when ``exc`` is a bug.

    The message names the file the operating system named, else ``path`` (the
    database). It never repeats the SQL or its parameters: they hold personal data.
    """
    if isinstance(exc, StorageFault):
        return exc
    if isinstance(exc, StorageError):
        return as_fault(exc)
    fault = classify(exc)
    if fault is None:
        return None
    where = failing_path(exc) or (str(path) if path is not None else "")
    return StorageFault(fault, _fault_text(fault, where or translate("Storage", "the database")))


def shop_in_use(busy: ShopBusy, doing: str) -> ShopInUse:
    """The refusal of a restore or upgrade while other csdesk processes have the shop."""
    roles = {
        "window": translate("Storage", "the csdesk window"),
        "import": translate("Storage", "an import"),
        "export": translate("Storage", "an export"),
        "report": translate("Storage", "a report"),
        "backup": translate("Storage", "a backup"),
        "restore": translate("Storage", "a restore"),
        "migration": translate("Storage", "a database update"),
        "demo": translate("Storage", "building the demo shop"),
    }
    who = [
        translate("Storage", "{role} (process {pid}, since {time})").format(
            role=roles.get(h.role, translate("Storage", "csdesk ({role})").format(role=h.role)),
            pid=h.pid,
            time=h.since.strftime("%H:%M:%S"),
        )
        for h in busy.holders
    ] or [translate("Storage", "another csdesk process")]
    return ShopInUse(
        translate(
            "Storage",
            "csdesk cannot {doing} now: the shop is in use by {who}. Nothing was "
            "changed; wait until they finish or close them, then try again.",
        ).format(doing=doing, who="; ".join(who))
    )
