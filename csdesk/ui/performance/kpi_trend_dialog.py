"""One KPI over twelve months, for an agent and for the team.

matplotlib and its Qt canvas are imported when the window opens, never at start-up.
The months are computed once; changing the KPI only redraws.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from csdesk.common.appraisal_labels import kpi_labels
from csdesk.domain.kpis import BY_KEY, KPIS, Unit, mean
from csdesk.domain.months import Month
from csdesk.services.performance import kpis
from csdesk.ui.common.widgets import open_size
from csdesk.ui.context import AppContext

MONTHS = 12


class KpiTrendDialog(QDialog):
    """A chosen KPI of one agent against the team's average, month by month."""

    def __init__(
        self,
        ctx: AppContext,
        agent: kpis.AgentKpis,
        last: Month,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        os.environ.setdefault("QT_API", "pyside6")
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.agent = agent
        self.setWindowTitle(self.tr("{name}: twelve months").format(name=agent.name))
        open_size(self, 780, 500)
        self.months = [last.shift(i - MONTHS + 1) for i in range(MONTHS)]
        self.history = [kpis.monthly_kpis(ctx.db, month) for month in self.months]
        self.kpi = QComboBox()
        names = kpi_labels()
        for kpi in KPIS:
            if any(row.values[kpi.key] is not None for month in self.history for row in month):
                self.kpi.addItem(names[kpi.key], kpi.key)
        self.figure = Figure(figsize=(7.4, 4.2), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kpi)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(buttons)
        self.kpi.currentIndexChanged.connect(lambda _i: self.draw())
        self.draw()

    def series(self, key: str) -> tuple[list[float | None], list[float | None]]:
        """The agent's values and the team's mean, month by month."""
        mine: list[float | None] = []
        team: list[float | None] = []
        for month in self.history:
            values = [v for row in month if (v := row.values[key]) is not None]
            own = next((r.values[key] for r in month if r.agent_id == self.agent.agent_id), None)
            mine.append(own)
            team.append(mean(sum(values), len(values)))
        return mine, team

    def draw(self) -> None:
        """Draw the chosen KPI."""
        from csdesk.reports.charts import draw_kpi_trend

        key = self.kpi.currentData()
        if key is None:
            self.figure.clear()
            self.canvas.draw_idle()
            return
        kpi = BY_KEY[key]
        mine, team = self.series(key)
        if kpi.unit is Unit.CENTS:
            mine = [None if v is None else v / 100 for v in mine]
            team = [None if v is None else v / 100 for v in team]
        units = {Unit.PERCENT: "%", Unit.SECONDS: self.tr("seconds"), Unit.CENTS: "¥"}
        draw_kpi_trend(
            self.figure,
            [QDate(m.year, m.month, 1).toString(self.tr("MMM yyyy")) for m in self.months],
            [(self.agent.name, mine), (self.tr("Team average"), team)],
            self.kpi.currentText(),
            units.get(kpi.unit, ""),
        )
        self.canvas.draw_idle()
