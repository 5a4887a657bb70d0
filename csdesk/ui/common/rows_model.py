"""A read-only table of prepared rows, for pages whose rows are small plain records.

The page formats each row once (texts in the user's language, sort keys, fills) and
hands them over; the model only looks them up, and a filter proxy sorts and searches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from csdesk.ui.common.model_index import ModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Row:
    """One prepared row.

    Attributes:
        cells: the text of each column.
        payload: the record behind the row (what a double-click opens).
        sort: a sort key per column (defaults to the text).
        fills: a background colour ("#rrggbb") per column, or None.
        tips: a tooltip per column.
        search: the text the search box matches (defaults to all cells).
    """

    cells: tuple[str, ...]
    payload: Any = None
    sort: tuple[Any, ...] = ()
    fills: tuple[str | None, ...] = ()
    tips: tuple[str, ...] = ()
    search: str = ""


class RowsModel(QAbstractTableModel):
    """Prepared rows under translated headers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[Row] = []
        self._numeric: frozenset[int] = frozenset()

    def set_rows(
        self, headers: Sequence[str], rows: Sequence[Row], numeric: Sequence[int] = ()
    ) -> None:
        """Replace the headers and every row; ``numeric`` columns are aligned right."""
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = list(rows)
        self._numeric = frozenset(numeric)
        self.endResetModel()

    def row(self, index: int) -> Row:
        """The prepared row at ``index``."""
        return self._rows[index]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[col] if col < len(row.cells) else ""
        if role == SORT_ROLE:
            if col < len(row.sort):
                key = row.sort[col]
                # Qt compares only plain values: dates as ISO text, other objects as text
                if isinstance(key, date):
                    return key.isoformat()
                return key if isinstance(key, int | float | str) else str(key)
            return row.cells[col] if col < len(row.cells) else ""
        if role == PAYLOAD_ROLE:
            return row.payload
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col < len(row.fills) and row.fills[col]:
            return QBrush(QColor(row.fills[col]))
        if role == Qt.ItemDataRole.ForegroundRole and col < len(row.fills) and row.fills[col]:
            return QBrush(QColor("#202020"))  # readable on the pale fills in dark themes too
        if role == Qt.ItemDataRole.ToolTipRole and col < len(row.tips) and row.tips[col]:
            return row.tips[col]
        return None
