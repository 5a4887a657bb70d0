"""The sign-in window a shop with accounts shows before any of its data.

A wrong password says so without saying whether the name exists; after a few the
service makes each try wait, and the dialog counts the wait down rather than letting
the user type into a refusal.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.palette import BAD
from csdesk.services.accounts.signin import SignInFailed, sign_in
from csdesk.services.authors import SignedIn
from csdesk.services.database import Database


class SignInDialog(QDialog):
    """Name and password; ``signed`` holds who signed in once accepted."""

    def __init__(self, db: Database, shop_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.signed: SignedIn | None = None
        self.setWindowTitle(self.tr("Sign in — {shop}").format(shop=shop_name or "csdesk"))
        self.name = QLineEdit()
        self.name.setObjectName("signInName")
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {BAD[1]};")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This shop's data is protected: sign in to open it.")))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._wait = QTimer(self)
        self._wait.setInterval(1000)
        self._wait.timeout.connect(self._tick)
        self._left = 0

    def try_sign_in(self) -> None:
        """Check the password; accept, or say why not."""
        try:
            self.signed = sign_in(self.db, self.name.text(), self.password.text())
        except SignInFailed as exc:
            self.password.clear()
            self.problem.setText(exc.message)
            if exc.wait_seconds:
                self._left = exc.wait_seconds
                self._tick()
                self._wait.start()
            return
        self.accept()

    def _tick(self) -> None:
        """Count the wait down with the button off; on again when it is over."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self._left -= 1
        ok.setEnabled(self._left <= 0)
        if self._left <= 0:
            self._wait.stop()
            self.problem.clear()
