"""Edit the QA rubrics: categories with weight, rating scale, critical flag and N/A.

A rubric that has reviews keeps its weights and scales (the names can be corrected):
to change them from next month on, copy the rubric, change the copy and archive the
old one. The window says so where it applies instead of letting a save fail.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.palette import RETIRED_TEXT
from csdesk.domain.qa import Category, Scale
from csdesk.services.errors import UserError
from csdesk.services.performance import qa_rubrics
from csdesk.ui.common.widgets import ProblemLabel, button_row, open_size
from csdesk.ui.context import AppContext

COL_NAME, COL_WEIGHT, COL_SCALE, COL_CRITICAL, COL_NA = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole


class RubricsDialog(QDialog):
    """The rubrics on the left, the chosen one's name and categories on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("QA rubrics"))
        open_size(self, 900, 480)
        self.entries: list[qa_rubrics.RubricEntry] = []
        self.current: int | None = None  # the rubric in the editor
        self.dirty = False
        self.locked = False  # it has reviews: weights and scales stay

        self.rubric_list = QListWidget()
        self.rubric_list.setObjectName("rubricList")
        self.new_button = QPushButton(self.tr("&New"))
        self.copy_button = QPushButton(self.tr("C&opy"))
        self.copy_button.setToolTip(self.tr("A new rubric with the same categories, to change"))
        self.archive_button = QPushButton()
        left = QVBoxLayout()
        left.addWidget(self.rubric_list, 1)
        left.addLayout(button_row(self.new_button, self.copy_button, self.archive_button))

        self.name = QLineEdit()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("rubricCategories")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                self.tr("Weight"),
                self.tr("Rating scale"),
                self.tr("Critical"),
                self.tr("N/A allowed"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add category"))
        self.remove_button = QPushButton(self.tr("&Remove category"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.lock_note = QLabel()
        self.lock_note.setWordWrap(True)
        self.problems = ProblemLabel()
        self.save_button = QPushButton(self.tr("&Save rubric"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.table, 1)
        right.addLayout(
            button_row(self.add_button, self.remove_button, self.up_button, self.down_button, None)
        )
        right.addWidget(self.lock_note)
        right.addWidget(QLabel(self.tr("Critical: a rating below half makes the review 0.")))
        right.addWidget(self.problems)
        right.addLayout(button_row(None, self.save_button))

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)

        self.rubric_list.currentRowChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.new_rubric)
        self.copy_button.clicked.connect(self.copy_rubric)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.add_button.clicked.connect(lambda: self._add_line(None, Category("", 10.0)))
        self.remove_button.clicked.connect(self._remove_line)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.save_button.clicked.connect(self.save)
        self.name.textEdited.connect(lambda _t: self._touch())
        self.table.itemChanged.connect(lambda _i: self._touch())
        self.reload()

    # --- the list -----------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Read the rubrics again and open ``select`` (or the first)."""
        self.entries = qa_rubrics.rubric_entries(self.ctx.db)
        self.rubric_list.blockSignals(True)
        self.rubric_list.clear()
        for entry in self.entries:
            text = entry.name
            if entry.reviews:
                text += " · " + self.tr("{count} reviews", None, entry.reviews).format(
                    count=entry.reviews
                )
            if entry.archived:
                text += " · " + self.tr("archived")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, entry.id)
            if entry.archived:
                item.setForeground(QBrush(QColor(RETIRED_TEXT)))
            self.rubric_list.addItem(item)
        self.rubric_list.blockSignals(False)
        ids = [e.id for e in self.entries]
        row = ids.index(select) if select in ids else 0
        self.current = None
        self.rubric_list.setCurrentRow(row)
        self._chosen(row)

    def entry(self) -> qa_rubrics.RubricEntry | None:
        """The rubric open in the editor."""
        return next((e for e in self.entries if e.id == self.current), None)

    def _chosen(self, row: int) -> None:
        if row < 0 or row >= len(self.entries):
            return
        wanted = self.entries[row].id
        if wanted == self.current:
            return
        if not self._settle():
            self.rubric_list.blockSignals(True)
            self.rubric_list.setCurrentRow([e.id for e in self.entries].index(self.current))
            self.rubric_list.blockSignals(False)
            return
        self._open(wanted)

    def _open(self, rubric_id: int) -> None:
        record = qa_rubrics.rubric_record(self.ctx.db, rubric_id)
        self.current = rubric_id
        entry = self.entry()
        locked = bool(entry and entry.reviews)
        self.table.blockSignals(True)
        self.name.setText(record.name)
        self.table.setRowCount(0)
        for category_id, category in record.categories:
            self._add_line(category_id, category, locked)
        self.table.blockSignals(False)
        self.locked = locked
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(not locked)
        self.lock_note.setText(
            self.tr(
                "{count} reviews were made with this rubric: names can be corrected, but "
                "weights and scales stay. To change them, copy the rubric, change the copy "
                "and archive this one.",
                None,
                entry.reviews,
            ).format(count=entry.reviews)
            if locked and entry
            else ""
        )
        self.lock_note.setVisible(locked)
        archived = bool(entry and entry.archived)
        self.archive_button.setText(self.tr("&Bring back") if archived else self.tr("&Archive"))
        self.problems.show_problems([])
        self.dirty = False

    # --- the categories -----------------------------------------------------------------
    def _add_line(self, category_id: int | None, category: Category, locked: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(category.name)
        name.setData(ID_ROLE, category_id)
        self.table.setItem(row, COL_NAME, name)
        weight = QDoubleSpinBox()
        weight.setRange(0.0, qa_rubrics.MAX_WEIGHT)
        weight.setDecimals(1)
        weight.setValue(category.weight)
        weight.valueChanged.connect(lambda _v: self._touch())
        scale = QComboBox()
        for value, label in (
            (Scale.BINARY, self.tr("Yes / no")),
            (Scale.THREE, "1–3"),
            (Scale.FOUR, "1–4"),
            (Scale.FIVE, "1–5"),
        ):
            scale.addItem(label, str(value))
        scale.setCurrentIndex(scale.findData(str(category.scale)))
        scale.currentIndexChanged.connect(lambda _i: self._touch())
        critical = QCheckBox()
        critical.setChecked(category.critical)
        critical.toggled.connect(lambda _c: self._touch())
        na = QCheckBox()
        na.setChecked(category.na_allowed)
        na.toggled.connect(lambda _c: self._touch())
        for column, widget in (
            (COL_WEIGHT, weight),
            (COL_SCALE, scale),
            (COL_CRITICAL, critical),
            (COL_NA, na),
        ):
            widget.setEnabled(not locked)
            self.table.setCellWidget(row, column, widget)
        if self.table.signalsBlocked():
            return
        self.table.setCurrentCell(row, COL_NAME)
        self.table.editItem(name)
        self._touch()

    def lines(self) -> list[qa_rubrics.Line]:
        """The categories as the editor holds them, in order."""
        out: list[qa_rubrics.Line] = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, COL_NAME)
            out.append(
                (
                    name.data(ID_ROLE),
                    Category(
                        name.text(),
                        self.table.cellWidget(row, COL_WEIGHT).value(),
                        Scale(self.table.cellWidget(row, COL_SCALE).currentData()),
                        self.table.cellWidget(row, COL_CRITICAL).isChecked(),
                        self.table.cellWidget(row, COL_NA).isChecked(),
                    ),
                )
            )
        return out

    def _set_lines(self, lines: list[qa_rubrics.Line], current: int) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for category_id, category in lines:
            self._add_line(category_id, category)
        self.table.blockSignals(False)
        if lines:
            self.table.setCurrentCell(max(0, min(current, len(lines) - 1)), COL_NAME)
        self._touch()

    def _remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            lines = self.lines()
            del lines[row]
            self._set_lines(lines, row)

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        lines = self.lines()
        if 0 <= row < len(lines) and 0 <= row + step < len(lines):
            lines[row], lines[row + step] = lines[row + step], lines[row]
            self._set_lines(lines, row + step)

    def _touch(self) -> None:
        self.dirty = True

    # --- actions ------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the rubric in the editor; list the problems if it is refused."""
        if self.current is None:
            return True
        try:
            qa_rubrics.save_rubric(self.ctx.db, self.name.text(), self.lines(), self.current)
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return False
        self.dirty = False
        self.ctx.notices.performance_changed.emit()
        self.reload(select=self.current)
        return True

    def new_rubric(self) -> None:
        """Start a rubric with one category, under a name nobody has."""
        self._create(self.tr("New rubric"), [(None, Category(self.tr("Category 1"), 10.0))])

    def copy_rubric(self) -> None:
        """Copy the rubric in the editor (as it is saved) to change the copy."""
        if self.current is None:
            return
        record = qa_rubrics.rubric_record(self.ctx.db, self.current)
        self._create(
            self.tr("{name} (copy)").format(name=record.name),
            [(None, category) for _id, category in record.categories],
        )

    def _create(self, name: str, lines: list[qa_rubrics.Line]) -> None:
        if not self._settle():
            return
        taken = {e.name.casefold() for e in self.entries}
        unique, number = name, 2
        while unique.casefold() in taken:
            unique, number = f"{name} {number}", number + 1
        rubric_id = qa_rubrics.save_rubric(self.ctx.db, unique, lines)
        self.ctx.notices.performance_changed.emit()
        self.reload(select=rubric_id)
        self.name.setFocus()
        self.name.selectAll()

    def toggle_archived(self) -> None:
        """Archive the rubric in the editor, or bring it back."""
        entry = self.entry()
        if entry is None or not self._settle():
            return
        try:
            qa_rubrics.set_archived(self.ctx.db, entry.id, not entry.archived)
        except UserError as exc:
            self.problems.show_problems([exc.message])
            return
        self.ctx.notices.performance_changed.emit()
        self.reload(select=entry.id)

    def _settle(self) -> bool:
        """Before leaving the rubric in the editor: save, discard or stay (False)."""
        if not self.dirty or self.current is None:
            return True
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Save the changes to {name}?").format(name=self.name.text()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            return True
        return False

    def reject(self) -> None:
        """Close, after asking about unsaved changes."""
        if self._settle():
            super().reject()
