"""The performance page: every agent's KPIs for a month, the imports that feed them.

Agents down, KPIs across, for the month chosen (last month by default: the one being
appraised). A value the platform's own summary gave, where the conversations gave one
too, is tinted and says so in its tooltip. The trend of one KPI over twelve months,
for the selected agent and the team, opens in a chart window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.appraisal_labels import kpi_labels, kpi_value_text
from csdesk.domain.kpis import KPIS
from csdesk.domain.months import Month
from csdesk.services.kinds import FILE_KINDS
from csdesk.services.performance import kpi_text, kpis
from csdesk.ui.common.empty_hint import EmptyHint
from csdesk.ui.common.month_dialog import month_combo
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import button_row, record_table, selected_payload, status_message
from csdesk.ui.context import AppContext
from csdesk.ui.importing.import_dialog import ImportDialog, ImportKind
from csdesk.ui.performance.performance_entry import ManualKpiDialog
from csdesk.ui.performance.praise_dialog import PraiseDialog
from csdesk.ui.performance.qa_entry import QaReviewDialog
from csdesk.ui.performance.qa_log_dialog import QaLogDialog

#: The tint of a value taken from a platform's summary rather than the conversations.
SUMMARY_FILL = "#e3ecf7"


def _announce(ctx: AppContext) -> None:
    ctx.notices.performance_changed.emit()


CONVERSATION_IMPORT = ImportKind(
    file=FILE_KINDS["conversations"],
    title=lambda: QCoreApplication.translate("PerformancePage", "Import conversations"),
    headers=lambda: ("", ""),
    hint=lambda: QCoreApplication.translate(
        "PerformancePage",
        "Choose a conversation or ticket export (千牛, 飞鸽, JD, a help desk), CSV or Excel. "
        "Chinese headers are recognised (会话ID, 客服账号, 开始时间 …). Agents are found by "
        "their platform accounts in the staff directory. Conversations already imported "
        "are not added twice.",
    ),
    announce=_announce,
)
SUMMARY_IMPORT = ImportKind(
    file=FILE_KINDS["summaries"],
    title=lambda: QCoreApplication.translate("PerformancePage", "Import agent summaries"),
    headers=lambda: ("", ""),
    hint=lambda: QCoreApplication.translate(
        "PerformancePage",
        "Choose a 客服绩效 export with one row per account and day or month (旺旺昵称, "
        "咨询人数, 客户满意率 …). Shop totals and averages are skipped. The platform's "
        "figures win over those computed from conversations.",
    ),
    announce=_announce,
)


class PerformancePage(QWidget):
    """Monthly KPIs per agent, with the imports of platform data."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = month_combo("kpiMonth")
        self.month_label = QLabel()
        self.month_label.setBuddy(self.month)
        self.conversations_button = QPushButton()
        self.summaries_button = QPushButton()
        self.export_button = QPushButton()
        self.trend_button = QPushButton()
        self.review_button = QPushButton()
        self.praise_button = QPushButton()
        self.manual_button = QPushButton()
        self.log_button = QPushButton()
        self.model = RowsModel(self)
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table("kpiTable", self.proxy)
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "No figures for this month yet. Import the platform's conversation export or "
                "its monthly agent summary (千牛 客服绩效)."
            ),
            [(lambda: self.tr("Import conversations…"),
              lambda: ImportDialog(self.ctx, CONVERSATION_IMPORT, self).exec()),
             (lambda: self.tr("Import summaries…"),
              lambda: ImportDialog(self.ctx, SUMMARY_IMPORT, self).exec())],
        )  # fmt: skip
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.rows: list[kpis.AgentKpis] = []
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(
                self.conversations_button,
                self.summaries_button,
                None,
                self.review_button,
                self.praise_button,
                self.log_button,
                self.manual_button,
                None,
                self.trend_button,
                self.export_button,
            )
        )
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.conversations_button.clicked.connect(
            lambda: ImportDialog(ctx, CONVERSATION_IMPORT, self).exec()
        )
        self.summaries_button.clicked.connect(
            lambda: ImportDialog(ctx, SUMMARY_IMPORT, self).exec()
        )
        self.export_button.clicked.connect(self.export_csv)
        self.review_button.clicked.connect(lambda: self.enter(QaReviewDialog))
        self.praise_button.clicked.connect(lambda: self.enter(PraiseDialog))
        self.manual_button.clicked.connect(lambda: self.enter(ManualKpiDialog))
        self.log_button.clicked.connect(lambda: self.enter(QaLogDialog))
        self.trend_button.clicked.connect(self.show_trend)
        self.table.doubleClicked.connect(lambda _i: self.show_trend())
        ctx.notices.connect_month_figures(self.reload)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.month_label.setText(self.tr("&Month"))
        self.conversations_button.setText(self.tr("Import &conversations…"))
        self.summaries_button.setText(self.tr("Import &summaries…"))
        self.export_button.setText(self.tr("E&xport CSV…"))
        self.export_button.setToolTip(self.tr("The month's KPIs, one row per agent"))
        self.review_button.setText(self.tr("QA &review…"))
        self.review_button.setToolTip(self.tr("Rate a conversation against the rubric"))
        self.praise_button.setText(self.tr("&Praise…"))
        self.log_button.setText(self.tr("Reviews and praise &list…"))
        self.log_button.setToolTip(
            self.tr("The month's reviews and praise, to correct or delete; the QA rubrics")
        )
        self.manual_button.setText(self.tr("Team&work and attendance…"))
        self.manual_button.setToolTip(self.tr("The KPIs entered by hand for the month"))
        self.trend_button.setText(self.tr("&Trend…"))
        self.trend_button.setToolTip(self.tr("Twelve months of a KPI for the selected agent"))
        self.note.setText(
            self.tr(
                "Rates in percent, times in seconds, money in yuan. Tinted values are the "
                "platform's own figures from an imported summary; they win over the values "
                "computed from conversations. — means no data for the month."
            )
        )
        self.reload()

    def current_month(self) -> Month:
        """The month shown."""
        return Month.parse(self.month.currentData())

    def reload(self) -> None:
        """Compute the month's KPIs again and show them."""
        self.rows = kpis.monthly_kpis(self.ctx.db, self.current_month())
        names = kpi_labels()
        shown_kpis = [k for k in KPIS if any(r.values[k.key] is not None for r in self.rows)]
        from_summary = self.tr("From the platform's summary")
        table_rows = []
        for record in self.rows:
            cells = [record.employee_no, record.name]
            fills: list[str | None] = [None, None]
            tips = ["", ""]
            sort: list[object] = [record.employee_no, record.name]
            for kpi in shown_kpis:
                value = record.values[kpi.key]
                cells.append(kpi_value_text(kpi.unit, value))
                summary = record.sources.get(kpi.key) == "summaries"
                fills.append(SUMMARY_FILL if summary else None)
                tips.append(from_summary if summary else "")
                sort.append(-1e18 if value is None else value)
            table_rows.append(
                Row(tuple(cells), payload=record, sort=tuple(sort), fills=tuple(fills),
                    tips=tuple(tips))
            )  # fmt: skip
        headers = [self.tr("No."), self.tr("Name"), *(names[k.key] for k in shown_kpis)]
        self.model.set_rows(headers, table_rows, numeric=range(2, len(headers)))
        self.table.resizeColumnsToContents()

    def enter(self, form: Callable[..., QDialog]) -> None:
        """Open one of the month's forms (QA review, praise, their list, manual KPIs)."""
        if not self.rows:
            return
        dialog = form(self.ctx, self.rows, self.current_month(), self)
        selected = self.selected_agent()
        agent_box = getattr(dialog, "agent", None)
        if selected is not None and agent_box is not None:
            agent_box.setCurrentIndex(max(0, agent_box.findData(selected.agent_id)))
        dialog.exec()

    def import_file(self, kind: ImportKind) -> None:
        """Open the import window for conversations or summaries."""
        ImportDialog(self.ctx, kind, self).exec()

    def selected_agent(self) -> kpis.AgentKpis | None:
        """The agent row selected, if any."""
        return selected_payload(self.table)

    def export_csv(self) -> None:
        """Save the month's KPIs as CSV (the same file as ``csdesk kpis --format csv``)."""
        month = self.current_month()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export KPIs"), f"kpis-{month}.csv", self.tr("CSV (*.csv)")
        )
        if not name:
            return
        try:
            Path(name).write_text(kpi_text.kpis_csv(self.rows), encoding="utf-8-sig")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export KPIs"), str(exc))
            return
        status_message(self, self.tr("KPIs written to {path}").format(path=name))

    def show_trend(self) -> None:
        """Open the twelve-month trend for the selected agent."""
        record = self.selected_agent()
        if record is None:
            return
        from csdesk.ui.performance.kpi_trend_dialog import KpiTrendDialog

        KpiTrendDialog(self.ctx, record, self.current_month(), self).exec()
