"""Ask for a month (for a monthly report), most recent first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QComboBox, QInputDialog, QWidget

from csdesk.domain.months import Month

#: How many months back the choice goes.
MONTHS_OFFERED = 36


def month_text(month: Month) -> str:
    """A month as the language writes it: "October 2026", "2026年10月".

    The pattern is translated (Qt's "MMMM yyyy" gives "十月 2026" in Chinese).
    """
    pattern = QCoreApplication.translate("MonthDialog", "MMMM yyyy")
    return QLocale().toString(QDate(month.year, month.month, 1), pattern)


def month_combo(name: str) -> QComboBox:
    """A combo of this month and the ones before it, on last month: the one appraised.

    The item data is the month as "YYYY-MM".
    """
    combo = QComboBox()
    combo.setObjectName(name)
    last = Month.of(date.today()).shift(-1)
    for back in range(MONTHS_OFFERED):
        month = last.shift(1 - back)
        combo.addItem(month_text(month), str(month))
    combo.setCurrentIndex(1)
    return combo


def ask_month(parent: QWidget, title: str, default: Month) -> Month | None:
    """Let the supervisor pick a month; None when cancelled."""
    months = [default.shift(1 - i) for i in range(MONTHS_OFFERED)]
    texts = [month_text(m) for m in months]
    choice, ok = QInputDialog.getItem(
        parent,
        title,
        QCoreApplication.translate("MonthDialog", "Month:"),
        texts,
        texts.index(month_text(default)),
        False,
    )
    return months[texts.index(choice)] if ok else None
