"""The shape of the Today page and of ``csdesk today``: cards of counted items.

One service computes both, so the page and the command line never disagree: a card per
section (rota, complaints, actions, training, appraisals, goals, staff, data, backup,
yesterday), each item a key, a count and the few most urgent lines.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The sections in the page's order; ``csdesk today`` prints them in this order too.
SECTIONS = (
    "rota", "complaints", "actions", "training", "appraisals", "goals", "staff", "data",
    "backup", "yesterday",
)  # fmt: skip
#: Items that tell, not ask: who works today, the data on file. They never make a card
#: ask for attention, nor count on the sidebar.
INFO = frozenset({
    ("rota", "on_shift"), ("rota", "on_now"), ("rota", "on_leave"),
    ("data", "last_summaries"), ("data", "last_orders"), ("yesterday", "contacts"),
})  # fmt: skip
#: The section whose figures are told every day, good or bad.
TOLD = "yesterday"
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
    def needs(self) -> int:
        """How many things on this card ask for attention (its sidebar count)."""
        return sum(i.count for i in self.items if (self.section, i.key) not in INFO)

    @property
    def quiet(self) -> bool:
        """Nothing to do here today."""
        return self.needs == 0

    def shown(self) -> tuple[Item, ...]:
        """The items a reader sees: those with a count, and telling ones with lines.

        Yesterday's channels always show their figures, targets met or not.
        """
        return tuple(
            i for i in self.items
            if i.count or (i.lines and ((self.section, i.key) in INFO or self.section == TOLD))
        )  # fmt: skip

    def count(self, key: str) -> int:
        """The count of item ``key`` (0 when the card has no such item)."""
        return next((i.count for i in self.items if i.key == key), 0)
