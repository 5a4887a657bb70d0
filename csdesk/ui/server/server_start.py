"""Opening the shop on a server when the window starts.

The password comes from the credential store; when there is none, or the server
refuses it, the window asks (and keeps it, if wished, once the server accepted it).
Under ``--exit-when-ready`` nothing may wait for a click: the refusal is said instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from csdesk.services.database import Database, open_database
from csdesk.services.errors import UserError
from csdesk.services.server.connect import PasswordNeeded, short_address
from csdesk.services.server.credentials import NoCredentialStore, save_password, with_password
from csdesk.ui.server.password_dialog import PasswordDialog

Complain = Callable[[bool, str, str], None]


def _cannot_open() -> str:
    return QCoreApplication.translate("App", "csdesk cannot open the database")


def open_server_shop(url: str, exit_when_ready: bool, complain: Complain) -> Database | None:
    """The shop at ``url``, opened; None when it cannot be (said) or the user gave up."""
    attempt, typed, remember = url, "", False
    while True:
        try:
            db = open_database(attempt, "window")
        except PasswordNeeded as exc:
            if exit_when_ready:
                complain(True, _cannot_open(), exc.full_text())
                return None
            dialog = PasswordDialog(short_address(url), exc.message if typed else "")
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            typed, remember = dialog.password.text(), dialog.remember.isChecked()
            attempt = with_password(url, typed)
            continue
        except UserError as exc:
            complain(exit_when_ready, _cannot_open(), exc.full_text())
            return None
        if typed and remember:
            keep(url, typed)
        return db


def keep(url: str, password: str, parent=None) -> None:
    """Keep ``password`` for ``url``; say so when this computer has no credential store."""
    try:
        save_password(url, password)
    except NoCredentialStore as exc:
        QMessageBox.information(
            parent, QCoreApplication.translate("App", "Shared server password"), exc.message
        )
