"""The rota month as a table model: a row per agent, a column per day, the shift in each cell.

Kept apart from the tab that shows it, as the week's model is (``rota_grid``), so that the
model can be checked alone (``qtmodeltester``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from csdesk.common.palette import WEEKEND_FILL
from csdesk.services.rota import rota_month
from csdesk.ui.common.model_index import ModelIndex
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
