"""Small widgets shared by the pages and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTableView,
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


def select_payload(table: QTableView, wanted: Callable[[Any], bool]) -> bool:
    """Select the first row whose record ``wanted`` accepts; whether there was one."""
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if wanted(index.data(PAYLOAD_ROLE)):
            table.selectRow(row)
            table.scrollTo(index)
            return True
    return False


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


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area, for a detail taller than a laptop's screen.

    A maximised window on a 1366 x 768 laptop has about 698 pixels of height: a page's
    detail that needs more scrolls instead of pushing the window past the screen.
    """
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def open_size(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, but never past its screen's free area.

    A window or dialog that opens taller than a laptop's screen hides its buttons under
    the task bar; the sizes asked for are the comfortable ones on a large screen.
    """
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (tests of a bare widget)
        widget.resize(width, height)
        return
    area = screen.availableGeometry()
    widget.resize(min(width, area.width()), min(height, area.height()))
