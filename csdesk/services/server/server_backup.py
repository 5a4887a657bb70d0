"""Backups of a shop on a server, taken by a seat, and restoring one onto the server.

A server shop's backup is an ordinary shop file (``csdesk.data.server_backup``), named
and rotated like a file shop's backups (by the shop's id) in the shop's backup folder
as the seat taking it sees it: point every seat at the same shared folder, or the
daily backups land on whichever seat started first that day. One seat a day takes the
daily backup: the first to hold the server's backup lock finds the day not yet marked
in the shop, takes it, and marks the day.

Restoring puts a backup file (this shop's, unless the caller means another) back onto
the server in one transaction, after a "pre-restore" backup of what the server holds,
so the restore itself can be undone. A backup from an older csdesk is upgraded first,
on a copy; the file chosen is only read.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from csdesk.common.i18n import translate
from csdesk.data import backup as backup_files
from csdesk.data import health, identity, schema
from csdesk.data.server import BACKUP_LOCK, try_lock
from csdesk.data.server_backup import replace_server_shop, write_snapshot
from csdesk.data.shop import ShopSetting
from csdesk.data.table_copy import CountMismatch
from csdesk.domain.access import Permission
from csdesk.services.accounts.access import require
from csdesk.services.database import Database, first_records
from csdesk.services.errors import UserError, storage_fault
from csdesk.services.server.connect import unreachable
from csdesk.services.shop import load_settings

#: The shop setting holding the day of the last daily backup (YYYY-MM-DD).
DAILY_MARK = "server_daily_backup"


def _failed(exc: BaseException) -> UserError:
    return UserError(translate("Backup", "The backup failed: {reason}").format(reason=exc))


def server_backup_folder(db: Database) -> Path:
    """The folder this seat writes the shop's backups to (the shop's backup setting)."""
    return load_settings(db).backup_dir


def _stem(db: Database) -> Path:
    """What backups of the server shop are named after: its database's name."""
    return Path(make_url(db.engine.url).database or "csdesk")


def backup_server(
    db: Database, out: Path | None = None, reason: str = "manual", now: datetime | None = None
) -> Path:
    """Back the server shop up now; to ``out`` if given, else into its backup folder.

    Raises:
        UserError: the server or the folder failed (said which); no partial file left.
    """
    now = now or datetime.now()
    folder = server_backup_folder(db)
    dest = out or folder / backup_files.backup_name(_stem(db), db.shop_id, reason, now)
    try:
        if out is None:
            backup_files.remove_leftovers(folder)
        write_snapshot(db.engine, dest)
        if out is None:
            backup_files.rotate(folder, db.shop_id, now)
    except DBAPIError as exc:
        raise unreachable(db.location, exc) from exc
    except backup_files.BackupError as exc:
        raise _failed(exc) from exc
    except OSError as exc:
        raise storage_fault(exc, dest.parent) or _failed(exc) from exc
    return dest


def daily_server_backup_if_due(db: Database, now: datetime | None = None) -> Path | None:
    """Take the day's backup if no seat has yet; return it, or None.

    The backup lock is held by the transaction that reads and marks the day, so two
    seats starting at once take one backup between them.
    """
    now = now or datetime.now()
    today = now.date().isoformat()
    with db.write() as session:
        if not try_lock(session.connection(), BACKUP_LOCK):
            return None  # another seat is taking it now
        mark = session.get(ShopSetting, DAILY_MARK)
        if mark is not None and mark.value == today:
            return None
        taken = backup_server(db, reason="daily", now=now)
        # a marker, not a setting anyone chose: not written to the audit trail
        session.merge(ShopSetting(key=DAILY_MARK, value=today))
    return taken


def server_backups(db: Database) -> list[backup_files.BackupFile]:
    """This shop's backups in this seat's backup folder, newest first."""
    return backup_files.list_backups(server_backup_folder(db), db.shop_id)


def _at_this_schema(backup: Path, folder: Path, shop_id: str) -> Path:
    """``backup`` itself, or an upgraded copy of it in ``folder`` (an older csdesk's).

    A backup older than shop ids is this shop's (``shop_id``), as for a file's restore.
    """
    revision = health.revision_of(backup)
    if revision == schema.SCHEMA_HEAD:
        return backup
    copy = folder / "upgraded.sqlite3"
    shutil.copyfile(backup, copy)
    shop_id = identity.shop_id_of(copy) or shop_id
    schema.upgrade(copy, after=lambda c: first_records(c, revision, shop_id))
    return copy


def restore_server(db: Database, backup: Path, *, any_shop: bool = False) -> Path:
    """Replace the server shop with ``backup``; return the pre-restore backup.

    Raises:
        UserError: the backup is not restorable (see ``backup.check_backup_file``), is
            another shop's without ``any_shop``, or the restore failed; the server's
            shop is then as it was.
        Refused: the one signed in may not restore (the shop's settings).
    """
    from csdesk.services.backup import check_backup_file, other_shop_named, refuse_other_shop

    require(db, Permission.SETTINGS)
    check_backup_file(backup)
    other = other_shop_named(backup, db.shop_id)
    if other is not None and not any_shop:
        raise refuse_other_shop(backup, other)
    with tempfile.TemporaryDirectory(prefix="csdesk-restore-") as work:
        chosen = Path(work) / "chosen.sqlite3"  # the backup as chosen: the safety backup
        shutil.copyfile(backup, chosen)  # taken next may share its name (the same second)
        safety = backup_server(db, reason="pre-restore")
        try:
            replace_server_shop(db.engine, _at_this_schema(chosen, Path(work), db.shop_id))
        except DBAPIError as exc:
            raise unreachable(db.location, exc) from exc
        except (CountMismatch, schema.MigrationError) as exc:
            raise UserError(
                translate("Backup", "The restore failed: {reason}").format(reason=exc)
            ) from exc
    return safety


def newest_server_backup(db: Database) -> Path | None:
    """This shop's newest sound backup in this seat's backup folder, if any."""
    for found in server_backups(db):
        if (
            backup_files.belongs_to(found.path, db.shop_id)
            and health.check_file(found.path, full=True).ok
        ):
            return found.path
    return None


def last_daily_backup(db: Database) -> date | None:
    """The day of the last daily backup any seat took, if one was."""
    with db.read() as session:
        day = session.scalar(select(ShopSetting.value).where(ShopSetting.key == DAILY_MARK))
    return date.fromisoformat(day) if day else None
