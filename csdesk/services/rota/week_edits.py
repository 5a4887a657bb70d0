"""Changing the rota: days typed or pasted, weeks copied, agents swapped, publishing.

Every change is logged, and a broken rule may be overridden with a reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.rota import RotaChange, RotaDuty, RotaLeave, RotaOverride, RotaWeek
from csdesk.data.staff import Agent
from csdesk.domain.access import Permission
from csdesk.domain.rota import Breach, Employment, Leave
from csdesk.domain.staff import split_channels
from csdesk.domain.weeks import Week
from csdesk.services.accounts.access import needs
from csdesk.services.audit.audit_log import record
from csdesk.services.authors import author_of
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.rota.rota_shifts import (
    CODE_ALIASES,
    ShiftRecord,
    live_shift_codes,
    templates_by_id,
)
from csdesk.services.rota.week_plan import DayPlan, day_plans, duties_between


def _day_plan(session: Session, agent_id: int, day: date) -> DayPlan:
    templates = templates_by_id(session)
    duties = duties_between(session, day, day, templates)
    leave = session.scalars(
        select(RotaLeave).where(RotaLeave.agent_id == agent_id, RotaLeave.day == day)
    )
    own = [(r, t) for r, t in duties if r.agent_id == agent_id]
    return day_plans(own, leave).get((agent_id, day), DayPlan())


def _write_day(
    session: Session,
    agent: Agent,
    day: date,
    plan: DayPlan,
    by_code: dict[str, ShiftRecord],
    author: str,
    before: DayPlan | None = None,
) -> bool:
    """Replace the agent's day with ``plan``; log it if the week is published.

    ``before`` is the day as it is, when the caller has read it already.
    """
    before = _day_plan(session, agent.id, day) if before is None else before
    if before == plan:
        return False
    session.execute(delete(RotaDuty).where(RotaDuty.agent_id == agent.id, RotaDuty.day == day))
    session.execute(delete(RotaLeave).where(RotaLeave.agent_id == agent.id, RotaLeave.day == day))
    channel = next(iter(split_channels(agent.channels)), "")
    for code in plan.codes:
        session.add(
            RotaDuty(agent_id=agent.id, day=day, shift_id=by_code[code].id, channel=str(channel))
        )
    if plan.leave is not None:
        session.add(RotaLeave(agent_id=agent.id, day=day, kind=str(plan.leave)))
    week = str(Week.of(day))
    if session.get(RotaWeek, week) is not None:
        session.add(
            RotaChange(
                week=week,
                agent_id=agent.id,
                day=day,
                before=before.text(),
                after=plan.text(),
                changed_at=datetime.now(),
                changed_by=author,
            )
        )  # a published week's change is in the audit trail too
        record(session, "change", "rota", f"{agent.employee_no} {day}", "day", before.text(),
               plan.text(), user=author)  # fmt: skip
    session.flush()
    return True


def _agent(session: Session, agent_id: int) -> Agent:
    agent = session.get(Agent, agent_id)
    if agent is None:
        raise UserError(translate("Rota", "That agent no longer exists."))
    return agent


@dataclass(frozen=True)
class DayEdit:
    """One agent's day as the grid or a file wants it (no codes and no leave: a day off)."""

    agent_id: int
    day: date
    codes: tuple[str, ...] = ()
    leave: Leave | None = None


def _known(code: str, by_code: dict[str, ShiftRecord]) -> str:
    """``code`` as the shop codes it: M for 早 in a lettered shop, 早 for M in a Chinese one."""
    if code in by_code:
        return code
    alias = CODE_ALIASES.get(code)
    return alias if alias is not None and alias in by_code else code


def _wanted_plan(by_code: dict[str, ShiftRecord], codes: Sequence[str], leave: Leave | None):
    """The day ``codes`` and ``leave`` ask for, codes checked and in start order.

    Raises:
        UserError: a code that is not a shift, or the same shift twice.
    """
    wanted = [_known(c.strip().upper(), by_code) for c in codes if c.strip()]
    unknown = [c for c in wanted if c not in by_code]
    if unknown:
        raise UserError(
            translate("Rota", "No shift has the code {codes}.").format(codes=", ".join(unknown))
        )
    if len(set(wanted)) != len(wanted):
        raise UserError(translate("Rota", "The same shift is given twice on one day."))
    ordered = sorted(wanted, key=lambda c: (by_code[c].shift.start, c))
    return DayPlan(tuple(by_code[c].code for c in ordered), leave)


def store_day(
    session: Session,
    agent: Agent,
    day: date,
    codes: Sequence[str],
    leave: Leave | None,
    author: str,
    by_code: dict[str, ShiftRecord] | None = None,
) -> tuple[DayPlan, DayPlan]:
    """Give the agent's day these shifts and leave in the caller's transaction.

    ``by_code`` (the live shifts by upper-case code) saves a read per day in a loop.
    Returns the day before and after. Raises:
        UserError: a code that is not a shift, or the same shift twice.
    """
    by_code = by_code if by_code is not None else live_shift_codes(session)
    plan = _wanted_plan(by_code, codes, leave)
    before = _day_plan(session, agent.id, day)
    _write_day(session, agent, day, plan, by_code, author, before=before)
    return before, plan


