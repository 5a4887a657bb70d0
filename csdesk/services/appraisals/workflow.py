"""The appraisal workflow: prepare a month, comment, finalise, amend, acknowledge, close.

- Preparing a month stores a draft (version 1) for every agent of the month, computed
  by ``appraisal_drafts``; preparing again recomputes the drafts (keeping comments) and
  adds agents new to the month. Finalised appraisals are never touched.
- Finalising recomputes a draft from the data as it is now, then locks it.
- A finalised appraisal is corrected by an amendment: the next version, recomputed,
  finalised at once, with its reason, author and time. Earlier versions stay as they
  were; the newest is "the" appraisal. An amendment needs a new acknowledgement.
- Closing a month finalises what is still a draft and records the Service Star.

Rank is not stored: it is the place of an appraisal's total among the month's current
versions, so an amendment that changes a total moves the others' ranks too.
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
from csdesk.services.appraisals.appraisal_drafts import DraftAppraisal, draft_appraisals
from csdesk.services.appraisals.appraisal_rules import Rules, rules_for
from csdesk.services.authors import author_of
from csdesk.services.database import Database, existing
from csdesk.services.errors import UserError

DRAFT = "draft"
FINAL = "final"
NOT_PREPARED = ""  # computed for the screen or the printout, not stored
COMMENT_LIMIT = 2000


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


# --- reading ----------------------------------------------------------------------------


def _bonus_of(data: dict[str, Any]) -> Bonus:
    return Bonus(
        int(data["amount"]),
        int(data["base"]),
        float(data["coefficient"]),
        int(data["extra"]),
        int(data["deduction"]),
        bool(data["below_pass"]),
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
    )


def _current_rows(session: Session, months: Iterable[str]) -> list[tuple[Appraisal, Agent]]:
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


def _ranks(totals: Sequence[float | None]) -> list[int | None]:
    """1 for the best total; equal totals share a rank (1, 1, 3)."""
    ordered = sorted((t for t in totals if t is not None), reverse=True)
    return [None if t is None else ordered.index(t) + 1 for t in totals]


def month_appraisals(db: Database, month: Month) -> MonthAppraisals:
    """``month``'s current appraisals (empty when it was never prepared)."""
    with db.read() as session:
        rows = _current_rows(session, [str(month)])
        closed = session.get(AppraisalMonth, str(month))
        ranks = _ranks([row.total for row, _agent in rows])
        records = tuple(
            _record(row, agent, rank) for (row, agent), rank in zip(rows, ranks, strict=True)
        )
    if closed is not None:
        star = closed.star_agent_id
    else:
        star = service_star(
            [StarCandidate(a.agent_id, a.total, bool(a.vetoes), a.satisfaction) for a in records]
        )
    return MonthAppraisals(month, records, closed.closed_at if closed else None, star)


def unsaved_record(draft: DraftAppraisal, rules: Rules, month: Month) -> AppraisalRecord:
    """A computed appraisal shaped like a stored one (id 0, status ``NOT_PREPARED``)."""
    fields = _computed(draft, rules)
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
    ranks = _ranks([a.total for a in everyone])
    records = tuple(replace(a, rank=rank) for a, rank in zip(everyone, ranks, strict=True))
    star = (
        stored.star_agent_id
        if stored.closed
        else service_star(
            [StarCandidate(a.agent_id, a.total, bool(a.vetoes), a.satisfaction) for a in records]
        )
    )
    return MonthAppraisals(month, records, stored.closed_at, star)


def appraisal(db: Database, appraisal_id: int) -> AppraisalRecord:
    """One version by its id, with its rank among the month's current versions."""
    with db.read() as session:
        row = existing(session, Appraisal, appraisal_id, _appraisal_gone())
        month = Month.parse(row.month)
    current = month_appraisals(db, month)
    for record in current.appraisals:
        if record.id == appraisal_id:
            return record
    with db.read() as session:
        row = existing(session, Appraisal, appraisal_id, _appraisal_gone())
        return _record(row, existing(session, Agent, row.agent_id, _agent_gone()))


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
        agent = existing(session, Agent, agent_id, _agent_gone())
        return [_record(row, agent) for row in rows]


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
        rows = _current_rows(session, [str(m) for m in months])
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


# --- writing ----------------------------------------------------------------------------


