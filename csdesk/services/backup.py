"""Backups on demand and once a day, the health check, and restore, per shop.

Backups are found by the shop's id (``csdesk.data.identity``), never by file name, so
one shop's backups are never listed, rotated or offered for another. A restore runs
alone (``csdesk.data.writers``): it waits for every other csdesk process on the shop
and refuses, naming them, when they do not finish. It accepts only a sound csdesk file
this csdesk can open, and backs the current file up first (or sets a damaged one
aside), so a restore can itself be undone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from csdesk.common.i18n import translate
from csdesk.common.paths import data_dir
from csdesk.data import backup as backup_files
from csdesk.data import health, identity, schema
from csdesk.data.faults import StorageError
from csdesk.data.writers import ShopBusy, WriterLock
from csdesk.services.database import Database
from csdesk.services.errors import UserError, as_fault, shop_in_use, storage_fault
from csdesk.services.shop_file import shop_identity, stored_backup_dir


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


def known_shop_id(db_path: Path) -> str | None:
    """The id of the shop at ``db_path`` without making one up (None: unknown).

    Read from the file, or for a file too damaged to say, from the per-user index of
    where each shop was last opened.
    """
    return identity.shop_id_of(db_path) or identity.remembered_id(data_dir(), db_path)


@contextmanager
def _alongside(db_path: Path, role: str) -> Iterator[None]:
    """Hold the shop's shared lock for the block (a restore cannot start meanwhile)."""
    lock = WriterLock(db_path, role)
    try:
        lock.share()
    except ShopBusy as exc:
        raise shop_in_use(exc, translate("Storage", "back up the shop")) from exc
    try:
        yield
    finally:
        lock.release()


def _failed(exc: BaseException) -> UserError:
    return UserError(translate("Backup", "The backup failed: {reason}").format(reason=exc))


def backup_now(db_path: Path, out: Path | None = None, reason: str = "manual") -> Path:
    """Back the shop up now; to ``out`` if given, else into its backup folder.

    Raises:
        UserError: the backup failed (a storage fault says which); no partial file is
            left.
    """
    if not db_path.is_file():
        raise UserError(translate("Backup", "No database at {path}.").format(path=db_path))
    try:
        with _alongside(db_path, "backup"):
            if out is not None:
                return backup_files.write_backup(db_path, out)
            shop_id = shop_identity(db_path)
            return backup_files.take_backup(db_path, shop_id, backup_folder(db_path), reason)
    except StorageError as exc:
        raise as_fault(exc) from exc
    except backup_files.BackupError as exc:
        raise _failed(exc) from exc
    except OSError as exc:
        raise storage_fault(exc, out or backup_folder(db_path)) or _failed(exc) from exc


def backup_shop(db: Database, out: Path | None = None) -> Path:
    """Back the open shop up now, on a file or a server (see ``backup_now``)."""
    if db.path is None:
        from csdesk.services.server.server_backup import backup_server

        return backup_server(db, out)
    return backup_now(db.path, out)


def shop_backup_folder(db: Database) -> Path:
    """Where the open shop's backups go (a server shop's: as this seat sees the folder)."""
    if db.path is None:
        from csdesk.services.server.server_backup import server_backup_folder

        return server_backup_folder(db)
    return backup_folder(db.path)


def other_shop_of(db: Database, backup: Path) -> str | None:
    """The name of the other shop ``backup`` belongs to, or None if it is the open shop's."""
    return other_shop_named(backup, db.shop_id)


def daily_backup_if_due(db: Database, now: datetime | None = None) -> Path | None:
    """Take the day's backup at the first start of a day; return it, or None if one exists.

    A shop on a server: the first seat of the day takes it (``server_backup``).
    """
    now = now or datetime.now()
    if db.path is None:
        from csdesk.services.server.server_backup import daily_server_backup_if_due

        return daily_server_backup_if_due(db, now)
    folder = backup_folder(db.file)
    backups = backup_files.list_backups(folder, db.shop_id)
    if any(b.taken_at.date() == now.date() for b in backups):
        backup_files.remove_leftovers(folder)
        return None
    try:
        return backup_files.take_backup(db.file, db.shop_id, folder, "daily", now)
    except StorageError as exc:
        raise as_fault(exc) from exc
    except backup_files.BackupError as exc:
        raise _failed(exc) from exc
    except OSError as exc:
        raise storage_fault(exc, folder) or _failed(exc) from exc


def list_backups(db_path: Path) -> list[backup_files.BackupFile]:
    """Return this shop's backups, newest first (none when the shop is unknown)."""
    shop_id = known_shop_id(db_path)
    if shop_id is None:
        return []
    return backup_files.list_backups(backup_folder(db_path), shop_id)


def _sound(path: Path) -> bool:
    try:
        return health.check_file(path, full=True).ok
    except StorageError:
        return False


def latest_good_backup(db_path: Path, folder: Path | None = None) -> Path | None:
    """Return this shop's newest backup that passes ``integrity_check``, if any."""
    shop_id = known_shop_id(db_path)
    if shop_id is None:
        return None
    for found in backup_files.list_backups(folder or backup_folder(db_path), shop_id):
        if backup_files.belongs_to(found.path, shop_id) and _sound(found.path):
            return found.path
    return None


def check(db_path: Path) -> CheckResult:
    """Run quick_check and read the schema revision; never writes to the file."""
    if not db_path.exists():
        raise UserError(translate("Backup", "No database at {path}.").format(path=db_path))
    try:
        found = health.check_file(db_path)
    except StorageError as exc:
        raise as_fault(exc) from exc
    return CheckResult(found.ok, found.messages, found.revision, schema.SCHEMA_HEAD)


