"""The staffing calculator as the window and the command line use it.

The rule is ``domain.staffing`` (Erlang C, occupancy cap, shrinkage, chat concurrency);
this module says its refusals in the user's language.
"""

from __future__ import annotations

from csdesk.common.i18n import translate
from csdesk.domain.staffing import (
    DEFAULT_MAX_OCCUPANCY,
    DEFAULT_SHRINKAGE,
    PHONE_TARGET,
    PHONE_WITHIN,
    Staffing,
    StaffingProblem,
    staffing,
)
from csdesk.services.errors import UserError


def _problem_text(problem: StaffingProblem) -> str:
    texts = {
        "contacts": translate("Staffing", "The contacts an hour must be 0 or more."),
        "handle": translate("Staffing", "The average handling time must be above 0 seconds."),
        "target": translate(
            "Staffing", "The service-level target must be above 0 and below 1 (0.8 is 80 %)."
        ),
        "within": translate("Staffing", "The answer time must be 0 seconds or more."),
        "concurrency": translate(
            "Staffing", "The concurrency (chats an agent handles at once) must be 1 or more."
        ),
        "shrinkage": translate(
            "Staffing", "The shrinkage must be 0 or more and below 1 (0.3 is 30 %)."
        ),
        "occupancy": translate(
            "Staffing", "The occupancy cap must be above 0 and at most 1 (0.85 is 85 %)."
        ),
        "too_many": translate(
            "Staffing", "More than 10,000 agents would be needed: check the figures."
        ),
    }
    return texts.get(problem.key, str(problem))


def agents_needed(
    contacts: float,
    handle_seconds: float,
    target: float = PHONE_TARGET,
    within: float = PHONE_WITHIN,
    concurrency: float = 1.0,
    shrinkage: float = DEFAULT_SHRINKAGE,
    max_occupancy: float = DEFAULT_MAX_OCCUPANCY,
) -> Staffing:
    """The agents an hour of ``contacts`` needs (see ``domain.staffing.staffing``).

    Raises:
        UserError: an input out of range, said in the user's language.
    """
    try:
        return staffing(
            contacts, handle_seconds, target, within, concurrency, shrinkage, max_occupancy
        )
    except StaffingProblem as problem:
        raise UserError(_problem_text(problem)) from None
