"""Archive an agent who leaves: the date and the reason; their history stays."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from csdesk.services.errors import UserError
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.ui.common.date_edits import date_edit
from csdesk.ui.common.formats import from_qdate
from csdesk.ui.common.widgets import ProblemLabel
from csdesk.ui.context import AppContext


class ArchiveDialog(QDialog):
    """Record that an agent left: the date and the reason. Their history stays."""

    def __init__(self, ctx: AppContext, agent: staff.AgentRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.agent = ctx, agent
        self.setWindowTitle(self.tr("Archive {name}").format(name=agent.name))
        self.left_date = date_edit(self)
        self.left_date.setDate(QDate.currentDate())
        self.reason = QLineEdit(self)
        self.problems = ProblemLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Leaving date"), self.left_date)
        form.addRow(self.tr("Reason"), self.reason)
        note = QLabel(
            self.tr("{name} keeps their history and moves to the Left list.").format(
                name=agent.name
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Archive through the service; show its problems if it refuses."""
        try:
            agent_changes.archive_agent(
                self.ctx.db, self.agent.id, from_qdate(self.left_date.date()), self.reason.text()
            )
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.ctx.notices.staff_changed.emit()
        self.accept()