def _shop_name_in(path: Path) -> str:
    try:
        with closing(health.open_read_only(path)) as conn:
            row = conn.execute("SELECT value FROM shop_settings WHERE key = 'shop_name'").fetchone()
    except Exception:
        return ""
    return row[0] if row and row[0] else ""


def _refuse(message: str, backup: Path) -> UserError:
    return UserError(message.format(path=backup))


def check_backup_file(backup: Path) -> None:
    """Refuse anything but a sound csdesk file that this csdesk can open.

    Raises:
        UserError: what is wrong with ``backup``; nothing was changed.
    """
    if not backup.exists():
        raise _refuse(translate("Backup", "No backup file at {path}."), backup)
    if not backup.is_file() or backup.stat().st_size == 0:
        raise _refuse(
            translate("Backup", "{path} is not a csdesk backup (it is empty or not a file)."),
            backup,
        )
    try:
        found = health.check_file(backup, full=True)
    except StorageError as exc:
        raise as_fault(exc) from exc
    if not found.ok:
        raise _refuse(
            translate("Backup", "The backup {path} is damaged; nothing was restored."), backup
        )
    if found.revision is None:
        raise _refuse(
            translate(
                "Backup",
                "{path} is not a csdesk backup (another program's file); nothing was restored.",
            ),
            backup,
        )
    if found.revision != schema.SCHEMA_HEAD and found.revision not in schema.known_revisions():
        raise _refuse(
            translate(
                "Backup",
                "{path} was made by a newer csdesk; install it to restore this backup. "
                "Nothing was restored.",
            ),
            backup,
        )


def other_shop_named(backup: Path, shop_id: str | None) -> str | None:
    """The name of the other shop ``backup`` belongs to; None if shop ``shop_id``'s or unknown."""
    theirs = identity.shop_id_of(backup)
    if shop_id and theirs and shop_id != theirs:
        return _shop_name_in(backup) or translate("Backup", "without a name")
    return None


def check_restorable(backup: Path, db_path: Path, *, any_shop: bool = False) -> None:
    """Refuse anything but a sound csdesk file of this shop that this csdesk can open.

    Raises:
        UserError: what is wrong with ``backup``; nothing was changed.
    """
    check_backup_file(backup)
    name = other_shop(backup, db_path)
    if not any_shop and name is not None:
        raise refuse_other_shop(backup, name)


def refuse_other_shop(backup: Path, name: str) -> UserError:
    """The refusal of a backup of the other shop ``name`` (without ``--any-shop``)."""
    return UserError(
        translate(
            "Backup",
            "{path} is a backup of another shop ({name}). Restoring it would replace "
            "this shop's data with that shop's; nothing was restored. To do it anyway, "
            "confirm that you mean the other shop.",
        ).format(path=backup, name=name)
    )


def other_shop(backup: Path, db_path: Path) -> str | None:
    """The name of the other shop ``backup`` belongs to, or None if it is this shop's."""
    if not db_path.exists():
        return None
    return other_shop_named(backup, known_shop_id(db_path))


def restore(
    db_path: Path, backup: Path, *, any_shop: bool = False, wait: float | None = None
) -> Path | None:
    """Replace the database with ``backup``. The caller's own shop must be closed.

    Waits for every other csdesk process on the shop to finish (``wait`` seconds) and
    refuses, naming them, if they do not. The current file is backed up first
    ("pre-restore"), holding everything committed before the restore; a damaged
    current file is renamed aside instead. Returns that safety copy.

    Raises:
        UserError: the backup is not restorable, the shop is in use, or a storage
            fault; the database is untouched.
    """
    check_restorable(backup, db_path, any_shop=any_shop)
    folder = backup_folder(db_path)
    lock = WriterLock(db_path, "restore")
    try:
        with lock.exclusive(wait):
            safety = _keep_current(db_path, folder)
            backup_files.replace_with_backup(backup, db_path)
    except ShopBusy as exc:
        raise shop_in_use(exc, translate("Storage", "restore the backup")) from exc
    except StorageError as exc:
        raise as_fault(exc) from exc
    except (backup_files.BackupError, OSError) as exc:
        raise storage_fault(exc, db_path) or UserError(
            translate("Backup", "The restore failed: {reason}").format(reason=exc)
        ) from exc
    restored = identity.shop_id_of(db_path)
    if restored:
        identity.remember_id(data_dir(), db_path, restored)
    return safety


def _keep_current(db_path: Path, folder: Path) -> Path | None:
    """Back the current file up, or set it aside when damaged; None when there is none."""
    if not db_path.exists():
        return None
    if db_path.stat().st_size and health.check_file(db_path).ok:
        safety = backup_files.take_backup(db_path, shop_identity(db_path), folder, "pre-restore")
        backup_files.checkpoint(db_path)  # a kill before the swap then loses nothing either
        return safety
    return backup_files.set_aside(db_path)


def restore_latest(db_path: Path, *, wait: float | None = None) -> tuple[Path, Path | None]:
    """Restore this shop's newest good backup; return it and the safety copy.

    Raises:
        UserError: the shop has no good backup, or the restore was refused.
    """
    good = latest_good_backup(db_path)
    if good is None:
        raise UserError(
            translate("Backup", "No good backup of the shop at {path} was found.").format(
                path=db_path
            )
        )
    return good, restore(db_path, good, wait=wait)


def lock_path(db_path: Path) -> Path:
    """Return the lock file the window holds while it has ``db_path`` open."""
    return db_path.with_name(db_path.name + ".lock")