def _computed(draft: DraftAppraisal, rules: Rules) -> dict[str, Any]:
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
        },
    }


def _newest(session: Session, month: Month) -> dict[int, Appraisal]:
    """Agent id -> the newest version of their ``month``."""
    return {row.agent_id: row for row, _agent in _current_rows(session, [str(month)])}


def _refuse_if_closed(session: Session, month: Month) -> None:
    if session.get(AppraisalMonth, str(month)) is not None:
        raise UserError(
            translate(
                "Appraisal",
                "{month} is closed: correct an appraisal with an amendment instead.",
            ).format(month=month)
        )


def prepare_month(db: Database, month: Month, author: str | None = None) -> int:
    """Store or recompute the drafts of ``month``; return how many drafts it now has.

    Raises:
        UserError: the month is closed.
    """
    rules = rules_for(db, month)
    drafts = draft_appraisals(db, month, rules)
    now, who = datetime.now(), author_of(author)
    with db.write() as session:
        _refuse_if_closed(session, month)
        newest = _newest(session, month)
        count = 0
        for draft in drafts:
            row = newest.get(draft.agent_id)
            if row is not None and row.status == FINAL:
                continue
            if row is None:
                row = Appraisal(
                    agent_id=draft.agent_id,
                    month=str(month),
                    version=1,
                    status=DRAFT,
                    comment="",
                    reason="",
                    finalised_by="",
                    acknowledgement="",
                )
                session.add(row)
            for key, value in _computed(draft, rules).items():
                setattr(row, key, value)
            row.created_at, row.created_by = now, who
            count += 1
        return count


def _load(session: Session, appraisal_id: int) -> Appraisal:
    return existing(session, Appraisal, appraisal_id, _appraisal_gone())


def _refuse_if_superseded(session: Session, row: Appraisal) -> None:
    newest = session.scalar(
        select(func.max(Appraisal.version)).where(
            Appraisal.agent_id == row.agent_id, Appraisal.month == row.month
        )
    )
    if row.version != newest:
        raise UserError(
            translate("Appraisal", "A newer version of this appraisal exists: open that one.")
        )


def _clean_comment(comment: str) -> str:
    comment = comment.strip()
    if len(comment) > COMMENT_LIMIT:
        raise UserError(
            translate("Appraisal", "The comment is longer than {limit} characters.").format(
                limit=COMMENT_LIMIT
            )
        )
    return comment


def set_comment(db: Database, appraisal_id: int, comment: str) -> None:
    """Store the supervisor's comment on a draft.

    Raises:
        UserError: the appraisal is finalised (amend it instead) or the comment too long.
    """
    comment = _clean_comment(comment)
    with db.write() as session:
        row = _load(session, appraisal_id)
        if row.status == FINAL:
            raise UserError(
                translate(
                    "Appraisal", "A finalised appraisal is read-only: make an amendment instead."
                )
            )
        row.comment = comment


def _finalise_rows(
    session: Session,
    rows: Sequence[Appraisal],
    drafts: dict[int, DraftAppraisal],
    rules: Rules,
    who: str,
) -> int:
    now = datetime.now()
    count = 0
    for row in rows:
        if row.status == FINAL:
            continue
        draft = drafts.get(row.agent_id)
        if draft is not None:  # recompute: the numbers locked are today's
            for key, value in _computed(draft, rules).items():
                setattr(row, key, value)
        row.status, row.finalised_at, row.finalised_by = FINAL, now, who
        count += 1
    return count


def finalise(db: Database, appraisal_ids: Sequence[int], author: str | None = None) -> int:
    """Recompute and lock the given drafts; return how many were finalised.

    Raises:
        UserError: one no longer exists; nothing was finalised.
    """
    with db.read() as session:
        months = {Month.parse(_load(session, i).month) for i in appraisal_ids}
    computed = {}
    for month in months:
        rules = rules_for(db, month)
        computed[month] = (rules, draft_appraisals(db, month, rules))
    who = author_of(author)
    with db.write() as session:
        count = 0
        for month, (rules, drafts) in computed.items():
            rows = [r for r in (_load(session, i) for i in appraisal_ids) if r.month == str(month)]
            count += _finalise_rows(session, rows, {d.agent_id: d for d in drafts}, rules, who)
        return count


