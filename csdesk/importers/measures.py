"""Parse the measures found in platforms' CS exports: times, durations, rates, ratings, money.

千牛, 飞鸽, JD and help-desk tools write the same measure many ways: a response time as
80, "80s", "1:20", "0:01:20", "1分20秒" or an Excel time cell; a rate as "95.2%" or
0.952. Each parser accepts them all, returns one unit (seconds, percent 0-100, rating
1-5, cents) and raises ``ValueError`` with a message in the user's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from csdesk.common.i18n import translate
from csdesk.importers.values import (
    EXCEL_EPOCH,
    FIRST_YEAR,
    LAST_YEAR,
    build_synonyms,
    fold,
    is_empty,
    parse_date,
    text,
)

#: A moment to the second; the import adds the microseconds SQLAlchemy stores.
MOMENT_FORMAT = "%Y-%m-%d %H:%M:%S"

_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$")
_UNITS = re.compile(
    r"^(?:(\d+(?:\.\d+)?)\s*(?:小时|小時|时|時|h|hrs?|hours?))?\s*"
    r"(?:(\d+(?:\.\d+)?)\s*(?:分钟|分鐘|分|m|mins?|minutes?))?\s*"
    r"(?:(\d+(?:\.\d+)?)\s*(?:秒钟|秒鐘|秒|s|secs?|seconds?))?$",
    re.IGNORECASE,
)
_TIME_OF_DAY = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$")
_TRAILING_TIME = re.compile(r"[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*$")
_MONEY = re.compile(r"^[¥￥$]?\s*([-+]?\d+(?:\.\d+)?)\s*(?:元|rmb|cny)?$", re.IGNORECASE)
_PERCENT = re.compile(r"^([-+]?\d+(?:\.\d+)?)\s*%$")


def _bad(message: str, value: Any) -> ValueError:
    """A ValueError from a translated message naming the bad ``{value}``."""
    return ValueError(message.format(value=text(value)))


def _number(raw: str) -> float | None:
    try:
        return float(raw)
    except ValueError:
        return None


def parse_duration(value: Any) -> float:
    """Seconds from 80, "80s", "1:20", "0:01:20", "1分20秒", "2h" or an Excel time cell."""
    if isinstance(value, bool):
        raise _bad(translate("Import", '"{value}" is not a duration.'), value)
    seconds: float | None
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, time):
        seconds = value.hour * 3600 + value.minute * 60 + value.second
    elif isinstance(value, datetime) and value.date() in (EXCEL_EPOCH, date(1900, 1, 1)):
        seconds = value.hour * 3600 + value.minute * 60 + value.second  # a time Excel dated
    else:
        raw = text(value).replace("，", "").replace(",", "")
        seconds = _number(raw)
        if seconds is None:
            seconds = _clock_or_units(raw, value)
    if not 0 <= seconds < 366 * 86400:
        raise _bad(translate("Import", '"{value}" is not a duration.'), value)
    return seconds


def duration_in(unit_seconds: float) -> Callable[[Any], float]:
    """``parse_duration`` for a column whose header names the unit of its bare numbers.

    "会话时长(分钟)" holding 2.5 means 150 seconds; a cell that says its own unit
    ("1:20", "1分20秒", an Excel time) means what it says.
    """
    if unit_seconds == 1:
        return parse_duration

    def parse(value: Any) -> float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return parse_duration(float(value) * unit_seconds)
        if isinstance(value, str):
            number = _number(text(value).replace("，", "").replace(",", ""))
            if number is not None:
                if not 0 <= number * unit_seconds < 366 * 86400:
                    raise _bad(translate("Import", '"{value}" is not a duration.'), value)
                return number * unit_seconds
        return parse_duration(value)

    return parse


def _clock_or_units(raw: str, value: Any) -> float:
    m = _CLOCK.match(raw)
    if m:
        clock_hours, clock_minutes, clock_seconds = m[1], int(m[2]), float(m[3])
        if (clock_hours is not None and clock_minutes > 59) or clock_seconds >= 60:
            raise _bad(translate("Import", '"{value}" is not a duration.'), value)
        return int(clock_hours or 0) * 3600 + clock_minutes * 60 + clock_seconds
    m = _UNITS.match(raw)
    if m and raw and any(m.groups()):
        hours, minutes, seconds = (float(g) if g else 0.0 for g in m.groups())
        return hours * 3600 + minutes * 60 + seconds
    raise _bad(translate("Import", '"{value}" is not a duration.'), value)


def parse_percent(value: Any) -> float:
    """A rate in percent (0-100) from "95.2%", 95.2 or the fraction 0.952.

    A bare number of 1 or less is read as a fraction (0.952 -> 95.2 %), as Excel and
    the platforms write rates; "1%" with its sign stays 1 %.
    """
    if isinstance(value, bool):
        raise _bad(translate("Import", '"{value}" is not a rate.'), value)
    percent: float
    if isinstance(value, int | float):
        percent = float(value) if value > 1 else float(value) * 100
    else:
        raw = text(value).replace(" ", "")
        m = _PERCENT.match(raw)
        if m:
            percent = float(m[1])
        else:
            number = _number(raw)
            if number is None:
                raise _bad(translate("Import", '"{value}" is not a rate.'), value)
            percent = number if number > 1 else number * 100
    if not 0 <= percent <= 100:
        raise _bad(translate("Import", '"{value}" is not a rate between 0 and 100 %.'), value)
    return round(percent, 6)


RATING_WORDS = build_synonyms(
    {
        "5": ("very satisfied", "satisfied", "非常满意", "非常滿意", "很满意", "很滿意", "好评",
              "好評", "五星"),
        "4": ("满意", "滿意", "比较满意", "比較滿意", "四星"),
        "3": ("neutral", "一般", "中评", "中評", "三星"),
        "2": ("不满意", "不滿意", "dissatisfied", "二星"),
        "1": ("unsatisfied", "very dissatisfied", "very unsatisfied", "非常不满意",
              "非常不滿意", "很不满意", "很不滿意", "差评", "差評", "一星"),
    }
)  # fmt: skip
_STARS = re.compile(r"^([1-5])(?:\.0+)?\s*(?:分|星|stars?)?$", re.IGNORECASE)


def parse_rating(value: Any) -> int:
    """A satisfaction rating 1-5 from 1-5 (also "5星", "5分") or words.

    "Satisfied" and "满意" count as satisfied (5 and 4), "neutral" / "一般" as 3, and
    "unsatisfied" / "不满意" as not (1 and 2), so the satisfaction rate (4-5 over rated)
    is the same whichever scale the file uses.
    """
    if isinstance(value, bool):
        raise _bad(translate("Import", '"{value}" is not a rating from 1 to 5.'), value)
    if isinstance(value, int | float):
        if float(value).is_integer() and 1 <= value <= 5:
            return int(value)
        raise _bad(translate("Import", '"{value}" is not a rating from 1 to 5.'), value)
    raw = text(value)
    m = _STARS.match(raw)
    if m:
        return int(m[1])
    key = RATING_WORDS.get(fold(raw))
    if key is None:
        raise _bad(translate("Import", '"{value}" is not a rating from 1 to 5.'), value)
    return int(key)


def parse_money(value: Any) -> int:
    """An amount in cents from 128.5, "128.50", "¥1,280.00" or "59.9元"."""
    if isinstance(value, bool):
        raise _bad(translate("Import", '"{value}" is not an amount of money.'), value)
    if isinstance(value, int | float):
        amount = float(value)
    else:
        m = _MONEY.match(text(value).replace(",", "").replace("，", ""))
        if not m:
            raise _bad(translate("Import", '"{value}" is not an amount of money.'), value)
        amount = float(m[1])
    if not 0 <= amount < 1e10:
        raise _bad(translate("Import", '"{value}" is not an amount of money.'), value)
    return round(amount * 100)


def parse_moment(value: Any) -> str:
    """A date and time to the second, as ``MOMENT_FORMAT`` text.

    Accepts "2026-03-01 14:30:05" (the fast path: most exports write it), the forms
    ``parse_date`` knows followed by a time, datetime cells and Excel day numbers with
    a fraction of a day.
    """
    if isinstance(value, str):
        value = value.strip()
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = _slow_moment(value)
        else:
            if (
                len(value) == 19
                and value[10] == " "
                and moment.tzinfo is None
                and FIRST_YEAR <= moment.year <= LAST_YEAR
            ):
                return value  # already in the stored form: most exports, a million times
    elif isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    elif isinstance(value, int | float) and not isinstance(value, bool) and value > 1:
        moment = datetime.combine(EXCEL_EPOCH, time()) + timedelta(days=float(value))
    else:
        raise _bad(translate("Import", '"{value}" is not a date and time.'), value)
    if moment.tzinfo is not None:
        moment = moment.replace(tzinfo=None)
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise _bad(translate("Import", '"{value}" is not a date between 1900 and 2100.'), value)
    return moment.replace(microsecond=0).strftime(MOMENT_FORMAT)


def _slow_moment(value: str) -> datetime:
    try:
        day = parse_date(value)
    except ValueError:
        day = None
    if day is None:
        raise _bad(translate("Import", '"{value}" is not a date and time.'), value)
    m = _TRAILING_TIME.search(value)
    if not m:
        return datetime(day.year, day.month, day.day)
    hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise _bad(translate("Import", '"{value}" is not a date and time.'), value)
    return datetime(day.year, day.month, day.day, hour, minute, second)


def parse_time_of_day(value: Any) -> time:
    """A time of day from "14:30", "14:30:05", a time cell or Excel's fraction of a day."""
    if isinstance(value, time):
        return value.replace(microsecond=0)
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, float | int) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(float(value) * 86400)
        return time(seconds // 3600 % 24, seconds // 60 % 60, seconds % 60)
    m = _TIME_OF_DAY.match(text(value))
    if m and int(m[1]) < 24 and int(m[2]) < 60 and int(m[3] or 0) < 60:
        return time(int(m[1]), int(m[2]), int(m[3] or 0))
    raise _bad(translate("Import", '"{value}" is not a time of day.'), value)


def join_moment(day: Any, clock: Any) -> str:
    """A moment from a date cell and a time cell, for files that split them."""
    parsed = parse_date(day)
    if parsed is None or is_empty(clock):
        raise _bad(
            translate("Import", '"{value}" is not a date and time.'), f"{text(day)} {text(clock)}"
        )
    return datetime.combine(parsed, parse_time_of_day(clock)).strftime(MOMENT_FORMAT)
