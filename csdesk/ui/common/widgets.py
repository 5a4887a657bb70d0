"""Small widgets shared by the pages and dialogs."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csdesk.ui.common.formats import from_qdate, to_qdate
from csdesk.ui.common.rows_model import PAYLOAD_ROLE


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box switches the date on and off."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = date_edit(self)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        """The date, or None when switched off."""
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (None switches the date off)."""
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


def date_edit(parent: QWidget | None = None, value: date | None = None) -> QDateEdit:
    """A date editor with a calendar pop-up, set to ``value`` or today."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(value) if value else QDate.currentDate())
    return edit


def datetime_edit(value: datetime | None = None, parent: QWidget | None = None) -> QDateTimeEdit:
    """A date-and-time editor to the minute, set to ``value`` or now."""
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    moment = value or datetime.now()
    edit.setDateTime(
        QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
    )
    return edit


def edited_datetime(edit: QDateTimeEdit) -> datetime:
    """The editor's moment as a Python datetime, to the minute."""
    value = edit.dateTime()
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


def fill_combo(
    combo: QComboBox, items: dict[str, str], first: tuple[str, str] | None = None
) -> None:
    """Fill ``combo`` with (label, key) pairs, keeping the selected key if possible."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first:
        combo.addItem(first[1], first[0])
    for key, text in items.items():
        combo.addItem(text, str(key))
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def select_key(combo: QComboBox, key: str) -> None:
    """Select the item whose data is ``key``."""
    index = combo.findData(str(key))
    if index >= 0:
        combo.setCurrentIndex(index)


class ProblemLabel(QLabel):
    """Red text inside a dialog that lists why a save was refused; hidden when empty.

    Dialogs stay open and show the problems here rather than in a message box, so the
    supervisor can correct the form without retyping it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_problems(self, problems: list[str]) -> None:
        """List ``problems``, one per line (an empty list hides the label)."""
        self.setText(
            "\n".join(f"• {p}" for p in problems) if len(problems) > 1 else "".join(problems)
        )
        self.setVisible(bool(problems))


def record_table(name: str, model) -> QTableView:
    """A read-only, sortable table of records with whole-row single selection."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def selected_payload(table: QTableView) -> Any:
    """The record behind the selected row of a table over a ``RowsFilter`` (or None)."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    return rows[0].data(PAYLOAD_ROLE)


def button_row(*buttons: QWidget | None) -> QHBoxLayout:
    """Lay buttons out in a row; None stands for the stretch between groups."""
    row = QHBoxLayout()
    for button in buttons:
        if button is None:
            row.addStretch(1)
        else:
            row.addWidget(button)
    return row


def status_message(widget: QWidget, text: str, timeout_ms: int = 8000) -> None:
    """Show ``text`` in the status bar of the window holding ``widget`` (if it has one)."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, timeout_ms)


def save_cancel(dialog: QDialog, on_save) -> QDialogButtonBox:
    """Save and Cancel buttons for a form.

    Save calls ``on_save``, which checks, then accepts or lists the problems; Cancel
    rejects.
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def lay_out_form(
    dialog: QDialog,
    form: QFormLayout,
    on_accept,
    accept_button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
) -> tuple[ProblemLabel, QDialogButtonBox]:
    """Lay a form dialog out: the form, the problems label, then Save (or OK) and Cancel.

    Save calls ``on_accept``, which checks and either accepts or lists the problems;
    Cancel rejects. Returns the problems label and the buttons (tests press them).
    """
    problems = ProblemLabel()
    buttons = QDialogButtonBox(accept_button | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(problems)
    layout.addWidget(buttons)
    return problems, buttons


def form_caption(form: QFormLayout, row: int) -> QLabel:
    """The caption label of ``row`` in ``form``, to retranslate it in place."""
    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
    caption = item.widget() if item is not None else None
    if not isinstance(caption, QLabel):
        raise LookupError(f"row {row} of the form has no caption")
    return caption
