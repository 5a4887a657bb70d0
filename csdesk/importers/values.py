"""Parse the values found in real exports.

Dates come in Chinese and ISO forms or as Excel dates; choices in English or Chinese.

Each parser returns the value or raises ``ValueError`` with a message in the user's
language; the caller adds the line number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

from csdesk.common.i18n import translate

EXCEL_EPOCH = date(1899, 12, 30)
#: Excel's "zero" dates, which exports use for an empty date cell.
EMPTY_DATES = frozenset({date(1899, 12, 30), date(1900, 1, 1)})
_DATE = re.compile(
    r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*$"
)
#: MySQL-style zero dates that some exports write for "no date", with or without a time.
_ZERO_DATE = re.compile(r"^\s*0000[-/.]00[-/.]00(?:[\sT]+00:00(?::00)?)?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_SERIAL = re.compile(r"^\s*(\d{4,5})(?:\.0+)?\s*$")


def is_empty(value: Any) -> bool:
    """True for a missing cell, blank text, or Excel's zero date."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip() or _ZERO_DATE.match(value) is not None
    if isinstance(value, datetime):
        return value.date() in EMPTY_DATES and value.time() == datetime.min.time()
    if isinstance(value, date):
        return value in EMPTY_DATES
    if isinstance(value, time):
        return value == time(0)  # openpyxl reads Excel's day 0 (1899-12-30) as midnight
    return False


def text(value: Any) -> str:
    r"""Return a cell as trimmed text with ``\n`` line ends.

    Numbers from Excel lose a trailing ``.0``; Windows line ends inside a quoted field
    (Excel writes CRLF) become plain newlines.
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


#: The span of dates any import accepts: older or later ones are typing errors.
FIRST_YEAR, LAST_YEAR = 1900, 2100
FIRST_DAY, LAST_DAY = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)


def _not_a_date(value: Any) -> ValueError:
    return ValueError(translate("Import", '"{value}" is not a date.').format(value=value))


def _in_span(day: date, value: Any) -> date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(
            translate("Import", '"{value}" is not a date between 1900 and 2100.').format(
                value=value
            )
        )
    return day


def parse_date(value: Any) -> date | None:
    """Parse a date cell or text; None for an empty cell or Excel's zero date.

    Accepts real date cells, Excel day numbers, 2026-03-01, 2026/3/1, 2026.3.1,
    2026年3月1日, 20260301 and any of these followed by a time.
    """
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return _in_span(value.date(), value)
    if isinstance(value, date):
        return _in_span(value, value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(value)
    raw = str(value)
    for pattern in (_DATE, _COMPACT):
        m = pattern.match(raw)
        if m:
            try:
                parsed = date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                raise _not_a_date(value) from None
            if parsed in EMPTY_DATES:
                return None
            return _in_span(parsed, value)
    m = _SERIAL.match(raw)
    if m:
        return _from_serial(float(m[1]))
    raise _not_a_date(value)


def _from_serial(serial: float) -> date | None:
    if serial <= 1:
        return None  # Excel's zero date
    if not 1 < serial < 2958466:
        raise _not_a_date(serial)
    return _in_span(EXCEL_EPOCH + timedelta(days=int(serial)), serial)


def fold(word: str) -> str:
    """Fold a word for matching: lower case, no spaces, dashes or underscores."""
    return re.sub(r"[\s_\-/]+", "", word.strip().lower())


def parse_choice(value: Any, synonyms: Mapping[str, str], what: str) -> str:
    """Return the key whose synonym matches ``value``.

    Args:
        value: the cell.
        synonyms: folded synonym -> key.
        what: the field's name in the user's language, for the message.
    """
    key = synonyms.get(fold(text(value)))
    if key is None:
        raise ValueError(
            translate("Import", '"{value}" is not a known {what}.').format(
                value=text(value), what=what
            )
        )
    return key


def build_synonyms(table: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Turn {key: (words ...)} into {folded word: key}; the key itself is a word too."""
    out: dict[str, str] = {}
    for key, words in table.items():
        for word in (key, *words):
            out[fold(word)] = key
    return out


_TIME = re.compile(r"[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*$")


def parse_datetime(value: Any) -> datetime | None:
    """Parse a date with an optional time of day (midnight when none is given).

    Accepts whatever ``parse_date`` accepts; a time after the date ("2026-03-01 14:30")
    is kept. None for an empty cell.
    """
    if isinstance(value, datetime):
        return None if is_empty(value) else value.replace(second=0, microsecond=0)
    day = parse_date(value)
    if day is None:
        return None
    m = _TIME.search(value) if isinstance(value, str) else None
    if m and int(m[1]) < 24 and int(m[2]) < 60:
        return datetime(day.year, day.month, day.day, int(m[1]), int(m[2]))
    return datetime(day.year, day.month, day.day)


_NUMBER = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*(?:分|h|小时|小時|hours?|%)?\s*$", re.IGNORECASE)


def parse_number(value: Any) -> float:
    """Parse a number cell: 85, "85.5", "85分", "2h", "2 小时"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    m = _NUMBER.match(text(value).replace(",", "").replace("，", ""))
    if not m:
        raise ValueError(
            translate("Import", '"{value}" is not a number.').format(value=text(value))
        )
    return float(m[1])


def parse_count(value: Any) -> int:
    """Parse a count: a whole number, not negative ("1,234" with its thousands separator)."""
    number = parse_number(value)
    if number < 0 or not float(number).is_integer():
        raise ValueError(translate("Import", '"{value}" is not a count.').format(value=text(value)))
    return int(number)


YES_NO = build_synonyms(
    {
        "yes": ("y", "true", "1", "是", "对", "對", "有", "pass", "passed", "通过", "通過",
                "合格", "及格", "√", "✓"),
        "no": ("n", "false", "0", "否", "不", "无", "無", "fail", "failed", "未通过", "未通過",
               "不合格", "不及格", "×", "✗"),
    }
)  # fmt: skip


def parse_yes_no(value: Any, what: str) -> bool:
    """Parse yes/no words in English or Chinese (是/否, 通过/未通过, pass/fail, 1/0)."""
    if isinstance(value, bool):
        return value
    return parse_choice(value, YES_NO, what) == "yes"
