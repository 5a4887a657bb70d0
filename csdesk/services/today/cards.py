"""The shape of the Today page and of ``csdesk today``: cards of counted items.

One service computes both, so the page and the command line never disagree: a card per
section (rota, complaints, actions, training, appraisals, goals, staff, data, backup),
each item a key, a count and the few most urgent lines.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The sections in the page's order; ``csdesk today`` prints them in this order too.
SECTIONS = (
    "rota", "complaints", "actions", "training", "appraisals", "goals", "staff", "data",
    "backup",
)  # fmt: skip
#: How many lines a card lists under an item.
MOST_URGENT = 3


@dataclass(frozen=True)
class Item:
    """Something counted on a card: ``key`` names it (``overdue``), ``lines`` the first few."""

    key: str
    count: int
    lines: tuple[str, ...] = ()

    @property
    def detail(self) -> str:
        """The first lines in one, for the CSV."""
        return "; ".join(self.lines[:MOST_URGENT])


@dataclass(frozen=True)
class Card:
    """A section of the page: its items (none to do: all counts 0)."""

    section: str
    items: tuple[Item, ...]

    @property
    def quiet(self) -> bool:
        """Nothing to do here today."""
        return all(item.count == 0 for item in self.items)

    def count(self, key: str) -> int:
        """The count of item ``key`` (0 when the card has no such item)."""
        return next((i.count for i in self.items if i.key == key), 0)
