"""Shop-wide settings stored in the database (shop name, backup folder ...).

They live in the database rather than in per-user settings because they belong to the
shop: the command line prints the same shop name on a PDF as the window does.
"""

from __future__ import annotations

from sqlalchemy import JSON, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from csdesk.data.base import Base


class ShopSetting(Base):
    """One shop-wide setting as a key and a text value."""

    __tablename__ = "shop_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ImportMapping(Base):
    """A column map saved by name for one import kind ("拼多多 export" for conversations).

    ``columns`` maps a file's column name to a field key ("" ignores the column). The
    map belongs to the shop, like the exports it describes, so it travels with backups.
    """

    __tablename__ = "import_mappings"
    __table_args__ = (UniqueConstraint("kind", "name", name="ux_import_mappings_kind_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    columns: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
