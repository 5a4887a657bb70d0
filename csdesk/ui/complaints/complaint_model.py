"""The complaint table: holds only ids, reads rows a page at a time as they scroll in.

With 200,000 complaints a model holding every row would take seconds and hundreds of
megabytes; this one knows how many complaints match, holds the ids of the first ones
and reads others a chunk at a time where the list is scrolled to (``LazyIds``), and
keeps a bounded cache of pages of rows. Filtering costs a count and one short id query;
scrolling, one small query per page. Sorting asks the page to query again in the new
order (``sort_requested``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from csdesk.common.case_labels import clock_state_labels
from csdesk.common.complaint_labels import (
    complaint_channel_labels,
    complaint_status_labels,
    escalation_labels,
    priority_labels,
)
from csdesk.common.labels import label
from csdesk.common.palette import CLOCK_COLOURS
from csdesk.domain.complaints import Priority
from csdesk.domain.sla import ClockState
from csdesk.services.complaints.complaint_list import SortKey
from csdesk.services.complaints.complaint_rows import ListRow
from csdesk.ui.common.formats import show_datetime
from csdesk.ui.common.model_index import ModelIndex

PAGE_SIZE = 200
MAX_PAGES = 40  # about 8,000 rows kept at most
ID_CHUNK = 1000  # ids read at a time where the list is scrolled to (5 pages of rows)

_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)

COLUMNS = (
    SortKey.REF,
    SortKey.RECEIVED,
    SortKey.PRIORITY,
    SortKey.STATUS,
    SortKey.DUE,
    SortKey.CATEGORY,
    SortKey.AGENT,  # before the customer: visible on a 1366-pixel laptop
    SortKey.CUSTOMER,
    SortKey.ORDER,
    SortKey.PLATFORM,
    SortKey.CHANNEL,
)


class LazyIds:
    """The ids of a list of ``total`` complaints, read a chunk at a time when needed.

    A drag of the scroll bar to the middle of 200,000 complaints reads one chunk there
    (``more(offset, limit)``, an ``OFFSET`` query), not the 100,000 ids before it.
    """

    def __init__(
        self, first: list[int], total: int, more: Callable[[int, int], list[int]] | None
    ) -> None:
        self.total = max(total, len(first))
        self._more = more
        self._chunks: dict[int, list[int]] = {}
        for number, start in enumerate(range(0, len(first), ID_CHUNK)):
            chunk = first[start : start + ID_CHUNK]
            if len(chunk) == ID_CHUNK or start + len(chunk) == self.total:
                self._chunks[number] = chunk

    def _chunk(self, number: int) -> list[int]:
        chunk = self._chunks.get(number)
        if chunk is None:
            chunk = self._more(number * ID_CHUNK, ID_CHUNK) if self._more else []
            self._chunks[number] = chunk
        return chunk

    def at(self, row: int) -> int | None:
        """The id at ``row`` (None when the list ended early: it changed meanwhile)."""
        if not 0 <= row < self.total:
            return None
        chunk = self._chunk(row // ID_CHUNK)
        offset = row % ID_CHUNK
        return chunk[offset] if offset < len(chunk) else None

    def between(self, start: int, end: int) -> list[int | None]:
        """The ids of rows ``start`` to ``end`` (exclusive; None where the list ended)."""
        return [self.at(row) for row in range(start, min(end, self.total))]

    def row_of(self, complaint_id: int) -> int | None:
        """The row of ``complaint_id``, if the list holds it.

        Reads every id if it is not among those known (only after an edit far down a
        list never scrolled there).
        """
        for number, chunk in self._chunks.items():
            if complaint_id in chunk:
                return number * ID_CHUNK + chunk.index(complaint_id)
        chunks = range((self.total + ID_CHUNK - 1) // ID_CHUNK)
        if self._more is None or all(n in self._chunks for n in chunks):
            return None
        every = self._more(0, self.total)
        self._chunks = {n: every[n * ID_CHUNK : (n + 1) * ID_CHUNK] for n in chunks}
        return every.index(complaint_id) if complaint_id in every else None


class ComplaintTableModel(QAbstractTableModel):
    """Complaints by id, their rows fetched through ``fetch`` when first shown."""

    sort_requested = Signal(object, bool)  # SortKey, descending

    def __init__(
        self, fetch: Callable[[Sequence[int]], list[ListRow]], parent: QObject | None = None
    ):
        super().__init__(parent)
        self._fetch = fetch
        self._ids = LazyIds([], 0, None)
        self._pages: OrderedDict[int, list[ListRow | None]] = OrderedDict()
        self._headers: list[str] = []
        self.refresh_labels()

    # --- contents -----------------------------------------------------------------------
    def set_ids(
        self,
        ids: list[int],
        total: int | None = None,
        more_ids: Callable[[int, int], list[int]] | None = None,
    ) -> None:
        """Show ``total`` complaints in order, ``ids`` being the first of them.

        ``more_ids(offset, limit)`` reads the others when they are needed; rows are read
        when they are shown.
        """
        self.beginResetModel()
        self._ids = LazyIds(list(ids), len(ids) if total is None else total, more_ids)
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Forget the cached rows (after an edit); the ids stay."""
        self._pages.clear()
        if self._ids.total:
            last = self.index(self._ids.total - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def refresh_labels(self) -> None:
        """Column titles and cell words in the current language."""
        titles = {
            SortKey.REF: self.tr("Reference"),
            SortKey.RECEIVED: self.tr("Received"),
            SortKey.PRIORITY: self.tr("Priority"),
            SortKey.STATUS: self.tr("Status"),
            SortKey.DUE: self.tr("Next due"),
            SortKey.CATEGORY: self.tr("Category"),
            SortKey.CUSTOMER: self.tr("Customer"),
            SortKey.ORDER: self.tr("Order no."),
            SortKey.AGENT: self.tr("Agent"),
            SortKey.PLATFORM: self.tr("Platform / shop"),
            SortKey.CHANNEL: self.tr("Channel"),
        }
        self._headers = [titles[key] for key in COLUMNS]
        self._priorities = priority_labels()
        self._statuses = complaint_status_labels()
        self._states = clock_state_labels()
        self._channels = complaint_channel_labels()
        self._escalations = escalation_labels()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.refresh_rows()

    def id_at(self, row: int) -> int | None:
        """The complaint id of a row."""
        return self._ids.at(row)

    def row_of(self, complaint_id: int) -> int | None:
        """The row showing ``complaint_id``, if it is in the list."""
        return self._ids.row_of(complaint_id)

    def list_row(self, row: int) -> ListRow | None:
        """The list row at ``row``, read from the database if not cached."""
        if not 0 <= row < self._ids.total:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._load_page(number)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _load_page(self, number: int) -> list[ListRow | None]:
        ids = self._ids.between(number * PAGE_SIZE, (number + 1) * PAGE_SIZE)
        found = {r.id: r for r in self._fetch([i for i in ids if i is not None])}
        page = [None if i is None else found.get(i) for i in ids]
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    @property
    def cached_pages(self) -> int:
        """How many pages of rows are held (tests check the cache stays bounded)."""
        return len(self._pages)

    # --- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._ids.total

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # a paint asks for a dozen roles per cell; most have no answer here, and
        # refusing them before the row lookup halves the cost of a screen of rows
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row = self.list_row(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and key in (SortKey.DUE, SortKey.REF):
            colours = CLOCK_COLOURS.get(row.due_state)
            return QBrush(QColor(colours[0])) if colours else None
        if role == Qt.ItemDataRole.ForegroundRole and key in (SortKey.DUE, SortKey.REF):
            colours = CLOCK_COLOURS.get(row.due_state)
            return QBrush(QColor(colours[1])) if colours else None
        if (
            role == Qt.ItemDataRole.FontRole
            and key is SortKey.PRIORITY
            and row.priority == Priority.URGENT
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row)
        return None

    def _text(self, row: ListRow, key: SortKey) -> str:
        if key is SortKey.REF:
            return row.ref
        if key is SortKey.RECEIVED:
            return show_datetime(row.received_at)
        if key is SortKey.PRIORITY:
            return label(self._priorities, row.priority)
        if key is SortKey.STATUS:
            return label(self._statuses, row.status)
        if key is SortKey.DUE:
            return self._due_text(row)
        if key is SortKey.CATEGORY:
            return row.category
        if key is SortKey.CUSTOMER:
            return row.customer
        if key is SortKey.ORDER:
            return row.order_no
        if key is SortKey.AGENT:
            return row.agent
        if key is SortKey.PLATFORM:
            return " · ".join(p for p in (row.platform, row.shop) if p)
        return label(self._channels, row.channel)

    def _due_text(self, row: ListRow) -> str:
        if row.due_state is ClockState.PAUSED:
            return self._states[ClockState.PAUSED]
        if row.next_due_at is None:
            return "—"
        text = show_datetime(row.next_due_at)
        if row.due_state in (ClockState.OVERDUE, ClockState.DUE_SOON):
            text = f"{text} ({self._states[row.due_state]})"
        return text

    def _tip(self, row: ListRow) -> str:
        lines = [f"{row.ref} · {label(self._statuses, row.status)}"]
        if row.escalation and row.escalation != "none":
            lines.append(label(self._escalations, row.escalation))
        if row.breached:
            lines.append(self.tr("A promised time was missed"))
        if not row.valid:
            lines.append(self.tr("Not the agent's fault"))
        return "\n".join(lines)