@needs(Permission.ROTA)
def set_days(db: Database, edits: Sequence[DayEdit], author: str | None = None) -> int:
    """Apply several days at once (a paste, leave over a selection): all or nothing.

    Returns how many days changed. Raises:
        UserError: a code that is not a shift, or the same shift twice on a day; nothing
            changed.
    """
    who = author_of(author)
    changed = 0
    with db.write() as session:
        by_code = live_shift_codes(session)
        agents: dict[int, Agent] = {}
        for edit in edits:
            if edit.agent_id not in agents:
                agents[edit.agent_id] = _agent(session, edit.agent_id)
            agent = agents[edit.agent_id]
            before, after = store_day(
                session, agent, edit.day, edit.codes, edit.leave, who, by_code
            )
            changed += before != after
    return changed


@needs(Permission.ROTA)
def set_day(
    db: Database,
    agent_id: int,
    day: date,
    codes: Sequence[str] = (),
    leave: Leave | None = None,
    author: str | None = None,
) -> bool:
    """Give the agent's ``day`` these shifts and leave (none of either: a day off).

    Returns whether anything changed. Raises:
        UserError: a code that is not a shift, or the same shift twice; nothing changed.
    """
    return set_days(db, [DayEdit(agent_id, day, tuple(codes), leave)], author) > 0


def _week_plans(session: Session, week: Week) -> dict[tuple[int, date], DayPlan]:
    first, last = week.days[0], week.days[-1]
    duties = duties_between(session, first, last, templates_by_id(session))
    leave = session.scalars(select(RotaLeave).where(RotaLeave.day.between(first, last)))
    return day_plans(duties, leave)


@needs(Permission.ROTA)
def copy_week(db: Database, source: Week, target: Week, author: str | None = None) -> int:
    """Copy the shifts of ``source`` onto ``target``, replacing target's shifts.

    Leave in the target week stays (it is the agents' own); an agent not employed on a
    target day gets nothing that day. Returns how many duties the target week now holds
    from the copy.
    """
    offset = target.monday - source.monday
    who = author_of(author)
    written = 0
    with db.write() as session:
        by_code = live_shift_codes(session)
        copied, current = _week_plans(session, source), _week_plans(session, target)
        involved = {agent_id for agent_id, _day in (*copied, *current)}
        agents = {a.id: a for a in session.scalars(select(Agent).where(Agent.id.in_(involved)))}
        for agent_id in sorted(involved):
            agent = agents[agent_id]
            job = Employment(agent.hire_date, agent.left_date)
            for day in target.days:
                codes = copied.get((agent_id, day - offset), DayPlan()).codes
                codes = tuple(c for c in codes if c.upper() in by_code) if job.covers(day) else ()
                now = current.get((agent_id, day), DayPlan())
                plan = DayPlan(codes, now.leave)
                if plan != now:
                    _write_day(session, agent, day, plan, by_code, who, before=now)
                written += len(codes)
    return written


@needs(Permission.ROTA)
def swap_agents(
    db: Database,
    first: int,
    second: int,
    days: Sequence[date],
    author: str | None = None,
) -> None:
    """Swap two agents' shifts on ``days`` (their leave stays with them)."""
    who = author_of(author)
    with db.write() as session:
        by_code = live_shift_codes(session)
        a, b = _agent(session, first), _agent(session, second)
        for day in days:
            plan_a, plan_b = _day_plan(session, a.id, day), _day_plan(session, b.id, day)
            _write_day(session, a, day, DayPlan(plan_b.codes, plan_a.leave), by_code, who)
            _write_day(session, b, day, DayPlan(plan_a.codes, plan_b.leave), by_code, who)


@needs(Permission.ROTA)
def publish_week(db: Database, week: Week, author: str | None = None) -> None:
    """Publish the week: from now on its changes are logged.

    Raises:
        UserError: the week was published already.
    """
    with db.write() as session:
        if session.get(RotaWeek, str(week)) is not None:
            raise UserError(translate("Rota", "This week is published already."))
        session.add(
            RotaWeek(week=str(week), published_at=datetime.now(), published_by=author_of(author))
        )


@dataclass(frozen=True)
class ChangeRecord:
    """A change to a published week."""

    agent_id: int
    day: date
    before: str
    after: str
    changed_at: datetime
    changed_by: str


def week_changes(db: Database, week: Week) -> list[ChangeRecord]:
    """The changes made to ``week`` since it was published, oldest first."""
    with db.read() as session:
        rows = session.scalars(
            select(RotaChange).where(RotaChange.week == str(week)).order_by(RotaChange.id)
        )
        return [
            ChangeRecord(r.agent_id, r.day, r.before, r.after, r.changed_at, r.changed_by)
            for r in rows
        ]


@needs(Permission.ROTA)
def override(
    db: Database, agent_id: int, day: date, breach: Breach, reason: str, author: str | None = None
) -> None:
    """Accept a breach of a rule on the agent's day, with the reason.

    Raises:
        UserError: no reason given.
    """
    reason = reason.strip()
    if not reason:
        raise UserError(translate("Rota", "Say why the rule may be broken here."))
    with db.write() as session:
        row = session.scalars(
            select(RotaOverride).where(
                RotaOverride.agent_id == agent_id,
                RotaOverride.day == day,
                RotaOverride.breach == str(breach),
            )
        ).first()
        if row is None:
            row = RotaOverride(agent_id=agent_id, day=day, breach=str(breach))
            session.add(row)
        row.reason = reason[:200]
        row.decided_at = datetime.now()
        row.decided_by = author_of(author)
