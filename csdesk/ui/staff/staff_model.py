"""The staff table: one row per agent, and the filter behind the page's search box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from csdesk.common.labels import channels_text, label, level_labels, post_labels, status_labels
from csdesk.common.palette import RETIRED_TEXT
from csdesk.domain.staff import Status
from csdesk.services.staff.agents import AgentRecord
from csdesk.ui.common.formats import show_date
from csdesk.ui.common.model_index import ModelIndex

(
    COL_NO,
    COL_NAME,
    COL_POST,
    COL_LEVEL,
    COL_STATUS,
    COL_HIRED,
    COL_MENTOR,
    COL_CHANNELS,
    COL_PHONE,
) = range(9)
COLUMN_COUNT = 9
#: Role that returns the raw value, for sorting and filtering.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


class AgentTableModel(QAbstractTableModel):
    """Agents as rows; formatting and translated labels happen in ``data()``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._agents: list[AgentRecord] = []
        self._shown: list[tuple[str, ...]] = []

    def set_agents(self, agents: list[AgentRecord]) -> None:
        """Replace every row (the directory is small: tens to hundreds of agents)."""
        self.beginResetModel()
        self._agents = list(agents)
        self._shown = self._display_rows()
        self.endResetModel()

    def refresh_labels(self) -> None:
        """Rebuild the displayed words after a change of language or locale."""
        self._shown = self._display_rows()
        if self._agents:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._agents) - 1, COLUMN_COUNT - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def _display_rows(self) -> list[tuple[str, ...]]:
        """Format every row once; ``data()`` then only looks the text up."""
        posts, levels, statuses = post_labels(), level_labels(), status_labels()
        return [
            (
                a.data.employee_no,
                a.data.name,
                label(posts, a.data.post),
                label(levels, a.data.level),
                label(statuses, a.data.status),
                show_date(a.data.hire_date),
                a.mentor_name,
                channels_text(a.data.channels),
                a.data.phone,
            )
            for a in self._agents
        ]

    def agent(self, row: int) -> AgentRecord:
        """Return the agent of ``row``."""
        return self._agents[row]

    def row_of(self, agent_id: int) -> int | None:
        """Return the row of the agent with ``agent_id``, if present."""
        for row, agent in enumerate(self._agents):
            if agent.id == agent_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._agents)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."),
            self.tr("Name"),
            self.tr("Post"),
            self.tr("Level"),
            self.tr("Status"),
            self.tr("Hired"),
            self.tr("Mentor"),
            self.tr("Channels"),
            self.tr("Phone"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._agents):
            return None
        agent = self._agents[index.row()]
        d, col = agent.data, index.column()
        if role == RECORD_ROLE:
            return agent
        if role == SORT_ROLE:
            raw = (
                d.employee_no,
                d.name,
                d.post,
                d.level,
                d.status,
                d.hire_date.toordinal(),
                agent.mentor_name,
                ",".join(d.channels),
                d.phone,
            )
            return raw[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][col]
        if role == Qt.ItemDataRole.ForegroundRole and d.status == Status.LEFT:
            return QBrush(QColor(RETIRED_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole and d.status == Status.LEFT:
            return self.tr("Left on {date}: {reason}").format(
                date=show_date(d.left_date), reason=d.left_reason or "—"
            )
        return None
