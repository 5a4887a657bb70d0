"""Noting progress on an action: the day, how far along, what happened."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QPlainTextEdit, QSpinBox, QWidget

from csdesk.services.actions import action_records
from csdesk.services.errors import UserError
from csdesk.ui.common.formats import from_qdate, to_qdate
from csdesk.ui.common.forms import lay_out_form
from csdesk.ui.context import AppContext


class CheckInDialog(QDialog):
    """A check-in on action ``action_id``."""

    def __init__(
        self, ctx: AppContext, record: action_records.ActionRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.setWindowTitle(self.tr("Check in: {title}").format(title=record.data.title))
        self.day = QDateEdit(to_qdate(date.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.setValue(record.progress)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Day"), self.day)
        form.addRow(self.tr("&Progress"), self.progress)
        form.addRow(self.tr("&Note"), self.note)
        self.problems, self.buttons = lay_out_form(self, form, self.save)

    def save(self) -> None:
        """Store the check-in, or say why not and stay open."""
        try:
            action_records.check_in(
                self.ctx.db, self.record.id, from_qdate(self.day.date()),
                self.note.toPlainText(), self.progress.value(), author=self.ctx.author,
            )  # fmt: skip
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.ctx.notices.actions_changed.emit()
        self.accept()
