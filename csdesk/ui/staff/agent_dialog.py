"""Add or edit an agent; problems are listed inside the dialog, which stays open."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.edits import typed_over
from csdesk.common.labels import channel_labels, level_labels, post_labels, status_labels
from csdesk.domain.staff import Channel, Status
from csdesk.services.errors import UserError
from csdesk.services.server.record_versions import ChangedMeanwhile
from csdesk.services.staff import agent_changes
from csdesk.services.staff import agents as staff
from csdesk.services.training.duty_gate import NotClearedForDuty
from csdesk.ui.audit.history_dialog import add_history_button
from csdesk.ui.common.combos import fill_combo, select_key
from csdesk.ui.common.date_edits import OptionalDateEdit, date_edit
from csdesk.ui.common.formats import from_qdate
from csdesk.ui.common.forms import save_cancel, say_reloaded
from csdesk.ui.common.widgets import ProblemLabel
from csdesk.ui.context import AppContext

ACCOUNT_COLUMNS = 5  # platform, shop, account, from, to


class AgentDialog(QDialog):
    """The agent form. ``agent`` None adds a new agent."""

    def __init__(
        self,
        ctx: AppContext,
        agent: staff.AgentRecord | None,
        agents: list[staff.AgentRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agent = agent
        self.saved_id: int | None = None
        self.duty_override = ""  # the reason given when the duty gate was overridden
        self.setWindowTitle(self.tr("Edit agent") if agent else self.tr("New agent"))
        self.setMinimumWidth(640)
        self._build(agents)
        self._load(agent.data if agent else None)

    # --- layout -------------------------------------------------------------------------
    def _build(self, agents: list[staff.AgentRecord]) -> None:
        form = QFormLayout()
        self.employee_no = QLineEdit()
        self.name = QLineEdit()
        self.post = QComboBox()
        fill_combo(self.post, post_labels())
        self.post_changed_on = date_edit()
        self.post_changed_label = QLabel(self.tr("Post change effective"))
        self.level = QComboBox()
        fill_combo(self.level, level_labels())
        self.status = QComboBox()
        fill_combo(self.status, status_labels())
        self.hire_date = date_edit()
        self.probation_end = OptionalDateEdit(self.tr("set"))
        self.left_date = date_edit()
        self.left_reason = QLineEdit()
        self.mentor = QComboBox()
        self.mentor.addItem(self.tr("(none)"), "")
        own = self.agent.employee_no if self.agent else None
        for other in agents:
            if other.employee_no != own and other.data.status != Status.LEFT:
                self.mentor.addItem(f"{other.name} ({other.employee_no})", other.employee_no)
        self.channels = {key: QCheckBox(text) for key, text in channel_labels().items()}
        channel_row = QHBoxLayout()
        for box in self.channels.values():
            channel_row.addWidget(box)
        channel_row.addStretch(1)
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.notes.setTabChangesFocus(True)

        form.addRow(self.tr("&Employee number"), self.employee_no)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Post"), self.post)
        form.addRow(self.post_changed_label, self.post_changed_on)
        form.addRow(self.tr("&Level"), self.level)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Hire date"), self.hire_date)
        form.addRow(self.tr("End of probation"), self.probation_end)
        self.left_date_label = QLabel(self.tr("Leaving date"))
        self.left_reason_label = QLabel(self.tr("Leaving reason"))
        form.addRow(self.left_date_label, self.left_date)
        form.addRow(self.left_reason_label, self.left_reason)
        form.addRow(self.tr("&Mentor"), self.mentor)
        form.addRow(self.tr("Channels"), channel_row)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow(self.tr("N&otes"), self.notes)

        self.accounts = QStandardItemModel(0, ACCOUNT_COLUMNS, self)
        self.accounts.setHorizontalHeaderLabels(
            [
                self.tr("Platform"),
                self.tr("Shop"),
                self.tr("Account"),
                self.tr("From (yyyy-mm-dd)"),
                self.tr("To (yyyy-mm-dd)"),
            ]
        )
        self.accounts_view = QTableView()
        self.accounts_view.setModel(self.accounts)
        header = self.accounts_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Taobao sub-account names ("shop:name") are long; never cut them off.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.accounts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accounts_view.setMinimumHeight(90)
        add_account = QPushButton(self.tr("Add sub-account"))
        remove_account = QPushButton(self.tr("Remove sub-account"))
        add_account.clicked.connect(lambda: self._add_account_row())
        remove_account.clicked.connect(self._remove_account_row)
        account_box = QGroupBox(self.tr("Platform sub-accounts"))
        account_layout = QVBoxLayout(account_box)
        account_layout.addWidget(self.accounts_view)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add_account)
        buttons_row.addWidget(remove_account)
        buttons_row.addStretch(1)
        account_layout.addLayout(buttons_row)

        self.problems = ProblemLabel()

        self.buttons = save_cancel(self, self.save)
        if self.agent is not None:  # the agent's own entries and their months' (KPIs, rota)
            number = self.agent.employee_no
            add_history_button(self.ctx.db, self.buttons, "", lambda: number)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(account_box)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(self._sync_enabled)
        self.post.currentIndexChanged.connect(self._sync_enabled)

    def _add_account_row(self, account: staff.AccountData | None = None) -> None:
        values = ["", "", "", "", ""]
        if account:
            values = [
                account.platform,
                account.shop,
                account.account_name,
                account.valid_from.isoformat() if account.valid_from else "",
                account.valid_to.isoformat() if account.valid_to else "",
            ]
        self.accounts.appendRow([QStandardItem(v) for v in values])

    def _remove_account_row(self) -> None:
        rows = sorted(
            {i.row() for i in self.accounts_view.selectionModel().selectedRows()}, reverse=True
        )
        for row in rows:
            self.accounts.removeRow(row)

    def _sync_enabled(self) -> None:
        left = self.status.currentData() == Status.LEFT
        for widget in (
            self.left_date,
            self.left_reason,
            self.left_date_label,
            self.left_reason_label,
        ):
            widget.setVisible(left)
        moved = self.agent is not None and self.post.currentData() != self.agent.data.post
        self.post_changed_on.setVisible(moved)
        self.post_changed_label.setVisible(moved)

    # --- data ---------------------------------------------------------------------------
    def _load(self, data: staff.AgentData | None) -> None:
        if data is None:
            self.hire_date.setDate(QDate.currentDate())
            select_key(self.status, Status.ONBOARDING)
            self._sync_enabled()
            return
        self.employee_no.setText(data.employee_no)
        self.name.setText(data.name)
        select_key(self.post, data.post)
        select_key(self.level, data.level)
        select_key(self.status, data.status)
        self.hire_date.setDate(QDate(data.hire_date.year, data.hire_date.month, data.hire_date.day))
        self.probation_end.set_value(data.probation_end)
        if data.left_date:
            self.left_date.setDate(
                QDate(data.left_date.year, data.left_date.month, data.left_date.day)
            )
        self.left_reason.setText(data.left_reason)
        select_key(self.mentor, data.mentor_no)
        for key, box in self.channels.items():
            box.setChecked(key in data.channels)
        self.phone.setText(data.phone)
        self.notes.setPlainText(data.notes)
        for account in data.accounts:
            self._add_account_row(account)
        self._sync_enabled()

    def _account_data(self) -> tuple[list[staff.AccountData], list[str]]:
        out, problems = [], []
        for row in range(self.accounts.rowCount()):
            cells = [
                (self.accounts.item(row, c).text() if self.accounts.item(row, c) else "").strip()
                for c in range(ACCOUNT_COLUMNS)
            ]
            if not any(cells):
                continue
            dates: list[date | None] = []
            for text in cells[3:]:
                parsed = QDate.fromString(text, "yyyy-MM-dd") if text else None
                if parsed is not None and not parsed.isValid():
                    problems.append(
                        self.tr(
                            'Sub-account row {row}: "{text}" is not a date (yyyy-mm-dd).'
                        ).format(row=row + 1, text=text)
                    )
                    parsed = None
                dates.append(from_qdate(parsed) if parsed else None)
            out.append(staff.AccountData(cells[0], cells[2], cells[1], dates[0], dates[1]))
        return out, problems

    def data(self) -> tuple[staff.AgentData, list[str]]:
        """Return the form's data and the problems the form itself can see."""
        accounts, problems = self._account_data()
        left = self.status.currentData() == Status.LEFT
        data = staff.AgentData(
            employee_no=self.employee_no.text(),
            name=self.name.text(),
            post=self.post.currentData(),
            level=self.level.currentData(),
            status=self.status.currentData(),
            hire_date=from_qdate(self.hire_date.date()),
            probation_end=self.probation_end.value(),
            left_date=from_qdate(self.left_date.date()) if left else None,
            left_reason=self.left_reason.text() if left else "",
            mentor_no=self.mentor.currentData() or "",
            channels=tuple(Channel(k) for k, box in self.channels.items() if box.isChecked()),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
            accounts=tuple(accounts),
        )
        return data, problems

    def show_problems(self, problems: list[str]) -> None:
        """List ``problems`` in the dialog (hidden when empty)."""
        self.problems.show_problems(problems)

    def save(self) -> None:
        """Save through the service; stay open and list the problems if it refuses."""
        data, problems = self.data()
        if problems:
            self.show_problems(problems)
            return
        try:
            if self.agent is None:
                self.saved_id = agent_changes.create_agent(self.ctx.db, data)
            else:
                changed_on = (
                    from_qdate(self.post_changed_on.date())
                    if not self.post_changed_on.isHidden()
                    else None
                )
                agent_changes.update_agent(
                    self.ctx.db, self.agent.id, data, changed_on, self.duty_override,
                    seen_version=self.agent.version,
                )  # fmt: skip
                self.saved_id = self.agent.id
        except ChangedMeanwhile as exc:
            self._reload_keeping(data, exc.message)
            return
        except NotClearedForDuty as exc:
            if not self.ask_duty_override(exc):
                return
            self.save()
            return
        except UserError as exc:
            self.show_problems(exc.details or [exc.message])
            focus_first_problem(self)
            return
        self.ctx.notices.staff_changed.emit()
        self.accept()

    def _reload_keeping(self, typed: staff.AgentData, why: str) -> None:
        """Show the agent as another seat saved it, with what was typed here on top."""
        assert self.agent is not None  # only an edit can meet a newer version
        opened, self.agent = self.agent.data, staff.get_agent(self.ctx.db, self.agent.id)
        self._load(typed_over(opened, typed, self.agent.data))
        say_reloaded(self.problems, why)

    def ask_duty_override(self, refused: NotClearedForDuty) -> bool:
        """Ask why an agent goes on duty before passing the basics; False if cancelled."""
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Not cleared for duty"),
            refused.message + "\n\n" + self.tr("Reason for the exception (recorded):"),
        )
        if not ok or not reason.strip():
            self.show_problems([refused.message])
            return False
        self.duty_override = reason.strip()
        return True


def focus_first_problem(dialog: AgentDialog) -> None:
    """Put the cursor in the first empty required field (used after a refused save)."""
    for edit in (dialog.employee_no, dialog.name):
        if not edit.text().strip():
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
