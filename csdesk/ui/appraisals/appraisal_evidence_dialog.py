"""What made one number of an appraisal: the conversations, reviews or complaints behind it.

The supervisor double-clicks a scorecard line; this window lists the records of the
agent's month that the KPI was computed from, or says where an entered or summary
figure came from.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from csdesk.common.appraisal_labels import kpi_labels
from csdesk.common.complaint_labels import priority_labels
from csdesk.common.labels import label, money
from csdesk.common.training_labels import standing_labels
from csdesk.services.appraisals import appraisal_conversations, appraisal_evidence
from csdesk.services.appraisals.records import AppraisalRecord
from csdesk.ui.common.formats import show_date, show_datetime
from csdesk.ui.common.month_dialog import month_text
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import open_size, record_table
from csdesk.ui.context import AppContext


def _number(value: float | None, decimals: int = 0) -> str:
    return "—" if value is None else f"{value:.{decimals}f}"


class EvidenceDialog(QDialog):
    """The records behind one KPI of one agent's month."""

    def __init__(
        self, ctx: AppContext, record: AppraisalRecord, kpi: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name = label(kpi_labels(), kpi)
        self.setWindowTitle(
            self.tr("{kpi} of {agent}, {month}").format(
                kpi=name, agent=record.name, month=month_text(record.month)
            )
        )
        open_size(self, 900, 480)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model = RowsModel(self)
        proxy = RowsFilter(self)
        proxy.setSourceModel(self.model)
        self.table = record_table("evidenceTable", proxy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        sources = appraisal_evidence.kpi_sources(ctx.db, record.month, record.employee_no)
        self.kind = appraisal_evidence.evidence_kind(kpi, sources.get(kpi))
        getattr(self, f"_show_{self.kind}", self._show_other)(record)

    def _yes_no(self, value: bool | None) -> str:
        if value is None:
            return "—"
        return self.tr("Yes") if value else self.tr("No")

    def _show_conversations(self, record: AppraisalRecord) -> None:
        items, total = appraisal_conversations.agent_conversations(
            self.ctx.db, record.agent_id, record.month
        )
        rows = [
            Row(
                (
                    c.conversation_id,
                    show_datetime(c.started_at),
                    c.channel,
                    _number(c.first_response_seconds),
                    _number(c.handle_seconds),
                    self._yes_no(c.resolved),
                    self._yes_no(c.first_contact_resolved),
                    _number(c.csat),
                    self._yes_no(c.converted),
                    "" if c.order_cents is None else money(c.order_cents),
                ),
                c,
                sort=(
                    c.conversation_id,
                    c.started_at,
                    c.channel,
                    c.first_response_seconds or 0,
                    c.handle_seconds or 0,
                    str(c.resolved),
                    str(c.first_contact_resolved),
                    c.csat or 0,
                    str(c.converted),
                    c.order_cents or 0,
                ),
            )
            for c in items
        ]
        self.model.set_rows(
            [
                self.tr("Conversation"),
                self.tr("Started"),
                self.tr("Channel"),
                self.tr("First response (s)"),
                self.tr("Handling (s)"),
                self.tr("Resolved"),
                self.tr("First contact"),
                self.tr("Rating (1-5)"),
                self.tr("Converted"),
                self.tr("Order"),
            ],
            rows,
            numeric=(3, 4, 7, 9),
        )
        note = self.tr(
            "{count} conversations of the month, computed into this KPI.", None, total
        ).format(count=total)
        if total > len(items):
            note += " " + self.tr("The first {shown} are listed.").format(shown=len(items))
        self.note.setText(note)

    def _evidence(self, record: AppraisalRecord) -> appraisal_evidence.AgentEvidence:
        found = appraisal_evidence.month_evidence(self.ctx.db, record.month)
        return found.get(record.agent_id) or appraisal_evidence.AgentEvidence()

    def _show_reviews(self, record: AppraisalRecord) -> None:
        found = self._evidence(record)
        rows = [
            Row(
                (
                    show_date(r.reviewed_on),
                    r.conversation_ref,
                    _number(r.score, 1),
                    self.tr("Yes") if r.critical_failed else "",
                    r.comment,
                ),
                r,
                sort=(
                    r.reviewed_on,
                    r.conversation_ref,
                    r.score or 0,
                    r.critical_failed,
                    r.comment,
                ),
            )
            for r in found.reviews
        ]
        self.model.set_rows(
            [
                self.tr("Reviewed"),
                self.tr("Conversation"),
                self.tr("Score"),
                self.tr("Critical failure"),
                self.tr("Comment"),
            ],
            rows,
            numeric=(2,),
        )
        self.note.setText(
            self.tr(
                "The QA score is the mean of the month's {count} reviews.", None, len(rows)
            ).format(count=len(rows))
        )

    def _show_complaints(self, record: AppraisalRecord) -> None:
        found = self._evidence(record)
        priorities = priority_labels()
        rows = [
            Row(
                (
                    c.ref,
                    show_date(c.received_on),
                    c.category,
                    label(priorities, c.priority),
                    c.description,
                ),
                c,
                sort=(c.ref, c.received_on, c.category, c.priority, c.description),
            )
            for c in found.complaints
        ]
        self.model.set_rows(
            [
                self.tr("Reference"),
                self.tr("Received"),
                self.tr("Category"),
                self.tr("Priority"),
                self.tr("Description"),
            ],
            rows,
        )
        self.note.setText(
            self.tr(
                "Complaints received in the month that count against the agent: valid, and "
                "no appeal accepted. Change a verdict on the complaint's case file."
            )
        )

    def _show_praise(self, record: AppraisalRecord) -> None:
        found = self._evidence(record)
        rows = [
            Row(
                (show_date(p.received_on), p.source, p.text),
                p,
                sort=(p.received_on, p.source, p.text),
            )
            for p in found.praise
        ]
        self.model.set_rows([self.tr("Received"), self.tr("Source"), self.tr("Praise")], rows)
        self.note.setText(self.tr("Praise recorded for the month."))

    def _show_training(self, record: AppraisalRecord) -> None:
        found = self._evidence(record)
        standings = standing_labels()
        rows = [
            Row(
                (t.title, label(standings, t.standing), show_date(t.day)),
                t,
                sort=(t.title, t.standing, t.day or record.month.last_day),
            )
            for t in [*found.trained, *found.due]
        ]
        self.model.set_rows([self.tr("Course"), self.tr("Standing"), self.tr("Date")], rows)
        self.note.setText(
            self.tr("Courses completed in the month, and required courses not current.")
        )

    def _show_other(self, _record: AppraisalRecord) -> None:
        texts = {
            "summaries": self.tr(
                "This figure is the platform's own, from the monthly summary imported on the "
                "Performance page."
            ),
            "manual": self.tr(
                "This figure was entered by hand on the Performance page (Teamwork and attendance)."
            ),
            "rota": self.tr(
                "This figure comes from the rota: days with a shift of the days due (sick, "
                "personal and other leave are absence; annual leave and days off are not due). "
                "A value entered on the Performance page would override it."
            ),
        }
        self.note.setText(texts.get(self.kind, self.tr("No records stand behind this figure.")))
        self.table.hide()
