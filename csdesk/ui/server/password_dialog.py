"""Asking for the server's password when no credential store holds it (or it changed).

The password goes into the connection only; it is kept, if the user ticks the box,
in the system's credential store once the server has accepted it, never in a file.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.palette import BAD


class PasswordDialog(QDialog):
    """The password for the server at ``where``; ``problem`` says why it is asked again."""

    def __init__(self, where: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shared server password"))
        intro = QLabel(self.tr("The shop's server {url} asks for a password.").format(url=where))
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember it in this computer's credential store"))
        self.remember.setChecked(True)
        self.problem = QLabel(problem)
        self.problem.setStyleSheet(f"color: {BAD[1]};")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
