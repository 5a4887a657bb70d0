"""Dates and numbers as the user's locale writes them (QLocale), and back."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def show_date(value: date | None) -> str:
    """A date in the locale's short format ("" for none)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def show_datetime(value: datetime | None) -> str:
    """A date and time to the minute ("" for none)."""
    if value is None:
        return ""
    return f"{show_date(value.date())} {value:%H:%M}"


def date_format() -> str:
    """The locale's short date format with a four-digit year ("5/4/26" is ambiguous)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def to_qdate(value: date) -> QDate:
    """Convert a Python date to a QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """Convert a QDate to a Python date."""
    return date(value.year(), value.month(), value.day())


def show_percent(fraction: float | None, decimals: int = 1) -> str:
    """A fraction as a percentage in the locale ("—" when unknown)."""
    if fraction is None:
        return "—"
    return QLocale().toString(fraction * 100, "f", decimals) + "%"


def show_number(value: float, decimals: int = 0) -> str:
    """A number with the locale's separators."""
    return QLocale().toString(float(value), "f", decimals)
