"""The shop's idle minutes: how long the window waits before it locks (0: never)."""

from __future__ import annotations

from csdesk.common.i18n import translate
from csdesk.domain.access import Permission
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.shop import setting, store_setting

LOCK_KEY = "lock_minutes"
DEFAULT_MINUTES = 10
LONGEST = 240


def lock_minutes(db: Database) -> int:
    """Minutes without a key or mouse press before the window locks."""
    with db.read() as session:
        text = setting(session, LOCK_KEY)
    return int(text) if text.isdigit() else DEFAULT_MINUTES


@needs(Permission.SETTINGS)
def set_lock_minutes(db: Database, minutes: int) -> None:
    """Set the shop's idle minutes (0 turns the lock off)."""
    if not 0 <= minutes <= LONGEST:
        raise UserError(
            translate("Accounts", "Idle minutes go from 0 (never lock) to {most}.").format(
                most=LONGEST
            )
        )
    with db.write() as session:
        store_setting(session, LOCK_KEY, str(minutes))
