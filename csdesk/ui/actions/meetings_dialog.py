"""Every service-quality meeting, newest first: open one, hold a new one, print its sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from csdesk.services.meetings import meeting_records as meetings
from csdesk.services.meetings.meeting_report import kind_labels
from csdesk.ui.actions.meeting_dialog import MeetingDialog
from csdesk.ui.common.empty_hint import EmptyHint
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import button_row, open_size, record_table, selected_payload
from csdesk.ui.context import AppContext


class MeetingsDialog(QDialog):
    """The meetings list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Service-quality meetings"))
        self.new_button = QPushButton(self.tr("&New meeting…"))
        self.open_button = QPushButton(self.tr("&Open…"))
        self.model = RowsModel(self)
        self.table = record_table("meetingsTable", self.model)
        self.hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "No meetings yet. A meeting looks at the figures, the complaints and the "
                "actions, and decides what to do next."
            ),
            [(lambda: self.tr("New meeting…"), self.new_meeting)],
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.new_button, self.open_button, None))
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.new_button.clicked.connect(self.new_meeting)
        self.open_button.clicked.connect(self.open_meeting)
        self.table.doubleClicked.connect(lambda _i: self.open_meeting())
        open_size(self, 720, 480)
        self.reload()

    def reload(self) -> None:
        """Read the meetings again."""
        kinds = kind_labels()
        rows = []
        for m in meetings.meetings(self.ctx.db):
            present = sum(p for _a, p in m.data.attendees)
            decided = len(meetings.decisions(self.ctx.db, m.id))
            rows.append(
                Row((m.data.held_on.isoformat(), kinds.get(m.data.kind, m.data.kind),
                     f"{present} / {len(m.data.attendees)}", str(decided),
                     m.data.minutes.splitlines()[0] if m.data.minutes else ""), m)
            )  # fmt: skip
        headers = [self.tr("Day"), self.tr("Kind"), self.tr("Present"), self.tr("Decisions"),
                   self.tr("Minutes")]  # fmt: skip
        self.model.set_rows(headers, rows, numeric=(2, 3))
        self.table.resizeColumnsToContents()

    def new_meeting(self) -> None:
        """Hold a new meeting."""
        if MeetingDialog(self.ctx, None, self).exec():
            self.reload()

    def open_meeting(self) -> None:
        """Open the selected meeting."""
        record = selected_payload(self.table)
        if record is not None:
            MeetingDialog(self.ctx, record, self).exec()
            self.reload()
