"""The shop's paid orders per day or month: what a complaint rate is divided by."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Date, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from csdesk.data.base import Base


class ShopOrders(Base):
    """Paid orders of one shop (store) for a day, or for a whole month.

    ``store`` is the platform shop the back-office file names ("" when it names none);
    a month row covers its first to last day. Both kinds may be on file for a month:
    the month's figure then is the month row, never both added up.
    """

    __tablename__ = "shop_orders"
    __table_args__ = (
        UniqueConstraint("store", "period_start", "period_end", name="ux_shop_orders_period"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    store: Mapped[str] = mapped_column(String(100), default="")
    period_start: Mapped[date] = mapped_column(Date, index=True)
    period_end: Mapped[date] = mapped_column(Date)
    orders: Mapped[int] = mapped_column(Integer)
    buyers: Mapped[int | None] = mapped_column(Integer)
    amount_cents: Mapped[int | None] = mapped_column(BigInteger)
