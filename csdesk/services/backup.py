"""Backups on demand and once a day, the health check, and restore.

Restore always backs the current file up first (or sets a damaged one aside), so a
restore can itself be undone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from csdesk.data import backup as backup_files
from csdesk.data import health, schema
from csdesk.i18n import translate
from csdesk.services.database import Database, stored_backup_dir
from csdesk.services.errors import UserError


@dataclass(frozen=True)
class CheckResult:
    """What ``csdesk check`` reports."""

    ok: bool
    messages: tuple[str, ...]
    revision: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        """True when the file's schema is this build's."""
        return self.revision == self.head


def backup_folder(db_path: Path) -> Path:
    """Return the folder where this shop's backups go."""
    return stored_backup_dir(db_path)


def backup_now(db_path: Path, out: Path | None = None, reason: str = "manual") -> Path:
    """Back the database up now; to ``out`` if given, else into the backup folder.

    Raises:
        UserError: the backup failed; no partial file is left.
    """
    try:
        if out is not None:
            return backup_files.write_backup(db_path, out)
        return backup_files.take_backup(db_path, backup_folder(db_path), reason)
    except (backup_files.BackupError, OSError) as exc:
        raise UserError(
            translate("Backup", "The backup failed: {reason}").format(reason=exc)
        ) from exc


def daily_backup_if_due(db: Database, now: datetime | None = None) -> Path | None:
    """Take the day's backup at the first start of a day; return it, or None if one exists."""
    now = now or datetime.now()
    folder = backup_folder(db.path)
    if any(b.taken_at.date() == now.date() for b in backup_files.list_backups(folder, db.path)):
        return None
    return backup_files.take_backup(db.path, folder, "daily", now)


def list_backups(db_path: Path) -> list[backup_files.BackupFile]:
    """Return this shop's backups, newest first."""
    return backup_files.list_backups(backup_folder(db_path), db_path)


def latest_good_backup(db_path: Path, folder: Path | None = None) -> Path | None:
    """Return the newest backup that passes ``integrity_check``, if any."""
    for found in backup_files.list_backups(folder or backup_folder(db_path), db_path):
        if health.check_file(found.path, full=True).ok:
            return found.path
    return None


def check(db_path: Path) -> CheckResult:
    """Run quick_check and read the schema revision; never writes to the file."""
    if not db_path.exists():
        raise UserError(translate("Backup", "No database at {path}.").format(path=db_path))
    found = health.check_file(db_path)
    return CheckResult(found.ok, found.messages, found.revision, schema.SCHEMA_HEAD)


def restore(db_path: Path, backup: Path, folder: Path | None = None) -> Path | None:
    """Replace the database with ``backup``. Close every connection to it first.

    The current file is backed up first ("pre-restore"); a damaged current file is
    renamed aside instead. Returns that safety copy.

    Raises:
        UserError: the backup is missing or damaged; the database is untouched.
    """
    if not backup.exists():
        raise UserError(translate("Backup", "No backup file at {path}.").format(path=backup))
    if not health.check_file(backup, full=True).ok:
        raise UserError(
            translate("Backup", "The backup {path} is damaged; nothing was restored.").format(
                path=backup
            )
        )
    folder = folder or backup_folder(db_path)
    safety: Path | None = None
    if db_path.exists():
        if health.check_file(db_path).ok:
            safety = backup_files.take_backup(db_path, folder, "pre-restore")
        else:
            safety = backup_files.set_aside(db_path)
    try:
        backup_files.replace_with_backup(backup, db_path)
    except (backup_files.BackupError, OSError) as exc:
        raise UserError(
            translate("Backup", "The restore failed: {reason}").format(reason=exc)
        ) from exc
    return safety


def lock_path(db_path: Path) -> Path:
    """Return the lock file the window holds while it has ``db_path`` open."""
    return db_path.with_name(db_path.name + ".lock")


def refuse_if_in_use(db_path: Path) -> None:
    """Refuse to replace a database that an open window is using.

    The window's lock file (Qt's QLockFile format) starts with the owner's process id;
    a lock whose process is gone is stale and does not count.

    Raises:
        UserError: a running csdesk has the database open.
    """
    import os

    lock = lock_path(db_path)
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").split()[0])
    except (OSError, ValueError, IndexError):
        return
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return
    except OSError:
        pass  # exists, owned by someone else
    raise UserError(
        translate(
            "Backup", "csdesk has this database open (process {pid}); close it first."
        ).format(pid=pid)
    )
