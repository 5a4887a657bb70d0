"""The complaints page: queues on the left, filters above, the lazy table below.

Every morning the supervisor opens "Overdue" and "Due today"; the table is sorted by
received time (newest first) until a column header is clicked. Typing in the search
box re-queries at once: the list holds ids only, so even 200,000 complaints filter
within a keystroke (see ``benchmarks/complaint_list.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.complaint_labels import complaint_status_labels, priority_labels
from csdesk.services.complaints import complaint_list, complaint_rows, complaint_settings
from csdesk.services.complaints.complaint_list import ComplaintFilter, Queue, SortKey
from csdesk.services.kinds import FILE_KINDS
from csdesk.services.staff import agents as staff
from csdesk.ui.common.combos import fill_combo
from csdesk.ui.common.date_edits import OptionalDateEdit
from csdesk.ui.common.empty_hint import EmptyHint
from csdesk.ui.common.widgets import button_row, record_table
from csdesk.ui.complaints import complaint_output
from csdesk.ui.complaints.complaint_model import COLUMNS, ComplaintTableModel
from csdesk.ui.context import AppContext
from csdesk.ui.importing.import_dialog import ImportDialog, ImportKind

COMPLAINT_IMPORT = ImportKind(
    file=FILE_KINDS["complaints"],
    title=lambda: QCoreApplication.translate("ComplaintsPage", "Import complaints"),
    headers=lambda: (
        QCoreApplication.translate("ComplaintsPage", "Reference"),
        QCoreApplication.translate("ComplaintsPage", "Customer · order"),
    ),
    hint=lambda: QCoreApplication.translate(
        "ComplaintsPage",
        "Choose a CSV or Excel export of your help desk or complaint sheet. Headers in "
        "English or Chinese are recognised (投诉时间, 订单号, 状态 …). Lines already on file "
        "(same reference, or same time, order and customer) are updated, not added twice.",
    ),
    announce=lambda ctx: ctx.notices.complaints_changed.emit(),
)

#: A pause in typing this short still filters at once; it only merges key repeats.
SEARCH_DELAY_MS = 30


class ComplaintsPage(QWidget):
    """Complaint follow-ups: queues, filters, the list, and the case files."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sort_key = SortKey.RECEIVED
        self.descending = True
        self.model = ComplaintTableModel(lambda ids: complaint_rows.rows_for(ctx.db, ids), self)
        self._ready = False  # sorting before the first load only records the order
        self._counts: dict[Queue, int] = {}
        self.model.sort_requested.connect(self._sort)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.requery)
        self._build()
        self.retranslate()
        self._restore_state()
        ctx.notices.complaints_changed.connect(self.reload)
        ctx.notices.staff_changed.connect(self._fill_agents)
        ctx.notices.data_reset.connect(self.reload)
        self._ready = True
        self.reload()

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.review_button = QPushButton()
        self.settings_button = QPushButton()

        self.queues = QListWidget()
        self.queues.setObjectName("complaintQueues")
        self.queues.setMaximumWidth(200)
        for queue in Queue:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, queue.value)
            self.queues.addItem(item)

        self.search = QLineEdit()
        self.search.setObjectName("complaintSearch")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.category_filter = QComboBox()
        self.priority_filter = QComboBox()
        self.agent_filter = QComboBox()
        self.platform_filter = QComboBox()
        self.from_date = OptionalDateEdit()
        self.to_date = OptionalDateEdit()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (
            self.status_filter,
            self.category_filter,
            self.priority_filter,
            self.agent_filter,
            self.platform_filter,
        ):
            filters.addWidget(combo, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.from_date)
        dates.addWidget(self.to_date)
        dates.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("complaintCount")
        dates.addWidget(self.count_label)

        self.table = record_table("complaintTable", self.model)
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr("No complaint matches the search and the filters.")
            if self.search.text().strip()
            else self.tr("No complaints in this list."),
            [(lambda: self.tr("New complaint"), self.new_complaint),
             (lambda: self.tr("Import…"), self.import_complaints)],
        )  # fmt: skip
        self.table.sortByColumn(COLUMNS.index(SortKey.RECEIVED), Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_complaint())
        self.table.activated.connect(lambda _i: self.open_complaint())

        right = QVBoxLayout()
        right.addLayout(filters)
        right.addLayout(dates)
        right.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addWidget(self.queues)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(
                self.new_button,
                self.open_button,
                None,
                self.import_button,
                self.export_button,
                self.review_button,
                self.settings_button,
            )
        )
        layout.addLayout(body, 1)

        self.new_button.clicked.connect(self.new_complaint)
        self.open_button.clicked.connect(lambda: self.open_complaint())
        self.import_button.clicked.connect(self.import_complaints)
        self.export_button.clicked.connect(self.export_complaints)
        self.review_button.clicked.connect(self.monthly_review)
        self.settings_button.clicked.connect(self.edit_settings)
        self.queues.currentRowChanged.connect(lambda _r: self.requery())
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (
            self.status_filter,
            self.category_filter,
            self.priority_filter,
            self.agent_filter,
            self.platform_filter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.requery())
        for edit in (self.from_date, self.to_date):
            edit.check.toggled.connect(lambda _c: self.requery())
            edit.edit.dateChanged.connect(lambda _d: self.requery())
        for sequence, slot in (
            (QKeySequence.StandardKey.New, self.new_complaint),
            (QKeySequence.StandardKey.Find, self.search.setFocus),
            (QKeySequence.StandardKey.Print, self.print_review),
            (QKeySequence("Ctrl+E"), self.export_complaints),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def report_actions(self) -> dict[str, Callable[[], None]]:
        """How this page prints each report kind it owns (the window's Reports menu)."""
        return {"complaints": self.print_review}

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.new_button.setText(self.tr("&New complaint"))
        self.new_button.setToolTip(self.tr("Record a new complaint (Ctrl+N)"))
        self.open_button.setText(self.tr("&Open case file"))
        self.import_button.setText(self.tr("&Import…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Export the complaints to CSV or Excel (Ctrl+E)"))
        self.review_button.setText(self.tr("Monthly &review PDF…"))
        self.review_button.setToolTip(self.tr("The month's complaint review (Ctrl+P prints it)"))
        self.settings_button.setText(self.tr("&Settings…"))
        self.settings_button.setToolTip(
            self.tr("Promised times, working week, holidays, categories and root causes")
        )
        self.search.setPlaceholderText(self.tr("Search reference, order number, customer (Ctrl+F)"))
        self.from_date.check.setText(self.tr("Received from"))
        self.to_date.check.setText(self.tr("to"))
        fill_combo(self.status_filter, complaint_status_labels(), ("", self.tr("All statuses")))
        fill_combo(self.priority_filter, priority_labels(), ("", self.tr("All priorities")))
        self.model.refresh_labels()
        self._fill_lists()
        self._update_queue_titles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _queue_names(self) -> dict[Queue, str]:
        return {
            Queue.OPEN: self.tr("All open"),
            Queue.OVERDUE: self.tr("Overdue"),
            Queue.DUE_TODAY: self.tr("Due today"),
            Queue.WAITING: self.tr("Waiting"),
            Queue.FOLLOW_UP: self.tr("To follow up"),
            Queue.CLOSED: self.tr("Closed"),
            Queue.ALL: self.tr("All complaints"),
        }

    def _update_queue_titles(self, counts: dict[Queue, int] | None = None) -> None:
        if counts is not None:
            self._counts = counts
        names = self._queue_names()
        for row, queue in enumerate(Queue):
            count = self._counts.get(queue)
            text = names[queue] if count is None else f"{names[queue]} ({count})"
            self.queues.item(row).setText(text)

    def _fill_lists(self) -> None:
        categories = {
            str(c.id): ("    " + c.name if c.parent_id else c.name)
            for c in complaint_settings.list_categories(self.ctx.db)
        }
        fill_combo(self.category_filter, categories, ("", self.tr("All categories")))
        platforms = {p: p for p in complaint_list.platforms(self.ctx.db)}
        fill_combo(self.platform_filter, platforms, ("", self.tr("All platforms")))
        self._fill_agents()

    def _fill_agents(self) -> None:
        agents = {str(a.id): f"{a.name} ({a.employee_no})" for a in staff.list_agents(self.ctx.db)}
        fill_combo(self.agent_filter, agents, ("", self.tr("All agents")))

    # --- state --------------------------------------------------------------------------
    def _restore_state(self) -> None:
        header = self.ctx.settings.value("complaints/columns")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        else:
            widths = (110, 120, 64, 110, 165, 160, 90, 110, 140, 160)
            for column, width in enumerate(widths):
                self.table.setColumnWidth(column, width)
        self.queues.blockSignals(True)
        self.queues.setCurrentRow(0)
        self.queues.blockSignals(False)

    def save_state(self) -> None:
        """Remember column widths (called when the window closes)."""
        self.ctx.settings.setValue("complaints/columns", self.table.horizontalHeader().saveState())

    # --- data ---------------------------------------------------------------------------
    def current_filter(self) -> ComplaintFilter:
        """The filter the controls describe."""
        item = self.queues.currentItem()
        queue = Queue(item.data(Qt.ItemDataRole.UserRole)) if item else Queue.OPEN

        def chosen(combo: QComboBox) -> str | None:
            return combo.currentData() or None

        category = chosen(self.category_filter)
        agent = chosen(self.agent_filter)
        return ComplaintFilter(
            queue=queue,
            status=chosen(self.status_filter),
            category_id=int(category) if category else None,
            priority=chosen(self.priority_filter),
            agent_id=int(agent) if agent else None,
            platform=chosen(self.platform_filter),
            received_from=self.from_date.value(),
            received_to=self.to_date.value(),
            text=self.search.text(),
        )

    def requery(self) -> None:
        """Read the ids that match the filter, keeping the selected complaint selected."""
        self._search_timer.stop()
        selected = self.selected_id()
        db, flt = self.ctx.db, self.current_filter()
        sort, descending = self.sort_key, self.descending
        now = datetime.now()  # the same moment for the later reads, or "overdue" would drift
        matches = complaint_list.first_matches(db, flt, sort, descending, now)

        def more_ids(offset: int, limit: int) -> list[int]:
            return complaint_list.matching_ids(db, flt, sort, descending, now, offset, limit)

        self.model.set_ids(matches.first_ids, matches.total, more_ids)
        self.count_label.setText(
            self.tr("{count} complaints", None, matches.total).format(count=matches.total)
        )
        if selected is not None:
            self.select_complaint(selected)

    def reload(self) -> None:
        """Read everything again (after a change): lists, queue counts, rows."""
        self._fill_lists()
        self._update_queue_titles(complaint_list.queue_counts(self.ctx.db))
        self.requery()

    def _sort(self, key: SortKey, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        if self._ready:
            self.requery()

    def selected_id(self) -> int | None:
        """The complaint selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_complaint(self, complaint_id: int) -> None:
        """Select ``complaint_id`` if the list shows it."""
        row = self.model.row_of(complaint_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def show_queue(self, queue: Queue) -> None:
        """Switch to ``queue`` (the badge and tests use it)."""
        self.queues.setCurrentRow(list(Queue).index(queue))

    def show_work(self, queue: Queue, status: str = "", priority: str = "") -> None:
        """``queue`` with no filter but ``status`` and ``priority``: what a Today card counted."""
        self.search.clear()
        for combo, data in ((self.status_filter, status), (self.priority_filter, priority),
                            (self.category_filter, ""), (self.agent_filter, ""),
                            (self.platform_filter, "")):  # fmt: skip
            combo.setCurrentIndex(max(combo.findData(data), 0))
        for edit in (self.from_date, self.to_date):
            edit.set_value(None)
        self.show_queue(queue)

    # --- actions ------------------------------------------------------------------------
    def new_complaint(self) -> None:
        """Open the form for a new complaint, then its case file."""
        from csdesk.ui.complaints.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.select_complaint(dialog.saved_id)

    def open_complaint(self, complaint_id: int | None = None) -> None:
        """Open a complaint's case file: ``complaint_id``'s, else the selected one's."""
        complaint_id = complaint_id or self.selected_id()
        if complaint_id is None:
            return
        from csdesk.ui.complaints.complaint_file import ComplaintFileDialog

        ComplaintFileDialog(self.ctx, complaint_id, self).exec()
        self.select_complaint(complaint_id)

    def edit_settings(self) -> None:
        """Open the complaint settings (every change there reloads this page)."""
        from csdesk.ui.complaints.complaint_settings_dialog import ComplaintSettingsDialog

        ComplaintSettingsDialog(self.ctx, self).exec()

    def import_complaints(self) -> None:
        """Open the import dialog for complaints."""
        ImportDialog(self.ctx, COMPLAINT_IMPORT, self).exec()

    def export_complaints(self) -> None:
        """Export complaints (all, or one month) to CSV or XLSX."""
        complaint_output.export_complaints(self, self.ctx)

    def monthly_review(self) -> None:
        """Save a month's complaint review as a PDF."""
        complaint_output.save_review(self, self.ctx)

    def print_review(self) -> None:
        """Open a month's review in the system viewer, to print from there."""
        complaint_output.print_review(self, self.ctx)
