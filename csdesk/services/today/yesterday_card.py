"""Today's Yesterday card: the team's day, channel by channel, against its targets.

A month's figures arrive too late to act on; yesterday's satisfaction, first response
and service level, read each morning, show a bad day while the people who had it still
remember it. Each channel is held against its own promise (the staffing settings'
service-level target) and the year's goals for satisfaction and chat first response.
"""

from __future__ import annotations

from datetime import date, timedelta

from csdesk.common.appraisal_labels import kpi_value_text
from csdesk.common.i18n import translate
from csdesk.domain.channels import CHAT, OTHER
from csdesk.domain.goals import reached
from csdesk.domain.kpis import BY_KEY
from csdesk.domain.months import Month
from csdesk.services.database import Database
from csdesk.services.goals.goal_records import month_targets
from csdesk.services.performance.team_kpis import day_kpis, service_targets
from csdesk.services.today.cards import Card, Item

#: The figures the card shows, in its order.
FIGURES = ("satisfaction_rate", "avg_first_response_seconds", "service_level")


def _words() -> dict[str, str]:
    return {
        "satisfaction_rate": translate("Today", "Satisfaction {value}"),
        "avg_first_response_seconds": translate("Today", "First response {value}"),
        "service_level": translate("Today", "Service level {value}"),
    }


def _target(kpi: str, channel: str, goals: dict[str, float], levels: dict[str, float]):
    """The target ``channel``'s figure is held to, or None."""
    if kpi == "service_level":
        return levels.get(channel)
    if kpi == "avg_first_response_seconds" and channel not in (CHAT, OTHER):
        return None  # an e-mail's reply comes in hours, a call is waited for: no chat goal
    return goals.get(kpi)


def yesterday_card(db: Database, day: date) -> Card:
    """Per channel with contacts yesterday: its figures; the count is the targets missed."""
    yesterday = day - timedelta(days=1)
    lines = day_kpis(db, yesterday)
    if not lines:  # no contacts on file for the day: one line that says so
        return Card("yesterday", (Item("contacts", 0, (str(yesterday),)),))
    goals = month_targets(db, Month.of(yesterday))
    levels = service_targets(db)
    words = _words()
    items = []
    for line in lines:
        missed, parts = 0, []
        for kpi in FIGURES:
            value = line.values.get(kpi)
            if value is None:
                continue
            unit = BY_KEY[kpi].unit
            text = words[kpi].format(value=kpi_value_text(unit, value))
            target = _target(kpi, line.scope, goals, levels)
            if target is not None:
                miss = not reached(BY_KEY[kpi].direction, value, target)
                missed += miss
                text += (
                    translate("Today", " (target {target}, missed)")
                    if miss
                    else translate("Today", " (target {target})")
                ).format(target=kpi_value_text(unit, target))
            parts.append(text)
        items.append(Item(line.scope, missed, tuple(parts)))
    return Card("yesterday", tuple(items))
