"""A month's appraisals as the pages and reports read them: records, ranks, trends.

Reading only; the steps that change an appraisal (prepare, comment, finalise, amend,
acknowledge, close) are in ``workflow``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.appraisals import Appraisal, AppraisalMonth
from csdesk.data.staff import Agent
from csdesk.domain.grading import Bonus, StarCandidate, service_star
from csdesk.domain.months import Month
from csdesk.domain.scorecard_defaults import line_target
from csdesk.domain.standing import Standing
from csdesk.services.appraisals.appraisal_drafts import DraftAppraisal, draft_appraisals
from csdesk.services.appraisals.appraisal_rules import Rules, rules_for
from csdesk.services.appraisals.pay_view import for_reader
from csdesk.services.database import Database, existing

DRAFT = "draft"


FINAL = "final"


NOT_PREPARED = ""  # computed for the screen or the printout, not stored


@dataclass(frozen=True)
class AppraisalLine:
    """One scorecard line as it was computed (value None: no data that month)."""

    kpi: str
    value: float | None
    target: float
    points: float | None
    weight: float
    share: float  # the weight normalised over the lines with data
    weighted: float | None


@dataclass(frozen=True)
class AppraisalRecord:
    """One version of one agent's appraisal, as stored."""

    id: int
    agent_id: int
    employee_no: str
    name: str
    month: Month
    version: int
    status: str
    post: str
    total: float | None
    grade: str | None
    satisfaction: float | None
    bonus: Bonus
    lines: tuple[AppraisalLine, ...]
    left_out: tuple[str, ...]
    vetoes: tuple[str, ...]
    comment: str
    created_at: datetime | None
    created_by: str
    reason: str
    finalised_at: datetime | None
    finalised_by: str
    acknowledged_on: date | None
    acknowledgement: str
    rank: int | None = None  # among the month's current versions
    standing: str = Standing.GRADED  # graded, or why not (then no grade, bonus or rank)
    coverage: float | None = None  # the share of the card's weight with data
    pay_shown: bool = True  # False for a reader without the right to see pay (a lead)

    @property
    def graded(self) -> bool:
        """Graded: counted in ranks, the Service Star and the quarter's totals."""
        return self.standing == Standing.GRADED

    @property
    def shows_pay(self) -> bool:
        """Whether its bonus is shown: graded, and read by someone who may see pay."""
        return self.graded and self.pay_shown

    @property
    def final(self) -> bool:
        """Finalised appraisals are read-only."""
        return self.status == FINAL

    @property
    def stored(self) -> bool:
        """False for an appraisal computed for a month not prepared yet."""
        return self.status != NOT_PREPARED


@dataclass(frozen=True)
class MonthAppraisals:
    """A month's current appraisals and its state."""

    month: Month
    appraisals: tuple[AppraisalRecord, ...]  # the newest version of each, roster order
    closed_at: datetime | None
    star_agent_id: int | None  # the closed month's star, else who would be it now

    @property
    def closed(self) -> bool:
        """A closed month's drafts were all finalised and its star is recorded."""
        return self.closed_at is not None

    @property
    def drafts(self) -> int:
        """How many appraisals are not final yet (stored drafts and unprepared ones)."""
        return sum(not a.final for a in self.appraisals)


def _bonus_of(data: dict[str, Any]) -> Bonus:
    return Bonus(
        int(data["amount"]),
        int(data["base"]),
        float(data["coefficient"]),
        int(data["extra"]),
        int(data["deduction"]),
        bool(data["below_pass"]),
        int(data.get("reward", 0)),  # appraisals stored before suggestions have none
    )


def _record(row: Appraisal, agent: Agent, rank: int | None = None) -> AppraisalRecord:
    return AppraisalRecord(
        row.id,
        row.agent_id,
        agent.employee_no,
        agent.name,
        Month.parse(row.month),
        row.version,
        row.status,
        row.post,
        row.total,
        row.grade,
        row.satisfaction,
        _bonus_of(row.bonus),
        tuple(AppraisalLine(**line) for line in row.lines),
        tuple(row.left_out),
        tuple(row.vetoes),
        row.comment,
        row.created_at,
        row.created_by,
        row.reason,
        row.finalised_at,
        row.finalised_by,
        row.acknowledged_on,
        row.acknowledgement,
        rank,
        standing=row.standing,
        coverage=row.coverage,
    )


