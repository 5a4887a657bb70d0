"""Settings ▸ Accounts: who may sign in, with which role, and what each role may do.

The first account added makes the shop protected: it is the owner, the one adding it is
signed in as it at once (the window keeps working), and its recovery code is shown once.
Every change goes through the accounts service, which refuses a role without the right.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.access_labels import permission_labels, role_labels
from csdesk.domain.access import Permission, Role, may
from csdesk.services.accounts import users
from csdesk.services.accounts.idle import LONGEST, lock_minutes, set_lock_minutes
from csdesk.services.authors import SignedIn, sign_in_as, signed_in
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import open_size, record_table, selected_payload


class AccountsDialog(QDialog):
    """The accounts, their roles, the idle lock and the table of what each role may do."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Accounts"))
        self.model = RowsModel(self)
        self.table = record_table("accountsTable", self.model)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.role_button = QPushButton(self.tr("&Role…"))
        self.disable_button = QPushButton(self.tr("&Disable or enable"))
        self.password_button = QPushButton(self.tr("Set &password…"))
        self.add_button.clicked.connect(self.add)
        self.role_button.clicked.connect(self.change_role)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.password_button.clicked.connect(self.set_password)
        self.idle = QSpinBox()
        self.idle.setRange(0, LONGEST)
        self.idle.setValue(lock_minutes(db))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.editingFinished.connect(self.save_idle)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.disable_button,
                       self.password_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        idle_row = QHBoxLayout()
        idle_label = QLabel(self.tr("Lock the window after &idle time:"))
        idle_label.setBuddy(self.idle)
        idle_row.addWidget(idle_label)
        idle_row.addWidget(self.idle)
        idle_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(idle_row)
        layout.addWidget(QLabel(self.tr("What each role may do:")))
        self.matrix = self._matrix()
        layout.addWidget(self.matrix, 1)
        layout.addWidget(close)
        self.reload()
        open_size(self, 860, 640)

    def _matrix(self) -> QTableWidget:
        """Roles across, permissions down, ✓ where the role may."""
        roles, permissions = role_labels(), permission_labels()
        table = QTableWidget(len(Permission), len(Role))
        table.setObjectName("roleMatrix")
        table.setHorizontalHeaderLabels([roles[r] for r in Role])
        table.setVerticalHeaderLabels([permissions[p] for p in Permission])
        for row, permission in enumerate(Permission):
            for column, role in enumerate(Role):
                table.setItem(row, column, QTableWidgetItem("✓" if may(role, permission) else ""))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.resizeColumnsToContents()
        return table

    def reload(self) -> None:
        """Read the accounts again."""
        roles = role_labels()
        rows = [
            Row((a.name, roles.get(a.role, a.role),
                 self.tr("disabled") if a.disabled else self.tr("active")), a)
            for a in users.list_users(self.db)
        ]  # fmt: skip
        self.model.set_rows([self.tr("Name"), self.tr("Role"), self.tr("State")], rows)

    def _selected(self) -> users.Account | None:
        return selected_payload(self.table)

    def _do(self, change) -> bool:
        """Run a change; say a refusal or a problem in the user's words."""
        try:
            change()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Accounts"), exc.full_text())
            return False
        self.reload()
        return True

    def _ask_password(self, name: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Password"), self.tr("Password for {name}:").format(name=name),
            QLineEdit.EchoMode.Password,
        )  # fmt: skip
        return text if ok else None

    def add(self) -> None:
        """Add an account (the first: the owner, signed in at once, its code shown)."""
        name, ok = QInputDialog.getText(self, self.tr("Add an account"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        first = not users.list_users(self.db)
        roles = role_labels()
        role = Role.OWNER.value
        if not first:
            words = [roles[r] for r in Role]
            word, ok = QInputDialog.getItem(self, self.tr("Role"), self.tr("Role:"), words, 2,
                                            False)  # fmt: skip
            if not ok:
                return
            role = list(Role)[words.index(word)].value
        password = self._ask_password(name)
        if password is None:
            return
        codes: list[str | None] = []
        if not self._do(lambda: codes.append(users.add_user(self.db, name, role, password))):
            return
        if first:
            sign_in_as(SignedIn(name.strip(), Role.OWNER.value))
        if codes and codes[0]:
            QMessageBox.information(
                self, self.tr("Recovery code"),
                self.tr("{name} is the shop's owner. Write this recovery code down and keep "
                        "it safe: it resets the owner's password, and it is shown once.\n\n"
                        "{code}").format(name=name.strip(), code=codes[0]),
            )  # fmt: skip

    def change_role(self) -> None:
        """Give the selected account another role."""
        account = self._selected()
        if account is None:
            return
        roles = role_labels()
        words = [roles[r] for r in Role]
        word, ok = QInputDialog.getItem(self, self.tr("Role"), self.tr("Role:"), words,
                                        words.index(roles[account.role]), False)  # fmt: skip
        if ok:
            wanted = list(Role)[words.index(word)].value
            self._do(lambda: users.set_role(self.db, account.name, wanted))

    def toggle_disabled(self) -> None:
        """Disable the selected account, or enable it again."""
        account = self._selected()
        if account is not None:
            self._do(lambda: users.set_disabled(self.db, account.name, not account.disabled))

    def set_password(self) -> None:
        """Set the selected account's password (one's own, or anyone's by the owner)."""
        account = self._selected()
        me = signed_in()
        name = account.name if account else (me.name if me else "")
        if not name:
            return
        password = self._ask_password(name)
        if password is not None:
            self._do(lambda: users.set_password(self.db, name, password))

    def save_idle(self) -> None:
        """Store the idle minutes (the owner's setting)."""
        if self.idle.value() != lock_minutes(self.db):
            self._do(lambda: set_lock_minutes(self.db, self.idle.value()))
