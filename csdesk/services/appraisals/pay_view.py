"""Pay as its reader may see it: a lead sees grades and ranks, never money.

The appraisal services hand every record through ``for_reader``: for a role without the
right to see pay the bonus is taken out (nothing, and marked not shown), so no page,
printout or export built on them can show it, whatever its code forgets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from csdesk.domain.access import Permission
from csdesk.domain.grading import Bonus
from csdesk.services.accounts.access import allowed
from csdesk.services.database import Database

if TYPE_CHECKING:
    from csdesk.services.appraisals.records import AppraisalRecord

#: The bonus a reader without the right to see pay is given: nothing, and not shown.
NO_PAY = Bonus(0, 0, 0.0, 0, 0, False)


def for_reader(db: Database, records: Sequence[AppraisalRecord]) -> tuple[AppraisalRecord, ...]:
    """The records with their pay taken out for a role that may not see it (a lead)."""
    if allowed(db, Permission.PAY):
        return tuple(records)
    return tuple(replace(r, bonus=NO_PAY, pay_shown=False) for r in records)
