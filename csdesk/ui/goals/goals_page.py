"""The Goals page (目标): the year's team goals and how each month stands against them.

One row per goal: the KPI, last year's baseline, the year's target, then each month's
actual on a colour of its status (met green, on track pale green, at risk amber, off
track red; no colour: a month running or without data). The tooltip gives the month's
target. The selected goal's chart shows its path, the months and last year dotted.
Goals are set in a small dialog (double-click one to change it), proposed for a year
(the plans' three, or next year's from this year), and removed after asking. The shop's
paid orders, which the complaint rate is divided by, are imported here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.appraisal_labels import kpi_labels
from csdesk.common.palette import BAD, GOOD, WARNING
from csdesk.domain.goals import GoalStatus
from csdesk.domain.months import Month
from csdesk.services.goals import goal_records
from csdesk.services.kinds import FILE_KINDS
from csdesk.ui.common.empty_hint import EmptyHint
from csdesk.ui.common.rows_model import PAYLOAD_ROLE, Row, RowsModel
from csdesk.ui.common.widgets import button_row, record_table
from csdesk.ui.context import AppContext
from csdesk.ui.goals import goal_outputs
from csdesk.ui.goals.goal_dialog import GoalDialog
from csdesk.ui.importing.import_dialog import ImportDialog, ImportKind

if TYPE_CHECKING:  # matplotlib loads on first use, not with the window
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

#: A month's status -> its cell colour.
STATUS_FILLS = {
    GoalStatus.MET: GOOD[0],
    GoalStatus.ON_TRACK: "#eaf6ec",
    GoalStatus.AT_RISK: WARNING[0],
    GoalStatus.OFF_TRACK: BAD[0],
}
CHART_HEIGHT = 210

ORDERS_IMPORT = ImportKind(
    file=FILE_KINDS["orders"],
    title=lambda: QCoreApplication.translate("GoalsPage", "Import shop orders"),
    headers=lambda: ("", ""),
    hint=lambda: QCoreApplication.translate(
        "GoalsPage",
        "Choose the back office's paid-orders export (生意参谋, 抖店, 京东商智), per day or "
        "per month, CSV or Excel (统计日期, 支付子订单数 …). The complaint rate is then "
        "counted per 1,000 paid orders. A day already imported is updated, not added twice.",
    ),
    announce=lambda ctx: ctx.notices.performance_changed.emit(),
)


def _number(value: float | None) -> str:
    """One decimal, as the other pages write rates; two for a small figure (0.66 ‰)."""
    if value is None:
        return ""
    return f"{value:.2f}" if abs(value) < 10 and not float(value).is_integer() else f"{value:.1f}"


class GoalsPage(QWidget):
    """The year's goals, month by month, with the selected goal's chart."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.goals: list[goal_records.GoalRecord] = []
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.new_button = QPushButton()
        self.remove_button = QPushButton()
        self.propose_button = QPushButton()
        self.action_button = QPushButton()
        self.orders_button = QPushButton()
        self.report_button = QPushButton()
        self.year_button = QPushButton()
        self.budget_button = QPushButton()
        self.model = RowsModel(self)
        self.table = record_table("goalsTable", self.model)
        self.hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "No goals for {year} yet. The plans' goals: satisfaction up 15 %, complaint "
                "rate down 20 %, turnover down 30 %."
            ).format(year=self.year.value()),
            [(lambda: self.tr("Propose goals…"), self.propose),
             (lambda: self.tr("New goal…"), self.new_goal)],
        )  # fmt: skip
        # matplotlib's canvas, made when a goal is first selected
        self.canvas: FigureCanvasQTAgg | None = None
        self.chart_box = QVBoxLayout()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(self.new_button, self.remove_button, self.propose_button,
                       self.action_button, None,
                       self.report_button, self.year_button, self.budget_button,
                       self.orders_button)
        )  # fmt: skip
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.chart_box)
        layout.addWidget(self.legend)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.new_button.clicked.connect(self.new_goal)
        self.remove_button.clicked.connect(self.remove_goal)
        self.propose_button.clicked.connect(self.propose)
        self.action_button.clicked.connect(self.new_action)
        self.orders_button.clicked.connect(
            lambda: ImportDialog(self.ctx, ORDERS_IMPORT, self).exec()
        )
        self.report_button.clicked.connect(self.print_team_report)
        self.year_button.clicked.connect(self.print_year_report)
        self.budget_button.clicked.connect(self.edit_budget)
        self.table.doubleClicked.connect(lambda _i: self.edit_goal())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.draw_chart())
        self.stale = False
        ctx.notices.connect_month_figures(self.figures_changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.year_label.setText(self.tr("&Year"))
        self.new_button.setText(self.tr("&New goal…"))
        self.remove_button.setText(self.tr("&Remove goal"))
        self.propose_button.setText(self.tr("&Propose goals…"))
        self.action_button.setText(self.tr("&Action…"))
        self.action_button.setToolTip(
            self.tr("An improvement action for the selected goal, checked next month")
        )
        self.propose_button.setToolTip(
            self.tr(
                "Goals for the year shown: from last year's goals and figures, or the plans' "
                "three goals"
            )
        )
        self.report_button.setText(self.tr("&Team report…"))
        self.report_button.setToolTip(self.tr("The month's one-page report for the owner"))
        self.year_button.setText(self.tr("Year &summary…"))
        self.year_button.setToolTip(
            self.tr("The year-end summary of the year shown: figures, goals, next year's goals")
        )
        self.budget_button.setText(self.tr("Training &budget…"))
        self.orders_button.setText(self.tr("Import &orders…"))
        self.orders_button.setToolTip(
            self.tr("The shop's paid orders, which the complaint rate is divided by")
        )
        self.legend.setText(
            self.tr(
                "Each month: the team's actual, green when the month's target is met, pale "
                "green on track, amber at risk, red off track; the tooltip gives the target. "
                "Turnover: the twelve months to each month. Double-click a goal to change it."
            )
        )

    def figures_changed(self) -> None:
        """Recompute now if shown; a hidden page recomputes when it is shown next.

        Every month of two years is computed again: not on each staff or complaint edit
        made on another page.
        """
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while the page was hidden."""
        if self.stale:
            self.reload()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def reload(self) -> None:
        """Read the year's goals and their months again."""
        self.stale = False
        self.goals = goal_records.year_goals(self.ctx.db, self.year.value(), with_last_year=True)
        names = kpi_labels()
        today = date.today()
        rows = []
        for goal in self.goals:
            cells = [names.get(goal.kpi, goal.kpi), _number(goal.baseline), _number(goal.target)]
            fills: list[str | None] = [None, None, None]
            tips = ["", "", ""]
            for month in goal.months:
                cells.append(_number(month.actual))
                fills.append(STATUS_FILLS.get(month.status) if month.status else None)
                tip = self.tr("Target {target}").format(target=_number(month.target))
                if month.actual is None:
                    tip += " — " + (
                        self.tr("no data") if month.month.last_day < today else self.tr("running")
                    )
                tips.append(tip)
            rows.append(Row(tuple(cells), goal, fills=tuple(fills), tips=tuple(tips)))
        headers = [self.tr("KPI"), self.tr("Baseline"), self.tr("Target")]
        headers += [str(n) for n in range(1, 13)]
        self.model.set_rows(headers, rows, numeric=tuple(range(1, 15)))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        self.draw_chart()

    def report_actions(self) -> dict[str, Callable[[], None]]:
        """How this page prints each report kind it owns (the window's Reports menu)."""
        return {"team": self.print_team_report, "year": self.print_year_report}

    def print_team_report(self) -> None:
        """Ask for the month, write its team report and open it in the preview."""
        goal_outputs.print_team_report(self, self.ctx)

    def print_year_report(self) -> None:
        """Write the year-end summary of the year shown and open it in the preview."""
        goal_outputs.print_year_report(self, self.ctx, self.year.value())

    def edit_budget(self) -> None:
        """Set the training budget of the year shown (0: none)."""
        goal_outputs.edit_budget(self, self.ctx, self.year.value())

    def _selected(self) -> goal_records.GoalRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(PAYLOAD_ROLE) if rows else None

    def draw_chart(self) -> None:
        """Draw the selected goal's year; no chart while no goal is selected."""
        goal = self._selected()
        if self.canvas is not None:
            self.canvas.setVisible(goal is not None)
        if goal is None:
            return
        if self.canvas is None:
            os.environ.setdefault("QT_API", "pyside6")
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.canvas = FigureCanvasQTAgg(Figure(figsize=(7.0, 2.1), dpi=100))
            self.canvas.setFixedHeight(CHART_HEIGHT)
            self.chart_box.addWidget(self.canvas)
        from csdesk.reports.goal_chart import GoalSeries, draw_goal

        series = GoalSeries(
            title=kpi_labels().get(goal.kpi, goal.kpi),
            months=[str(n) for n in range(1, 13)],
            targets=[m.target for m in goal.months],
            actuals=[m.actual for m in goal.months],
            statuses=[m.status for m in goal.months],
            last_year=list(goal.last_year),
            labels={
                "target": self.tr("Target path"),
                "actual": str(goal.year),
                "last_year": str(goal.year - 1),
            },
        )
        draw_goal(self.canvas.figure, series, small=True)
        self.canvas.draw_idle()

    def new_goal(self) -> None:
        """Set a goal for the year shown."""
        if GoalDialog(self.ctx, self.year.value(), self).exec():
            self.reload()

    def edit_goal(self) -> None:
        """Change the selected goal (its target, baseline or path)."""
        goal = self._selected()
        if goal is not None and GoalDialog(self.ctx, goal.year, self, goal).exec():
            self.reload()

    def propose(self) -> None:
        """Offer the year's proposed goals (last year's carried on, or the plans')."""
        from csdesk.services.goals.goal_proposals import proposals_for
        from csdesk.ui.goals.proposals_dialog import ProposalsDialog

        year = self.year.value()
        if ProposalsDialog(self.ctx, year, proposals_for(self.ctx.db, year), self).exec():
            self.reload()

    def new_action(self) -> None:
        """Start an action for the selected goal: its KPI, next month's target, checked then."""
        from csdesk.services import shop
        from csdesk.services.actions.action_records import ActionData
        from csdesk.ui.actions.action_dialog import ActionDialog

        goal = self._selected()
        if goal is None:
            return
        this = Month.of(date.today())
        check = this.shift(1)
        target = goal.months[check.month - 1].target if check.year == goal.year else goal.target
        preset = ActionData(
            "", this.last_day, source="goal", source_ref=f"{goal.year}:{goal.kpi}",
            owner_name=shop.supervisor_name(self.ctx.db), kpi=goal.kpi,
            kpi_target=round(target, 2), check_month=str(check),
        )  # fmt: skip
        ActionDialog(self.ctx, None, self, preset).exec()

    def remove_goal(self) -> None:
        """Remove the selected goal, after asking."""
        goal = self._selected()
        if goal is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove goal"),
            self.tr("Remove the goal for {kpi}?").format(kpi=kpi_labels().get(goal.kpi, goal.kpi)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            goal_records.remove_goal(self.ctx.db, goal.id)
            self.reload()
