"""Link the accounts an import did not know to agents, then check the file again.

Platform exports name agents by sub-account; a new hire's account, or one the
supervisor never entered, stops the import. Rather than send the supervisor to the
staff directory and back, the import window offers this form: each unknown account,
its number of rows, and a choice of agent (or leave it unknown).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csdesk.domain.staff import Status
from csdesk.services.errors import UserError
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.ui.common.forms import save_cancel
from csdesk.ui.common.widgets import ProblemLabel, open_size
from csdesk.ui.context import AppContext

#: Platforms offered for a new account (the field stays editable).
PLATFORMS = ("淘宝", "天猫", "京东", "抖音", "快手", "拼多多")


class LinkAccountsDialog(QDialog):
    """Unknown account -> agent, saved as the agents' platform accounts."""

    def __init__(
        self, ctx: AppContext, accounts: dict[str, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.linked = 0
        self.setWindowTitle(self.tr("Link accounts to agents"))
        open_size(self, 640, 380)
        self.accounts = sorted(accounts, key=lambda name: -accounts[name])
        agents = [a for a in staff.list_agents(ctx.db) if a.data.status != Status.LEFT]
        self.table = QTableWidget(len(self.accounts), 4)
        self.table.setObjectName("unknownAccounts")
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Rows"), self.tr("Agent"), self.tr("Platform")]
        )
        self.agent_boxes: list[QComboBox] = []
        self.platform_boxes: list[QComboBox] = []
        for row, name in enumerate(self.accounts):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(str(accounts[name])))
            agent_box = QComboBox()
            agent_box.addItem(self.tr("— leave unknown —"), None)
            for agent in agents:
                agent_box.addItem(f"{agent.data.name} ({agent.data.employee_no})", agent.id)
            platform_box = QComboBox()
            platform_box.setEditable(True)
            platform_box.addItems(PLATFORMS)
            if name.startswith("jd_"):
                platform_box.setCurrentText("京东")
            self.table.setCellWidget(row, 2, agent_box)
            self.table.setCellWidget(row, 3, platform_box)
            self.agent_boxes.append(agent_box)
            self.platform_boxes.append(platform_box)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problems = ProblemLabel()
        self.buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Each account is added to the agent chosen, without dates; set dates in "
                    "the agent's form if the account changes hands."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        """Add the chosen links; list the refused ones and keep the form open if any."""
        problems = []
        self.linked = 0
        for name, agent_box, platform_box in zip(
            self.accounts, self.agent_boxes, self.platform_boxes, strict=True
        ):
            agent_id = agent_box.currentData()
            if agent_id is None:
                continue
            try:
                agent_changes.link_account(self.ctx.db, agent_id, platform_box.currentText(), name)
            except UserError as exc:
                problems.extend(exc.details or [exc.message])
                continue
            self.linked += 1
            agent_box.setEnabled(False)
            platform_box.setEnabled(False)
        if self.linked:
            self.ctx.notices.staff_changed.emit()
        if problems:
            self.problems.show_problems(problems)
            return
        self.accept()
