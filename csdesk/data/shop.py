"""Shop-wide settings stored in the database (shop name, backup folder ...).

They live in the database rather than in per-user settings because they belong to the
shop: the command line prints the same shop name on a PDF as the window does.
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from csdesk.data.base import Base


class ShopSetting(Base):
    """One shop-wide setting as a key and a text value."""

    __tablename__ = "shop_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
