"""Choosing agents to invite to a training session from a checklist of the team."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.labels import label, post_labels
from csdesk.ui.common.widgets import open_size

#: Where a row keeps its agent's id.
AGENT_ROLE = Qt.ItemDataRole.UserRole + 1


class AgentPicker(QDialog):
    """A checklist of agents (those already invited are left out)."""

    def __init__(self, agents, invited: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add agents"))
        open_size(self, 360, 460)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Search number or name"))
        self.list = QListWidget()
        posts = post_labels()
        for agent in sorted(agents, key=lambda a: a.employee_no):
            if agent.id in invited:
                continue
            item = QListWidgetItem(
                f"{agent.employee_no} {agent.name} · {label(posts, agent.data.post)}"
            )
            item.setData(AGENT_ROLE, agent.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def chosen(self) -> list[int]:
        """Ids of the ticked agents."""
        return [
            self.list.item(r).data(AGENT_ROLE)
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]