def amend(
    db: Database,
    appraisal_id: int,
    reason: str,
    comment: str | None = None,
    author: str | None = None,
) -> int:
    """Correct a finalised appraisal: the next version, recomputed and finalised at once.

    The month's data may have been corrected since (a complaint ruled invalid, a KPI
    entered); the new version shows the numbers as they are now. Returns its id.

    Raises:
        UserError: no reason, a draft (edit it instead), a superseded version, or the
            agent has no data in the month any more; nothing was written.
    """
    reason = reason.strip()
    if not reason:
        raise UserError(translate("Appraisal", "Say why the appraisal is amended."))
    with db.read() as session:
        row = _load(session, appraisal_id)
        month, agent_id = Month.parse(row.month), row.agent_id
    rules = rules_for(db, month)
    draft = next((d for d in draft_appraisals(db, month, rules) if d.agent_id == agent_id), None)
    if draft is None:
        raise UserError(
            translate("Appraisal", "The agent has no data in {month} any more.").format(month=month)
        )
    who, now = author_of(author), datetime.now()
    with db.write() as session:
        row = _load(session, appraisal_id)
        if row.status != FINAL:
            raise UserError(
                translate(
                    "Appraisal", "A draft is edited directly; only finalised ones are amended."
                )
            )
        _refuse_if_superseded(session, row)
        new = Appraisal(
            agent_id=agent_id,
            month=row.month,
            version=row.version + 1,
            status=FINAL,
            comment=row.comment if comment is None else _clean_comment(comment),
            created_at=now,
            created_by=who,
            reason=reason,
            finalised_at=now,
            finalised_by=who,
            acknowledgement="",
            **_computed(draft, rules),
        )
        session.add(new)
        session.flush()
        return new.id


def acknowledge(
    db: Database, appraisal_id: int, on: date, comment: str = "", today: date | None = None
) -> None:
    """Record that the agent read and signed a finalised appraisal (again replaces).

    Raises:
        UserError: a draft, a superseded version, or a date before it was finalised or
            after today.
    """
    comment = _clean_comment(comment)
    today = today or date.today()
    with db.write() as session:
        row = _load(session, appraisal_id)
        if row.status != FINAL:
            raise UserError(translate("Appraisal", "Only a finalised appraisal can be signed."))
        _refuse_if_superseded(session, row)
        if on > today or (row.finalised_at is not None and on < row.finalised_at.date()):
            raise UserError(
                translate(
                    "Appraisal", "The date must be between the day it was finalised and today."
                )
            )
        row.acknowledged_on, row.acknowledgement = on, comment


def close_month(
    db: Database, month: Month, author: str | None = None, today: date | None = None
) -> int | None:
    """Finalise every draft of ``month`` and record its Service Star (returned, or None).

    A month not yet prepared is prepared first.

    Raises:
        UserError: the month has not ended, is already closed, or has no agents.
    """
    today = today or date.today()
    if month.last_day >= today:
        raise UserError(
            translate(
                "Appraisal", "{month} has not ended yet: close it from its last day on."
            ).format(month=month)
        )
    rules = rules_for(db, month)
    drafts = draft_appraisals(db, month, rules)
    with db.read() as session:
        _refuse_if_closed(session, month)
        missing = [d for d in drafts if d.agent_id not in _newest(session, month)]
    if missing:
        prepare_month(db, month, author)
    who = author_of(author)
    with db.write() as session:
        _refuse_if_closed(session, month)
        newest = _newest(session, month)
        if not newest:
            raise UserError(
                translate("Appraisal", "{month} has no agents to appraise.").format(month=month)
            )
        _finalise_rows(session, list(newest.values()), {d.agent_id: d for d in drafts}, rules, who)
        session.flush()
        star = service_star(  # roster order breaks a full tie
            [
                StarCandidate(r.agent_id, r.total, bool(r.vetoes), r.satisfaction)
                for r in newest.values()
            ]
        )
        session.add(
            AppraisalMonth(
                month=str(month), closed_at=datetime.now(), closed_by=who, star_agent_id=star
            )
        )
        return star


def _appraisal_gone() -> str:
    return translate("Appraisal", "That appraisal no longer exists.")


def _agent_gone() -> str:
    return translate("Staff", "That agent no longer exists.")
