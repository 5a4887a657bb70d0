"""Adding or correcting an agent's certificate: name, number, issued and expiry dates."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from csdesk.domain.staff import Status
from csdesk.services.errors import UserError
from csdesk.services.staff import agents as staff
from csdesk.services.training import certificates
from csdesk.services.training import courses as training
from csdesk.ui.common.date_edits import OptionalDateEdit, date_edit
from csdesk.ui.common.formats import from_qdate, to_qdate
from csdesk.ui.common.forms import lay_out_form
from csdesk.ui.context import AppContext


class CertificateDialog(QDialog):
    """The form of one certificate."""

    def __init__(
        self,
        ctx: AppContext,
        record: certificates.CertificateRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.setWindowTitle(self.tr("Certificate") if record else self.tr("New certificate"))
        self.agent = QComboBox()
        for a in staff.list_agents(ctx.db):
            if a.data.status != Status.LEFT or (record and record.data.agent_id == a.id):
                self.agent.addItem(f"{a.employee_no} {a.name}", a.id)
        self.name = QLineEdit()
        self.issuer = QLineEdit()
        self.number = QLineEdit()
        self.issued = date_edit(self)
        self.expires = OptionalDateEdit(self.tr("Expires on"))
        self.course = QComboBox()
        self.course.addItem(self.tr("(none)"), None)
        for c in training.list_courses(ctx.db):
            self.course.addItem(f"{c.title} ({c.code})", c.id)
        form = QFormLayout()
        form.addRow(self.tr("&Agent"), self.agent)
        form.addRow(self.tr("&Certificate"), self.name)
        form.addRow(self.tr("&Issuer"), self.issuer)
        form.addRow(self.tr("&Number"), self.number)
        form.addRow(self.tr("Issued &on"), self.issued)
        form.addRow(self.tr("E&xpiry"), self.expires)
        form.addRow(self.tr("Counts for c&ourse"), self.course)
        self.problems, self.buttons = lay_out_form(self, form, self.save)
        if record is not None:
            d = record.data
            self.agent.setCurrentIndex(max(self.agent.findData(d.agent_id), 0))
            self.name.setText(d.name)
            self.issuer.setText(d.issuer)
            self.number.setText(d.number)
            self.issued.setDate(to_qdate(d.issued_on))
            self.expires.set_value(d.expires_on)
            self.course.setCurrentIndex(max(self.course.findData(d.course_id), 0))

    def data(self) -> certificates.CertificateData:
        """The form as certificate data."""
        return certificates.CertificateData(
            agent_id=self.agent.currentData() or 0,
            name=self.name.text(),
            issued_on=from_qdate(self.issued.date()),
            expires_on=self.expires.value(),
            issuer=self.issuer.text(),
            number=self.number.text(),
            course_id=self.course.currentData(),
        )

    def save(self) -> None:
        """Save through the service; stay open and list the problems if it refuses."""
        try:
            certificates.save_certificate(
                self.ctx.db, self.data(), self.record.id if self.record else None
            )
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.ctx.notices.training_changed.emit()
        self.accept()
