"""The quarter of the appraisals: three months' totals and the quarter's bonus per agent.

The shop pays the bonus per quarter: the sum of the three monthly bonuses. A month not
prepared yet is computed, as the appraisals page shows it, and marked not final.
"""

from __future__ import annotations

from dataclasses import dataclass

from csdesk.domain.months import Month
from csdesk.services.appraisals.records import AppraisalRecord, month_view
from csdesk.services.database import Database


@dataclass(frozen=True)
class QuarterLine:
    """An agent's three months and the quarter's bonus (the sum of the months')."""

    agent_id: int
    employee_no: str
    name: str
    totals: tuple[float | None, float | None, float | None]
    grades: tuple[str | None, str | None, str | None]
    bonus_cents: int
    final: bool  # all three months final
    average: float | None  # of the months with a total


def quarter_months(year: int, quarter: int) -> list[Month]:
    """The three months of ``quarter`` (1-4) of ``year``."""
    if not 1 <= quarter <= 4:
        raise ValueError(f"quarter out of range: {quarter}")
    return [Month(year, 3 * quarter - 2 + i) for i in range(3)]


def _total(record: AppraisalRecord | None) -> float | None:
    """A month's total as the quarter counts it: graded months only (not running ones)."""
    return record.total if record and record.graded else None


def _grade(record: AppraisalRecord | None) -> str | None:
    return record.grade if record and record.graded else None


def quarter_view(db: Database, year: int, quarter: int) -> list[QuarterLine]:
    """Every agent appraised in the quarter, roster order; unprepared months computed."""
    months = quarter_months(year, quarter)
    views = [month_view(db, m) for m in months]
    people: dict[int, tuple[str, str]] = {}
    for view in views:
        for a in view.appraisals:
            people[a.agent_id] = (a.employee_no, a.name)
    lines = []
    for agent_id, (number, name) in sorted(people.items(), key=lambda p: p[1][0]):
        first, second, third = (
            next((a for a in v.appraisals if a.agent_id == agent_id), None) for v in views
        )
        found = (first, second, third)
        totals = (_total(first), _total(second), _total(third))
        known = [t for t in totals if t is not None]
        lines.append(
            QuarterLine(
                agent_id,
                number,
                name,
                totals,
                (_grade(first), _grade(second), _grade(third)),
                sum(a.bonus.amount for a in found if a and a.shows_pay),
                all(a is None or a.final for a in found),
                sum(known) / len(known) if known else None,
            )
        )
    return lines
