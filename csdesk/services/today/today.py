"""Today: every card, computed once for the page and for ``csdesk today``."""

from __future__ import annotations

from datetime import date, datetime, time

from csdesk.services.database import Database
from csdesk.services.today.cards import Card
from csdesk.services.today.month_cards import appraisals_card, goals_card
from csdesk.services.today.rota_card import rota_card
from csdesk.services.today.shop_cards import backup_card, data_card
from csdesk.services.today.work_cards import (
    actions_card,
    complaints_card,
    staff_card,
    training_card,
)
from csdesk.services.today.yesterday_card import yesterday_card


def today(db: Database, day: date | None = None, now: datetime | None = None) -> list[Card]:
    """The cards of ``day`` (today), in the page's order.

    ``now`` is the moment the complaint clocks are read at: the present for today, the
    start of the day for any other day (as the morning found it). A shop on a server
    has no backup card.
    """
    day = day or date.today()
    now = now or (datetime.now() if day == date.today() else datetime.combine(day, time(0)))
    cards = [
        rota_card(db, day, now),
        complaints_card(db, now),
        actions_card(db, day),
        training_card(db, day),
        appraisals_card(db, day),
        goals_card(db, day),
        staff_card(db, day),
        data_card(db, day),
        backup_card(db, now),
        yesterday_card(db, day),
    ]
    return cards
