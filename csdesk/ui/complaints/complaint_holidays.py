"""The holidays and make-up working days the complaint clocks skip and count, by year."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from csdesk.services.complaints import complaint_timing
from csdesk.services.complaints.complaint_clocks import HOLIDAY, WORKDAY
from csdesk.services.complaints.complaint_timing import CalendarEntry
from csdesk.services.errors import UserError
from csdesk.ui.common.formats import show_date
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import button_row, record_table, selected_payload
from csdesk.ui.complaints.complaint_clock_settings import day_name
from csdesk.ui.complaints.holiday_day_dialog import DayDialog
from csdesk.ui.context import AppContext


class HolidaysTab(QWidget):
    """Public holidays and make-up working days of one year."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[CalendarEntry] = []
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.model = RowsModel(self)
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table("holidayTable", self.proxy)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.fill_button = QPushButton()
        self.clear_button = QPushButton()
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(
            button_row(
                self.add_button, self.remove_button, None, self.fill_button, self.clear_button
            )
        )
        self.year.valueChanged.connect(lambda _y: self.reload())
        self.add_button.clicked.connect(self.add_day)
        self.remove_button.clicked.connect(self.remove_day)
        self.fill_button.clicked.connect(self.fill_mainland)
        self.clear_button.clicked.connect(self.clear_year)
        self.table.doubleClicked.connect(lambda _i: self.edit_day())
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.year_label.setText(self.tr("&Year"))
        self.add_button.setText(self.tr("&Add day…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.fill_button.setText(self.tr("Fill in &mainland China's holidays"))
        self.fill_button.setToolTip(
            self.tr("Public holidays and make-up working days as the State Council announced")
        )
        self.clear_button.setText(self.tr("&Clear the year…"))
        self.reload()

    def kind_names(self) -> dict[str, str]:
        """The two kinds of day, in the user's language."""
        return {HOLIDAY: self.tr("Public holiday"), WORKDAY: self.tr("Make-up working day")}

    def reload(self) -> None:
        """Show the year's days."""
        self.entries = complaint_timing.calendar_entries(self.ctx.db, self.year.value())
        kinds = self.kind_names()
        rows = [
            Row(
                (
                    show_date(entry.day),
                    day_name(entry.day.weekday()),
                    kinds.get(entry.kind, entry.kind),
                    entry.note,
                ),
                payload=entry,
                sort=(entry.day, entry.day.weekday(), entry.kind, entry.note),
            )
            for entry in self.entries
        ]
        headers = [self.tr("Date"), self.tr("Weekday"), self.tr("Kind"), self.tr("Note")]
        self.model.set_rows(headers, rows)
        self.table.resizeColumnsToContents()
        holidays = sum(1 for e in self.entries if e.kind == HOLIDAY)
        self.summary.setText(
            self.tr("{holidays} holidays, {workdays} make-up working days").format(
                holidays=holidays, workdays=len(self.entries) - holidays
            )
        )

    def _selected(self) -> CalendarEntry | None:
        return selected_payload(self.table)

    def _changed(self) -> None:
        self.reload()
        self.ctx.notices.complaints_changed.emit()

    def add_day(self) -> None:
        """Mark a day as a holiday or a make-up working day."""
        first = date(self.year.value(), 1, 1)
        dialog = DayDialog(self.kind_names(), CalendarEntry(first, HOLIDAY), self)
        if dialog.exec():
            entry = dialog.entry()
            complaint_timing.set_calendar_day(self.ctx.db, entry.day, entry.kind, entry.note)
            self._changed()

    def edit_day(self) -> None:
        """Change the selected day."""
        old = self._selected()
        if old is None:
            return
        dialog = DayDialog(self.kind_names(), old, self)
        if dialog.exec():
            entry = dialog.entry()
            if entry.day != old.day:
                complaint_timing.set_calendar_day(self.ctx.db, old.day, None)
            complaint_timing.set_calendar_day(self.ctx.db, entry.day, entry.kind, entry.note)
            self._changed()

    def remove_day(self) -> None:
        """Make the selected day an ordinary day again."""
        entry = self._selected()
        if entry is not None:
            complaint_timing.set_calendar_day(self.ctx.db, entry.day, None)
            self._changed()

    def fill_mainland(self) -> None:
        """Add mainland China's public holidays and make-up days of the year shown."""
        try:
            entries = complaint_timing.mainland_holidays(self.year.value())
        except UserError as exc:
            QMessageBox.information(self, self.fill_button.text().replace("&", ""), str(exc))
            return
        added = complaint_timing.add_calendar_entries(self.ctx.db, entries)
        self._changed()
        self.summary.setText(
            self.tr("{count} days added; {total} days of {year} in the list", None, added).format(
                count=added, total=len(self.entries), year=self.year.value()
            )
        )

    def clear_year(self) -> None:
        """Forget every holiday and make-up day of the year shown, after asking."""
        if not self.entries:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Clear the year"),
            self.tr(
                "Remove all {count} days of {year}? The clocks will count them as ordinary days.",
                None,
                len(self.entries),
            ).format(count=len(self.entries), year=self.year.value()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            complaint_timing.clear_calendar_year(self.ctx.db, self.year.value())
            self._changed()
