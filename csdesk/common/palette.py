"""Colours that mean something, shared by the window and the PDFs.

Pale fills with dark text, distinguishable for red-green colour-blind readers by
lightness as well as hue, and by the word in the cell.
"""

from __future__ import annotations

from csdesk.domain.sla import ClockState
from csdesk.domain.training import Standing

#: (fill, text) pairs: all is well, attention soon, something is wrong, nothing to judge.
GOOD = ("#d7f0dd", "#1d5b2c")
WARNING = ("#fff1c2", "#6b4e00")
BAD = ("#f9d0cc", "#8a1c12")
NEUTRAL = ("#e4e4e4", "#333333")

#: Text of records kept for history but no longer in use (agents who left, archived names).
RETIRED_TEXT = "#888888"

#: Training standing -> (fill, text) as hex colours.
STANDING_COLOURS: dict[str, tuple[str, str]] = {
    Standing.CURRENT: GOOD,
    Standing.EXPIRING: WARNING,
    Standing.EXPIRED: BAD,
    Standing.NOT_TRAINED: NEUTRAL,
}
NOT_REQUIRED_FILL = "#ffffff"

#: Complaint clock state -> (fill, text); a clock running comfortably has no colour.
CLOCK_COLOURS: dict[str | None, tuple[str, str]] = {
    ClockState.MET: GOOD,
    ClockState.DUE_SOON: WARNING,
    ClockState.OVERDUE: BAD,
    ClockState.LATE: BAD,
    ClockState.PAUSED: NEUTRAL,
}

#: The rota: a day of leave, a public holiday with nothing planned, a weekend (month view).
LEAVE_FILL = "#e6e6e6"
HOLIDAY_FILL = "#fff1e0"
WEEKEND_FILL = "#f4f6fa"
