"""The shop's paid orders of a month or a year, as the complaint rate divides by them.

A shop (store) may have day lines and a month line for the same month (a daily export
and a monthly one both imported): the month line is its figure then, never both added.
Several stores of one business add up.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from csdesk.data.orders import ShopOrders
from csdesk.domain.months import Month
from csdesk.services.database import Database


def month_orders(db: Database, month: Month) -> int | None:
    """Paid orders in ``month`` over every store; None when none are on file."""
    with db.read() as session:
        rows = session.execute(
            select(
                ShopOrders.store,
                ShopOrders.period_start,
                ShopOrders.period_end,
                ShopOrders.orders,
            ).where(
                ShopOrders.period_start >= month.first_day,
                ShopOrders.period_end <= month.last_day,
            )
        ).all()
    whole: dict[str, int] = {}
    days: dict[str, int] = defaultdict(int)
    for store, first, last, orders in rows:
        if first == month.first_day and last == month.last_day:
            whole[store] = orders
        elif first == last:
            days[store] += orders
    if not whole and not days:
        return None
    return sum(whole.get(store, days.get(store, 0)) for store in {*whole, *days})


def months_orders(db: Database, months: list[Month]) -> int | None:
    """Paid orders over ``months``; None unless every one of them has orders on file.

    A year's complaint rate over part of its orders would look far too high.
    """
    total = 0
    for month in months:
        orders = month_orders(db, month)
        if orders is None:
            return None
        total += orders
    return total
