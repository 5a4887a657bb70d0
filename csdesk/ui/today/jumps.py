"""Where a Today card's click, or a hit of Find anywhere, leads: the page, already filtered.

``open_item`` asks the window for the page (built on first use) and sets the page's own
controls (a queue, a tab, a filter, a week), so what opens is what the card counted and
the supervisor can widen it from there with the page's usual controls.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from csdesk.domain.months import Month
from csdesk.services.complaints.complaint_list import Queue
from csdesk.services.today import finder
from csdesk.ui.common.widgets import select_payload
from csdesk.ui.today.sidebar import SECTION_PAGES

#: A card's section -> the page it opens: the page it counts towards on the sidebar, and
#: yesterday's figures on the KPIs (backup opens the settings).
PAGES = {**SECTION_PAGES, "yesterday": "performance"}
#: The complaints queue each item opens.
COMPLAINT_QUEUES = {
    "overdue": Queue.OVERDUE, "due_today": Queue.DUE_TODAY, "follow_up": Queue.FOLLOW_UP,
    "new_urgent": Queue.OPEN,
}  # fmt: skip
#: The actions queue each item opens (the Actions page's queue keys).
ACTION_QUEUES = {"overdue": "overdue", "due_this_week": "week", "check": "check"}


class Window(Protocol):
    """What a jump needs of the main window."""

    def show_page(self, key: str) -> Any: ...

    def open_settings(self) -> None: ...


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def open_item(window: Window, section: str, key: str, day: date) -> QWidget | None:
    """Open what item ``key`` of card ``section`` counted (``key`` "": the card's page)."""
    if section == "backup":
        window.open_settings()
        return None
    page = window.show_page(PAGES[section])
    if section == "rota":
        page.open_week(day + timedelta(days=7) if key == "next_week_draft" else day)
        if key == "short_hours":
            page.tabs.setCurrentWidget(page.coverage_tab)
    elif section == "complaints":
        urgent = key == "new_urgent"
        page.show_work(
            COMPLAINT_QUEUES.get(key, Queue.OPEN),
            "new" if urgent else "",
            "urgent" if urgent else "",
        )
    elif section == "actions":
        page.show_queue(ACTION_QUEUES.get(key, "open"))
    elif section == "training":
        page.tabs.setCurrentWidget(page.matrix)
    elif section == "appraisals":
        _choose(page.month, str(Month.of(day).shift(-1)))
    elif section == "goals":
        page.year.setValue(Month.of(day).shift(-1).year)
    elif section == "staff":
        _choose(page.status_filter, "onboarding" if key == "onboarding" else "current")
    elif section in ("data", "yesterday"):
        _choose(page.month, str(Month.of(day - timedelta(days=1))))
    return page


def open_found(window: Window, kind: str, item_id: int) -> QWidget:
    """Open what Find anywhere found: the agent's row, the complaint's file, the action."""
    if kind == finder.AGENT:
        page = window.show_page("staff")
        page.search.clear()
        _choose(page.status_filter, "")  # everyone: a leaver is found too
        page.select_agent(item_id)
    elif kind == finder.COMPLAINT:
        page = window.show_page("complaints")
        page.show_work(Queue.ALL)
        page.select_complaint(item_id)
        # after the field's own key press has finished: the file is a dialog of its own
        QTimer.singleShot(0, lambda: page.open_complaint(item_id))
    else:
        page = window.show_page("actions")
        page.show_queue("all")
        select_payload(page.table, lambda action: action is not None and action.id == item_id)
    return page
