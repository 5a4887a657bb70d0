"""The demo's clock: nothing in a demo shop happens after the moment it is made."""

from __future__ import annotations

from datetime import date, datetime, time


def on_the_day(today: date, at: time, clock: datetime) -> datetime:
    """``at`` o'clock of the demo's ``today``, or the ``clock`` if that is earlier that day.

    A demo made at 01:00 must not hold a complaint received at 09:00 the same day: csdesk's
    own rules refuse times in the future, so such rows would not come back in when exported
    and imported. A ``today`` other than the clock's day (tests, benchmarks) keeps the fixed
    hour, so the demo stays the same for a seed and a day.
    """
    moment = datetime.combine(today, at)
    return min(moment, clock) if clock.date() == today else moment
