"""Today's cards of the shop's running: the rota of the day, the data on file, the backups.

A backup folder on the database's own disk is no backup when that disk dies, and a
database in a network or synced folder corrupts (PITFALLS.md): both are said here daily.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from csdesk.data.location import risky_location
from csdesk.data.orders import ShopOrders
from csdesk.data.performance import AgentSummary, Conversation
from csdesk.services.backup import backup_folder, list_backups
from csdesk.services.database import Database
from csdesk.services.today.cards import Card, Item


def data_card(db: Database, day: date) -> Card:
    """The last day with conversations, summaries and orders; a missing yesterday is said."""
    with db.read() as session:
        talks = session.scalar(select(func.max(Conversation.started_at)))
        summaries = session.scalar(select(func.max(AgentSummary.period_end)))
        orders = session.scalar(select(func.max(ShopOrders.period_end)))
    yesterday = day - timedelta(days=1)
    last_talk = talks.date() if isinstance(talks, datetime) else talks
    missing = last_talk is None or last_talk < yesterday  # none on file: said too
    return Card(
        "data",
        (
            Item("conversations_missing", 1 if missing else 0,
                 (str(last_talk),) if last_talk else ()),
            Item("last_summaries", 0, (str(summaries),) if summaries else ()),
            Item("last_orders", 0, (str(orders),) if orders else ()),
        ),
    )  # fmt: skip


def _same_disk(one: Path, other: Path) -> bool:
    try:
        return os.stat(one).st_dev == os.stat(other).st_dev
    except OSError:
        return False


def backup_card(db: Database, now: datetime) -> Card:
    """The last backup and its age; none today, backups on the database's disk, risky folder."""
    if db.path is None:
        return _server_backup_card(db, now)
    path = db.path
    risky = risky_location(path)
    risky_item = Item("risky_folder", 1 if risky else 0, (risky,) if risky else ())
    try:
        folder = backup_folder(path)
        backups = list_backups(path) if folder.is_dir() else None
        where = str(folder)
    except OSError as exc:  # a folder the system refuses
        backups, where = None, str(exc.filename or "")
    if backups is None:  # a backup drive unplugged is not "no backup yet"
        return Card("backup", (Item("unreachable", 1, (where,) if where else ()), risky_item))
    last = backups[0].taken_at if backups else None
    return Card(
        "backup",
        (
            Item("none_today", 0 if last and last.date() == now.date() else 1,
                 (last.isoformat(" ", "minutes"),) if last else ()),
            Item("same_disk", 1 if _same_disk(folder, path.parent) else 0,
                 (str(folder),)),
            risky_item,
        ),
    )  # fmt: skip


def _server_backup_card(db: Database, now: datetime) -> Card:
    """A server shop's: none today unless some seat took the day's (or this seat another)."""
    from csdesk.services.server.server_backup import last_daily_backup, server_backups

    backups = server_backups(db)
    last = backups[0].taken_at if backups else None
    taken_today = (last is not None and last.date() == now.date()) or (
        last_daily_backup(db) == now.date()
    )
    return Card(
        "backup",
        (
            Item("none_today", 0 if taken_today else 1,
                 (last.isoformat(" ", "minutes"),) if last else ()),
            Item("same_disk", 0, ()),  # the server's disk is not this seat's
            Item("risky_folder", 0, ()),
        ),
    )  # fmt: skip
