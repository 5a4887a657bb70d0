"""The smaller staff dialogs: archive an agent who leaves, and import a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.services import staff, staff_files
from csdesk.services.errors import UserError
from csdesk.ui.context import AppContext
from csdesk.ui.formats import from_qdate
from csdesk.ui.widgets import ProblemLabel, date_edit


class ArchiveDialog(QDialog):
    """Record that an agent left: the date and the reason. Their history stays."""

    def __init__(self, ctx: AppContext, agent: staff.AgentRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.agent = ctx, agent
        self.setWindowTitle(self.tr("Archive {name}").format(name=agent.name))
        self.left_date = date_edit(self)
        self.left_date.setDate(QDate.currentDate())
        self.reason = QLineEdit(self)
        self.problems = ProblemLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Leaving date"), self.left_date)
        form.addRow(self.tr("Reason"), self.reason)
        note = QLabel(
            self.tr("{name} keeps their history and moves to the Left list.").format(
                name=agent.name
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Archive through the service; show its problems if it refuses."""
        try:
            staff.archive_agent(
                self.ctx.db, self.agent.id, from_qdate(self.left_date.date()), self.reason.text()
            )
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.ctx.notices.staff_changed.emit()
        self.accept()


class ImportDialog(QDialog):
    """Pick a file, see the check (a dry run) with every bad line, then import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import staff"))
        self.resize(640, 420)
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("&Choose file…"), self)
        browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(
            self.tr(
                "Choose a CSV or Excel file. Headers in English or Chinese are recognised "
                "(工号, 姓名, 岗位 …). The file is checked first; nothing is written until "
                "you press Import."
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.path: Path | None = None

    def choose(self) -> None:
        """Ask for a file, then check it."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import staff"), "", self.tr("Tables (*.csv *.xlsx *.txt);;All files (*)")
        )
        if name:
            self.check(Path(name))

    def check(self, path: Path) -> None:
        """Dry-run the import of ``path`` and show what it would do."""
        self.path = path
        self.path_edit.setText(str(path))
        self.import_button.setEnabled(False)
        self.report.setPlainText(self.tr("Checking…"))
        self.ctx.tasks.run(
            lambda: staff_files.import_staff(self.ctx.db, path, dry_run=True),
            self._checked,
            self._failed,
        )

    def _checked(self, summary: staff_files.ImportSummary) -> None:
        self.report.setPlainText("\n".join(summary.lines()))
        self.import_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.report.setPlainText(exc.full_text())
        self.import_button.setEnabled(False)

    def run_import(self) -> None:
        """Import the checked file for real."""
        if self.path is None:
            return
        self.import_button.setEnabled(False)
        path = self.path
        self.ctx.tasks.run(
            lambda: staff_files.import_staff(self.ctx.db, path), self._imported, self._failed
        )

    def _imported(self, summary: staff_files.ImportSummary) -> None:
        self.report.setPlainText("\n".join(summary.lines()))
        self.ctx.notices.staff_changed.emit()
        self.path = None
