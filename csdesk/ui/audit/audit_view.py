"""The audit trail as a filtered table: the Audit page's body and a record's History.

Newest first, narrowed by days, account, kind of record, action and a search over keys,
fields and values; the filtering runs in the service (in SQL), so years of entries
filter as quickly as a week's. Stored keys are shown in the reader's words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from csdesk.common.audit_labels import (
    audit_action_labels,
    audit_entity_labels,
    audit_field_labels,
    audit_key,
    audit_reason,
    audit_value,
)
from csdesk.services.audit import audit_query
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.kinds import FILE_KINDS
from csdesk.ui.common.date_edits import OptionalDateEdit
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import record_table
from csdesk.ui.tasks import TaskRunner

#: How long typing pauses before the search runs (one query, not one per key).
SEARCH_PAUSE_MS = 200
#: How many rows the columns' widths are measured on.
FIT_ROWS = 60


def field_words(entity: str) -> dict[str, str]:
    """Field key -> words for entries of ``entity`` (an import's fields by its own names)."""
    words = audit_field_labels()
    kind = FILE_KINDS.get(entity)
    if kind is not None and kind.fields:
        words.update({key: label for key, label, *_rest in kind.field_list()})
    return words


class AuditView(QWidget):
    """The filters and the table; ``key`` fixes the view on one record's history.

    Signals:
        reloaded: the table shows a new set of entries (the page updates its buttons).
    """

    reloaded = Signal()

    def __init__(
        self,
        db: Database,
        entity: str = "",
        key: str = "",
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.key, self.tasks = db, key, tasks
        self._asked = 0  # the newest query sent; older answers are dropped
        self.since = OptionalDateEdit(self.tr("From"))
        self.until = OptionalDateEdit(self.tr("To"))
        self.user, self.entity, self.action = QComboBox(), QComboBox(), QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search records, fields and values"))
        self.count = QLabel()
        self.model = RowsModel(self)
        self.table = record_table("auditTable", self.model)
        self.table.setWordWrap(False)
        # widths from the first rows shown, not from all 1,000 (that cost a third of a second)
        self.table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        top = QHBoxLayout()
        for widget in (self.since, self.until, self.user, self.entity, self.action):
            top.addWidget(widget)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.found = audit_query.Found([], 0)
        self.fill_filters(entity)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._pause.start())
        for combo in (self.user, self.entity, self.action):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for edit in (self.since, self.until):
            edit.check.toggled.connect(lambda _on: self.reload())
            edit.edit.dateChanged.connect(lambda _d: self.reload())

    def fill_filters(self, entity: str = "") -> None:
        """The lists of accounts, kinds and actions the trail holds (the choices are kept)."""
        kept = {box: box.currentData() for box in (self.user, self.entity, self.action)}
        found = audit_query.choices(self.db)
        kinds, actions = audit_entity_labels(), audit_action_labels()
        fills = (
            (self.user, self.tr("Every account"), [(u, u) for u in found.users]),
            (self.entity, self.tr("Every kind"), [(kinds.get(e, e), e) for e in found.entities]),
            (self.action, self.tr("Every action"), [(actions.get(a, a), a) for a in found.actions]),
        )  # fmt: skip
        for box, every, items in fills:
            box.blockSignals(True)
            box.clear()
            box.addItem(every, "")
            for text, data in sorted(items):
                box.addItem(text, data)
            box.setCurrentIndex(max(box.findData(kept[box] or ""), 0))
            box.blockSignals(False)
        if entity:
            self.entity.setCurrentIndex(max(self.entity.findData(entity), 0))

    def wanted(self) -> audit_query.AuditFilter:
        """What the filters ask for."""
        return audit_query.AuditFilter(
            since=self.since.value(), until=self.until.value(), user=self.user.currentData(),
            entity=self.entity.currentData(), action=self.action.currentData(), key=self.key,
            text=self.search.text(),
        )  # fmt: skip

    def shown(self) -> list[audit_query.Entry]:
        """The entries in the table, newest first."""
        return self.found.entries

    def reload(self) -> None:
        """Ask the service for the entries the filters leave (in the background if it can)."""
        self._pause.stop()
        wanted = self.wanted()
        if self.tasks is None:
            self.show_found(audit_query.find(self.db, wanted))
            return
        self._asked += 1
        asked = self._asked
        self.count.setText(self.tr("Reading the trail…"))
        self.tasks.run(
            lambda: audit_query.find(self.db, wanted),
            lambda found: self.show_found(found) if asked == self._asked else None,
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            raise exc  # a bug: the crash dialog, not a silent empty list
        self.count.setText(exc.message)

    def show_found(self, found: audit_query.Found) -> None:
        """Fill the table with what the service found."""
        self.found = found
        headers = [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Kind"),
                   self.tr("Record"), self.tr("Field"), self.tr("Before"), self.tr("After"),
                   self.tr("Reason")]  # fmt: skip
        actions, kinds = audit_action_labels(), audit_entity_labels()
        words: dict[str, dict[str, str]] = {}
        rows = []
        for e in self.found.entries:
            if e.entity not in words:
                words[e.entity] = field_words(e.entity)
            fields = words[e.entity]
            cells = (e.at.isoformat(" "), e.user, actions.get(e.action, e.action),
                     kinds.get(e.entity, e.entity), audit_key(e.entity, e.key),
                     fields.get(e.field, e.field), audit_value(e.entity, e.key, e.field, e.old),
                     audit_value(e.entity, e.key, e.field, e.new),
                     audit_reason(e.action, e.reason))  # fmt: skip
            tips = ("",) * 6 + cells[6:]  # long values in full
            rows.append(Row(cells, e, sort=(e.id, *cells[1:]), tips=tips))
        self.model.set_rows(headers, rows)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.resizeColumnsToContents()
        for column in range(4, 9):  # long values and reasons: the rest stays readable
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        if self.found.total > len(self.found.entries):
            text = self.tr("Entries: {total} (the newest {shown} shown; narrow the filters)")
        else:
            text = self.tr("Entries: {total}")
        self.count.setText(text.format(total=self.found.total, shown=len(self.found.entries)))
        self.reloaded.emit()
