"""The external certificates tab and the certificate form."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.labels import standing_labels
from csdesk.common.palette import STANDING_COLOURS
from csdesk.domain.staff import Status
from csdesk.domain.training import Completion, standing
from csdesk.services.errors import UserError
from csdesk.services.staff import agents as staff
from csdesk.services.training import certificates, training_status
from csdesk.services.training import courses as training
from csdesk.ui.common.formats import from_qdate, show_date, to_qdate
from csdesk.ui.common.rows_model import Row, RowsFilter, RowsModel
from csdesk.ui.common.widgets import (
    OptionalDateEdit,
    button_row,
    date_edit,
    lay_out_form,
    record_table,
    selected_payload,
)
from csdesk.ui.context import AppContext


class CertificatesTab(QWidget):
    """Certificates the agents hold, with their expiry."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(self)
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table("certificateTable", self.proxy)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(self.new_button, self.edit_button, self.delete_button, None, self.search)
        )
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self.proxy.set_text)
        self.table.doubleClicked.connect(lambda _i: self.edit_certificate())
        self.new_button.clicked.connect(self.new_certificate)
        self.edit_button.clicked.connect(self.edit_certificate)
        self.delete_button.clicked.connect(self.delete_certificate)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.new_button.setText(self.tr("&New certificate"))
        self.edit_button.setText(self.tr("&Edit"))
        self.delete_button.setText(self.tr("&Delete"))
        self.search.setPlaceholderText(self.tr("Search agent or certificate"))

    def reload(self) -> None:
        """Read the certificates again and judge their expiry today."""
        today = date.today()
        warn = training_status.warn_days(self.ctx.db)
        words = standing_labels()
        rows = []
        for c in certificates.list_certificates(self.ctx.db):
            d = c.data
            state = standing([Completion(d.issued_on, d.expires_on)], today, warn).standing
            rows.append(
                Row(
                    (
                        c.employee_no,
                        c.agent_name,
                        d.name,
                        d.issuer,
                        d.number,
                        show_date(d.issued_on),
                        show_date(d.expires_on) or self.tr("Never"),
                        words[state],
                        c.course_code,
                    ),
                    payload=c,
                    sort=(
                        c.employee_no,
                        c.agent_name,
                        d.name,
                        d.issuer,
                        d.number,
                        d.issued_on,
                        d.expires_on or date.max,
                        state,
                        c.course_code,
                    ),
                    fills=(None,) * 7 + (STANDING_COLOURS[state][0],),
                )
            )
        headers = [
            self.tr("No."),
            self.tr("Name"),
            self.tr("Certificate"),
            self.tr("Issuer"),
            self.tr("Number"),
            self.tr("Issued"),
            self.tr("Expires"),
            self.tr("Standing"),
            self.tr("Counts for course"),
        ]
        self.model.set_rows(headers, rows)
        self.table.resizeColumnsToContents()

    def on_new(self) -> None:
        """Ctrl+N."""
        self.new_certificate()

    def on_find(self) -> None:
        """Ctrl+F."""
        self.search.setFocus()

    def new_certificate(self) -> None:
        """Record a certificate."""
        CertificateDialog(self.ctx, None, self).exec()

    def edit_certificate(self) -> None:
        """Edit the selected certificate."""
        record = selected_payload(self.table)
        if record is not None:
            CertificateDialog(self.ctx, record, self).exec()

    def delete_certificate(self) -> None:
        """Delete the selected certificate (one entered by mistake)."""
        record = selected_payload(self.table)
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete certificate"),
            self.tr("Delete {certificate} of {name}?").format(
                certificate=record.data.name, name=record.agent_name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            certificates.delete_certificate(self.ctx.db, record.id)
            self.ctx.notices.training_changed.emit()


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
