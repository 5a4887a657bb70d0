"""The sessions tab: every training session, newest first, with its sign-in sheet.

Also the way in and out for training records: import, export, and the yearly report.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.labels import hours_text, label, money
from csdesk.common.training_labels import format_labels
from csdesk.services.errors import UserError
from csdesk.services.kinds import FILE_KINDS
from csdesk.services.training import session_records, training_files, training_reports
from csdesk.ui.background import run_with_progress
from csdesk.ui.common.empty_hint import EmptyHint
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.table_export import export_table
from csdesk.ui.common.widgets import button_row, record_table, selected_payload, status_message
from csdesk.ui.context import AppContext
from csdesk.ui.importing.import_dialog import ImportDialog, ImportKind
from csdesk.ui.training.session_dialog import SessionDialog

TRAINING_IMPORT = ImportKind(
    file=FILE_KINDS["training"],
    title=lambda: QCoreApplication.translate("SessionsTab", "Import training records"),
    headers=lambda: (
        QCoreApplication.translate("SessionsTab", "Agent"),
        QCoreApplication.translate("SessionsTab", "Course and date"),
    ),
    hint=lambda: QCoreApplication.translate(
        "SessionsTab",
        "Choose a CSV or Excel file with one line per agent per session. Headers in "
        "English or Chinese are recognised (工号, 姓名, 课程, 日期, 成绩 …). The file is "
        "checked first; nothing is written until you press Import.",
    ),
    announce=lambda ctx: ctx.notices.training_changed.emit(),
)


class SessionsTab(QWidget):
    """Plan sessions, record results, print sign-in sheets."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(self)
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.year = QComboBox()
        self.table = record_table("sessionTable", self.proxy)
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "No training sessions in this list. Plan one, or import the attendance "
                "records you kept in Excel."
            ),
            [(lambda: self.tr("New session"), self.new_session)],
        )
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.sheet_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.report_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(
                self.new_button,
                self.edit_button,
                self.delete_button,
                self.sheet_button,
                None,
                self.import_button,
                self.export_button,
                self.report_button,
            )
        )
        layout.addLayout(button_row(self.search, self.year))
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self.proxy.set_text)
        self.year.currentIndexChanged.connect(lambda _i: self._filter())
        self.table.doubleClicked.connect(lambda _i: self.edit_session())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._sync())
        self.new_button.clicked.connect(self.new_session)
        self.edit_button.clicked.connect(self.edit_session)
        self.delete_button.clicked.connect(self.delete_session)
        self.sheet_button.clicked.connect(self.print_sheet)
        self.import_button.clicked.connect(
            lambda: ImportDialog(self.ctx, TRAINING_IMPORT, self).exec()
        )
        self.export_button.clicked.connect(self.export_records)
        self.report_button.clicked.connect(self.yearly_report)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.new_button.setText(self.tr("&New session"))
        self.edit_button.setText(self.tr("&Edit / results"))
        self.delete_button.setText(self.tr("&Delete"))
        self.sheet_button.setText(self.tr("&Sign-in sheet…"))
        self.sheet_button.setToolTip(self.tr("Print the names with empty signature columns"))
        self.import_button.setText(self.tr("&Import…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.report_button.setText(self.tr("Training &report…"))
        self.search.setPlaceholderText(self.tr("Search course, trainer or agent"))

    def reload(self) -> None:
        """Read the sessions again."""
        sessions = session_records.list_sessions(self.ctx.db)
        formats = format_labels()
        rows = [
            Row(
                (
                    s.data.starts_at.strftime("%Y-%m-%d %H:%M"),
                    f"{s.course_title} ({s.course_code})",
                    s.data.trainer,
                    label(formats, s.data.format),
                    hours_text(s.data.hours),
                    str(len(s.attendees)),
                    str(s.present),
                    str(s.passed_count),
                    money(s.data.cost_cents),
                ),
                payload=s,
                sort=(
                    s.data.starts_at,
                    s.course_title,
                    s.data.trainer,
                    s.data.format,
                    s.data.hours,
                    len(s.attendees),
                    s.present,
                    s.passed_count,
                    s.data.cost_cents,
                ),
                search=" ".join(
                    [s.course_title, s.course_code, s.data.trainer, s.data.location]
                    + [f"{a.employee_no} {a.name}" for a in s.attendees]
                ),
            )
            for s in sessions
        ]
        headers = [
            self.tr("Date"),
            self.tr("Course"),
            self.tr("Trainer"),
            self.tr("Format"),
            self.tr("Hours"),
            self.tr("Invited"),
            self.tr("Present"),
            self.tr("Passed"),
            self.tr("Cost"),
        ]
        self.model.set_rows(headers, rows, numeric=(4, 5, 6, 7, 8))
        years = sorted({s.data.starts_at.year for s in sessions}, reverse=True)
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), 0)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._filter()
        self._sync()

    def _filter(self) -> None:
        year = self.year.currentData() or 0
        self.proxy.set_predicate(
            (lambda row: row.payload.data.starts_at.year == year) if year else None
        )

    def _sync(self) -> None:
        chosen = self.selected() is not None
        for button in (self.edit_button, self.delete_button, self.sheet_button):
            button.setEnabled(chosen)

    def selected(self) -> session_records.SessionRecord | None:
        """The session selected in the table."""
        return selected_payload(self.table)

    def select_session(self, session_id: int) -> None:
        """Select the session with ``session_id`` if the filter shows it."""
        for row, record in enumerate(self.proxy.payloads()):
            if record.id == session_id:
                self.table.selectRow(row)
                return

    # --- actions ------------------------------------------------------------------------
    def on_new(self) -> None:
        """Ctrl+N."""
        self.new_session()

    def on_find(self) -> None:
        """Ctrl+F."""
        self.search.setFocus()

    def on_print(self) -> None:
        """Ctrl+P: the selected session's sign-in sheet."""
        self.print_sheet()

    def on_export(self) -> None:
        """Ctrl+E."""
        self.export_records()

    def new_session(self) -> None:
        """Plan a new session."""
        dialog = SessionDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.select_session(dialog.saved_id)

    def edit_session(self) -> None:
        """Open the selected session to change it or record results."""
        record = self.selected()
        if record is None:
            return
        try:
            record = session_records.get_session(self.ctx.db, record.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Training session"), exc.full_text())
            return
        if SessionDialog(self.ctx, record, self).exec():
            self.select_session(record.id)

    def delete_session(self) -> None:
        """Delete the selected session and its attendance records."""
        record = self.selected()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            self.tr(
                "Delete the session {course} on {date} and its {count} attendance records?"
            ).format(
                course=record.course_title,
                date=record.data.starts_at.strftime("%Y-%m-%d"),
                count=len(record.attendees),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            session_records.delete_session(self.ctx.db, record.id)
            self.ctx.notices.training_changed.emit()

    def print_sheet(self) -> None:
        """Open the selected session's sign-in sheet as a PDF, to print."""
        record = self.selected()
        if record is None:
            return
        path = Path(tempfile.mkdtemp(prefix="csdesk-print-")) / "sign-in-sheet.pdf"
        db = self.ctx.db
        self._run(
            lambda progress: training_reports.sign_in_sheet(db, record.id, path, progress), path
        )

    def export_records(self) -> None:
        """Export every attendance record to CSV or XLSX."""
        db = self.ctx.db
        export_table(
            self,
            self.ctx,
            self.tr("Export training records"),
            self.tr("training.xlsx"),
            lambda target, fmt, progress: training_files.export_training(
                db,
                target,
                fmt,
                progress,
                labelled=True,  # headers the supervisor reads
            ),
            lambda n: self.tr("{count} records exported to {path}", None, n),
            label=self.tr("Exporting training records…"),
        )

    def yearly_report(self) -> None:
        """Print the training report of a year to PDF and open it."""
        years = [str(y) for y in range(date.today().year, date.today().year - 10, -1)]
        year, ok = QInputDialog.getItem(
            self, self.tr("Training report"), self.tr("Year:"), years, 0, False
        )
        if not ok:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Training report"),
            self.tr("training-{year}.pdf").format(year=year),
            self.tr("PDF (*.pdf)"),
        )
        if name:
            path, db = Path(name), self.ctx.db
            self._run(
                lambda progress: training_reports.training_report(
                    db, path, int(year), progress=progress
                ),
                path,
            )

    def _run(self, job, path: Path) -> None:
        def done(_count: int) -> None:
            status_message(self, self.tr("Written to {path}").format(path=path))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        run_with_progress(
            self, self.ctx, self.tr("Training"), job, done, label=self.tr("Writing…"), path=path
        )
