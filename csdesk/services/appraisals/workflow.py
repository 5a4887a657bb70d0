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

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.appraisals import Appraisal, AppraisalMonth
from csdesk.data.staff import Agent
from csdesk.domain.access import Permission
from csdesk.domain.grading import StarCandidate, service_star
from csdesk.domain.months import Month
from csdesk.domain.standing import Standing
from csdesk.services.accounts.access import require
from csdesk.services.appraisals.appraisal_drafts import DraftAppraisal, draft_appraisals
from csdesk.services.appraisals.appraisal_rules import Rules, rules_for
from csdesk.services.appraisals.records import (
    DRAFT,
    FINAL,
    appraisal_gone,
    computed_fields,
    current_rows,
)
from csdesk.services.audit.audit_log import record
from csdesk.services.authors import author_of
from csdesk.services.database import Database, existing
from csdesk.services.errors import UserError
from csdesk.services.server.seat_locks import month_lock, one_seat_at_a_time

COMMENT_LIMIT = 2000


# --- reading ----------------------------------------------------------------------------


# --- writing ----------------------------------------------------------------------------


def _newest(session: Session, month: Month) -> dict[int, Appraisal]:
    """Agent id -> the newest version of their ``month``."""
    return {row.agent_id: row for row, _agent in current_rows(session, [str(month)])}


def _key(session: Session, row: Appraisal) -> str:
    """An appraisal as the audit trail names it: the agent's number and the month."""
    agent = session.get(Agent, row.agent_id)
    return f"{agent.employee_no if agent else row.agent_id} {row.month}"


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
    require(db, Permission.APPRAISE)
    rules = rules_for(db, month)
    drafts = draft_appraisals(db, month, rules)
    now, who = datetime.now(), author_of(author)
    with db.write() as session:
        one_seat_at_a_time(session, month_lock(month))
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
            for key, value in computed_fields(draft, rules).items():
                setattr(row, key, value)
            row.created_at, row.created_by = now, who
            count += 1
        return count


def _load(session: Session, appraisal_id: int) -> Appraisal:
    return existing(session, Appraisal, appraisal_id, appraisal_gone())


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
    require(db, Permission.APPRAISE)
    comment = _clean_comment(comment)
    with db.write() as session:
        row = _load(session, appraisal_id)
        if row.status == FINAL:
            raise UserError(
                translate(
                    "Appraisal", "A finalised appraisal is read-only: make an amendment instead."
                )
            )
        if row.comment != comment:
            record(session, "comment", "appraisal", _key(session, row), "comment", row.comment,
                   comment)  # fmt: skip
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
            for key, value in computed_fields(draft, rules).items():
                setattr(row, key, value)
        row.status, row.finalised_at, row.finalised_by = FINAL, now, who
        record(session, "finalise", "appraisal", _key(session, row), "total", "", row.total)
        count += 1
    return count


def finalise(db: Database, appraisal_ids: Sequence[int], author: str | None = None) -> int:
    """Recompute and lock the given drafts; return how many were finalised.

    Raises:
        UserError: one no longer exists; nothing was finalised.
    """
    require(db, Permission.APPRAISE)
    with db.read() as session:
        months = {Month.parse(_load(session, i).month) for i in appraisal_ids}
    running = sorted(m for m in months if m.last_day >= date.today())
    if running:
        raise UserError(
            translate(
                "Appraisal",
                "{month} is still running: its appraisals are graded and finalised after it ends.",
            ).format(month=running[0])
        )
    computed = {}
    for month in months:
        rules = rules_for(db, month)
        computed[month] = (rules, draft_appraisals(db, month, rules))
    who = author_of(author)
    with db.write() as session:
        one_seat_at_a_time(session, *(month_lock(m) for m in months))
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
    require(db, Permission.APPRAISE)
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
            **computed_fields(draft, rules),
        )
        session.add(new)
        session.flush()
        record(session, "amend", "appraisal", _key(session, new), "total", row.total, new.total,
               reason)  # fmt: skip
        return new.id


def acknowledge(
    db: Database, appraisal_id: int, on: date, comment: str = "", today: date | None = None
) -> None:
    """Record that the agent read and signed a finalised appraisal (again replaces).

    Raises:
        UserError: a draft, a superseded version, or a date before it was finalised or
            after today.
    """
    require(db, Permission.APPRAISE)
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
        record(session, "sign", "appraisal", _key(session, row), "acknowledged_on",
               row.acknowledged_on or "", on, comment)  # fmt: skip
        row.acknowledged_on, row.acknowledgement = on, comment


def close_month(
    db: Database, month: Month, author: str | None = None, today: date | None = None
) -> int | None:
    """Finalise every draft of ``month`` and record its Service Star (returned, or None).

    A month not yet prepared is prepared first.

    Raises:
        UserError: the month has not ended, is already closed, or has no agents.
    """
    require(db, Permission.APPRAISE)
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
        one_seat_at_a_time(session, month_lock(month))  # a second seat then finds it closed
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
                StarCandidate(
                    r.agent_id,
                    r.total if r.standing == Standing.GRADED else None,
                    bool(r.vetoes),
                    r.satisfaction,
                )
                for r in newest.values()
            ]
        )
        session.add(
            AppraisalMonth(
                month=str(month), closed_at=datetime.now(), closed_by=who, star_agent_id=star
            )
        )
        record(session, "close", "month", str(month), "star", "", star or "")
        return star
