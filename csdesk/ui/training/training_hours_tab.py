"""Training hours and cost: per agent and per month of a year, and the team's totals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from csdesk.common.labels import hours_text, money
from csdesk.services.training import training_figures
from csdesk.ui.common.combos import fill_combo
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import button_row, record_table
from csdesk.ui.context import AppContext


class HoursTab(QWidget):
    """What a year of training took: sessions, attendee hours and cost."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = QComboBox()
        this_year = date.today().year
        for year in range(this_year, this_year - 10, -1):
            self.year.addItem(str(year), year)
        self.month = QComboBox()
        self.totals = QLabel()
        self.agent_model, self.month_model = RowsModel(self), RowsModel(self)
        self.agent_proxy, self.month_proxy = RowsFilter(self), RowsFilter(self)
        self.agent_proxy.setSourceModel(self.agent_model)
        self.month_proxy.setSourceModel(self.month_model)
        self.agents = record_table("hoursByAgent", self.agent_proxy)
        self.months = record_table("hoursByMonth", self.month_proxy)
        tables = QHBoxLayout()
        tables.addWidget(self.agents, 3)
        tables.addWidget(self.months, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.year, self.month, self.totals, None))
        layout.addLayout(tables, 1)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.retranslate()

    def retranslate(self) -> None:
        """Set the month choices in the current language (the rest follows ``reload``)."""
        months = {"0": self.tr("Whole year (per agent)")}
        months |= {str(m): QLocale().standaloneMonthName(m) for m in range(1, 13)}
        fill_combo(self.month, months)

    def reload(self) -> None:
        """Read the chosen year's figures."""
        month = int(self.month.currentData() or 0) or None
        totals = training_figures.training_totals(self.ctx.db, self.year.currentData(), month)
        self.totals.setText(
            self.tr("Sessions: {sessions}  ·  attendee hours: {hours}  ·  cost: {cost}").format(
                sessions=totals.sessions,
                hours=hours_text(totals.hours),
                cost=money(totals.cost_cents),
            )
        )
        self.agent_model.set_rows(
            [
                self.tr("No."),
                self.tr("Name"),
                self.tr("Sessions"),
                self.tr("Hours"),
                self.tr("Cost"),
            ],
            [
                Row(
                    (
                        a.employee_no,
                        a.name,
                        str(a.sessions),
                        hours_text(a.hours),
                        money(a.cost_cents),
                    ),
                    payload=a,
                    sort=(a.employee_no, a.name, a.sessions, a.hours, a.cost_cents),
                )
                for a in totals.agents
            ],
            numeric=(2, 3, 4),
        )
        self.month_model.set_rows(
            [
                self.tr("Month"),
                self.tr("Sessions"),
                self.tr("Attendances"),
                self.tr("Hours"),
                self.tr("Cost"),
            ],
            [
                Row(
                    (
                        str(m.month),
                        str(m.sessions),
                        str(m.attendances),
                        hours_text(m.hours),
                        money(m.cost_cents),
                    ),
                    payload=m,
                    sort=(m.month, m.sessions, m.attendances, m.hours, m.cost_cents),
                )
                for m in totals.months
            ],
            numeric=(1, 2, 3, 4),
        )
        self.agents.resizeColumnsToContents()
        self.months.resizeColumnsToContents()
