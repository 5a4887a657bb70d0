"""The external certificates tab and the certificate form."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.palette import STANDING_COLOURS
from csdesk.common.training_labels import standing_labels
from csdesk.domain.training import Completion, standing
from csdesk.services.training import certificates, training_status
from csdesk.ui.common.empty_hint import EmptyHint
from csdesk.ui.common.formats import show_date
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import button_row, record_table, selected_payload
from csdesk.ui.context import AppContext
from csdesk.ui.training.certificate_dialog import CertificateDialog


class CertificatesTab(QWidget):
    """Certificates the agents hold, with their expiry."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(self)
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table("certificateTable", self.proxy)
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "No certificates recorded. Add the external certificates your agents hold "
                "(e-commerce, Mandarin level ...) to be reminded before they lapse."
            ),
            [(lambda: self.tr("Add certificate"), self.new_certificate)],
        )
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
