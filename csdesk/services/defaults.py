"""What a shop starts with: defaults each area seeds once, in the user's language.

Run right after a new file is created or an older one upgraded, so a shop that upgrades
gets the defaults of the areas it did not have. Migrations create tables only; the
words of the defaults belong to the translations, which migrations do not see.
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from csdesk.data.complaints import ComplaintCategory, RootCause, SlaPolicy, WorkingDay
from csdesk.data.performance import QaRubric
from csdesk.data.rota import ShiftTemplate, StaffingChannel
from csdesk.data.training import Course
from csdesk.services.complaints import complaint_clocks, complaint_settings, complaint_timing
from csdesk.services.performance import qa_rubric_list
from csdesk.services.rota import rota_coverage, rota_shifts
from csdesk.services.training import courses as training


def seed_defaults(session: Session, from_revision: str | None) -> None:
    """Seed what the areas added after ``from_revision`` bring (None: a new shop)."""
    if from_revision is None or from_revision < "0002":
        training.seed_default_courses(session)
    if from_revision is None or from_revision < "0003":
        complaint_settings.seed_complaint_defaults(session)
    if from_revision is None or from_revision < "0006":
        qa_rubric_list.seed_default_rubric(session)
    if from_revision is None or from_revision < "0011":
        rota_shifts.seed_shift_defaults(session)
        rota_coverage.seed_staffing_defaults(session)
    if from_revision is None:
        complaint_timing.seed_mainland_holidays(session)
        complaint_clocks.seed_clock_hours(session)  # new shops: the plans' clock hours


def defaults_missing(session: Session) -> bool:
    """True when a table that every shop starts with is empty.

    An upgrade killed between its revision and its defaults (possible before csdesk
    wrote both in one transaction) left such shops; opening them seeds what is missing.
    """
    tables = (
        Course,
        ComplaintCategory,
        RootCause,
        SlaPolicy,
        WorkingDay,
        QaRubric,
        ShiftTemplate,
        StaffingChannel,
    )
    return any(not session.scalar(select(exists().select_from(table))) for table in tables)
