"""The training matrix tab: who stands where on each required course, and reminders.

Cells are coloured by standing; below the matrix, the reminders the supervisor must act
on (agents not cleared for duty, lapsed and lapsing courses and certificates).
"""

from __future__ import annotations

import html
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.labels import label, post_labels
from csdesk.common.palette import STANDING_COLOURS
from csdesk.common.training_labels import standing_labels
from csdesk.domain.training import SEVERITY, Standing
from csdesk.services.training import training_files, training_reports, training_status
from csdesk.ui.background import run_with_progress
from csdesk.ui.common.combos import fill_combo
from csdesk.ui.common.formats import show_date
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import button_row, record_table, status_message
from csdesk.ui.context import AppContext

GAPS = "gaps"  # standing filter: anyone not current on everything


class MatrixTab(QWidget):
    """Who is current, who is about to lapse, and who may not work yet."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.matrix: training_status.TrainingMatrix | None = None
        self.model = RowsModel(self)
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.reminder_model = RowsModel(self)
        self.reminder_proxy = RowsFilter(self)
        self.reminder_proxy.setSourceModel(self.reminder_model)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.post_filter = QComboBox()
        self.standing_filter = QComboBox()
        self.warn_label = QLabel()
        self.warn_days = QSpinBox()
        self.warn_days.setRange(0, 365)
        self.excel_button = QPushButton()
        self.pdf_button = QPushButton()
        self.print_button = QPushButton()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.post_filter, 1)
        filters.addWidget(self.standing_filter, 1)
        filters.addWidget(self.warn_label)
        filters.addWidget(self.warn_days)

        self.table = record_table("matrixTable", self.proxy)
        self.table.setWordWrap(True)
        self.reminders = record_table("reminderTable", self.reminder_proxy)
        self.reminders.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # worst first, as given
        self.reminder_box = QGroupBox()
        QVBoxLayout(self.reminder_box).addWidget(self.reminders)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.reminder_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)  # the colour legend

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(
            button_row(self.summary, None, self.excel_button, self.pdf_button, self.print_button)
        )

        self.search.textChanged.connect(self.proxy.set_text)
        self.post_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.standing_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.warn_days.editingFinished.connect(self._warn_days_changed)
        self.excel_button.clicked.connect(self.export_excel)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_matrix)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.search.setPlaceholderText(self.tr("Search number or name"))
        fill_combo(self.post_filter, post_labels(), ("", self.tr("All posts")))
        standings = {GAPS: self.tr("Anyone with a gap"), **standing_labels()}
        fill_combo(self.standing_filter, standings, ("", self.tr("Everyone")))
        self.warn_label.setText(self.tr("Expiring within (days):"))
        self.excel_button.setText(self.tr("Export &Excel…"))
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.print_button.setText(self.tr("P&rint…"))
        self.print_button.setToolTip(self.tr("Open the matrix as a PDF to print"))

    # --- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Judge the team again (today) and show the matrix and the reminders."""
        today = date.today()
        self.matrix = training_status.training_matrix(self.ctx.db, today)
        self.warn_days.blockSignals(True)
        self.warn_days.setValue(self.matrix.warn_days)
        self.warn_days.blockSignals(False)
        words, posts = standing_labels(), post_labels()
        headers = [self.tr("No."), self.tr("Name"), self.tr("Post")]
        headers += [c.title for c in self.matrix.courses]
        rows = []
        for r in self.matrix.rows:
            cells: list[str] = []
            sort: list[int] = []
            fills: list[str | None] = []
            tips: list[str] = []
            for course, cell in zip(self.matrix.courses, r.cells, strict=True):
                if cell is None:
                    cells.append("")
                    sort.append(9)
                    fills.append(None)
                    tips.append(self.tr("Not required for this post"))
                    continue
                cells.append(self._cell_text(cell))
                sort.append(_severity(cell.standing))
                fills.append(STANDING_COLOURS[cell.standing][0])
                tips.append(self._tip(course.title, cell))
            rows.append(
                Row(
                    (r.employee_no, r.name, label(posts, r.post), *cells),
                    payload=r,
                    sort=(r.employee_no, r.name, r.post, *sort),
                    fills=(None, None, None, *fills),
                    tips=("", "", "", *tips),
                    search=f"{r.employee_no} {r.name}",
                )
            )
        self.model.set_rows(headers, rows)
        self.table.resizeColumnsToContents()
        counts = self.matrix.counts()
        # the legend: each standing's colour, its name and how many cells have it
        self.summary.setText(
            "&nbsp;&nbsp;".join(
                f'<span style="background:{STANDING_COLOURS[s][0]};">{"&nbsp;" * 4}</span>&nbsp;'
                + html.escape(
                    self.tr("{standing}: {count}").format(standing=words[s], count=counts[s])
                )
                for s in Standing
            )
            + "&nbsp;&nbsp;·&nbsp;&nbsp;"
            + html.escape(
                self.tr("Standing on {date}; a date is valid until, or passed on").format(
                    date=show_date(today)
                )
            )
        )
        self._show_reminders(training_status.reminders(self.ctx.db, today))
        self._filter()

    def _cell_text(self, cell) -> str:
        """The cell's date: until when it is valid, else when it was passed.

        The colour says the standing (the legend below the matrix names the colours) and
        the tooltip says it all, so that a dozen courses fit a laptop's width.
        """
        if cell.valid_until:
            return show_date(cell.valid_until)
        if cell.completed_on:
            return show_date(cell.completed_on)
        return standing_labels()[cell.standing]

    def _tip(self, course: str, cell) -> str:
        words = standing_labels()
        parts = [f"{course}: {words[cell.standing]}"]
        if cell.completed_on:
            parts.append(self.tr("Passed {date}").format(date=show_date(cell.completed_on)))
        if cell.valid_until:
            parts.append(self.tr("Valid until {date}").format(date=show_date(cell.valid_until)))
        elif cell.completed_on:
            parts.append(self.tr("Does not expire"))
        return "\n".join(parts)

    def _show_reminders(self, items: list[training_status.Reminder]) -> None:
        words = standing_labels()
        kinds = {
            "duty": self.tr("Not cleared for duty"),
            "course": self.tr("Course"),
            "certificate": self.tr("Certificate"),
        }
        rows = [
            Row(
                (
                    f"{r.employee_no} {r.name}",
                    kinds[r.kind],
                    r.item,
                    "" if r.kind == "duty" else words[r.standing],
                    show_date(r.due),
                ),
                payload=r,
                sort=(r.employee_no, r.kind, r.item, _severity(r.standing), r.due or date.min),
                fills=(None, None, None, STANDING_COLOURS[r.standing][0], None),
            )
            for r in items
        ]
        headers = [self.tr("Agent"), self.tr("What"), self.tr("Item"), self.tr("Standing")]
        self.reminder_model.set_rows([*headers, self.tr("Date")], rows)
        self.reminders.resizeColumnsToContents()
        # every reminder line in sight (up to eight; more scroll)
        shown = min(max(len(items), 1), 8)
        self.reminders.setMinimumHeight(
            self.reminders.horizontalHeader().height()
            + shown * self.reminders.verticalHeader().defaultSectionSize()
            + 2 * self.reminders.frameWidth()
        )
        self.reminder_box.setTitle(self.tr("Reminders ({count})").format(count=len(items)))

    def _filter(self) -> None:
        post = self.post_filter.currentData() or ""
        wanted = self.standing_filter.currentData() or ""

        def accept(row: Row) -> bool:
            r: training_status.MatrixRow = row.payload
            if post and r.post != post:
                return False
            held = [c.standing for c in r.cells if c is not None]
            if wanted == GAPS:
                return any(s != Standing.CURRENT for s in held)
            return not wanted or wanted in held

        self.proxy.set_predicate(accept)

    def _warn_days_changed(self) -> None:
        if self.matrix is not None and self.warn_days.value() != self.matrix.warn_days:
            training_status.set_warn_days(self.ctx.db, self.warn_days.value())
            self.ctx.notices.training_changed.emit()

    def on_find(self) -> None:
        """Ctrl+F."""
        self.search.setFocus()

    def on_print(self) -> None:
        """Ctrl+P."""
        self.print_matrix()

    def on_export(self) -> None:
        """Ctrl+E."""
        self.export_excel()

    def visible_agent_ids(self) -> list[int]:
        """Agents the filter shows, in the order shown."""
        return [r.agent_id for r in self.proxy.payloads()]

    # --- output -------------------------------------------------------------------------
    def export_excel(self) -> None:
        """Save the matrix, as filtered, as an Excel workbook with coloured cells."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export matrix"), "training-matrix.xlsx", self.tr("Excel (*.xlsx)")
        )
        if not name:
            return
        ids = self.visible_agent_ids()
        db, target = self.ctx.db, Path(name)
        self._run(
            lambda _progress: training_files.export_matrix(db, target, agent_ids=ids),
            target,
            open_after=False,
        )

    def export_pdf(self) -> None:
        """Save the matrix, as filtered, as a PDF."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export matrix"), self.tr("training-matrix.pdf"), self.tr("PDF (*.pdf)")
        )
        if name:
            self._pdf(Path(name), open_after=False)

    def print_matrix(self) -> None:
        """Open the matrix as a PDF in the system viewer, to print from there."""
        self._pdf(Path(tempfile.mkdtemp(prefix="csdesk-print-")) / "matrix.pdf", open_after=True)

    def _pdf(self, path: Path, open_after: bool) -> None:
        ids, db = self.visible_agent_ids(), self.ctx.db
        self._run(
            lambda progress: training_reports.matrix_report(
                db, path, agent_ids=ids, progress=progress
            ),
            path,
            open_after,
        )

    def _run(self, job, path: Path, open_after: bool) -> None:
        def done(count: int) -> None:
            status_message(
                self,
                self.tr("{count} agents written to {path}", None, count).format(
                    count=count, path=path
                ),
            )
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        run_with_progress(
            self,
            self.ctx,
            self.tr("Export matrix"),
            job,
            done,
            label=self.tr("Writing the training matrix…"),
            path=path,
        )


def _severity(standing: str) -> int:
    return SEVERITY[Standing(standing)]
