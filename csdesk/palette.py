"""Colours that mean something, shared by the window and the PDFs.

Pale fills with dark text, distinguishable for red-green colour-blind readers by
lightness as well as hue, and by the word in the cell.
"""

from __future__ import annotations

from csdesk.domain.sla import ClockState
from csdesk.domain.training import Standing

#: Training standing -> (fill, text) as hex colours.
STANDING_COLOURS: dict[str, tuple[str, str]] = {
    Standing.CURRENT: ("#d7f0dd", "#1d5b2c"),
    Standing.EXPIRING: ("#fff1c2", "#6b4e00"),
    Standing.EXPIRED: ("#f9d0cc", "#8a1c12"),
    Standing.NOT_TRAINED: ("#e4e4e4", "#333333"),
}
NOT_REQUIRED_FILL = "#ffffff"

#: Complaint clock state -> (fill, text); a clock running comfortably has no colour.
CLOCK_COLOURS: dict[str | None, tuple[str, str]] = {
    ClockState.MET: ("#d7f0dd", "#1d5b2c"),
    ClockState.DUE_SOON: ("#fff1c2", "#6b4e00"),
    ClockState.OVERDUE: ("#f9d0cc", "#8a1c12"),
    ClockState.LATE: ("#f9d0cc", "#8a1c12"),
    ClockState.PAUSED: ("#e4e4e4", "#333333"),
}
