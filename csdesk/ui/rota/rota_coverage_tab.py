"""Coverage: per day, agents on the rota per hour and channel against the forecast's need.

The chart shows one day (picked by the buttons above it); the list below gathers every
short stretch of the week, so the supervisor sees at once where to add or move a shift.
matplotlib is imported when the tab is first shown, never at start-up.
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.labels import channel_labels
from csdesk.domain.weeks import Week
from csdesk.services.rota import rota_coverage, week_coverage
from csdesk.services.rota.week_coverage import DayCoverage
from csdesk.ui.common.formats import show_date
from csdesk.ui.common.rows_model import PAYLOAD_ROLE, Row, RowsModel
from csdesk.ui.common.widgets import record_table
from csdesk.ui.context import AppContext
from csdesk.ui.rota.rota_grid import weekday_name

if TYPE_CHECKING:  # matplotlib loads on first use, not with the window
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure


def short_stretches(day: DayCoverage) -> list[tuple[str, int, int, int]]:
    """(channel, first hour, hour after the last, most agents short) for each short stretch."""
    out = []
    for channel, hours in day.channels.items():
        start, worst = None, 0
        for hour in [*hours, None]:
            if hour is not None and hour.short:
                start = hour.hour if start is None else start
                worst = max(worst, hour.short)
            elif start is not None:
                end = hour.hour if hour is not None else 24
                out.append((channel, start, end, worst))
                start, worst = None, 0
    return out


class CoverageTab(QWidget):
    """The coverage chart of a day of the week and the week's short hours."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.week: Week | None = None
        self.days: list[DayCoverage] = []
        self.day_index = 0
        self._stale = True
        self.canvas: FigureCanvasQTAgg | None = None
        self.figure: Figure | None = None
        self.day_buttons = QButtonGroup(self)
        self.day_buttons.setExclusive(True)
        self.day_buttons.idClicked.connect(self.show_day)
        day_row = QHBoxLayout()
        for number in range(7):
            button = QPushButton()
            button.setCheckable(True)
            self.day_buttons.addButton(button, number)
            day_row.addWidget(button)
        self.forecast_button = QPushButton()
        self.forecast_button.clicked.connect(self.edit_forecast)
        self.staffing_button = QPushButton()
        self.staffing_button.clicked.connect(self.edit_staffing)
        day_row.addStretch(1)
        day_row.addWidget(self.forecast_button)
        day_row.addWidget(self.staffing_button)
        self.chart_box = QVBoxLayout()
        chart = QWidget()
        chart.setLayout(self.chart_box)
        # without a forecast there is nothing to cover: say so, with the way to fix it
        self.no_forecast = QLabel()
        self.no_forecast.setObjectName("noForecast")
        self.no_forecast.setWordWrap(True)
        self.no_forecast.setStyleSheet("background: #fff1c2; color: #6b4e00; padding: 6px;")
        self.no_forecast_button = QPushButton()
        self.no_forecast_button.clicked.connect(self.edit_forecast)
        self.no_forecast_row = QWidget()
        row = QHBoxLayout(self.no_forecast_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.no_forecast, 1)
        row.addWidget(self.no_forecast_button)
        self.chart_box.addWidget(self.no_forecast_row)
        self.no_forecast_row.hide()
        self.summary = QLabel()
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.short_model = RowsModel(self)
        self.short_table = record_table("coverageShort", self.short_model)
        self.short_table.doubleClicked.connect(self._open_short)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.summary)
        lower_box.addWidget(self.short_table, 1)
        chart.setMinimumSize(520, 360)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(chart)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(day_row)
        layout.addWidget(split, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the fixed texts in the current language."""
        self.forecast_button.setText(self.tr("Forecast…"))
        self.no_forecast.setText(
            self.tr(
                "No forecast yet: coverage compares the agents on the rota with the agents "
                "the expected contacts need. Fill in the forecast first (or take it from "
                "the last weeks' conversations)."
            )
        )
        self.no_forecast_button.setText(self.tr("Fill in the forecast…"))
        self.staffing_button.setText(self.tr("Staffing settings…"))

    def mark_stale(self) -> None:
        """The rota or forecast changed: compute again when next shown."""
        self._stale = True
        if self.isVisible() and self.week is not None:
            self.show_week(self.week)

    def _ensure_canvas(self) -> tuple[FigureCanvasQTAgg, Figure]:
        """The chart, made on first use (matplotlib loads only when a day is drawn)."""
        if self.canvas is not None and self.figure is not None:
            return self.canvas, self.figure
        os.environ.setdefault("QT_API", "pyside6")
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(7, 5), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("coverageChart")
        self.chart_box.addWidget(self.canvas)
        return self.canvas, self.figure

    def show_week(self, week: Week) -> None:
        """Compute the week's coverage (if changed or stale) and show the chosen day."""
        if not self._stale and week == self.week:
            return
        self._stale = False
        if week != self.week:
            today = date.today()
            self.day_index = week.days.index(today) if today in week.days else 0
        self.week = week
        self.no_forecast_row.setVisible(not rota_coverage.has_forecast(self.ctx.db))
        self.days = week_coverage.week_coverage(self.ctx.db, week)
        for number, day in enumerate(self.days):
            short = len(short_stretches(day))
            text = f"{weekday_name(day.day)} {day.day.month}/{day.day.day}"
            if day.events:
                text += f" · {'/'.join(day.events)}"
            if short:
                text += f"  ⚠{short}"
            button = self.day_buttons.button(number)
            button.setText(text)
            button.setStyleSheet("color: #b71c1c;" if short else "")
        self._fill_shortfalls()
        self.show_day(self.day_index)

    def show_day(self, number: int) -> None:
        """Draw day ``number`` (0 = Monday) of the week."""
        from csdesk.reports.coverage_chart import CoverageLine, draw_coverage

        canvas, figure = self._ensure_canvas()
        self.day_index = number
        self.day_buttons.button(number).setChecked(True)
        day = self.days[number]
        names = channel_labels()
        lines = [
            CoverageLine(
                names.get(channel, channel),
                tuple(h.rostered for h in hours),
                tuple(h.to_schedule for h in hours),
                tuple(h.needed for h in hours),
            )
            for channel, hours in day.channels.items()
        ]
        title = self.tr("{day}: agents per hour against the forecast").format(
            day=f"{weekday_name(day.day)} {show_date(day.day)}"
        )
        if day.multiplier != 1:
            title += " " + self.tr("({events}: contacts × {factor:g})").format(
                events="/".join(day.events), factor=day.multiplier
            )
        draw_coverage(
            figure,
            lines,
            {
                "rostered": self.tr("On the rota"),
                "to_schedule": self.tr("To schedule (after shrinkage)"),
                "needed": self.tr("Needed on the line (Erlang C)"),
                "short": self.tr("Short"),
                "hour": self.tr("Hour"),
                "agents": self.tr("Agents"),
                "title": title,
            },
        )
        canvas.draw_idle()

    def _fill_shortfalls(self) -> None:
        names = channel_labels()
        rows = []
        for number, day in enumerate(self.days):
            for channel, start, end, worst in short_stretches(day):
                rows.append(
                    Row(
                        (
                            show_date(day.day),
                            names.get(channel, channel),
                            f"{start:02d}:00–{end:02d}:00",
                            str(worst),
                        ),
                        number,
                        sort=(day.day, channel, start, worst),
                    )
                )
        self.short_model.set_rows(
            [
                self.tr("Day"),
                self.tr("Channel"),
                self.tr("Time of day"),
                self.tr("Agents short (most)"),
            ],
            rows,
            numeric=(3,),
        )
        plans = rota_coverage.channel_plans(self.ctx.db)
        shop_wide = rota_coverage.assumptions(self.ctx.db)
        parts = [
            self.tr(
                "{channel}: {aht:g} s a contact, {concurrency:g} at once, "
                "{target:.0%} within {within:g} s"
            ).format(
                channel=names.get(p.channel, p.channel),
                aht=p.handle_seconds,
                concurrency=p.concurrency,
                target=p.target,
                within=p.within_seconds,
            )
            for p in plans
        ]
        hours_short = sum(h.short for d in self.days for _c, h in d.shortfalls())
        self.summary.setText(
            self.tr(
                "{count} short stretches this week ({hours} agent-hours missing).", None, len(rows)
            ).format(count=len(rows), hours=hours_short)
            + " "
            + "; ".join(parts)
            + "; "
            + self.tr("shrinkage {shrinkage:.0%}, occupancy at most {occupancy:.0%}.").format(
                shrinkage=shop_wide.shrinkage, occupancy=shop_wide.max_occupancy
            )
        )

    def _open_short(self, index) -> None:
        number = index.data(PAYLOAD_ROLE)
        if number is not None:
            self.show_day(number)

    def edit_forecast(self) -> None:
        """The forecast and the sale events."""
        from csdesk.ui.rota.forecast_dialog import ForecastDialog

        if ForecastDialog(self.ctx, self).exec():
            self.ctx.notices.rota_changed.emit()

    def edit_staffing(self) -> None:
        """Handling times, targets, concurrency, shrinkage and the occupancy cap."""
        from csdesk.ui.rota.rota_dialogs import StaffingDialog

        if StaffingDialog(self.ctx, self).exec():
            self.ctx.notices.rota_changed.emit()
