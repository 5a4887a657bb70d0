"""The month view of the rota: planning ahead at a glance, one narrow column per day.

Read-only: cells show the codes on their colours and the leave marks, weekends and
public holidays are tinted, and the last column gives each agent's hours in the month.
Double-clicking a day opens its week in the grid, where days are changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from csdesk.common.palette import WEEKEND_FILL
from csdesk.domain.months import Month
from csdesk.domain.weeks import Week
from csdesk.services.rota import rota_month
from csdesk.ui.common.model_index import ModelIndex
from csdesk.ui.context import AppContext
from csdesk.ui.rota.rota_grid import cell_text


class MonthModel(QAbstractTableModel):
    """A ``MonthRota`` as a table: a column per day, then the month's hours."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rota: rota_month.MonthRota | None = None

    def set_rota(self, month: rota_month.MonthRota) -> None:
        """Show ``month``."""
        self.beginResetModel()
        self.rota = month
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.rota is None else len(self.rota.agents)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.rota is None else len(self.rota.days) + 1

    def day_of(self, column: int) -> date | None:
        """The day of a column (None: the hours column)."""
        assert self.rota is not None
        return self.rota.days[column] if column < len(self.rota.days) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if self.rota is None or not index.isValid():
            return None
        agent = self.rota.agents[index.row()]
        day = self.day_of(index.column())
        if day is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{self.rota.hours.get(agent.id, 0.0):g}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        plan = self.rota.plan(agent.id, day)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(plan)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            colours = {s.code: s.colour for s in self.rota.shifts}
            fill = plan.fill(colours, day in self.rota.holidays)
            if not fill and day.weekday() >= 5:
                fill = WEEKEND_FILL
            return QBrush(QColor(fill)) if fill else None
        if role == Qt.ItemDataRole.ToolTipRole and day in self.rota.holidays:
            return self.rota.holidays[day]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if self.rota is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            agent = self.rota.agents[section]
            return f"{agent.name}  {agent.employee_no}"
        day = self.day_of(section)
        if day is None:
            return self.tr("Hours")
        from PySide6.QtCore import QLocale

        weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.NarrowFormat)
        return f"{day.day}\n{weekday}"


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