def current_rows(session: Session, months: Iterable[str]) -> list[tuple[Appraisal, Agent]]:
    """The newest version of every appraisal of ``months``, with its agent."""
    newest = (
        select(Appraisal.agent_id, Appraisal.month, func.max(Appraisal.version).label("v"))
        .where(Appraisal.month.in_(list(months)))
        .group_by(Appraisal.agent_id, Appraisal.month)
        .subquery()
    )
    query = (
        select(Appraisal, Agent)
        .join(
            newest,
            (Appraisal.agent_id == newest.c.agent_id)
            & (Appraisal.month == newest.c.month)
            & (Appraisal.version == newest.c.v),
        )
        .join(Agent, Agent.id == Appraisal.agent_id)
        .order_by(Appraisal.month, Agent.employee_no)
    )
    return [(a, g) for a, g in session.execute(query)]


def _ranks(records: Sequence[AppraisalRecord]) -> list[int | None]:
    """1 for the best graded total; equal totals share a rank (1, 1, 3)."""
    totals = [a.total if a.graded else None for a in records]
    ordered = sorted((t for t in totals if t is not None), reverse=True)
    return [None if t is None else ordered.index(t) + 1 for t in totals]


def _star(records: Sequence[AppraisalRecord]) -> int | None:
    """Who would be the Service Star: the best graded total without a veto."""
    return service_star(
        [
            StarCandidate(a.agent_id, a.total if a.graded else None, bool(a.vetoes), a.satisfaction)
            for a in records
        ]
    )


def month_appraisals(db: Database, month: Month) -> MonthAppraisals:
    """``month``'s current appraisals (empty when it was never prepared)."""
    with db.read() as session:
        rows = current_rows(session, [str(month)])
        closed = session.get(AppraisalMonth, str(month))
        unranked = [_record(row, agent) for row, agent in rows]
    ranks = _ranks(unranked)
    records = tuple(replace(a, rank=rank) for a, rank in zip(unranked, ranks, strict=True))
    star = closed.star_agent_id if closed is not None else _star(records)
    return MonthAppraisals(
        month, for_reader(db, records), closed.closed_at if closed else None, star
    )


def unsaved_record(draft: DraftAppraisal, rules: Rules, month: Month) -> AppraisalRecord:
    """A computed appraisal shaped like a stored one (id 0, status ``NOT_PREPARED``)."""
    fields = computed_fields(draft, rules)
    return AppraisalRecord(
        0,
        draft.agent_id,
        draft.employee_no,
        draft.name,
        month,
        0,
        NOT_PREPARED,
        draft.post,
        draft.score.total,
        draft.grade,
        draft.satisfaction,
        draft.bonus,
        tuple(AppraisalLine(**line) for line in fields["lines"]),
        draft.score.left_out,
        draft.vetoes,
        "",
        None,
        "",
        "",
        None,
        "",
        None,
        "",
        draft.rank,
        standing=draft.standing,
        coverage=draft.coverage,
    )


def month_view(db: Database, month: Month, rules: Rules | None = None) -> MonthAppraisals:
    """``month`` as the page and the printout show it.

    The stored appraisals, and a computed one for every agent of the month who has none
    stored (not prepared yet, or new to the month since it was prepared). Ranks and the
    star count everyone.
    """
    stored = month_appraisals(db, month)
    rules = rules or rules_for(db, month)
    have = {a.agent_id for a in stored.appraisals}
    extra = [
        unsaved_record(d, rules, month)
        for d in draft_appraisals(db, month, rules)
        if d.agent_id not in have
    ]
    if not extra:
        return stored
    everyone = sorted([*stored.appraisals, *extra], key=lambda a: a.employee_no)
    ranks = _ranks(everyone)
    records = tuple(replace(a, rank=rank) for a, rank in zip(everyone, ranks, strict=True))
    star = stored.star_agent_id if stored.closed else _star(records)
    return MonthAppraisals(month, for_reader(db, records), stored.closed_at, star)


