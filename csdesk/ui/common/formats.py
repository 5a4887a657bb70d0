"""Dates and numbers as the user reads them, and back.

Dates are written one way in every language, on every screen and in every PDF and
export: ``2026-12-07``, as the date fields and the printed reports write them. (Qt's
locale formats differ per screen: ``2026/12/7`` in a list next to ``2026-12-07`` in its
form was one shop's complaint.)
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def show_date(value: date | None) -> str:
    """A date as csdesk writes it everywhere, ``2026-12-07`` ("" for none)."""
    if value is None:
        return ""
    return value.isoformat()


def show_datetime(value: datetime | None) -> str:
    """A date and time to the minute ("" for none)."""
    if value is None:
        return ""
    return f"{show_date(value.date())} {value:%H:%M}"


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
