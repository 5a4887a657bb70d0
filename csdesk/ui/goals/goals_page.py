"""The Goals page (目标): the year's team goals and how each month stands against them.

One row per goal: the KPI, last year's baseline, the year's target, then each month's
actual on a colour of its status (met green, on track pale green, at risk amber, off
track red; no colour: a month running or without data). The tooltip gives the month's
target. Goals are set in a small dialog and can be removed. The shop's paid orders,
which the complaint rate is divided by, are imported here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent
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
from csdesk.services.goals import goal_records
from csdesk.services.kinds import FILE_KINDS
from csdesk.ui.common.empty_hint import EmptyHint
from csdesk.ui.common.rows_model import PAYLOAD_ROLE, Row, RowsModel
from csdesk.ui.common.widgets import record_table
from csdesk.ui.context import AppContext
from csdesk.ui.goals.goal_dialog import GoalDialog
from csdesk.ui.importing.import_dialog import ImportDialog, ImportKind

#: A month's status -> its cell colour.
STATUS_FILLS = {
    GoalStatus.MET: GOOD[0],
    GoalStatus.ON_TRACK: "#eaf6ec",
    GoalStatus.AT_RISK: WARNING[0],
    GoalStatus.OFF_TRACK: BAD[0],
}

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
    return "" if value is None else f"{value:.1f}"


class GoalsPage(QWidget):
    """The year's goals, month by month."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.new_button = QPushButton()
        self.remove_button = QPushButton()
        self.orders_button = QPushButton()
        self.model = RowsModel(self)
        self.table = record_table("goalsTable", self.model)
        self.hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "No goals for {year} yet. The plans' goals: satisfaction up, complaint rate "
                "down 20 %, turnover down 30 %."
            ).format(year=self.year.value()),
            [(lambda: self.tr("New goal"), self.new_goal)],
        )
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.remove_button)
        top.addWidget(self.orders_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.new_button.clicked.connect(self.new_goal)
        self.remove_button.clicked.connect(self.remove_goal)
        self.orders_button.clicked.connect(
            lambda: ImportDialog(self.ctx, ORDERS_IMPORT, self).exec()
        )
        ctx.notices.connect_month_figures(self.reload)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.year_label.setText(self.tr("&Year"))
        self.new_button.setText(self.tr("&New goal…"))
        self.remove_button.setText(self.tr("&Remove goal"))
        self.orders_button.setText(self.tr("Import &orders…"))
        self.orders_button.setToolTip(
            self.tr("The shop's paid orders, which the complaint rate is divided by")
        )
        self.legend.setText(
            self.tr(
                "Each month: the team's actual, green when the month's target is met, pale "
                "green on track, amber at risk, red off track; the tooltip gives the target."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def reload(self) -> None:
        """Read the year's goals and their months again."""
        goals = goal_records.year_goals(self.ctx.db, self.year.value())
        names = kpi_labels()
        rows = []
        for goal in goals:
            cells = [names.get(goal.kpi, goal.kpi), _number(goal.baseline), _number(goal.target)]
            fills: list[str | None] = [None, None, None]
            tips = ["", "", ""]
            for month in goal.months:
                cells.append(_number(month.actual))
                fills.append(STATUS_FILLS.get(month.status) if month.status else None)
                tips.append(self.tr("Target {target}").format(target=_number(month.target)))
            rows.append(Row(tuple(cells), goal, fills=tuple(fills), tips=tuple(tips)))
        headers = [self.tr("KPI"), self.tr("Baseline"), self.tr("Target")]
        headers += [str(n) for n in range(1, 13)]
        self.model.set_rows(headers, rows, numeric=tuple(range(1, 15)))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.resizeColumnsToContents()

    def _selected(self) -> goal_records.GoalRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(PAYLOAD_ROLE) if rows else None

    def new_goal(self) -> None:
        """Set a goal for the year shown."""
        if GoalDialog(self.ctx, self.year.value(), self).exec():
            self.reload()

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
