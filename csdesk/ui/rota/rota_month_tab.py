"""The month view of the rota: planning ahead at a glance, one narrow column per day.

Read-only: cells show the codes on their colours and the leave marks, weekends and
public holidays are tinted, and the last column gives each agent's hours in the month.
Double-clicking a day opens its week in the grid, where days are changed.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from csdesk.domain.months import Month
from csdesk.domain.weeks import Week
from csdesk.services.rota import rota_month
from csdesk.ui.context import AppContext
from csdesk.ui.rota.month_model import MonthModel


class MonthTab(QWidget):
    """The month grid and a line on which weeks are published.

    Signals:
        week_chosen: a day was double-clicked; its week should open in the grid.
    """

    week_chosen = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month: Month | None = None
        self._stale = True
        self.model = MonthModel(self)
        self.table = QTableView()
        self.table.setObjectName("rotaMonth")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(26)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(self._open)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def mark_stale(self) -> None:
        """The rota changed: read the month again when next shown."""
        self._stale = True

    def show_month(self, month: Month) -> None:
        """Show ``month`` (read again only if it changed or went stale)."""
        if not self._stale and month == self.month:
            return
        self._stale = False
        self.month = month
        found = rota_month.month_rota(self.ctx.db, month)
        self.model.set_rota(found)
        self.table.horizontalHeader().setSectionResizeMode(
            len(found.days), QHeaderView.ResizeMode.ResizeToContents
        )
        weeks = sorted({Week.of(d) for d in found.days}, key=lambda w: (w.year, w.week))
        marks = [
            f"{w.week:02d} "
            + (self.tr("published") if str(w) in found.published else self.tr("draft"))
            for w in weeks
        ]
        total = sum(found.hours.values())
        self.note.setText(
            self.tr(
                "Weeks: {weeks}. Hours planned in the month: {hours:g}. "
                "Double-click a day to change its week."
            ).format(weeks=" · ".join(marks), hours=total)
        )

    def _open(self, index: QModelIndex) -> None:
        day = self.model.day_of(index.column())
        if day is not None:
            self.week_chosen.emit(day)