def appraisal(db: Database, appraisal_id: int) -> AppraisalRecord:
    """One version by its id, with its rank among the month's current versions."""
    with db.read() as session:
        row = existing(session, Appraisal, appraisal_id, appraisal_gone())
        month = Month.parse(row.month)
    current = month_appraisals(db, month)
    for record in current.appraisals:
        if record.id == appraisal_id:
            return record
    with db.read() as session:
        row = existing(session, Appraisal, appraisal_id, appraisal_gone())
        found = _record(row, existing(session, Agent, row.agent_id, agent_gone()))
    return for_reader(db, (found,))[0]


def history(db: Database, agent_id: int, month: Month) -> list[AppraisalRecord]:
    """Every version of an agent's month, the first first."""
    with db.read() as session:
        rows = session.scalars(
            select(Appraisal)
            .where(Appraisal.agent_id == agent_id, Appraisal.month == str(month))
            .order_by(Appraisal.version)
        ).all()
        if not rows:
            return []
        agent = existing(session, Agent, agent_id, agent_gone())
        found = [_record(row, agent) for row in rows]
    return list(for_reader(db, found))


@dataclass(frozen=True)
class TrendMonth:
    """One month of an agent's trend (None: no appraisal or no total that month)."""

    month: Month
    total: float | None
    satisfaction: float | None
    grade: str | None


def agent_trends(
    db: Database, months: Sequence[Month], agent_ids: Iterable[int] | None = None
) -> dict[int, list[TrendMonth]]:
    """Agent id -> the stored appraisal totals of ``months`` (in that order).

    One query for everyone: the printed pack asks for fifty agents' twelve months.
    """
    wanted = None if agent_ids is None else set(agent_ids)
    with db.read() as session:
        rows = current_rows(session, [str(m) for m in months])
    found: dict[int, dict[str, Appraisal]] = {}
    for row, _agent in rows:
        if wanted is None or row.agent_id in wanted:
            found.setdefault(row.agent_id, {})[row.month] = row
    out: dict[int, list[TrendMonth]] = {}
    for agent_id, by_month in found.items():
        out[agent_id] = [
            TrendMonth(m, r.total, r.satisfaction, r.grade)
            if (r := by_month.get(str(m))) is not None
            else TrendMonth(m, None, None, None)
            for m in months
        ]
    return out


def appraisal_gone() -> str:
    """The refusal for an appraisal deleted meanwhile (a month prepared again)."""
    return translate("Appraisal", "That appraisal no longer exists.")


def agent_gone() -> str:
    """The refusal for an agent deleted meanwhile."""
    return translate("Staff", "That agent no longer exists.")


def computed_fields(draft: DraftAppraisal, rules: Rules) -> dict[str, Any]:
    """The stored fields of a computed appraisal."""
    card = {line.kpi: line for line in rules.cards.get(draft.post, ())}
    lines = [
        {
            "kpi": s.kpi,
            "value": s.value,
            "target": line_target(card[s.kpi]),
            "points": s.points,
            "weight": s.weight,
            "share": s.share,
            "weighted": s.weighted,
        }
        for s in draft.score.lines
    ]
    pay = draft.bonus
    return {
        "post": draft.post,
        "total": draft.score.total,
        "grade": draft.grade,
        "satisfaction": draft.satisfaction,
        "bonus_cents": pay.amount,
        "standing": str(draft.standing),
        "coverage": draft.coverage,
        "lines": lines,
        "left_out": list(draft.score.left_out),
        "vetoes": list(draft.vetoes),
        "bonus": {
            "amount": pay.amount,
            "base": pay.base,
            "coefficient": pay.coefficient,
            "extra": pay.extra,
            "deduction": pay.deduction,
            "below_pass": pay.below_pass,
            "reward": pay.reward,
        },
    }
