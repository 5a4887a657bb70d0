"""The handling record of a complaint as a form.

Immediate action, compensation, root cause, corrective action and its effectiveness
check; saved on its own, apart from the status steps.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.complaint_labels import compensation_labels
from csdesk.services.complaints import case_files as complaints
from csdesk.services.complaints import complaint_handling, complaint_settings
from csdesk.services.errors import UserError
from csdesk.ui.common.combos import fill_combo, select_key
from csdesk.ui.common.date_edits import OptionalDateEdit
from csdesk.ui.common.widgets import ProblemLabel
from csdesk.ui.context import AppContext


class HandlingForm(QWidget):
    """Immediate action, compensation, root cause, corrective action, effectiveness."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.complaint_id: int | None = None
        self.immediate = QPlainTextEdit()
        self.immediate.setTabChangesFocus(True)
        self.compensation = QComboBox()
        fill_combo(self.compensation, compensation_labels())
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 1_000_000)
        self.amount.setDecimals(2)
        self.root_cause = QComboBox()
        self.corrective = QPlainTextEdit()
        self.corrective.setTabChangesFocus(True)
        self.checked_on = OptionalDateEdit()
        self.effectiveness = QLineEdit()
        self.save_button = QPushButton(self.tr("&Save handling"))
        self.save_button.clicked.connect(self.save)
        self.problems = ProblemLabel()
        form = QFormLayout()
        form.addRow(self.tr("Immediate action"), self.immediate)
        row = QHBoxLayout()
        row.addWidget(self.compensation, 1)
        row.addWidget(QLabel(self.tr("Amount")))
        row.addWidget(self.amount)
        form.addRow(self.tr("Compensation"), row)
        form.addRow(self.tr("Root cause"), self.root_cause)
        form.addRow(self.tr("Corrective action"), self.corrective)
        form.addRow(self.tr("Effectiveness checked on"), self.checked_on)
        form.addRow(self.tr("Effectiveness check result"), self.effectiveness)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_record(self, record: complaints.ComplaintRecord) -> None:
        """Show the handling record of ``record``."""
        self.complaint_id = record.id
        handling = record.handling
        causes = {
            str(c.id): c.name
            for c in complaint_settings.list_root_causes(self.ctx.db)
            if not c.archived or c.id == handling.root_cause_id
        }
        fill_combo(self.root_cause, causes, ("", self.tr("(not known yet)")))
        self.immediate.setPlainText(handling.immediate_action)
        select_key(self.compensation, handling.compensation_type)
        self.amount.setValue(handling.compensation_cents / 100)
        select_key(self.root_cause, str(handling.root_cause_id or ""))
        self.corrective.setPlainText(handling.corrective_action)
        self.checked_on.set_value(handling.effectiveness_checked_on)
        self.checked_on.check.setText(
            self.tr("required to close a quality complaint") if record.quality else ""
        )
        self.effectiveness.setText(handling.effectiveness_note)

    def save(self) -> None:
        """Store the handling record."""
        cause = self.root_cause.currentData()
        data = complaints.Handling(
            immediate_action=self.immediate.toPlainText(),
            compensation_type=self.compensation.currentData() or "",
            compensation_cents=round(self.amount.value() * 100),
            root_cause_id=int(cause) if cause else None,
            corrective_action=self.corrective.toPlainText(),
            effectiveness_checked_on=self.checked_on.value(),
            effectiveness_note=self.effectiveness.text(),
        )
        if self.complaint_id is None:  # nothing shown yet: nothing to save
            return
        try:
            complaint_handling.save_handling(
                self.ctx.db, self.complaint_id, data, author=self.ctx.author
            )
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.problems.show_problems([])
        self.saved.emit()
