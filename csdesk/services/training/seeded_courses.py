"""The course catalogue csdesk seeds, titled in the reader's language until renamed."""

from __future__ import annotations

from functools import cache

from csdesk.common.i18n import language
from csdesk.common.seeded import english, seeded_table, shown_name


def _titles() -> list[str]:
    from csdesk.services.training.courses import default_courses

    return [course.title for course in default_courses()]


@cache
def _table(_language: str) -> dict[str, str]:
    return seeded_table("Courses", english(_titles))


def course_title(stored: str) -> str:
    """A course's title as shown now: a seeded title in the current language."""
    return shown_name(stored, _table(language()))
