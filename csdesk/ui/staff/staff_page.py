"""The staff directory page.

The team table with filters, the selected agent's file, and the team's headcount and
turnover.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.labels import level_labels, post_labels, status_labels
from csdesk.domain.staff import Status
from csdesk.services.errors import UserError
from csdesk.services.staff import agent_removal
from csdesk.services.staff import agents as staff
from csdesk.services.training import duty_gate
from csdesk.ui.background import run_with_progress
from csdesk.ui.common.combos import fill_combo
from csdesk.ui.common.empty_hint import EmptyHint
from csdesk.ui.common.table_export import export_table
from csdesk.ui.common.widgets import status_message
from csdesk.ui.context import AppContext
from csdesk.ui.staff.agent_file import AgentFileView
from csdesk.ui.staff.agent_filter import AgentFilter
from csdesk.ui.staff.staff_model import COL_NAME, AgentTableModel
from csdesk.ui.staff.team_figures import TeamFiguresBox


class StaffPage(QWidget):
    """The roster's staff directory."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AgentTableModel(self)
        self.proxy = AgentFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.retranslate()
        self._restore_state()
        ctx.notices.staff_changed.connect(self.reload)
        ctx.notices.training_changed.connect(self._selection_changed)
        ctx.notices.data_reset.connect(self.reload)
        self.reload()

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.archive_button = QPushButton()
        self.delete_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.pdf_button = QPushButton()
        self.print_button = QPushButton()
        self.coaching_button = QPushButton()
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button, self.delete_button,
                       self.coaching_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.import_button, self.export_button, self.pdf_button, self.print_button):
            actions.addWidget(button)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.post_filter = QComboBox()
        self.level_filter = QComboBox()
        self.status_filter = QComboBox()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.post_filter, self.level_filter, self.status_filter):
            filters.addWidget(combo, 1)

        self.table = QTableView()
        self.table.setObjectName("staffTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "No agents yet. Add them one by one, or import the staff list you keep in "
                "Excel."
            )
            if self.model.rowCount() == 0
            else self.tr("No agent matches the search and the filters."),
            [(lambda: self.tr("New agent"), self.new_agent),
             (lambda: self.tr("Import…"), self.import_staff)],
        )  # fmt: skip
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.edit_agent())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = AgentFileView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.team = TeamFiguresBox(self.ctx)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.team)

        self.new_button.clicked.connect(self.new_agent)
        self.edit_button.clicked.connect(self.edit_agent)
        self.coaching_button.clicked.connect(self.open_coaching)
        self.archive_button.clicked.connect(self.archive_agent)
        self.delete_button.clicked.connect(self.delete_agent)
        self.import_button.clicked.connect(self.import_staff)
        self.export_button.clicked.connect(self.export_staff)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_list)
        self.search.textChanged.connect(lambda text: self.proxy.set_filters(text=text))
        self.post_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(post=self.post_filter.currentData())
        )
        self.level_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(level=self.level_filter.currentData())
        )
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(status=self.status_filter.currentData())
        )
        for sequence, slot in (
            (QKeySequence.StandardKey.New, self.new_agent),
            (QKeySequence.StandardKey.Find, self.search.setFocus),
            (QKeySequence.StandardKey.Print, self.print_list),
            (QKeySequence("Ctrl+E"), self.export_staff),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def report_actions(self) -> dict[str, Callable[[], None]]:
        """How this page prints each report kind it owns (the window's Reports menu)."""
        return {"staff": self.print_list}

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.new_button.setText(self.tr("&New agent"))
        self.new_button.setToolTip(self.tr("Add an agent (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Edit"))
        self.coaching_button.setText(self.tr("C&oaching…"))
        self.coaching_button.setToolTip(self.tr("A coaching session about last month"))
        self.archive_button.setText(self.tr("&Archive (left)"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Only for a record with no history"))
        self.import_button.setText(self.tr("&Import…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Export to CSV or Excel (Ctrl+E)"))
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.print_button.setText(self.tr("P&rint…"))
        self.print_button.setToolTip(self.tr("Open the staff list as a PDF to print (Ctrl+P)"))
        self.search.setPlaceholderText(self.tr("Search number, name, phone, sub-account (Ctrl+F)"))
        fill_combo(self.post_filter, post_labels(), ("", self.tr("All posts")))
        fill_combo(self.level_filter, level_labels(), ("", self.tr("All levels")))
        statuses = {"current": self.tr("Current staff"), "": self.tr("Everyone"), **status_labels()}
        fill_combo(self.status_filter, statuses)
        self.model.refresh_labels()
        self._selection_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state --------------------------------------------------------------------------
    def _restore_state(self) -> None:
        header_state = self.ctx.settings.value("staff/header")
        if header_state is not None:
            self.table.horizontalHeader().restoreState(header_state)
        splitter_state = self.ctx.settings.value("staff/splitter")
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)

    def save_state(self) -> None:
        """Remember column widths and the splitter (called when the window closes)."""
        self.ctx.settings.setValue("staff/header", self.table.horizontalHeader().saveState())
        self.ctx.settings.setValue("staff/splitter", self.splitter.saveState())

    # --- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the directory again, keeping the selected agent selected."""
        selected = self.selected_agent()
        self.model.set_agents(staff.list_agents(self.ctx.db))
        if not self.ctx.settings.contains("staff/header"):
            self.table.resizeColumnsToContents()
        if selected is not None:
            self.select_agent(selected.id)
        self.team.refresh()
        self._selection_changed()

    def select_agent(self, agent_id: int) -> None:
        """Select the agent with ``agent_id`` if the filter shows them."""
        row = self.model.row_of(agent_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def selected_agent(self) -> staff.AgentRecord | None:
        """The agent selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source: QModelIndex = self.proxy.mapToSource(rows[0])
        return self.model.agent(source.row())

    def _selection_changed(self, *_args) -> None:
        agent = self.selected_agent()
        for button in (self.edit_button, self.archive_button, self.delete_button):
            button.setEnabled(agent is not None)
        if agent is not None:
            self.archive_button.setEnabled(agent.data.status != Status.LEFT)
        self.detail.show_agent(
            agent, duty_gate.agent_standing(self.ctx.db, agent.id) if agent else None
        )

    # --- actions ------------------------------------------------------------------------
    def new_agent(self) -> None:
        """Open the form for a new agent."""
        from csdesk.ui.staff.agent_dialog import AgentDialog

        dialog = AgentDialog(self.ctx, None, self.model_agents(), self)
        if dialog.exec() and dialog.saved_id is not None:
            self.select_agent(dialog.saved_id)

    def open_coaching(self) -> None:
        """Open the coaching session about last month with the selected agent."""
        from datetime import date

        from csdesk.domain.months import Month
        from csdesk.ui.actions.coaching_dialog import CoachingDialog

        record = self.selected_agent()
        if record is not None:
            month = Month.of(date.today()).shift(-1)
            CoachingDialog(self.ctx, record.id, month, self).exec()

    def edit_agent(self) -> None:
        """Open the selected agent's form."""
        agent = self.selected_agent()
        if agent is None:
            return
        from csdesk.ui.staff.agent_dialog import AgentDialog

        dialog = AgentDialog(self.ctx, agent, self.model_agents(), self)
        if dialog.exec():
            self.select_agent(agent.id)

    def model_agents(self) -> list[staff.AgentRecord]:
        """Every agent in the table (for the mentor list)."""
        return [self.model.agent(r) for r in range(self.model.rowCount())]

    def archive_agent(self) -> None:
        """Record that the selected agent left."""
        from csdesk.ui.staff.staff_dialogs import ArchiveDialog

        agent = self.selected_agent()
        if agent is not None and ArchiveDialog(self.ctx, agent, self).exec():
            self.select_agent(agent.id)

    def delete_agent(self) -> None:
        """Delete the selected agent if they have no history; otherwise explain."""
        agent = self.selected_agent()
        if agent is None:
            return
        if not agent_removal.can_delete(self.ctx.db, agent.id):
            QMessageBox.information(
                self,
                self.tr("Delete agent"),
                self.tr(
                    "{name} has history (job rotations, mentees or records) and cannot be deleted. "
                    "Use Archive to record that they left."
                ).format(name=agent.name),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete agent"),
            self.tr("Delete {name} ({no})? This cannot be undone.").format(
                name=agent.name, no=agent.employee_no
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            agent_removal.delete_agent(self.ctx.db, agent.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Delete agent"), exc.full_text())
            return
        self.ctx.notices.staff_changed.emit()

    def import_staff(self) -> None:
        """Open the import dialog."""
        from csdesk.ui.importing.import_dialog import ImportDialog

        ImportDialog(self.ctx, parent=self).exec()

    def export_staff(self) -> None:
        """Export the directory to CSV or XLSX."""
        from csdesk.services.staff import staff_files

        db = self.ctx.db
        export_table(
            self,
            self.ctx,
            self.tr("Export staff"),
            self.tr("staff.xlsx"),  # a file name in the user's language
            lambda target, fmt, progress: staff_files.export_staff(
                db,
                target,
                fmt,
                progress,
                labelled=True,  # headers the supervisor reads
            ),
            lambda n: self.tr("{count} agents exported to {path}", None, n),
            label=self.tr("Exporting the staff list…"),
        )

    def _visible_ids(self) -> list[int]:
        return [
            self.model.agent(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).id
            for r in range(self.proxy.rowCount())
        ]

    def export_pdf(self) -> None:
        """Save the staff list, as filtered, to a PDF."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), self.tr("staff.pdf"), self.tr("PDF (*.pdf)")
        )
        if name:
            self._write_pdf(Path(name), open_after=False)

    def print_list(self) -> None:
        """Open the staff list as a PDF in the system viewer, to print from there."""
        folder = Path(tempfile.mkdtemp(prefix="csdesk-print-"))
        self._write_pdf(folder / "staff.pdf", open_after=True)

    def _write_pdf(self, path: Path, open_after: bool) -> None:
        from csdesk.services.staff import staff_report as reports

        ids = self._visible_ids()

        def done(count: int) -> None:
            status_message(
                self,
                self.tr("{count} agents written to {path}", None, count).format(
                    count=count, path=path
                ),
            )
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        db = self.ctx.db
        run_with_progress(
            self,
            self.ctx,
            self.tr("Export PDF"),
            lambda progress: reports.staff_report(db, path, agent_ids=ids, progress=progress),
            done,
            label=self.tr("Writing the staff list…"),
            path=path,
        )
