"""The sidebar: one entry per page, each with its count of what needs attention.

The counts are the Today cards' (one service computes both), so the sidebar, the Today
page and ``csdesk today`` never disagree. Complaints and Actions count what is overdue,
as their own pages' first queues do; the others count everything their card asks for.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from csdesk.services.today.cards import Card

#: The pages in sidebar order (Ctrl+1 ... Ctrl+9 open the first nine).
PAGE_KEYS = (
    "today", "staff", "rota", "training", "complaints", "performance", "appraisals", "goals",
    "actions", "audit",
)  # fmt: skip
#: How many pages have a Ctrl+number.
NUMBERED = 9
#: The page each Today section counts towards.
SECTION_PAGES = {
    "staff": "staff", "rota": "rota", "training": "training", "complaints": "complaints",
    "data": "performance", "appraisals": "appraisals", "goals": "goals", "actions": "actions",
}  # fmt: skip
#: Pages whose count is one item of their card: what is overdue.
OVERDUE_ONLY = {"complaints": "overdue", "actions": "overdue"}


def page_counts(cards: list[Card]) -> dict[str, int]:
    """Page key -> how many things there need attention."""
    counts = dict.fromkeys(PAGE_KEYS, 0)
    for card in cards:
        page = SECTION_PAGES.get(card.section)
        if page is None:
            continue
        only = OVERDUE_ONLY.get(page)
        counts[page] += card.count(only) if only else card.needs
    return counts


class Sidebar(QListWidget):
    """The list of pages; ``retranslate`` writes each entry with its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setIconSize(QSize(20, 20))
        self.counts = dict.fromkeys(PAGE_KEYS, 0)
        for _key in PAGE_KEYS:
            self.addItem(QListWidgetItem())
        self.retranslate()

    def set_counts(self, cards: list[Card]) -> None:
        """Take the counts of freshly computed cards."""
        self.counts = page_counts(cards)
        self.retranslate()

    def needs(self, key: str) -> int:
        """The count shown beside page ``key``."""
        return self.counts[key]

    def retranslate(self) -> None:
        """Every entry's text (and its tooltip) in the current language."""
        titles = {
            "today": self.tr("Today"),
            "staff": self.tr("Staff"),
            "rota": self.tr("Rota"),
            "training": self.tr("Training"),
            "complaints": self.tr("Complaints"),
            "performance": self.tr("Performance"),
            "appraisals": self.tr("Appraisals"),
            "goals": self.tr("Goals"),
            "actions": self.tr("Actions"),
            "audit": self.tr("Audit"),
        }
        for row, key in enumerate(PAGE_KEYS):
            n = self.counts[key]
            if key in OVERDUE_ONLY and n:
                text = self.tr("{page} ({count} overdue)").format(page=titles[key], count=n)
                tip = self.tr("Overdue: {count}").format(count=n)
            elif n:
                text = self.tr("{page} ({count})").format(page=titles[key], count=n)
                tip = self.tr("Needs attention: {count} (see Today)").format(count=n)
            else:
                text, tip = titles[key], ""
            if key == "audit":
                tip = self.tr("Who changed what, and when")
            shortcut = self.tr("Ctrl+{number}").format(number=row + 1) if row < NUMBERED else ""
            self.item(row).setText(text)
            self.item(row).setToolTip(
                f"{tip}  ({shortcut})" if tip and shortcut else tip or shortcut
            )
