"""Headcount and turnover of a chosen month and its year, under the staff table."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton

from csdesk.domain.months import Month
from csdesk.services.staff import headcount
from csdesk.ui.common.formats import show_number, show_percent
from csdesk.ui.context import AppContext

FIGURES = ("headcount", "hires", "leavers", "month_rate", "year_avg", "year_leavers", "year_rate")


class TeamFiguresBox(QGroupBox):
    """A month picker, the team's figures for it, and a button for the 12-month trend.

    The figures are computed by ``refresh``, which the staff page calls whenever it reads
    its agents (first at start), so they are not computed twice on the start path.
    """

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = QDateEdit(QDate.currentDate())
        self.month_label = QLabel()
        self.values = {key: QLabel() for key in FIGURES}
        self.names = {key: QLabel() for key in FIGURES}
        self.trend_button = QPushButton()
        row = QHBoxLayout(self)
        row.addWidget(self.month_label)
        row.addWidget(self.month)
        for key in FIGURES:
            pair = QFormLayout()
            self.values[key].setObjectName(f"figure_{key}")
            pair.addRow(self.names[key], self.values[key])
            row.addLayout(pair)
        row.addStretch(1)
        row.addWidget(self.trend_button)
        self.retranslate()
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.trend_button.clicked.connect(self.show_trend)

    def chosen_month(self) -> Month:
        """The month in the picker."""
        q = self.month.date()
        return Month(q.year(), q.month())

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Headcount and turnover"))
        self.month_label.setText(self.tr("Month"))
        # How this language writes a month: "Nov 2026", "2026年11月".
        self.month.setDisplayFormat(self.tr("MMM yyyy"))
        self.trend_button.setText(self.tr("&Trend…"))
        self.trend_button.setToolTip(self.tr("Headcount and turnover of the last 12 months"))
        names = {
            "headcount": self.tr("Headcount at month end"),
            "hires": self.tr("Hires"),
            "leavers": self.tr("Leavers"),
            "month_rate": self.tr("Turnover (month)"),
            "year_avg": self.tr("Average headcount (year)"),
            "year_leavers": self.tr("Leavers (year)"),
            "year_rate": self.tr("Turnover (year)"),
        }
        for key, text in names.items():
            self.names[key].setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()  # numbers follow the new locale
        super().changeEvent(event)

    def refresh(self) -> None:
        """Compute the figures of the chosen month again (after any staff change)."""
        figures = headcount.team_figures(self.ctx.db, self.chosen_month())
        m, y = figures.month_turnover, figures.year_turnover
        values = {
            "headcount": str(m.end_headcount),
            "hires": str(m.hires),
            "leavers": str(m.leavers),
            "month_rate": show_percent(m.rate),
            "year_avg": show_number(y.average_headcount, 1),
            "year_leavers": str(y.leavers),
            "year_rate": show_percent(y.rate),
        }
        for key, text in values.items():
            self.values[key].setText(text)

    def show_trend(self) -> None:
        """Chart the 12 months that end with the chosen month."""
        from csdesk.ui.staff.trend_dialog import TrendDialog

        TrendDialog(self.ctx, self.chosen_month(), self).exec()
