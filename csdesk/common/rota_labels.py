"""Words for the rota in the user's language: leave and its marks, breaches, shift times."""

from __future__ import annotations

from csdesk.common.i18n import translate
from csdesk.domain.rota import Breach, Finding, Leave, RotaRules, Shift
from csdesk.domain.weeks import Week


def leave_labels() -> dict[str, str]:
    """Leave kind -> label."""
    return {
        Leave.ANNUAL: translate("Labels", "Annual leave"),
        Leave.SICK: translate("Labels", "Sick leave"),
        Leave.PERSONAL: translate("Labels", "Personal leave"),
        Leave.OTHER: translate("Labels", "Other leave"),
    }


def leave_marks() -> dict[str, str]:
    """Leave kind -> the short mark a rota cell shows (one or two characters)."""
    return {
        Leave.ANNUAL: translate("Labels", "AL"),
        Leave.SICK: translate("Labels", "SL"),
        Leave.PERSONAL: translate("Labels", "PL"),
        Leave.OTHER: translate("Labels", "OL"),
    }


def breach_labels() -> dict[str, str]:
    """Rota rule -> its name."""
    return {
        Breach.DOUBLE_BOOKED: translate("Labels", "Double booked"),
        Breach.SHORT_REST: translate("Labels", "Short rest"),
        Breach.LONG_DAY: translate("Labels", "Long day"),
        Breach.LONG_WEEK: translate("Labels", "Long week"),
        Breach.DAYS_IN_ROW: translate("Labels", "Too many days in a row"),
        Breach.ON_LEAVE: translate("Labels", "On leave"),
        Breach.NOT_EMPLOYED: translate("Labels", "Not employed"),
        Breach.NOT_CLEARED: translate("Labels", "Not cleared for duty"),
    }


def finding_text(finding: Finding, rules: RotaRules) -> str:
    """What a rota finding means, with its figure and the limit: "Rest 8 h (at least 11 h)"."""
    value = finding.value or 0.0
    texts = {
        Breach.DOUBLE_BOOKED: translate("Labels", "Two shifts overlap by {value:g} h."),
        Breach.SHORT_REST: translate(
            "Labels", "Rest {value:g} h before this shift (at least {limit:g} h)."
        ),
        Breach.LONG_DAY: translate("Labels", "{value:g} h in the day (at most {limit:g} h)."),
        Breach.LONG_WEEK: translate(
            "Labels", "{value:g} h in the week so far (at most {limit:g} h)."
        ),
        Breach.DAYS_IN_ROW: translate("Labels", "Day {value:g} in a row (at most {limit:g})."),
        Breach.ON_LEAVE: translate("Labels", "A shift on a day of leave."),
        Breach.NOT_EMPLOYED: translate(
            "Labels", "A shift before hiring or after the last working day."
        ),
        Breach.NOT_CLEARED: translate("Labels", "Required before-duty training is not passed."),
    }
    limits = {
        Breach.SHORT_REST: rules.min_rest_hours,
        Breach.LONG_DAY: rules.max_day_hours,
        Breach.LONG_WEEK: rules.max_week_hours,
        Breach.DAYS_IN_ROW: rules.max_days_in_row,
    }
    return texts[finding.breach].format(value=round(value, 1), limit=limits.get(finding.breach, 0))


def leave_words() -> dict[str, Leave]:
    """Every word a rota cell may give leave as: keys, labels, marks, common Chinese words."""
    words: dict[str, Leave] = {}
    for kind in Leave:
        words[str(kind)] = kind
    for table in (leave_labels(), leave_marks()):
        for key, word in table.items():
            words[word] = Leave(key)
    for kind, written in (
        (Leave.ANNUAL, ("年假", "年休", "年", "AL", "休假")),
        (Leave.SICK, ("病假", "病", "SL")),
        (Leave.PERSONAL, ("事假", "事", "PL")),
        (Leave.OTHER, ("其他假", "其他", "OL", "假")),
    ):
        for word in written:
            words.setdefault(word, kind)
    return words


def shift_times(shift: Shift) -> str:
    """A shift's hours as a rota writes them: "08:00–16:00", "16:00–24:00", "22:00–06:00"."""

    def clock(minute: int) -> str:
        return f"{minute // 60:02d}:{minute % 60:02d}"

    end = "24:00" if shift.end == 0 else clock(shift.end)
    return f"{clock(shift.start)}–{end}"


def week_title(week: Week) -> str:
    """A week as the reader names it: "2026-W50", "2026年第50周" (no leading zero)."""
    return translate("Labels", "{year}-W{number}").format(year=week.year, number=week.week)
