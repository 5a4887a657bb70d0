"""The Audit page (owner and supervisor): who changed what, when, and whether the trail holds.

The filtered trail (``AuditView``), a check of its chain of hashes and of the newest
backup's head (as ``csdesk check`` does), and an export of what the filters leave, for
an accountant or a dispute. Read again each time the page is shown: every change in
the shop writes an entry.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from csdesk.common.palette import BAD, GOOD
from csdesk.services.audit import audit_query
from csdesk.services.errors import UserError
from csdesk.ui.audit.audit_view import AuditView
from csdesk.ui.common.table_export import export_table
from csdesk.ui.common.widgets import button_row
from csdesk.ui.context import AppContext


class AuditPage(QWidget):
    """The audit trail with its filters, its check and its export."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = AuditView(ctx.db, parent=self, tasks=ctx.tasks)
        self.check_button, self.export_button = QPushButton(), QPushButton()
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.check_button, self.export_button))
        layout.addWidget(self.verdict)
        layout.addWidget(self.view, 1)
        self.check_button.clicked.connect(self.check)
        self.export_button.clicked.connect(self.export)
        ctx.notices.data_reset.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.check_button.setText(self.tr("&Check the trail"))
        self.check_button.setToolTip(
            self.tr("Recompute every entry's hash and compare with the newest backup")
        )
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save the entries the filters leave (Ctrl+E)"))

    def refresh(self) -> None:
        """Read the trail again (new accounts, kinds and actions in the filters too).

        Only while the page is shown: it is read afresh whenever it comes into view.
        """
        if not self.isVisible():
            return
        self.view.fill_filters()
        self.view.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def check(self) -> None:
        """Check the trail off the GUI thread (every entry's hash: seconds for years of it)."""
        self.check_button.setEnabled(False)
        self.verdict.setStyleSheet("")
        self.verdict.setText(self.tr("Checking the trail…"))
        self.ctx.tasks.run(
            lambda: audit_query.check_trail(self.ctx.db), self._checked, self._check_failed
        )

    def _check_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc  # a bug: the crash dialog, not a silent verdict
        self.verdict.setText(exc.message)

    def _checked(self, found: audit_query.TrailCheck) -> None:
        """Say whether the trail is whole and agrees with the newest backup."""
        self.check_button.setEnabled(True)
        if found.broken is not None:
            text = self.tr(
                "The trail was altered: entry {id} and those after it no longer chain. "
                "Somebody changed the database file outside csdesk; keep it and a backup "
                "for whoever looks into it."
            ).format(id=found.broken)
        elif found.rewritten is not None:
            entry, taken = found.rewritten
            text = self.tr(
                "The trail was rewritten: entry {id} differs from the backup of {time}."
            ).format(id=entry, time=taken.isoformat(" ", "minutes"))
        else:
            text = self.tr("The trail is whole: {count} entries checked.").format(
                count=found.entries
            )
        fill, ink = BAD if found.broken is not None or found.rewritten else GOOD
        self.verdict.setStyleSheet(f"background: {fill}; color: {ink}; padding: 4px;")
        self.verdict.setText(text)

    def export(self) -> None:
        """Save the entries the filters leave as XLSX or CSV (oldest first)."""
        wanted = self.view.wanted()
        export_table(
            self, self.ctx, self.tr("Export the audit trail"),
            f"audit-{date.today().isoformat()}.xlsx",
            lambda target, fmt, _progress: audit_query.export_entries(
                self.ctx.db, wanted, Path(target), fmt),
            lambda count: self.tr("Saved %n entries to {path}.", "", count),
            label=self.tr("Writing the audit trail…"),
        )  # fmt: skip
