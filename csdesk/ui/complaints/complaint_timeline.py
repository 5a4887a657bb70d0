"""The parts of a complaint's case file that show, not act: its clocks and its timeline.

Both are redrawn from a ``ComplaintRecord`` each time the case file reloads. Their
texts keep the case file's translation context, so the catalogue did not change when
they moved here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidget, QTableWidgetItem, QWidget

from csdesk.common.case_labels import appeal_labels, clock_labels, clock_state_labels, event_labels
from csdesk.common.complaint_labels import (
    complaint_status_labels,
    escalation_labels,
    priority_labels,
)
from csdesk.common.labels import label
from csdesk.common.palette import CLOCK_COLOURS
from csdesk.domain.complaints import Clock, EventKind
from csdesk.services.complaints import case_files as complaints
from csdesk.ui.common.formats import show_datetime

#: Status and escalation lines stand out from notes and calls.
_STEP_COLOUR = "#1f3f66"


class ClockStrip(QWidget):
    """One coloured box per clock (first reply, resolution, follow-up): state and due time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[Clock, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for clock in Clock:
            widget = QLabel()
            widget.setObjectName(f"clock_{clock}")
            widget.setMargin(4)
            widget.setAutoFillBackground(True)
            self.labels[clock] = widget
            layout.addWidget(widget, 1)

    def show_record(self, record: complaints.ComplaintRecord) -> None:
        """Show each clock of ``record`` in the colour of its state."""
        names, states = clock_labels(), clock_state_labels()
        for clock, widget in self.labels.items():
            reading = record.clocks[clock]
            due = show_datetime(reading.due) if reading.due else "—"
            widget.setText(
                QCoreApplication.translate(
                    "ComplaintFileDialog", "{clock}: {state}\ndue {due}"
                ).format(clock=names[clock], state=states[reading.state], due=due)
            )
            colours = CLOCK_COLOURS.get(reading.state)
            widget.setStyleSheet(
                f"background: {colours[0]}; color: {colours[1]};" if colours else ""
            )


class ComplaintTimeline(QTableWidget):
    """Every event of a complaint, newest first: when, what, who, details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("complaintTimeline")
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ComplaintFileDialog", "When"),
                QCoreApplication.translate("ComplaintFileDialog", "What"),
                QCoreApplication.translate("ComplaintFileDialog", "Who"),
                QCoreApplication.translate("ComplaintFileDialog", "Details"),
            ]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((130, 150, 110)):
            self.setColumnWidth(column, width)

    def show_record(self, record: complaints.ComplaintRecord) -> None:
        """Fill the table from ``record``'s events."""
        self.setRowCount(len(record.events))
        for row, event in enumerate(reversed(record.events)):
            cells = (show_datetime(event.at), _what(event), event.author, event.text)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if event.kind in (EventKind.STATUS, EventKind.ESCALATION):
                    item.setForeground(QBrush(QColor(_STEP_COLOUR)))
                self.setItem(row, column, item)
        self.resizeRowsToContents()


def _what(event: complaints.EventRecord) -> str:
    """The "What" cell: the event's kind, and for a change what it changed from and to."""
    statuses = complaint_status_labels()
    what = label(event_labels(), event.kind)
    if event.kind == EventKind.STATUS:
        if event.from_value:
            return f"{label(statuses, event.from_value)} → {label(statuses, event.to_value)}"
        return label(statuses, event.to_value)
    if event.kind == EventKind.ESCALATION:
        return f"{what}: {label(escalation_labels(), event.to_value)}"
    if event.kind == EventKind.APPEAL:
        return label(appeal_labels(), event.to_value)
    if event.kind == EventKind.EDIT and event.to_value:
        either = {**priority_labels(), **statuses}
        return f"{what}: {label(either, event.from_value)} → {label(either, event.to_value)}"
    return what
