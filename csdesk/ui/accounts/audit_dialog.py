"""The audit trail in the window: who changed what and when, filtered (owner, supervisor).

The same entries as ``csdesk audit``, newest first, narrowed by day, account, kind of
record and a search over keys, fields and values. The service refuses a role without
the right to read it, so the window says so rather than showing an empty list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.access_labels import (
    audit_action_labels,
    audit_entity_labels,
    audit_field_labels,
    audit_value,
)
from csdesk.domain.access import Permission
from csdesk.services.accounts.access import allowed
from csdesk.services.audit.audit_log import Entry, entries
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.ui.common.date_edits import OptionalDateEdit
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import open_size, record_table


class AuditDialog(QDialog):
    """The audit trail with its filters; ``entity`` and ``key`` open one record's history.

    A key matches itself and the keys it begins ("CS001" also finds "CS001 2026-11": the
    agent's appraisals, KPIs and rota days).
    """

    def __init__(
        self, db: Database, parent: QWidget | None = None, entity: str = "", key: str = ""
    ) -> None:
        super().__init__(parent)
        self.db, self.key = db, key
        self.setWindowTitle(self.tr("Audit trail"))
        self.since = OptionalDateEdit(self.tr("Since"))
        self.user = QComboBox()
        self.entity = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search keys, fields and values"))
        self.count = QLabel()
        self.model = RowsModel(self)
        self.table = record_table("auditTable", self.model)
        top = QHBoxLayout()
        for widget in (self.since, self.user, self.entity):
            top.addWidget(widget)
        top.addWidget(self.search, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.all: list[Entry] = []
        self.failed = ""
        try:
            self.all = entries(db)
        except UserError as exc:
            self.failed = exc.message
        self._fill_filters(entity)
        for combo in (self.user, self.entity):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(lambda _t: self.reload())
        self.since.check.toggled.connect(lambda _on: self.reload())
        self.since.edit.dateChanged.connect(lambda _d: self.reload())
        self.reload()
        open_size(self, 1100, 640)

    def exec(self) -> int:
        if self.failed:
            QMessageBox.warning(self.parentWidget(), self.tr("Audit trail"), self.failed)
            return 0
        return super().exec()

    def _fill_filters(self, entity: str) -> None:
        self.user.addItem(self.tr("Every account"), "")
        for name in sorted({e.user for e in self.all}):
            self.user.addItem(name, name)
        self.entity.addItem(self.tr("Every kind"), "")
        kinds = audit_entity_labels()
        for kind in sorted({e.entity for e in self.all}):
            self.entity.addItem(kinds.get(kind, kind), kind)
        self.entity.setCurrentIndex(max(self.entity.findData(entity), 0))

    def shown(self) -> list[Entry]:
        """The entries the filters leave, newest first."""
        since = self.since.value()
        user, kind = self.user.currentData(), self.entity.currentData()
        text = self.search.text().strip().casefold()
        return [
            e for e in reversed(self.all)
            if (since is None or e.at.date() >= since)
            and (not user or e.user == user) and (not kind or e.entity == kind)
            and (not self.key or e.key == self.key or e.key.startswith(self.key + " "))
            and (not text or text in f"{e.key} {e.field} {e.old} {e.new} {e.reason}".casefold())
        ]  # fmt: skip

    def reload(self) -> None:
        """Show the entries the filters leave."""
        found = self.shown()
        headers = [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Kind"),
                   self.tr("Record"), self.tr("Field"), self.tr("Before"), self.tr("After"),
                   self.tr("Reason")]  # fmt: skip
        actions, kinds, fields = audit_action_labels(), audit_entity_labels(), audit_field_labels()
        rows = [
            Row((e.at.isoformat(" "), e.user, actions.get(e.action, e.action),
                 kinds.get(e.entity, e.entity), fields.get(e.key, e.key) if e.entity == "setting"
                 else e.key, fields.get(e.field, e.field), audit_value(e.field, e.old),
                 audit_value(e.field, e.new), e.reason), e,
                sort=(e.id, e.user, e.action, e.entity, e.key, e.field, e.old, e.new, e.reason))
            for e in found
        ]  # fmt: skip
        self.model.set_rows(headers, rows)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.resizeColumnsToContents()
        for column in range(5, 9):  # values and reasons may be long: the rest stays readable
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self.count.setText(self.tr("Entries: {count}").format(count=len(found)))


def add_history_button(
    db: Database, box: QDialogButtonBox, entity: str, key: Callable[[], str]
) -> QPushButton | None:
    """A "History…" button in a record's dialog, for the roles that may read the trail."""
    if not allowed(db, Permission.AUDIT):
        return None
    button = box.addButton(
        QCoreApplication.translate("AuditDialog", "&History…"),
        QDialogButtonBox.ButtonRole.ActionRole,
    )
    button.clicked.connect(lambda: AuditDialog(db, box.window(), entity, key()).exec())
    return button
