"""The Week tab of the rota page: the grid, its actions, the rule checks and the change log.

Every change is stored at once through the rota service and the week is read again, so
the checks, hours and palette always describe what is stored.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.rota_labels import breach_labels, finding_text, shift_times
from csdesk.domain.rota import Leave
from csdesk.domain.weeks import Week
from csdesk.services.errors import UserError
from csdesk.services.rota import rota_rules, week_edits
from csdesk.services.rota import week_plan as rota
from csdesk.services.rota.week_edits import DayEdit
from csdesk.services.rota.week_plan import RotaFinding
from csdesk.ui.common.empty_hint import EmptyHint
from csdesk.ui.common.formats import show_date, show_datetime
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import RowsModel
from csdesk.ui.common.widgets import ProblemLabel, record_table, selected_payload, status_message
from csdesk.ui.context import AppContext
from csdesk.ui.rota import week_actions, week_lists, week_undo
from csdesk.ui.rota.rota_grid import WeekGrid, WeekModel, leave_kinds


class WeekTab(QWidget):
    """One week of the rota: type, paste, pick, copy, swap, publish, override."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.week = Week.of(date.today())
        self.week_rota: rota.WeekRota | None = None
        self._stale = True
        self.model = WeekModel(self)
        self.model.edits_wanted.connect(self.apply_edits)
        self.history = week_undo.EditHistory()
        for keys, act in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.Redo, self.redo),  # Ctrl+Y and Ctrl+Shift+Z
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(act)
        self.model.refused.connect(self.problems_show)
        self.grid = WeekGrid(self.model)
        self.grid.customContextMenuRequested.connect(self._grid_menu)
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.problems = ProblemLabel()
        self.palette_row = QHBoxLayout()
        self.palette_buttons: list[QPushButton] = []
        self.off_button = QPushButton()
        self.off_button.clicked.connect(lambda: self.set_selected((), None))
        self.leave_button = QPushButton()
        self.leave_menu = QMenu(self)
        self.leave_button.setMenu(self.leave_menu)
        self.copy_last_button = QPushButton()
        self.copy_last_button.clicked.connect(lambda: self.copy_from(self.week.shift(-1)))
        self.copy_from_button = QPushButton()
        self.copy_from_button.clicked.connect(self.choose_copy_source)
        self.swap_button = QPushButton()
        self.swap_button.clicked.connect(self.swap_selected)
        self.publish_button = QPushButton()
        self.publish_button.clicked.connect(self.publish)
        actions = QHBoxLayout()
        actions.addLayout(self.palette_row)
        for button in (self.off_button, self.leave_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (
            self.copy_last_button,
            self.copy_from_button,
            self.swap_button,
            self.publish_button,
        ):
            actions.addWidget(button)

        self.findings_model = RowsModel(self)
        self.findings_proxy = RowsFilter(self)
        self.findings_proxy.setSourceModel(self.findings_model)
        self.findings_table = record_table("rotaFindings", self.findings_proxy)
        self.findings_hint = EmptyHint(
            self.findings_table, lambda: self.tr("No rule is broken this week.")
        )
        self.findings_table.doubleClicked.connect(lambda _i: self._show_finding())
        self.override_button = QPushButton()
        self.override_button.clicked.connect(self.override_selected)
        self.findings_table.selectionModel().selectionChanged.connect(
            lambda *_: self.override_button.setEnabled(self._chosen_finding() is not None)
        )
        findings_box = QWidget()
        box = QVBoxLayout(findings_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.findings_table, 1)
        row = QHBoxLayout()
        self.findings_note = QLabel()
        self.findings_note.setWordWrap(True)
        row.addWidget(self.findings_note, 1)
        row.addWidget(self.override_button)
        box.addLayout(row)
        self.changes_model = RowsModel(self)
        self.changes_table = record_table("rotaChanges", self.changes_model)
        self.changes_table.setSortingEnabled(False)
        self.lower = QTabWidget()
        self.lower.addTab(findings_box, "")
        self.lower.addTab(self.changes_table, "")

        split = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        upper_box = QVBoxLayout(upper)
        upper_box.setContentsMargins(0, 0, 0, 0)
        upper_box.addLayout(actions)
        upper_box.addWidget(self.problems)
        upper_box.addWidget(self.grid, 1)
        split.addWidget(upper)
        split.addWidget(self.lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(split)

        self.retranslate()

    def retranslate(self) -> None:
        """Set the tab's fixed texts in the current language."""
        self.off_button.setText(self.tr("Day off"))
        self.off_button.setToolTip(self.tr("Clear the selected days (Delete)"))
        self.leave_button.setText(self.tr("Leave"))
        self.leave_menu.clear()
        for kind, text in leave_kinds():
            action = self.leave_menu.addAction(text)
            action.triggered.connect(lambda _c=False, k=kind: self.set_selected((), k))
        self.copy_last_button.setText(self.tr("Copy last week"))
        self.copy_from_button.setText(self.tr("Copy from…"))
        self.swap_button.setText(self.tr("Swap two agents"))
        self.swap_button.setToolTip(
            self.tr("Select days of two agents: their shifts on those days change places")
        )
        self.publish_button.setText(self.tr("Publish"))
        self.override_button.setText(self.tr("Override…"))
        self.findings_note.setText(
            self.tr(
                "A red corner marks a broken rule, a grey one a rule overridden with a reason. "
                "Double-click a line to go to its day."
            )
        )

    # --- reading --------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """The rota changed: read the week again when next shown."""
        self._stale = True

    def show_week(self, week: Week) -> None:
        """Show ``week`` (read again only if it changed or went stale)."""
        if self._stale or self.week_rota is None or week != self.week:
            if week != self.week:
                self.history.clear()
            self.week = week
            self.reload_week()

    def state_text(self) -> str:
        """Whether the week shown is published, by whom and when, or a draft."""
        if self.week_rota is None or not self.week_rota.published:
            return self.tr("Draft: not published yet")
        return self.tr("Published {when} by {who}; changes since are logged").format(
            when=show_datetime(self.week_rota.published_at), who=self.week_rota.published_by
        )

    def reload_week(self) -> None:
        """Read the week again (after any change) and show it."""
        self._stale = False
        current = self.grid.currentIndex()
        selected = [(i.row(), i.column()) for i in self.grid.selectedIndexes()]
        self.week_rota = rota.week_rota(self.ctx.db, self.week)
        self.model.set_rota(self.week_rota, rota_rules.rota_rules(self.ctx.db))
        self._restore_selection(current, selected)
        self._fill_palette()
        self._fill_findings()
        self._fill_changes()
        self.publish_button.setEnabled(not self.week_rota.published)
        for table in (self.findings_table, self.changes_table):
            # every column but the last fits its text; the last stretches to the edge
            for column in range(table.model().columnCount() - 1):
                table.resizeColumnToContents(column)

    def _restore_selection(self, current, selected: list[tuple[int, int]]) -> None:
        selection = self.grid.selectionModel()
        if current.isValid():
            self.grid.setCurrentIndex(self.model.index(current.row(), current.column()))
        for r, c in selected:
            selection.select(self.model.index(r, c), QItemSelectionModel.SelectionFlag.Select)

    def _fill_palette(self) -> None:
        while self.palette_row.count():
            item = self.palette_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.palette_buttons = []
        assert self.week_rota is not None
        for shift in self.week_rota.shifts:
            if shift.archived:
                continue
            button = QPushButton(shift.code)
            button.setObjectName(f"shift-{shift.code}")
            button.setToolTip(
                f"{shift.name} {shift_times(shift.shift)}"
                + self.tr(" (type {code} in a cell)").format(code=shift.code)
            )
            text = "#202020" if QColor(shift.colour).lightness() > 128 else "#ffffff"
            button.setStyleSheet(f"background: {shift.colour}; color: {text}; padding: 3px 10px;")
            button.clicked.connect(
                lambda _c=False, code=shift.code: self.set_selected((code,), None)
            )
            self.palette_row.addWidget(button)
            self.palette_buttons.append(button)

    def _fill_findings(self) -> None:
        assert self.week_rota is not None
        rows = week_lists.finding_rows(self.week_rota, self.model.rules)
        open_count = sum(1 for f in self.week_rota.findings if f.open)
        self.findings_model.set_rows(week_lists.finding_headers(), rows)
        self.lower.setTabText(0, self.tr("Rule checks ({count} open)").format(count=open_count))
        self.override_button.setEnabled(False)

    def _fill_changes(self) -> None:
        assert self.week_rota is not None
        changes = (
            week_edits.week_changes(self.ctx.db, self.week) if self.week_rota.published else []
        )
        rows = week_lists.change_rows(self.week_rota, changes)
        self.changes_model.set_rows(week_lists.change_headers(), rows)
        self.lower.setTabText(
            1, self.tr("Changes since publishing ({count})").format(count=len(rows))
        )

    # --- changing -------------------------------------------------------------------------
    def apply_edits(self, edits: list[DayEdit], undoable: bool = True) -> bool:
        """Store days typed, pasted or picked; show why if refused (nothing is stored then).

        Returns whether the days were stored; an ``undoable`` change can be undone.
        """
        before = week_undo.days_before(self.week_rota, edits) if self.week_rota else []
        try:
            changed = week_edits.set_days(self.ctx.db, edits, self.ctx.author)
        except UserError as exc:
            self.problems_show(exc.message)
            return False
        self.problems.show_problems([])
        if changed and undoable:
            self.history.done(before, edits)
        if changed:
            self.ctx.notices.rota_changed.emit()
            status_message(
                self, self.tr("{count} days changed", None, changed).format(count=changed)
            )
        return True

    def undo(self) -> None:
        """Put back the days as they were before the last change (Ctrl+Z)."""
        if self.history.undo_stack:
            before, after = self.history.undo_stack.pop()
            if self.apply_edits(before, undoable=False):
                self.history.redo_stack.append((before, after))
            else:
                self.history.undo_stack.append((before, after))

    def redo(self) -> None:
        """Make the last undone change again (Ctrl+Shift+Z or Ctrl+Y)."""
        if self.history.redo_stack:
            before, after = self.history.redo_stack.pop()
            if self.apply_edits(after, undoable=False):
                self.history.undo_stack.append((before, after))
            else:
                self.history.redo_stack.append((before, after))

    def problems_show(self, message: str) -> None:
        """Say above the grid why a typed day was not stored."""
        self.problems.show_problems([message + " " + self.tr("Nothing was changed.")])

    def set_selected(self, codes: tuple[str, ...], leave: Leave | None) -> None:
        """Give every selected day these shifts and leave (a palette button, Leave, Day off)."""
        spots = self.grid.selected_spots()
        if not spots:
            status_message(self, self.tr("Select days in the grid first."))
            return
        self.apply_edits([DayEdit(a, d, codes, leave) for a, d in spots])

    def _selection_changed(self) -> None:
        agents = {a for a, _d in self.grid.selected_spots()}
        self.swap_button.setEnabled(len(agents) == 2)

    def _grid_menu(self, point) -> None:
        index = self.grid.indexAt(point)
        if not index.isValid() or self.week_rota is None:
            return
        menu = QMenu(self)
        for shift in self.week_rota.shifts:
            if not shift.archived:
                action = menu.addAction(f"{shift.code}  {shift.name}")
                action.triggered.connect(
                    lambda _c=False, code=shift.code: self.set_selected((code,), None)
                )
        menu.addAction(self.off_button.text(), lambda: self.set_selected((), None))
        leave = menu.addMenu(self.leave_button.text())
        for kind, text in leave_kinds():
            leave.addAction(text, lambda k=kind: self.set_selected((), k))
        menu.addSeparator()
        menu.addAction(self.tr("Copy"), self.grid.copy_cells)
        menu.addAction(self.tr("Paste"), self.grid.paste_cells)
        findings = self.model.findings_at(index)
        if findings:
            menu.addSeparator()
            for found in findings:
                text = self.tr("Override “{rule}”…").format(
                    rule=breach_labels()[found.finding.breach]
                )
                menu.addAction(text, lambda f=found: self.override(f))
        menu.exec(self.grid.viewport().mapToGlobal(point))

    def copy_from(self, source: Week) -> None:
        """Copy the shifts of ``source`` onto the week shown (asking before replacing)."""
        week_actions.copy_from(self, source)

    def choose_copy_source(self) -> None:
        """Pick one of the last 12 weeks to copy from."""
        week_actions.choose_copy_source(self)

    def swap_selected(self) -> None:
        """Swap the shifts of the two agents selected, on the days selected."""
        week_actions.swap_selected(self)

    def publish(self) -> None:
        """Publish the week (its later changes are logged)."""
        week_actions.publish(self)

    def _chosen_finding(self) -> RotaFinding | None:
        return selected_payload(self.findings_table)

    def _show_finding(self) -> None:
        found = self._chosen_finding()
        if found is None or self.week_rota is None:
            return
        ids = [a.id for a in self.week_rota.agents]
        if found.finding.agent_id in ids and found.finding.day in self.week.days:
            index = self.model.index(
                ids.index(found.finding.agent_id), self.week.days.index(found.finding.day)
            )
            self.grid.setCurrentIndex(index)
            self.grid.setFocus()

    def override_selected(self) -> None:
        """Override the finding selected in the list."""
        found = self._chosen_finding()
        if found is not None:
            self.override(found)

    def override(self, found: RotaFinding) -> None:
        """Accept a broken rule with a reason (kept with the rota, shown in grey)."""
        f = found.finding
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Override a rule"),
            self.tr("{rule} on {day}: {what}\nWhy may the rule be broken here?").format(
                rule=breach_labels()[f.breach],
                day=show_date(f.day),
                what=finding_text(f, self.model.rules),
            ),
            text=found.override or "",
        )
        if not ok:
            return
        try:
            week_edits.override(self.ctx.db, f.agent_id, f.day, f.breach, reason, self.ctx.author)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Override a rule"), exc.message)
            return
        self.ctx.notices.rota_changed.emit()
