"""One agent's appraisal on the appraisals page: card, result, trend, comment, actions.

The scorecard lists each line's value, target, points and weight; double-clicking a
line opens what made the number. The comment is edited here while the appraisal is a
draft; a final one offers Amend, Signed and Versions instead.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.appraisal_labels import (
    appraisal_status_labels,
    grade_text,
    kpi_labels,
    kpi_value_text,
    standing_note,
    veto_labels,
)
from csdesk.common.labels import currency, label, post_labels
from csdesk.domain.kpis import BY_KEY, Unit
from csdesk.domain.months import months_between
from csdesk.services.appraisals import records
from csdesk.services.appraisals import workflow as appraisals
from csdesk.services.errors import UserError
from csdesk.ui.appraisals.appraisal_follow_up import follow_up
from csdesk.ui.common.formats import show_date
from csdesk.ui.common.month_dialog import month_text
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import PAYLOAD_ROLE, Row, RowsModel
from csdesk.ui.common.widgets import button_row, record_table
from csdesk.ui.context import AppContext

if TYPE_CHECKING:  # matplotlib loads on first use, not with the window
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg


TREND_MONTHS = 12


class AppraisalView(QWidget):
    """The selected agent's appraisal."""

    #: The page acts on these (they need a confirmation or a PDF of the whole month).
    finalise_requested = Signal(object)
    print_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record: records.AppraisalRecord | None = None
        self.star = False
        self.title = QLabel()
        self.title.setObjectName("appraisalTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.model = RowsModel(self)
        proxy = RowsFilter(self)
        proxy.setSourceModel(self.model)
        self.card = record_table("cardTable", proxy)
        self.card.setSortingEnabled(False)
        proxy.sort(-1)  # the card's own order, as printed
        self.result = QLabel()
        self.result.setObjectName("appraisalResult")
        self.result.setStyleSheet("font-size: 14px;")
        self.notes = QLabel()
        self.notes.setObjectName("appraisalNotes")
        self.notes.setWordWrap(True)
        self.chart_box = QGroupBox()
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.canvas: FigureCanvasQTAgg | None = None  # matplotlib's, made when first shown
        self.comment_box = QGroupBox()
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("appraisalComment")
        self.comment.setMaximumHeight(90)
        self.save_comment_button = QPushButton()
        self.signature = QLabel()
        self.signature.setWordWrap(True)
        comment_layout = QVBoxLayout(self.comment_box)
        comment_layout.addWidget(self.comment)
        comment_layout.addLayout(button_row(self.signature, None, self.save_comment_button))
        self.finalise_button = QPushButton()
        self.amend_button = QPushButton()
        self.sign_button = QPushButton()
        self.history_button = QPushButton()
        self.coaching_button = QPushButton()
        self.print_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.notes)
        layout.addWidget(self.chart_box)
        layout.addWidget(self.comment_box)
        actions = QHBoxLayout()
        for button in (
            self.finalise_button,
            self.amend_button,
            self.sign_button,
            self.history_button,
            self.coaching_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        layout.addLayout(actions)
        self.card.doubleClicked.connect(lambda _i: self.show_evidence())
        self.save_comment_button.clicked.connect(self.save_comment)
        self.finalise_button.clicked.connect(lambda: self.finalise_requested.emit(self.record))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.record))
        self.amend_button.clicked.connect(self.amend)
        self.sign_button.clicked.connect(self.acknowledge)
        self.history_button.clicked.connect(self.show_history)
        self.coaching_button.clicked.connect(self.open_coaching)
        self.retranslate()
        self.show_record(None)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.chart_box.setTitle(self.tr("Last 12 months"))
        self.comment_box.setTitle(self.tr("Supervisor's comment"))
        self.save_comment_button.setText(self.tr("&Save comment"))
        self.finalise_button.setText(self.tr("&Finalise"))
        self.finalise_button.setToolTip(
            self.tr("Lock the appraisal with the month's data as it is now")
        )
        self.amend_button.setText(self.tr("&Amend…"))
        self.amend_button.setToolTip(self.tr("Correct a final appraisal: a new version"))
        self.sign_button.setText(self.tr("Si&gned…"))
        self.sign_button.setToolTip(self.tr("Record that the agent read and signed it"))
        self.history_button.setText(self.tr("&Versions…"))
        self.coaching_button.setText(self.tr("C&oaching…"))
        self.coaching_button.setToolTip(
            self.tr("The coaching session about this month: evidence, notes, agreed actions")
        )
        self.print_button.setText(self.tr("Print this &appraisal…"))
        self.card.setMinimumHeight(self.card.verticalHeader().defaultSectionSize() * 10)
        self.card.setToolTip(self.tr("Double-click a line to see what made the number"))
        self.show_record(self.record, self.star)

    # --- showing ----------------------------------------------------------------------
    def show_record(self, record: records.AppraisalRecord | None, star: bool = False) -> None:
        """Show ``record`` (None: nothing selected)."""
        self.record, self.star = record, star
        for widget in (self.card, self.result, self.notes, self.chart_box, self.comment_box):
            widget.setVisible(record is not None)
        for button in (
            self.finalise_button,
            self.amend_button,
            self.sign_button,
            self.history_button,
            self.print_button,
        ):
            button.setVisible(record is not None)
        if record is None:
            self.title.setText(self.tr("Select an agent to see their appraisal."))
            return
        status = label(appraisal_status_labels(), record.status)
        if record.version > 1:
            status += " · " + self.tr("version {version}").format(version=record.version)
        self.title.setText(
            f"{record.name} ({record.employee_no}) · {label(post_labels(), record.post)} · "
            f"{month_text(record.month)} · {status}"
        )
        self._fill_card(record)
        rank = "—" if record.rank is None else str(record.rank)
        total = "—" if record.total is None else f"{record.total:.1f}"
        if record.graded:
            result = self.tr("Total {total} · grade {grade} · rank {rank} · bonus {bonus}").format(
                total=total,
                grade=record.grade or "—",
                rank=rank,
                bonus=currency(record.bonus.amount) if record.pay_shown else "—",
            )
        else:
            result = self.tr("Total {total} · {standing}: no grade, rank or bonus").format(
                total=total, standing=grade_text(record.grade, record.standing)
            )
        self.result.setText(result)
        self.notes.setText("\n".join(self._notes(record)))
        self.comment.setPlainText(record.comment)
        draft = record.stored and not record.final
        self.comment.setReadOnly(not draft)
        self.save_comment_button.setVisible(draft)
        self.finalise_button.setVisible(draft)
        self.finalise_button.setEnabled(draft)
        self.amend_button.setVisible(record.final)
        self.sign_button.setVisible(record.final)
        self.history_button.setVisible(record.stored)
        if record.acknowledged_on is not None:
            self.signature.setText(
                self.tr("Signed by the agent on {day}. {comment}").format(
                    day=show_date(record.acknowledged_on), comment=record.acknowledgement
                )
            )
        elif record.final:
            self.signature.setText(self.tr("Not signed by the agent yet."))
        elif not record.stored:
            self.signature.setText(
                self.tr("The month is not prepared: these numbers are computed, not stored.")
            )
        else:
            self.signature.setText("")
        self._draw_trend(record)

    def _fill_card(self, record: records.AppraisalRecord) -> None:
        names = kpi_labels()
        rows = []
        for line in record.lines:
            unit = BY_KEY[line.kpi].unit if line.kpi in BY_KEY else Unit.COUNT
            cells = (
                label(names, line.kpi),
                kpi_value_text(unit, line.value),
                kpi_value_text(unit, line.target),
                "—" if line.points is None else f"{line.points:.1f}",
                "—" if line.value is None else f"{line.share * 100:.1f} %",
                "—" if line.weighted is None else f"{line.weighted:.2f}",
            )
            rows.append(Row(cells, line.kpi))
        self.model.set_rows(
            [
                self.tr("KPI"),
                self.tr("Value"),
                self.tr("Target"),
                self.tr("Points"),
                self.tr("Weight"),
                self.tr("Weighted"),
            ],
            rows,
            numeric=(1, 2, 3, 4, 5),
        )
        header = self.card.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def open_coaching(self) -> None:
        """Open the coaching session about the shown month with the shown agent."""
        from csdesk.ui.actions.coaching_dialog import CoachingDialog

        if self.record is not None:
            CoachingDialog(self.ctx, self.record.agent_id, self.record.month, self).exec()
            self.show_record(self.record, self.star)

    def _notes(self, record: records.AppraisalRecord) -> list[str]:
        if not record.graded:
            return [
                standing_note(record.standing, record.coverage, record.left_out),
                *follow_up(self.ctx, record),
            ]
        notes = follow_up(self.ctx, record)
        names = kpi_labels()
        if record.left_out:
            notes.append(
                self.tr("No data, left out: {kpis}.").format(
                    kpis=", ".join(label(names, k) for k in record.left_out)
                )
            )
        pay = record.bonus
        if not record.pay_shown:
            pass  # a lead sees grades, never money
        elif pay.below_pass:
            notes.append(self.tr("Satisfaction below the pass line: no bonus."))
        else:
            notes.append(
                self.tr(
                    "Bonus: base {base} × {coefficient:g} + extra tier {extra} − complaints "
                    "{deduction}"
                ).format(
                    base=currency(pay.base),
                    coefficient=pay.coefficient,
                    extra=currency(pay.extra),
                    deduction=currency(pay.deduction),
                )
            )
        if record.vetoes:
            vetoes = veto_labels()
            notes.append(
                self.tr("Grade capped by: {vetoes}.").format(
                    vetoes=", ".join(label(vetoes, v) for v in record.vetoes)
                )
            )
        if self.star:
            notes.append(self.tr("★ Service Star of the month"))
        if record.version > 1:
            notes.append(self.tr("Amended: {reason}").format(reason=record.reason))
        return notes

    def _draw_trend(self, record: records.AppraisalRecord) -> None:
        if self.canvas is None:
            os.environ.setdefault("QT_API", "pyside6")
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.canvas = FigureCanvasQTAgg(Figure(figsize=(5.6, 1.9), dpi=100))
            self.canvas.setFixedHeight(190)
            self.chart_layout.addWidget(self.canvas)
        from csdesk.reports.charts import draw_kpi_trend

        months = months_between(record.month.shift(1 - TREND_MONTHS), record.month)
        earlier = records.agent_trends(self.ctx.db, months[:-1], [record.agent_id])
        points = earlier.get(record.agent_id) or []
        totals = [p.total for p in points] or [None] * (len(months) - 1)
        satisfaction = [p.satisfaction for p in points] or [None] * (len(months) - 1)
        draw_kpi_trend(
            self.canvas.figure,
            [f"{m.year % 100:02d}-{m.month:02d}" for m in months],
            [
                (self.tr("Total score"), [*totals, record.total]),
                (self.tr("Satisfaction %"), [*satisfaction, record.satisfaction]),
            ],
            "",
            "",
        )
        self.canvas.draw_idle()

    # --- acting -------------------------------------------------------------------------
    def comment_edited(self) -> bool:
        """True when the draft's comment box differs from what is stored."""
        record = self.record
        return (
            record is not None
            and record.stored
            and not record.final
            and self.comment.toPlainText().strip() != record.comment
        )

    def save_comment(self) -> bool:
        """Store the draft's comment; False (and a message) when refused."""
        if self.record is None:
            return False
        try:
            appraisals.set_comment(self.ctx.db, self.record.id, self.comment.toPlainText())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Comment"), exc.full_text())
            return False
        self.ctx.notices.appraisals_changed.emit()
        return True

    def show_evidence(self) -> None:
        """Open what made the selected line's number."""
        rows = self.card.selectionModel().selectedRows()
        if self.record is None or not rows:
            return
        from csdesk.ui.appraisals.appraisal_evidence_dialog import EvidenceDialog

        EvidenceDialog(self.ctx, self.record, rows[0].data(PAYLOAD_ROLE), self).exec()

    def amend(self) -> None:
        """Correct the final appraisal with a new version."""
        from csdesk.ui.appraisals.appraisal_dialogs import AmendDialog

        if self.record is not None:
            AmendDialog(self.ctx, self.record, self).exec()

    def acknowledge(self) -> None:
        """Record the agent's signature."""
        from csdesk.ui.appraisals.appraisal_dialogs import AcknowledgeDialog

        if self.record is not None:
            AcknowledgeDialog(self.ctx, self.record, self).exec()

    def show_history(self) -> None:
        """List every version of the appraisal."""
        from csdesk.ui.appraisals.appraisal_dialogs import VersionsDialog

        if self.record is not None:
            VersionsDialog(self.ctx, self.record, self).exec()
