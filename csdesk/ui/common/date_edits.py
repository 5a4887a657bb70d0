"""Date and date-time fields that show the user's date format and may be left empty.

Qt's date edits cannot be blank; a supervisor's forms have many optional dates (left on,
checked on, expires on), so ``OptionalDateEdit`` pairs the edit with a tick box.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QWidget,
)

from csdesk.ui.common.formats import from_qdate, to_qdate


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
