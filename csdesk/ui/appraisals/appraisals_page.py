"""The appraisals page: a month's appraisals of the team, and the selected agent's.

The month's table lists every agent's total, grade, bonus, rank and status; a month not
prepared shows computed drafts. Prepare month stores the drafts, Finalise locks one,
Close month locks the rest and records the Service Star. The month prints as the team
summary and a page per agent: Print (Qt's print dialog), Preview, or Export PDF.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from csdesk.domain.months import Month
from csdesk.services.appraisals import records
from csdesk.services.appraisals import workflow as appraisals
from csdesk.services.errors import UserError
from csdesk.ui.appraisals.appraisal_view import AppraisalView
from csdesk.ui.appraisals.month_rows import month_headers, month_rows, state_text
from csdesk.ui.common.empty_hint import EmptyHint
from csdesk.ui.common.month_dialog import month_combo, month_text
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import PAYLOAD_ROLE, RowsModel
from csdesk.ui.common.widgets import record_table, scrolling, status_message
from csdesk.ui.context import AppContext


class AppraisalsPage(QWidget):
    """Monthly appraisals: prepare, finalise, close, print."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view_state: records.MonthAppraisals | None = None
        self.month = month_combo("appraisalMonth")
        self.month_label = QLabel()
        self.month_label.setBuddy(self.month)
        self.state = QLabel()
        self.state.setObjectName("monthState")
        self.state.setWordWrap(True)
        self.prepare_button = QPushButton()
        self.close_button = QPushButton()
        self.quarter_button = QPushButton()
        self.rules_button = QPushButton()
        self.rules_button.setObjectName("rulesButton")
        self.print_button = QPushButton()
        self.preview_button = QPushButton()
        self.export_button = QPushButton()
        self.model = RowsModel(self)
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table("appraisalsTable", self.proxy)
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "Nobody to appraise in this month: no agent was employed, or the month has "
                "no figures yet."
            ),
        )
        self.agent = AppraisalView(ctx)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(scrolling(self.agent))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([660, 560])
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addWidget(self.state, 1)
        buttons = QHBoxLayout()
        for button in (
            self.prepare_button,
            self.close_button,
            self.quarter_button,
            self.rules_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.print_button, self.preview_button, self.export_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.prepare_button.clicked.connect(self.prepare)
        self.close_button.clicked.connect(self.close_month)
        self.quarter_button.clicked.connect(self.show_quarter)
        self.rules_button.clicked.connect(self.edit_rules)
        self.print_button.clicked.connect(lambda: self.print_month(preview=False))
        self.preview_button.clicked.connect(lambda: self.print_month(preview=True))
        self.export_button.clicked.connect(self.export_pdf)
        self.agent.finalise_requested.connect(self.finalise)
        self.agent.print_requested.connect(self.print_agent)
        for sequence, slot in (
            (QKeySequence.StandardKey.Print, lambda: self.print_month(preview=False)),
            (QKeySequence("Ctrl+E"), self.export_pdf),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        ctx.notices.appraisals_changed.connect(self.reload)
        ctx.notices.connect_month_figures(self.reload)
        self.retranslate()

    def report_actions(self) -> dict[str, Callable[[], None]]:
        """How this page prints each report kind it owns (the window's Reports menu)."""
        return {"appraisal": lambda: self.print_month(preview=True)}

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.month_label.setText(self.tr("&Month"))
        self.prepare_button.setText(self.tr("&Prepare month"))
        self.prepare_button.setToolTip(
            self.tr("Store a draft appraisal for every agent of the month (again: recompute)")
        )
        self.close_button.setText(self.tr("&Close month…"))
        self.close_button.setToolTip(
            self.tr("Finalise every draft of the month and record the Service Star")
        )
        self.quarter_button.setText(self.tr("&Quarter…"))
        self.quarter_button.setToolTip(self.tr("Three months' totals and the quarter's bonus"))
        self.rules_button.setText(self.tr("R&ules…"))
        self.rules_button.setToolTip(
            self.tr("Scorecards, grades, vetoes and bonus, tried on a month before saving")
        )
        self.print_button.setText(self.tr("P&rint…"))
        self.print_button.setToolTip(self.tr("The team summary and every agent's page (Ctrl+P)"))
        self.preview_button.setText(self.tr("Pre&view…"))
        self.export_button.setText(self.tr("E&xport PDF…"))
        self.export_button.setToolTip(self.tr("Save the month's appraisals as a PDF (Ctrl+E)"))
        self.agent.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_month(self) -> Month:
        """The month shown."""
        return Month.parse(self.month.currentData())

    # --- showing ----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the month again and show it, keeping the selected agent."""
        chosen = self._selected()
        keep = chosen.agent_id if chosen else None
        state = records.month_view(self.ctx.db, self.current_month())
        self.view_state = state
        self.model.set_rows(month_headers(), month_rows(state), numeric=(3, 5, 6))
        for column, width in enumerate((60, 64, 76, 50, 76, 72, 42, 60, 84, 36)):
            self.table.setColumnWidth(column, width)
        self.state.setText(state_text(state))
        self.close_button.setEnabled(not state.closed and bool(state.appraisals))
        self.prepare_button.setEnabled(not state.closed)
        self._select(keep)

    def _selected(self) -> records.AppraisalRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(PAYLOAD_ROLE) if rows else None

    def _select(self, agent_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            record = self.proxy.index(row, 0).data(PAYLOAD_ROLE)
            if agent_id is None or record.agent_id == agent_id:
                self.table.selectRow(row)
                break
        self._show_selected()

    def _show_selected(self) -> None:
        record = self._selected()
        star = bool(record and self.view_state and record.agent_id == self.view_state.star_agent_id)
        self.agent.show_record(record, star)

    # --- acting -------------------------------------------------------------------------
    def _run(self, action, done_text: str) -> bool:
        try:
            result = action()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Appraisals"), exc.full_text())
            return False
        self.ctx.notices.appraisals_changed.emit()
        status_message(self, done_text.format(result=result))
        return True

    def prepare(self) -> None:
        """Store (or recompute) the month's drafts."""
        if self.agent.comment_edited() and not self.agent.save_comment():
            return
        month = self.current_month()
        self._run(
            lambda: appraisals.prepare_month(self.ctx.db, month, self.ctx.author),
            self.tr("{result} draft appraisals prepared."),
        )

    def finalise(self, record: records.AppraisalRecord | None) -> None:
        """Lock one draft, after saving its comment and asking."""
        if record is None or not record.stored or record.final:
            return
        if self.agent.comment_edited() and not self.agent.save_comment():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Finalise"),
            self.tr(
                "Finalise the appraisal of {name}? Its numbers are computed once more from "
                "the month's data and then locked; a later correction is an amendment."
            ).format(name=record.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(
            lambda: appraisals.finalise(self.ctx.db, [record.id], self.ctx.author),
            self.tr("Appraisal finalised."),
        )

    def close_month(self) -> None:
        """Finalise every draft and record the Service Star, after asking."""
        state = self.view_state
        if state is None:
            return
        if self.agent.comment_edited() and not self.agent.save_comment():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close month"),
            self.tr(
                "Close {month}? {drafts} appraisals not final yet are computed once more and "
                "locked, and the Service Star is recorded. Corrections after that are "
                "amendments.",
                None,
                state.drafts,
            ).format(month=month_text(state.month), drafts=state.drafts),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(
            lambda: appraisals.close_month(self.ctx.db, state.month, self.ctx.author),
            self.tr("Month closed."),
        )

    def show_quarter(self) -> None:
        """The quarter of the month shown."""
        from csdesk.ui.appraisals.appraisal_dialogs import QuarterDialog

        month = self.current_month()
        QuarterDialog(self.ctx, month.year, (month.month - 1) // 3 + 1, self).exec()

    def edit_rules(self) -> None:
        """The rules editor, trying the edits on the month shown."""
        from csdesk.ui.appraisals.appraisal_rules_dialog import AppraisalRulesDialog

        AppraisalRulesDialog(self.ctx, self.current_month(), self).exec()

    # --- printing -----------------------------------------------------------------------
    def _write_pack(self, path: Path, agent: str, then) -> None:
        from csdesk.services.appraisals.appraisal_reports import appraisal_pack
        from csdesk.ui.background import run_with_progress

        db, month = self.ctx.db, self.current_month()
        run_with_progress(
            self,
            self.ctx,
            self._title(),
            lambda progress: appraisal_pack(db, month, path, agent, progress=progress),
            then,
            label=self.tr("Writing the appraisals…"),
            path=path,
        )

    def _title(self) -> str:
        return self.tr("Appraisals {month}").format(month=month_text(self.current_month()))

    def print_month(self, preview: bool) -> None:
        """Print (or preview) the team summary and every agent's page."""
        self._print("all", preview)

    def print_agent(self, record: records.AppraisalRecord | None) -> None:
        """Print one agent's page."""
        if record is not None:
            self._print(record.employee_no, preview=False)

    def _print(self, agent: str, preview: bool) -> None:
        from csdesk.ui.common.pdf_printing import preview_pdf, print_pdf

        folder = Path(tempfile.mkdtemp(prefix="csdesk-print-"))
        path = folder / f"appraisals-{self.current_month()}.pdf"

        def done(_count) -> None:
            if preview:
                preview_pdf(self, self.ctx, path, self._title())
            else:
                print_pdf(self, self.ctx, path, self._title())

        self._write_pack(path, agent, done)

    def export_pdf(self) -> None:
        """Save the month's appraisals as a PDF chosen by the supervisor."""
        folder = str(self.ctx.settings.value("appraisals/export_dir", str(Path.home())))
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export appraisals"),
            str(
                Path(folder) / self.tr("appraisals-{month}.pdf").format(month=self.current_month())
            ),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        self.ctx.settings.setValue("appraisals/export_dir", str(target.parent))

        def done(count) -> None:
            status_message(
                self,
                self.tr("{count} appraisals written to {path}", None, count).format(
                    count=count, path=target
                ),
            )

        self._write_pack(target, "all", done)
