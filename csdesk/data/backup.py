"""Backups with SQLite's online backup API, their rotation, and restore.

A file copy of a live WAL database is not a backup (it can lack the tables still in the
WAL). Here a backup is written with ``sqlite3.Connection.backup`` to a temporary name,
checked with ``integrity_check``, switched to a single-file journal mode, and only then
renamed into place. Restore removes the target's stale ``-wal``/``-shm`` files first,
since an old WAL replayed over a restored file corrupts it.
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

from csdesk.data.health import check_file, open_read_only

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z-]+)\.sqlite3$")


class BackupError(Exception):
    """The backup could not be made or is not sound; nothing was replaced."""


@dataclass(frozen=True)
class BackupFile:
    """A backup found in the backup folder."""

    path: Path
    taken_at: datetime
    reason: str  # daily, manual, pre-migration, pre-restore


def backup_name(db_path: Path, reason: str, now: datetime) -> str:
    """Return the file name of a backup of ``db_path`` taken ``now`` for ``reason``."""
    return f"{db_path.stem}-{now.strftime(_STAMP)}-{reason}.sqlite3"


def list_backups(folder: Path, db_path: Path) -> list[BackupFile]:
    """Return the backups of ``db_path`` in ``folder``, newest first."""
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if m and m["stem"] == db_path.stem:
            taken = datetime.strptime(m["stamp"], _STAMP)
            found.append(BackupFile(path, taken, m["reason"]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def write_backup(db_path: Path, dest: Path) -> Path:
    """Copy the live database ``db_path`` to ``dest`` with the online backup API.

    Raises:
        BackupError: the source cannot be read or the copy fails its integrity check;
            no file is left at ``dest``.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    try:
        with closing(open_read_only(db_path)) as src, closing(sqlite3.connect(part)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        health = check_file(part, full=True)
        if not health.ok:
            raise BackupError("; ".join(health.messages))
        if os.name == "posix":
            part.chmod(0o600)
        os.replace(part, dest)
    except sqlite3.Error as exc:
        part.unlink(missing_ok=True)
        raise BackupError(str(exc)) from exc
    except BackupError:
        part.unlink(missing_ok=True)
        raise
    return dest


def take_backup(db_path: Path, folder: Path, reason: str, now: datetime | None = None) -> Path:
    """Back ``db_path`` up into ``folder`` and rotate the old backups."""
    now = now or datetime.now()
    dest = write_backup(db_path, folder / backup_name(db_path, reason, now))
    rotate(folder, db_path, now)
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


def rotate(folder: Path, db_path: Path, now: datetime) -> list[Path]:
    """Delete the backups of ``db_path`` that rotation no longer keeps; return them."""
    backups = list_backups(folder, db_path)
    keep = backups_to_keep(backups, now)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


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
    shutil.copyfile(backup, part)
    with open(part, "rb") as handle:
        os.fsync(handle.fileno())
    for side in (Path(f"{target}-wal"), Path(f"{target}-shm"), Path(f"{target}-journal")):
        side.unlink(missing_ok=True)
    if os.name == "posix":
        part.chmod(0o600)
    os.replace(part, target)


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its side files) out of the way; never delete it."""
    now = now or datetime.now()
    aside = path.with_name(f"{path.name}.damaged-{now.strftime(_STAMP)}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{path}{suffix}")
        if src.exists():
            os.replace(src, Path(f"{aside}{suffix}"))
    return aside
