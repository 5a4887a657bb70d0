"""A record's History…: its own entries of the audit trail, from the record's window.

An agent's key also finds the entries of the agent's months (appraisals, KPIs, rota
days: "CS001 2026-11"). Only the roles that may read the trail get the button; the
service refuses the rest regardless.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from csdesk.domain.access import Permission
from csdesk.services.accounts.access import allowed
from csdesk.services.database import Database
from csdesk.ui.audit.audit_view import AuditView
from csdesk.ui.common.widgets import open_size


class HistoryDialog(QDialog):
    """The audit entries of one record (``key``), with the trail's filters."""

    def __init__(self, db: Database, entity: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {record}").format(record=key))
        self.view = AuditView(db, entity, key, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.reload()
        open_size(self, 1100, 560)


def add_history_button(
    db: Database, box: QDialogButtonBox, entity: str, key: Callable[[], str]
) -> QPushButton | None:
    """A "History…" button in a record's dialog, for the roles that may read the trail.

    ``entity`` narrows to one kind of record ("" for every kind under the key).
    """
    if not allowed(db, Permission.AUDIT):
        return None
    button = box.addButton(
        QCoreApplication.translate("HistoryDialog", "&History…"),
        QDialogButtonBox.ButtonRole.ActionRole,
    )
    button.clicked.connect(lambda: HistoryDialog(db, entity, key(), box.window()).exec())
    return button
