"""Names csdesk seeds, shown in the reader's language until the supervisor renames them.

A shop stores each seeded entry (a complaint category, a course, a shift) under the name
it was created with, in the language of that day. A shop created under an English system
locale would show English course names in the Chinese window for ever. So a stored name
that is one of the shipped names of a seeded entry, in any language, is shown in the
current language; a name the supervisor typed is shown as typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from csdesk.common.i18n import catalogue, speaking, translate
from csdesk.common.languages import SUPPORTED


def seeded_table(context: str, sources: Iterable[str]) -> dict[str, str]:
    """{a seeded name in any shipped language: that name in the current language}."""
    table: dict[str, str] = {}
    for source in sources:
        shown = translate(context, source)
        table[source] = shown
        for code in SUPPORTED:
            found = catalogue(code).get((context, source))
            if isinstance(found, str):
                table[found] = shown
    return table


def english(names: Callable[[], Iterable[str]]) -> list[str]:
    """The source texts of a seeding function's names (English is csdesk's source)."""
    with speaking("en"):
        return list(names())


def shown_name(stored: str, table: dict[str, str]) -> str:
    """``stored`` in the current language if it is a seeded name, else as stored."""
    return table.get(stored, stored)
