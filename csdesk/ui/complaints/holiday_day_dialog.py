"""One day of the complaint clocks' calendar: a public holiday or a make-up working day."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from csdesk.services.complaints.complaint_timing import CalendarEntry
from csdesk.ui.common.date_edits import date_edit
from csdesk.ui.common.formats import from_qdate
from csdesk.ui.common.forms import lay_out_form


class DayDialog(QDialog):
    """One holiday or make-up working day: date, kind and a note."""

    def __init__(
        self, kinds: dict[str, str], entry: CalendarEntry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Holiday or make-up working day"))
        self.day = date_edit(self, entry.day)
        self.kind = QComboBox()
        for key, name in kinds.items():
            self.kind.addItem(name, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.note = QLineEdit(entry.note)
        self.note.setMaxLength(100)
        self.note.setPlaceholderText(self.tr("e.g. National Day"))
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Note"), self.note)
        self.problems, self.buttons = lay_out_form(
            self, form, self.accept, QDialogButtonBox.StandardButton.Ok
        )

    def entry(self) -> CalendarEntry:
        """The day as entered."""
        return CalendarEntry(from_qdate(self.day.date()), self.kind.currentData(), self.note.text())
