"""Settings ▸ Shared server: join a shop's PostgreSQL server, or move this shop there.

The supervisor types the server's name, port, database and user (what the person who
set the server up wrote down) and a password; "Test connection" says what the server
holds (an empty database the shop can move into, a shop, or what is wrong) without
changing anything. "Use this server" makes this computer open the shop there from its
next start; "Move this shop there" copies the open shop file to an empty server
database first (the file stays as it was). The password is kept in the system's
credential store, if the box is ticked, never in csdesk's settings or log.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.palette import BAD, GOOD
from csdesk.services.errors import UserError
from csdesk.services.server.chosen_shop import choose_file, choose_server, chosen_server
from csdesk.services.server.connect import ServerState, address_parts, probe, server_address
from csdesk.services.server.credentials import forget_password, with_password
from csdesk.ui.context import AppContext
from csdesk.ui.server.server_start import keep


class ServerDialog(QDialog):
    """Where the shared server is, a connection test, and the choice to use it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Shared server"))
        intro = QLabel(self.tr(
            "Several seats share one shop on a PostgreSQL server (the shop's NAS or "
            "office PC). Ask whoever set it up for these details."))  # fmt: skip
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. shop-nas or 192.168.1.20"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("csdesk")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(
            self.tr("&Remember the password in this computer's credential store")
        )
        self.remember.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.use_button = QPushButton(self.tr("&Use this server"))
        self.move_button = QPushButton(self.tr("&Move this shop there…"))
        self.file_button = QPushButton(self.tr("Use the shop &file on this computer"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.test_button, self.use_button, self.move_button, self.file_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test_connection)
        self.use_button.clicked.connect(self.use_server)
        self.move_button.clicked.connect(self.move_shop)
        self.file_button.clicked.connect(self.use_file)
        on_file = ctx.db.path is not None
        self.move_button.setVisible(on_file)
        self.file_button.setVisible(not on_file or chosen_server() is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._fill_from(chosen_server() or (ctx.db.url if not on_file else ""))

    def _fill_from(self, url: str) -> None:
        if not url:
            return
        try:
            host, port, database, user = address_parts(url)
        except UserError:
            return
        self.host.setText(host)
        self.port.setValue(port)
        self.database.setText(database)
        self.user.setText(user)

    def address(self) -> str:
        """The address typed, without the password."""
        return server_address(self.host.text().strip(), self.port.value(),
                              self.database.text().strip(), self.user.text().strip())  # fmt: skip

    def _with_password(self) -> str:
        return with_password(self.address(), self.password.text())

    def _say(self, text: str, good: bool) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {(GOOD if good else BAD)[1]};")

    def test_connection(self) -> ServerState | None:
        """Reach the server and say what it holds; None (said) when it cannot be used."""
        if not self.host.text().strip() or not self.database.text().strip():
            self._say(self.tr("Fill in the server and the database."), False)
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            state = probe(self._with_password())
        except UserError as exc:
            self._say(exc.full_text(), False)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._say({
            ServerState.EMPTY: self.tr("Connected. The database is empty: move this shop "
                                       "there, or the first seat to use it starts a new shop."),
            ServerState.SHOP: self.tr("Connected. The database holds a csdesk shop."),
            ServerState.OLDER: self.tr("Connected. The database holds a shop of an older "
                                       "csdesk; the first seat to open it updates it."),
        }[state], True)  # fmt: skip
        return state

    def _chosen(self) -> None:
        choose_server(self.address())
        self.file_button.setVisible(True)  # the way back
        if self.password.text() and self.remember.isChecked():
            keep(self.address(), self.password.text(), self)
        QMessageBox.information(self, self.tr("Shared server"), self.tr(
            "From its next start, csdesk on this computer opens the shop on {url}."
        ).format(url=self.address()))  # fmt: skip

    def use_server(self) -> None:
        """Open the shop on the server from the next start (after a passing test)."""
        if self.test_connection() is not None:
            self._chosen()

    def move_shop(self) -> None:
        """Copy the open shop file to the empty server database, then use the server."""
        from csdesk.services.server.move import move_to_server
        from csdesk.ui.background import run_with_progress

        state = self.test_connection()
        if state is None:
            return  # said why
        if state is not ServerState.EMPTY:
            self._say(self.tr("This database holds a shop already; a shop moves only into "
                              "an empty database."), False)  # fmt: skip
            return
        url = self._with_password()

        def done(moved) -> None:
            count = moved.total
            self._say(self.tr("Moved {count} records to the server.").format(count=count), True)
            self._chosen()

        run_with_progress(self, self.ctx, self.tr("Move this shop there"),
                          lambda progress: move_to_server(self.ctx.db, url, progress),
                          done, label=self.tr("Copying the shop to the server…"),
                          cancellable=False)  # fmt: skip

    def use_file(self) -> None:
        """Open the shop file on this computer again from the next start.

        The server's kept password goes too: nothing is kept for a server this computer
        no longer opens.
        """
        left = chosen_server()
        if left:
            forget_password(left)
        choose_file()
        QMessageBox.information(self, self.tr("Shared server"), self.tr(
            "From its next start, csdesk on this computer opens the shop file in its data "
            "folder."))  # fmt: skip
