"""The headcount and turnover trend of the last 12 months, as a chart.

matplotlib and its Qt canvas are imported when the dialog opens, never at start-up.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from csdesk.domain.months import Month
from csdesk.services.staff import headcount
from csdesk.ui.common.widgets import open_size
from csdesk.ui.context import AppContext


class TrendDialog(QDialog):
    """Month-end headcount (bars) and monthly turnover (line) up to a chosen month."""

    def __init__(self, ctx: AppContext, last: Month, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        os.environ.setdefault("QT_API", "pyside6")
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from csdesk.reports.charts import TrendPoint, draw_headcount_trend

        self.setWindowTitle(self.tr("Headcount and turnover, last 12 months"))
        open_size(self, 760, 460)
        self.figure = Figure(figsize=(7.2, 4.0), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.points = [
            TrendPoint(
                QDate(m.year, m.month, 1).toString(self.tr("MMM yyyy")),
                figures.end_headcount,
                None if figures.rate is None else figures.rate * 100,
            )
            for m, figures in zip(
                [last.shift(i - 11) for i in range(12)],
                headcount.monthly_trend(ctx.db, last),
                strict=True,
            )
        ]
        draw_headcount_trend(
            self.figure,
            self.points,
            {
                "headcount": self.tr("Headcount at month end"),
                "turnover": self.tr("Turnover"),
                "title": self.tr("Headcount and turnover"),
            },
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(buttons)
