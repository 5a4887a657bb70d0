"""The year's training budget, kept beside what was spent (the year-end summary).

Stored as a shop setting per year, in cents; a year without one has no budget (None),
which the summary says rather than comparing against zero.
"""

from __future__ import annotations

from csdesk.common.i18n import translate
from csdesk.domain.access import Permission
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.shop import setting, store_setting


def _key(year: int) -> str:
    return f"training_budget:{year}"


def training_budget(db: Database, year: int) -> int | None:
    """The year's training budget in cents; None when none was set."""
    with db.read() as session:
        stored = setting(session, _key(year))
    return int(stored) if stored else None


@needs(Permission.GOALS)
def set_training_budget(db: Database, year: int, cents: int | None) -> None:
    """Set (or with None, clear) the year's training budget.

    Raises:
        UserError: a negative amount.
    """
    if cents is not None and cents < 0:
        raise UserError(translate("Training", "A budget cannot be negative."))
    with db.write() as session:
        store_setting(session, _key(year), "" if cents is None else str(cents))
