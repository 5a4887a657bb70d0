"""The appraisal page's dialogs: amend, acknowledge, version history, the quarter.

Amending and acknowledging run a service call on Save; a refusal is listed in the
dialog, which stays open so nothing typed is lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.appraisal_labels import appraisal_status_labels
from csdesk.common.labels import currency, label
from csdesk.domain.access import Permission
from csdesk.services.accounts.access import allowed
from csdesk.services.appraisals import appraisal_quarters, records
from csdesk.services.appraisals import workflow as appraisals
from csdesk.ui.audit.history_dialog import add_history_button
from csdesk.ui.common.date_edits import date_edit
from csdesk.ui.common.entry_form import EntryForm
from csdesk.ui.common.formats import from_qdate, show_datetime, to_qdate
from csdesk.ui.common.forms import lay_out_form
from csdesk.ui.common.month_dialog import month_text
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import open_size, record_table
from csdesk.ui.context import AppContext


class _StoringDialog(EntryForm):
    """A form whose Save runs an appraisal service call; success tells every page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def _changed(self):
        return self.ctx.notices.appraisals_changed


class AmendDialog(_StoringDialog):
    """Correct a finalised appraisal: the reason, and the comment of the new version."""

    def __init__(
        self, ctx: AppContext, record: records.AppraisalRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.record = record
        self.setWindowTitle(
            self.tr("Amend the appraisal of {name}, {month}").format(
                name=record.name, month=month_text(record.month)
            )
        )
        open_size(self, 520, 360)
        self.reason = QLineEdit()
        self.reason.setObjectName("amendReason")
        self.reason.setPlaceholderText(self.tr("e.g. complaint TS-2026-00158 ruled invalid"))
        self.comment = QPlainTextEdit(record.comment)
        self.comment.setObjectName("amendComment")
        explain = QLabel(
            self.tr(
                "The amendment is a new version, computed from the month's data as it is now "
                "and final at once. The version signed before stays on file. Correct the data "
                "first (a complaint's validity, a KPI entered by hand), then amend."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(explain)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Comment"), self.comment)
        self.problems, self.buttons = lay_out_form(self, form, self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Amend"))

    def save(self) -> None:
        """Amend, or list why not."""
        self._store(
            lambda: appraisals.amend(
                self.ctx.db,
                self.record.id,
                self.reason.text(),
                self.comment.toPlainText(),
                author=self.ctx.author,
            )
        )


class AcknowledgeDialog(_StoringDialog):
    """Record that the agent read and signed the appraisal, with their comment."""

    def __init__(
        self, ctx: AppContext, record: records.AppraisalRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.record = record
        self.setWindowTitle(
            self.tr("{name} signed the appraisal of {month}").format(
                name=record.name, month=month_text(record.month)
            )
        )
        self.signed_on = date_edit(value=record.acknowledged_on or date.today())
        self.signed_on.setObjectName("signedOn")
        if record.finalised_at is not None:
            self.signed_on.setMinimumDate(to_qdate(record.finalised_at.date()))
        self.signed_on.setMaximumDate(to_qdate(date.today()))
        self.comment = QPlainTextEdit(record.acknowledgement)
        self.comment.setObjectName("agentComment")
        self.comment.setPlaceholderText(self.tr("What the agent wrote on the sheet, if anything"))
        form = QFormLayout()
        form.addRow(self.tr("Signed &on"), self.signed_on)
        form.addRow(self.tr("Agent's &comment"), self.comment)
        self.problems, self.buttons = lay_out_form(self, form, self.save)

    def save(self) -> None:
        """Record the signature, or list why not."""
        self._store(
            lambda: appraisals.acknowledge(
                self.ctx.db,
                self.record.id,
                from_qdate(self.signed_on.date()),
                self.comment.toPlainText(),
            )
        )


class VersionsDialog(QDialog):
    """Every version of an agent's month: who made it, when, why, and its result."""

    def __init__(
        self, ctx: AppContext, record: records.AppraisalRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Versions of {name}'s appraisal, {month}").format(
                name=record.name, month=month_text(record.month)
            )
        )
        open_size(self, 860, 320)
        self.model = RowsModel(self)
        statuses = appraisal_status_labels()
        rows = []
        for version in records.history(ctx.db, record.agent_id, record.month):
            cells = (
                str(version.version),
                label(statuses, version.status),
                show_datetime(version.created_at),
                version.created_by,
                version.reason or (self.tr("first version") if version.version == 1 else ""),
                "—" if version.total is None else f"{version.total:.1f}",
                version.grade or "—",
                currency(version.bonus.amount) if version.pay_shown else "—",
                show_datetime(version.finalised_at),
                "" if version.acknowledged_on is None else str(version.acknowledged_on),
            )
            rows.append(Row(cells, version, sort=(version.version, *cells[1:])))
        self.model.set_rows(
            [
                self.tr("Version"),
                self.tr("Status"),
                self.tr("Made"),
                self.tr("By"),
                self.tr("Reason"),
                self.tr("Total"),
                self.tr("Grade"),
                self.tr("Bonus"),
                self.tr("Finalised"),
                self.tr("Signed"),
            ],
            rows,
            numeric=(0, 5, 7),
        )
        proxy = RowsFilter(self)
        proxy.setSourceModel(self.model)
        self.table = record_table("historyTable", proxy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # who changed what of this month: its comments, KPIs typed, amendments, signature
        key = f"{record.employee_no} {record.month}"
        self.audit_button = add_history_button(ctx.db, buttons, "", lambda: key)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


class QuarterDialog(QDialog):
    """The three months' totals of a quarter and its bonus, per agent."""

    def __init__(self, ctx: AppContext, year: int, quarter: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        open_size(self, 900, 480)
        self.quarter = QComboBox()
        self.quarter.setObjectName("quarter")
        for back in range(8):
            index = year * 4 + quarter - 1 - back
            y, q = divmod(index, 4)
            self.quarter.addItem(
                self.tr("{year} Q{quarter}").format(year=y, quarter=q + 1), (y, q + 1)
            )
        self.model = RowsModel(self)
        proxy = RowsFilter(self)
        proxy.setSourceModel(self.model)
        self.table = record_table("quarterTable", proxy)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        picker = QLabel(self.tr("&Quarter"))
        picker.setBuddy(self.quarter)
        top.addWidget(picker)
        top.addWidget(self.quarter)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.quarter.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()

    def reload(self) -> None:
        """Show the chosen quarter."""
        year, quarter = self.quarter.currentData()
        self.setWindowTitle(self.tr("Quarter {year} Q{quarter}").format(year=year, quarter=quarter))
        months = appraisal_quarters.quarter_months(year, quarter)
        lines = appraisal_quarters.quarter_view(self.ctx.db, year, quarter)
        pay = allowed(self.ctx.db, Permission.PAY)  # a lead sees grades, never money
        rows = []
        for line in lines:
            totals = [
                "—" if t is None else f"{t:.1f} ({g or '—'})"
                for t, g in zip(line.totals, line.grades, strict=True)
            ]
            average = "—" if line.average is None else f"{line.average:.1f}"
            cells = (
                line.employee_no,
                line.name,
                *totals,
                average,
                currency(line.bonus_cents) if pay else "—",
                self.tr("Final") if line.final else self.tr("Not final"),
            )
            sort = (
                line.employee_no,
                line.name,
                *(t if t is not None else -1.0 for t in line.totals),
                line.average if line.average is not None else -1.0,
                line.bonus_cents,
                cells[-1],
            )
            rows.append(Row(cells, line, sort=sort))
        self.model.set_rows(
            [
                self.tr("No."),
                self.tr("Agent"),
                *(month_text(m) for m in months),
                self.tr("Average"),
                self.tr("Quarter bonus"),
                self.tr("Status"),
            ],
            rows,
            numeric=(2, 3, 4, 5, 6),
        )
        total = sum(line.bonus_cents for line in lines)
        self.note.setText(
            self.tr(
                "Each month's total (grade). The quarter's bonus is the sum of its three "
                "monthly bonuses: {total} for the team. Months not final may still change."
            ).format(total=currency(total) if pay else "—")
        )
