"""Teamwork and attendance: the KPIs the supervisor enters by hand for a month.

QA reviews and praise have their own forms in ``csdesk.ui.performance.qa_entry``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from csdesk.domain.months import Month
from csdesk.services.performance import manual_kpis
from csdesk.services.performance.kpis import AgentKpis
from csdesk.ui.common.entry_form import NOT_ENTERED, EntryForm
from csdesk.ui.common.forms import save_cancel
from csdesk.ui.common.widgets import ProblemLabel, open_size
from csdesk.ui.context import AppContext


class ManualKpiDialog(EntryForm):
    """Teamwork (1-5) and attendance (%) of every agent for one month."""

    def __init__(
        self,
        ctx: AppContext,
        agents: list[AgentKpis],
        month: Month,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = month
        self.agents = agents
        self.setWindowTitle(self.tr("Teamwork and attendance, {month}").format(month=month))
        open_size(self, 560, 480)
        self.table = QTableWidget(len(agents), 3)
        self.table.setObjectName("manualKpis")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Agent"), self.tr("Teamwork (1-5)"), self.tr("Attendance (%)")]
        )
        self.boxes: list[tuple[QDoubleSpinBox, QDoubleSpinBox]] = []
        for row, agent in enumerate(agents):
            self.table.setCellWidget(row, 0, QLabel(f"{agent.name} ({agent.employee_no})"))
            teamwork = self._box(0.0, 5.0, 0.5, agent.values.get("teamwork"))
            attendance = self._box(-1.0, 100.0, 1.0, agent.values.get("attendance_rate"))
            self.table.setCellWidget(row, 1, teamwork)
            self.table.setCellWidget(row, 2, attendance)
            self.boxes.append((teamwork, attendance))
        self.table.resizeColumnsToContents()
        note = QLabel(self.tr("— leaves a value out (the scorecard then ignores it)."))
        self.problems = ProblemLabel()
        self.buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    @staticmethod
    def _box(lowest: float, high: float, step: float, value: float | None) -> QDoubleSpinBox:
        """A spin box whose lowest value reads "—": not entered."""
        box = QDoubleSpinBox()
        box.setDecimals(1)
        box.setRange(lowest, high)
        box.setSingleStep(step)
        box.setSpecialValueText(NOT_ENTERED)
        box.setValue(lowest if value is None else value)
        return box

    def entered(self) -> dict[int, dict[str, float | None]]:
        """Agent id -> the values in the form (None where "—")."""
        out = {}
        for agent, (teamwork, attendance) in zip(self.agents, self.boxes, strict=True):
            out[agent.agent_id] = {
                "teamwork": None if teamwork.value() == teamwork.minimum() else teamwork.value(),
                "attendance_rate": None
                if attendance.value() == attendance.minimum()
                else attendance.value(),
            }
        return out

    def save(self) -> None:
        """Store the month's values, or list why not."""
        self._store(lambda: manual_kpis.set_manual_values(self.ctx.db, self.month, self.entered()))
