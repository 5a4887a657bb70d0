"""Backups with SQLite's online backup API, their rotation, and restore.

A file copy of a live WAL database is not a backup (it can lack the tables still in the
WAL). Here a backup is written with ``sqlite3.Connection.backup`` to a temporary name,
checked with ``integrity_check``, switched to a single-file journal mode, flushed to
disk and only then renamed into place. Restore removes the target's stale
``-wal``/``-shm`` files first, since an old WAL replayed over a restored file corrupts it.

Backups belong to a shop, not to a file name: each name carries the shop's id token
(``csdesk-3f2a9c1e7b4d-20261207-093000-daily.sqlite3``) and each file holds the shop's
id inside, so two shops whose files are both called ``csdesk.sqlite3`` never share,
rotate or restore each other's backups. Backups named before shops had ids
(``csdesk-20261101-080000-daily.sqlite3``) belong to no known shop: they are never
offered or rotated, and can still be restored by choosing the file.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from csdesk.common.atomic import PART_SUFFIX, replace_synced, sync_file, sync_folder
from csdesk.data import identity
from csdesk.data.faults import Fault, StorageError, classify
from csdesk.data.health import check_file, open_read_only

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<shop>[0-9a-f]{12})-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z-]+)\.sqlite3$"
)


class BackupError(Exception):
    """The backup could not be made or is not sound; nothing was replaced."""


@dataclass(frozen=True)
class BackupFile:
    """A backup of one shop found in the backup folder."""

    path: Path
    taken_at: datetime
    reason: str  # daily, manual, pre-migration, pre-restore


def backup_name(db_path: Path, shop_id: str, reason: str, now: datetime) -> str:
    """Return the file name of a backup of shop ``shop_id`` taken ``now`` for ``reason``."""
    return f"{db_path.stem}-{identity.token(shop_id)}-{now.strftime(_STAMP)}-{reason}.sqlite3"


def list_backups(folder: Path, shop_id: str) -> list[BackupFile]:
    """Return the backups of shop ``shop_id`` in ``folder``, newest first (by name only)."""
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    wanted = identity.token(shop_id)
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if m and m["shop"] == wanted:
            taken = datetime.strptime(m["stamp"], _STAMP)
            found.append(BackupFile(path, taken, m["reason"]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def belongs_to(backup: Path, shop_id: str) -> bool:
    """True unless the file inside says it is another shop than ``shop_id``.

    A file that says nothing is the pre-migration backup of a shop that had no id yet.
    """
    inside = identity.shop_id_of(backup)
    return inside is None or inside == shop_id


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete the ``.part`` files of backups that were killed half-way; return them."""
    if not folder.is_dir():
        return []
    removed = [p for p in folder.glob(f"*.sqlite3{PART_SUFFIX}") if p.is_file()]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def write_backup(db_path: Path, dest: Path) -> Path:
    """Copy the live database ``db_path`` to ``dest`` with the online backup API.

    Raises:
        BackupError: the source is damaged or the copy fails its integrity check.
        StorageError: a storage fault (disk full, read-only folder, locked ...).
        Either way no file is left at ``dest``.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + PART_SUFFIX)
    part.unlink(missing_ok=True)
    try:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # private at once
        os.close(fd)
        with closing(open_read_only(db_path)) as src, closing(sqlite3.connect(part)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        health = check_file(part, full=True)
        if not health.ok:
            raise BackupError("; ".join(health.messages))
        replace_synced(part, dest)
    except sqlite3.Error as exc:
        part.unlink(missing_ok=True)
        fault = classify(exc)
        if fault is None or fault is Fault.DAMAGED:
            raise BackupError(str(exc)) from exc
        raise StorageError(fault, db_path, str(exc)) from exc
    except (BackupError, StorageError, OSError):
        part.unlink(missing_ok=True)
        raise
    return dest


def take_backup(
    db_path: Path, shop_id: str, folder: Path, reason: str, now: datetime | None = None
) -> Path:
    """Back shop ``shop_id`` at ``db_path`` up into ``folder``; rotate its old backups."""
    now = now or datetime.now()
    remove_leftovers(folder)
    dest = write_backup(db_path, folder / backup_name(db_path, shop_id, reason, now))
    rotate(folder, shop_id, now)
    return dest


def backups_to_keep(backups: Iterable[BackupFile], now: datetime) -> set[Path]:
    """Choose which backups survive rotation.

    Kept: everything from the last 24 hours, and the newest backup of each of the 7 most
    recent days, 4 most recent ISO weeks and 12 most recent months that have one.
    """
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in ordered if now - b.taken_at < timedelta(hours=24)}
    periods = (
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    )
    for count, period_of in periods:
        seen: list[object] = []
        for backup in ordered:
            period = period_of(backup.taken_at)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            keep.add(backup.path)
    return keep


def rotate(folder: Path, shop_id: str, now: datetime) -> list[Path]:
    """Delete the backups of shop ``shop_id`` that rotation no longer keeps; return them."""
    backups = list_backups(folder, shop_id)
    keep = backups_to_keep(backups, now)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def checkpoint(db_path: Path) -> None:
    """Move everything in the WAL into the database file and empty the WAL.

    Only while no other connection is open (a restore holds the shop alone): a WAL left
    by a killed process may hold commits that exist nowhere else.
    """
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def replace_with_backup(backup: Path, target: Path) -> None:
    """Put ``backup`` in place of ``target``. Every connection to ``target`` must be closed.

    The backup is verified first; the target's stale ``-wal`` and ``-shm`` files are
    removed, and the copy is written under a temporary name and renamed.

    Raises:
        BackupError: the backup is damaged; the target is untouched.
    """
    health = check_file(backup, full=True)
    if not health.ok:
        raise BackupError("; ".join(health.messages))
    part = target.with_name(target.name + ".restoring")
    try:
        shutil.copyfile(backup, part)
        if os.name == "posix":
            part.chmod(0o600)
        sync_file(part)
        for side in (Path(f"{target}-wal"), Path(f"{target}-shm"), Path(f"{target}-journal")):
            side.unlink(missing_ok=True)
        os.replace(part, target)
        sync_folder(target.parent)
    finally:
        part.unlink(missing_ok=True)


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its side files) out of the way; never delete it."""
    now = now or datetime.now()
    aside = path.with_name(f"{path.name}.damaged-{now.strftime(_STAMP)}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{path}{suffix}")
        if src.exists():
            os.replace(src, Path(f"{aside}{suffix}"))
    return aside
