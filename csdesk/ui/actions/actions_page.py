"""The Actions page (改进措施): what was decided, who owns it, what is late.

Queues on the left (still to do, overdue, due this week, waiting for the effectiveness
check, finished, all), filters by owner and source, late actions in red. Done actions
whose check month has ended are judged from the data when the page loads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.action_labels import source_labels, status_labels
from csdesk.common.palette import BAD
from csdesk.domain.actions import RUNNING, ActionStatus
from csdesk.services.actions import action_records
from csdesk.services.actions.action_checks import check_effects
from csdesk.ui.actions.action_dialog import ActionDialog
from csdesk.ui.common.empty_hint import EmptyHint
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import button_row, record_table, selected_payload
from csdesk.ui.context import AppContext

QUEUES = ("open", "overdue", "week", "check", "done", "all")


class ActionsPage(QWidget):
    """Every improvement action, by queue."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.queues = QListWidget()
        self.queues.setFixedWidth(170)
        for _key in QUEUES:
            self.queues.addItem("")
        self.owner = QComboBox()
        self.source = QComboBox()
        self.new_button, self.edit_button = QPushButton(), QPushButton()
        self.check_in_button, self.done_button = QPushButton(), QPushButton()
        self.cancel_button, self.print_button = QPushButton(), QPushButton()
        self.suggestions_button = QPushButton()
        self.meetings_button = QPushButton()
        self.review_button = QPushButton()
        self.model = RowsModel(self)
        self.table = record_table("actionsTable", self.model)
        self.hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "Nothing here. An action is what was decided about a complaint, a goal off "
                "track, a QA review or a meeting: who does what by when."
            ),
            [(lambda: self.tr("New action…"), self.new_action)],
        )
        filters = QHBoxLayout()
        filters.addWidget(self.owner)
        filters.addWidget(self.source)
        filters.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(
            button_row(self.new_button, self.edit_button, self.check_in_button,
                       self.done_button, self.cancel_button, None, self.review_button,
                       self.meetings_button,
                       self.suggestions_button,
                       self.print_button)
        )  # fmt: skip
        right.addLayout(filters)
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.queues)
        layout.addLayout(right, 1)
        self.queues.currentRowChanged.connect(lambda _r: self.reload())
        self.owner.currentIndexChanged.connect(lambda _i: self.reload())
        self.source.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button.clicked.connect(self.new_action)
        self.edit_button.clicked.connect(self.edit_action)
        self.table.doubleClicked.connect(lambda _i: self.edit_action())
        self.check_in_button.clicked.connect(self.check_in)
        self.done_button.clicked.connect(lambda: self.move_to(ActionStatus.DONE))
        self.cancel_button.clicked.connect(lambda: self.move_to(ActionStatus.CANCELLED))
        self.print_button.clicked.connect(self.print_list)
        self.suggestions_button.clicked.connect(self.open_suggestions)
        self.meetings_button.clicked.connect(self.open_meetings)
        self.review_button.clicked.connect(self.review_action)
        for signal in (ctx.notices.actions_changed, ctx.notices.staff_changed,
                       ctx.notices.data_reset):  # fmt: skip
            signal.connect(self.reload)
        self.retranslate()
        self.queues.setCurrentRow(0)
        check_effects(ctx.db)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.queue_names = (
            self.tr("Still to do"),
            self.tr("Overdue"),
            self.tr("Due this week"),
            self.tr("Waiting for the check"),
            self.tr("Finished"),
            self.tr("All"),
        )
        for row, name in enumerate(self.queue_names):
            self.queues.item(row).setText(name)
        self.new_button.setText(self.tr("&New action…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.check_in_button.setText(self.tr("&Check in…"))
        self.check_in_button.setToolTip(self.tr("Note progress on the selected action"))
        self.done_button.setText(self.tr("&Done"))
        self.cancel_button.setText(self.tr("Ca&ncel action"))
        self.print_button.setText(self.tr("&Print list…"))
        self.suggestions_button.setText(self.tr("&Suggestions…"))
        self.meetings_button.setText(self.tr("&Meetings…"))
        self.review_button.setText(self.tr("From the &review…"))
        self.review_button.setToolTip(
            self.tr("An action from a month's complaint review, with its top root causes")
        )
        self.meetings_button.setToolTip(
            self.tr("Service-quality meetings: the agenda from the data, minutes, decisions")
        )
        self.suggestions_button.setToolTip(
            self.tr("Agents' and customers' suggestions (合理化建议): adopt, reward, act")
        )
        self._fill_filters()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def _fill_filters(self) -> None:
        from csdesk.services.staff.agents import list_agents

        for box in (self.owner, self.source):
            box.blockSignals(True)
        owner, source = self.owner.currentData(), self.source.currentData()
        self.owner.clear()
        self.owner.addItem(self.tr("Every owner"), None)
        for agent in list_agents(self.ctx.db):
            self.owner.addItem(f"{agent.data.name} ({agent.data.employee_no})", agent.id)
        self.source.clear()
        self.source.addItem(self.tr("Every source"), None)
        for key, text in source_labels().items():
            self.source.addItem(text, key)
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner)))
        self.source.setCurrentIndex(max(0, self.source.findData(source)))
        for box in (self.owner, self.source):
            box.blockSignals(False)

    def report_actions(self) -> dict[str, Callable[[], None]]:
        """How this page prints each report kind it owns (the window's Reports menu)."""
        return {
            "actions": self.print_list,
            "coaching": self.print_coaching,
            "meeting": self.open_meetings,
        }

    def reload(self) -> None:
        """Read the queue shown again."""
        today = date.today()
        queue = QUEUES[max(0, self.queues.currentRow())]
        found = action_records.list_actions(
            self.ctx.db, queue, today, self.owner.currentData(), self.source.currentData()
        )
        sources, states = source_labels(), status_labels()
        rows = []
        for a in found:
            late = a.overdue(today)
            cells = (str(a.id), a.data.title, sources.get(a.data.source, a.data.source), a.owner,
                     a.data.deadline.isoformat(), states.get(a.data.status, a.data.status),
                     f"{a.progress} %")  # fmt: skip
            fill = BAD[0] if late else None
            tip = (
                self.tr("Overdue since {day}").format(day=a.data.deadline.isoformat())
                if late
                else ""
            )
            rows.append(
                Row(cells, a, sort=(a.id, *cells[1:]), fills=(fill,) * len(cells),
                    tips=(tip,) * len(cells))
            )  # fmt: skip
        headers = [self.tr("No."), self.tr("Action"), self.tr("Source"), self.tr("Owner"),
                   self.tr("Deadline"), self.tr("Status"), self.tr("Progress")]  # fmt: skip
        self.model.set_rows(headers, rows, numeric=(0, 6))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._count_queues(today)

    def _count_queues(self, today: date) -> None:
        """Each queue's name with how many actions it holds (filters apply)."""
        every = action_records.list_actions(
            self.ctx.db, "all", today, self.owner.currentData(), self.source.currentData()
        )
        for row, queue in enumerate(QUEUES):
            count = sum(action_records.in_queue(a, queue, today) for a in every)
            self.queues.item(row).setText(f"{self.queue_names[row]} ({count})")

    def show_queue(self, key: str) -> None:
        """Queue ``key`` of every owner and source: what a Today card counted."""
        self.owner.setCurrentIndex(0)
        self.source.setCurrentIndex(0)
        self.queues.setCurrentRow(QUEUES.index(key))

    def selected(self) -> action_records.ActionRecord | None:
        """The action selected, if any."""
        return selected_payload(self.table)

    def new_action(self, preset: action_records.ActionData | None = None) -> None:
        """Open the form for a new action."""
        ActionDialog(self.ctx, None, self, preset).exec()

    def edit_action(self) -> None:
        """Open the selected action's form."""
        record = self.selected()
        if record is not None:
            ActionDialog(self.ctx, action_records.action(self.ctx.db, record.id), self).exec()

    def check_in(self) -> None:
        """Note progress on the selected action."""
        from csdesk.ui.actions.check_in_dialog import CheckInDialog

        record = self.selected()
        if record is not None and record.data.status in RUNNING:
            CheckInDialog(self.ctx, record, self).exec()

    def move_to(self, status: str) -> None:
        """Mark the selected action done or cancelled."""
        record = self.selected()
        if record is None or record.data.status not in RUNNING:
            return
        action_records.set_status(self.ctx.db, record.id, status, author=self.ctx.author)
        self.ctx.notices.actions_changed.emit()

    def review_action(self) -> None:
        """Start an action from a month's complaint review: its top root causes noted."""
        from datetime import timedelta

        from csdesk.domain.months import Month
        from csdesk.services import shop
        from csdesk.services.complaints.complaint_review import monthly_review
        from csdesk.ui.common.month_dialog import ask_month

        month = ask_month(self, self.tr("Complaint review"), Month.of(date.today()).shift(-1))
        if month is None:
            return
        causes = monthly_review(self.ctx.db, month).root_causes[:3]
        noted = self.tr("Top root causes in {month}: {causes}").format(
            month=month, causes=", ".join(f"{name} {n}" for name, n in causes) or "—"
        )
        self.new_action(
            action_records.ActionData(
                "", date.today() + timedelta(days=21), source="review", source_ref=str(month),
                owner_name=shop.supervisor_name(self.ctx.db), description=noted,
            )
        )  # fmt: skip

    def open_meetings(self) -> None:
        """Open the service-quality meetings."""
        from csdesk.ui.actions.meetings_dialog import MeetingsDialog

        MeetingsDialog(self.ctx, self).exec()

    def open_suggestions(self) -> None:
        """Open the year's suggestions."""
        from csdesk.ui.actions.suggestions_dialog import SuggestionsDialog

        SuggestionsDialog(self.ctx, self).exec()

    def print_coaching(self) -> None:
        """Ask for the month, then preview every agent's coaching sheet (or agenda)."""
        from csdesk.domain.months import Month
        from csdesk.services.coaching.coaching_report import coaching_report
        from csdesk.ui.common.month_dialog import ask_month
        from csdesk.ui.common.pdf_printing import preview_written

        title = self.tr("Coaching sessions")
        month = ask_month(self, title, Month.of(date.today()).shift(-1))
        if month is not None:
            preview_written(
                self, self.ctx, f"coaching-{month}.pdf",
                lambda path, progress: coaching_report(self.ctx.db, month, path,
                                                       progress=progress),
                title,
            )  # fmt: skip

    def print_list(self) -> None:
        """Write the queue's actions as a PDF and open the preview."""
        from csdesk.services.actions.action_report import actions_report
        from csdesk.ui.common.pdf_printing import preview_written

        status = {"overdue": "overdue", "done": "done", "all": "all"}.get(
            QUEUES[max(0, self.queues.currentRow())], "open"
        )
        preview_written(
            self, self.ctx, "actions.pdf",
            lambda path, progress: actions_report(self.ctx.db, path, status, progress=progress),
            self.tr("Improvement actions"),
        )  # fmt: skip
