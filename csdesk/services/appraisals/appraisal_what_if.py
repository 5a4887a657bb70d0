"""What if: a month's appraisals under the rules in effect and under edited rules.

The rules editor shows, before anything is saved, what edited rules would make of a
month: every agent's total, grade and bonus now and with the edits, and the team's
bonus total and grade counts both ways. The month's figures are read once
(``month_facts``) and scored again on every edit, which takes milliseconds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from csdesk.domain.grading import GRADES
from csdesk.services.appraisals.appraisal_drafts import DraftAppraisal, MonthFacts, score_month
from csdesk.services.appraisals.appraisal_rules import Rules, problems


@dataclass(frozen=True)
class AgentWhatIf:
    """One agent's month under the rules in effect (``now``) and the edited rules."""

    now: DraftAppraisal
    edited: DraftAppraisal | None  # None while the edited rules cannot score

    @property
    def changed(self) -> bool:
        """Whether the edits change the total, the grade or the bonus."""
        if self.edited is None:
            return False
        now, edited = self.now, self.edited
        return (
            _rounded(now.score.total) != _rounded(edited.score.total)
            or now.grade != edited.grade
            or now.bonus.amount != edited.bonus.amount
        )


@dataclass(frozen=True)
class WhatIf:
    """The month both ways, and the edited rules' problems (empty: they can score)."""

    agents: tuple[AgentWhatIf, ...]
    problems: tuple[str, ...]

    def bonus_total(self, edited: bool) -> int | None:
        """The team's bonus total (cents) now or with the edits (None: cannot score)."""
        drafts = self._drafts(edited)
        return None if drafts is None else sum(d.bonus.amount for d in drafts)

    def grade_counts(self, edited: bool) -> dict[str, int] | None:
        """How many agents get each grade, best first (None: cannot score)."""
        drafts = self._drafts(edited)
        if drafts is None:
            return None
        counts = Counter(d.grade for d in drafts if d.grade is not None)
        return {grade: counts.get(grade, 0) for grade in GRADES}

    def _drafts(self, edited: bool) -> list[DraftAppraisal] | None:
        if not edited:
            return [a.now for a in self.agents]
        if self.problems:
            return None
        return [a.edited for a in self.agents if a.edited is not None]


def _rounded(total: float | None) -> float | None:
    return None if total is None else round(total, 1)


def what_if(facts: MonthFacts, now: Rules, edited: Rules) -> WhatIf:
    """The month of ``facts`` under the rules ``now`` in effect and the ``edited`` ones."""
    found = tuple(problems(edited))
    current = score_month(facts, now)
    if found:
        return WhatIf(tuple(AgentWhatIf(d, None) for d in current), found)
    changed = score_month(facts, edited)
    return WhatIf(tuple(AgentWhatIf(a, b) for a, b in zip(current, changed, strict=True)), ())
