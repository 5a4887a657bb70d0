"""Shop-wide settings: the shop's name (printed on every PDF) and its backup folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csdesk.common.paths import default_backup_dir
from csdesk.data.shop import ShopSetting
from csdesk.data.staff import Agent
from csdesk.domain.access import Permission
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.shop_file import BACKUP_DIR_KEY

SHOP_NAME_KEY = "shop_name"
SUPERVISOR_KEY = "supervisor"


@dataclass(frozen=True)
class ShopSettings:
    """The settings a supervisor edits in the Settings dialog."""

    shop_name: str
    backup_dir: Path
    supervisor: str = ""  # who signs reviews and entries when nobody else is named


def _get(db: Database, key: str) -> str:
    with db.read() as session:
        return setting(session, key)


def setting(session: Session, key: str) -> str:
    """One stored shop setting ("" when it was never set)."""
    return session.scalar(select(ShopSetting.value).where(ShopSetting.key == key)) or ""


def store_setting(session: Session, key: str, value: str) -> None:
    """Store one shop setting in the caller's transaction (a change is audited)."""
    from csdesk.services.audit.audit_log import record

    row = session.get(ShopSetting, key)
    if row is None or row.value != value:
        record(session, "setting", "setting", key, "value", "" if row is None else row.value, value)
    if row is None:
        session.add(ShopSetting(key=key, value=value))
    else:
        row.value = value


def load_settings(db: Database) -> ShopSettings:
    """Return the shop's settings, with defaults for what was never set."""
    folder = _get(db, BACKUP_DIR_KEY)
    return ShopSettings(
        _get(db, SHOP_NAME_KEY),
        Path(folder) if folder else default_backup_dir(),
        _get(db, SUPERVISOR_KEY),
    )


@needs(Permission.SETTINGS)
def save_settings(db: Database, settings: ShopSettings) -> None:
    """Store the shop's settings in one transaction."""
    with db.write() as session:
        store_setting(session, SHOP_NAME_KEY, settings.shop_name.strip())
        store_setting(session, BACKUP_DIR_KEY, str(settings.backup_dir))
        store_setting(session, SUPERVISOR_KEY, settings.supervisor.strip())


def shop_name(db: Database) -> str:
    """Return the shop's name ("" until the supervisor gives one)."""
    return _get(db, SHOP_NAME_KEY)


def supervisor_name(db: Database) -> str:
    """The shop's supervisor as the settings name them ("" until given)."""
    return _get(db, SUPERVISOR_KEY)


@needs(Permission.SETTINGS)
def set_shop_name(db: Database, name: str) -> None:
    """Name the shop."""
    with db.write() as session:
        store_setting(session, SHOP_NAME_KEY, name.strip())


def is_new_shop(db: Database) -> bool:
    """True for a database with no shop name and no agents: offer the welcome dialog."""
    with db.read() as session:
        agents = session.scalar(select(func.count()).select_from(Agent))
    return not agents and not shop_name(db)
