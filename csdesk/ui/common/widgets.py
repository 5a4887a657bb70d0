"""Small widgets shared by the pages and dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from csdesk.ui.common.rows_model import PAYLOAD_ROLE


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
