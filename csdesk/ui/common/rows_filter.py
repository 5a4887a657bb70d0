"""Filtering a ``RowsModel``: by a predicate the page sets, and by typed search text.

Qt's proxy does the sorting; this subclass adds the two filters every list page needs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QObject, QSortFilterProxyModel

from csdesk.ui.common.model_index import ModelIndex
from csdesk.ui.common.rows_model import PAYLOAD_ROLE, SORT_ROLE, Row, RowsModel


class RowsFilter(QSortFilterProxyModel):
    """Sorts by the rows' sort keys; filters by search text and an optional predicate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._accept: Callable[[Row], bool] | None = None

    def set_text(self, text: str) -> None:
        """Show only rows whose search text contains ``text`` (case-insensitive)."""
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, accept: Callable[[Row], bool] | None) -> None:
        """Show only rows ``accept`` approves (None: all)."""
        self.beginFilterChange()
        self._accept = accept
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        row: Row = cast(RowsModel, self.sourceModel()).row(source_row)
        if self._accept is not None and not self._accept(row):
            return False
        if self._text:
            haystack = (row.search or " ".join(row.cells)).casefold()
            return self._text in haystack
        return True

    def payloads(self) -> list[Any]:
        """The payloads of the rows shown, in the order shown."""
        return [self.index(r, 0).data(PAYLOAD_ROLE) for r in range(self.rowCount())]
