"""Hearing the other seats' changes: which areas of the window a committed change touched.

The seats of a server shop tell each other the tables each commit changed
(``csdesk.data.live``); this maps them to the areas whose pages show them, so that a
seat's open pages refresh within a second or two of another seat's save, as they do
after its own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from csdesk.data.live import listen
from csdesk.services.database import Database

#: Table -> the area whose pages show it (anything else: every page reloads).
_AREAS = {
    "agents": "staff", "platform_accounts": "staff", "post_changes": "staff",
    "duty_overrides": "staff",
    "courses": "training", "training_sessions": "training", "training_attendees": "training",
    "certificates": "training",
    "complaints": "complaints", "complaint_events": "complaints",
    "complaint_pauses": "complaints", "complaint_categories": "complaints",
    "root_causes": "complaints", "sla_policies": "complaints", "calendar_days": "complaints",
    "conversations": "performance", "agent_summaries": "performance",
    "shop_orders": "performance", "qa_reviews": "performance", "qa_ratings": "performance",
    "qa_rubrics": "performance", "qa_categories": "performance", "praise": "performance",
    "manual_kpis": "performance",
    "appraisals": "appraisals", "appraisal_months": "appraisals",
    "appraisal_rules": "appraisals",
    "rota_weeks": "rota", "rota_duties": "rota", "rota_leave": "rota",
    "rota_overrides": "rota", "rota_changes": "rota", "shift_templates": "rota",
    "staffing_channels": "rota", "staffing_events": "rota", "staffing_forecast": "rota",
    "working_days": "rota",
    "actions": "actions", "action_changes": "actions", "action_check_ins": "actions",
    "coaching_sessions": "actions", "meetings": "actions", "meeting_attendees": "actions",
    "suggestions": "actions",
    "shop_settings": "shop",
    "audit_log": "",  # every change writes one: it says nothing of its own
    "import_mappings": "",  # a seat's column maps: no page shows them
}  # fmt: skip

#: The area name for "reload everything" (a table no area claims).
EVERYTHING = "everything"


def areas_of(tables: set[str]) -> set[str]:
    """The areas whose pages show ``tables`` (``EVERYTHING`` for one no area claims)."""
    areas = {_AREAS.get(table, EVERYTHING) for table in tables}
    areas.discard("")
    return areas


def hear_other_seats(
    db: Database,
    heard: Callable[[set[str]], None],
    connected: Callable[[bool], None],
    stop: threading.Event,
) -> None:
    """Call ``heard(areas)`` for each change another seat commits, until ``stop`` is set.

    Blocks: run it in a thread. ``connected`` hears when the server is lost and back.
    """
    listen(db.engine, db.seat, lambda tables: heard(areas_of(tables)), connected, stop)
