"""One seat at a time where two at once would do a thing twice.

Two seats closing the same month, finalising its appraisals or running imports at the
same moment would each see the state before the other's change (PostgreSQL's
read-committed transactions) and both act on it. A transaction that does such a thing
first takes the shop-wide locks it names (``csdesk.data.server.hold``); the second seat
waits for the first to commit, then sees what it did (a month already closed, lines
already imported). A seat that waits too long is told so and nothing of its work is
written. A shop file needs none of this: its writers take turns already.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.server import hold, is_lock_timeout
from csdesk.services.errors import UserError


class SeatBusy(UserError):
    """Another seat held the lock for longer than a seat waits; nothing was written."""


def month_lock(month: object) -> str:
    """The lock of a month's appraisals (preparing, finalising, closing)."""
    return f"appraisals:{month}"


#: The lock every import takes: imports take turns (each lands whole).
IMPORT_LOCK = "import"


def one_seat_at_a_time(session: Session, *locks: str) -> None:
    """Take ``locks`` for the session's transaction, waiting for other seats' turns.

    Raises:
        SeatBusy: another seat held one too long; the transaction is to be rolled back.
    """
    try:
        hold(session.connection(), *locks)
    except DBAPIError as exc:
        if not is_lock_timeout(exc):
            raise
        raise SeatBusy(translate(
            "Server", "Another seat is doing the same right now (closing this month, "
            "finalising its appraisals, or importing). Nothing was changed; try again in a "
            "moment.")) from exc  # fmt: skip
