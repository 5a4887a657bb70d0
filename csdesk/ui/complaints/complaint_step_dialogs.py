"""The small dialogs of a complaint's steps.

When a step happened and a note (or what was said on a call), and the follow-up
visit's satisfaction, or why no visit was possible.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from csdesk.services.complaints import case_files as complaints
from csdesk.ui.common.date_edits import datetime_edit, edited_datetime
from csdesk.ui.common.forms import lay_out_form
from csdesk.ui.context import AppContext


class StepDialog(QDialog):
    """When a step happened (now by default), who did it, and a note."""

    def __init__(
        self, ctx: AppContext, title: str, parent: QWidget, note_required: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.note_required = note_required
        self.at = datetime_edit()
        self.author = QLineEdit(ctx.author)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("When"), self.at)
        form.addRow(self.tr("Your name"), self.author)
        form.addRow(
            self.tr("Note") if not note_required else self.tr("What was said or done"), self.note
        )
        self.problems, self.buttons = lay_out_form(
            self, form, self._accept, QDialogButtonBox.StandardButton.Ok
        )
        self.note.setFocus()

    def when(self):
        """The moment given."""
        return edited_datetime(self.at)

    def _accept(self) -> None:
        if self.note_required and not self.note.toPlainText().strip():
            self.problems.show_problems([self.tr("Write what was said or done.")])
            return
        if self.author.text().strip():
            self.ctx.author = self.author.text()
        self.accept()


class FollowUpDialog(QDialog):
    """The follow-up visit: satisfaction 1-5 and what the customer said, or why none."""

    def __init__(self, current: complaints.FollowUp, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up visit"))
        self.visited = QGroupBox(self.tr("The customer was reached"))
        self.visited.setCheckable(True)
        self.score = QSpinBox()
        self.score.setRange(1, 5)
        self.score.setSuffix(" / 5")
        self.score.setValue(current.satisfaction or 5)
        self.comment = QLineEdit(current.comment)
        self.at = datetime_edit(current.at)
        visited = QFormLayout(self.visited)
        visited.addRow(self.tr("Satisfaction"), self.score)
        visited.addRow(self.tr("What the customer said"), self.comment)
        visited.addRow(self.tr("When"), self.at)
        self.reason = QLineEdit(current.no_follow_up_reason)
        self.reason_label = QLabel(self.tr("Why no visit was possible"))
        self.visited.toggled.connect(self._toggled)
        self.visited.setChecked(not current.no_follow_up_reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.visited)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._toggled(self.visited.isChecked())

    def _toggled(self, visited: bool) -> None:
        self.reason.setEnabled(not visited)
        self.reason_label.setEnabled(not visited)

    def value(self) -> complaints.FollowUp:
        """The visit as entered."""
        if self.visited.isChecked():
            return complaints.FollowUp(
                self.score.value(), self.comment.text(), edited_datetime(self.at)
            )
        return complaints.FollowUp(no_follow_up_reason=self.reason.text())
