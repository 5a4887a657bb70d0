"""Keeping suggestions and what was decided about them; the rewards a month pays.

A money reward is paid with the appraisal of the month the suggestion was adopted in
(``reward_month``); the appraisal shows it as its own line. Adopting can start an
improvement action, linked both ways (the action's reference is the suggestion).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from csdesk.common.i18n import translate
from csdesk.data.staff import Agent
from csdesk.data.suggestions import Suggestion
from csdesk.domain.access import Permission
from csdesk.domain.months import Month
from csdesk.domain.suggestions import SuggestionProblem, SuggestionStatus, check_suggestion
from csdesk.services.accounts.access import needs
from csdesk.services.actions.action_records import ActionData, create_action
from csdesk.services.authors import author_of
from csdesk.services.database import Database, existing
from csdesk.services.errors import UserError


@dataclass(frozen=True)
class SuggestionData:
    """What the supervisor records about a suggestion."""

    received_on: date
    text: str
    agent_id: int | None = None
    customer: str = ""
    area: str = ""
    status: str = SuggestionStatus.NEW
    reason: str = ""
    reward_cents: int = 0
    reward_points: int = 0
    reward_month: str = ""  # set when adopted: the month whose appraisal pays the reward


@dataclass(frozen=True)
class SuggestionRecord:
    """A suggestion as lists show it."""

    id: int
    data: SuggestionData
    author: str  # "王婷 (CS001)", or the customer's name
    action_id: int | None


def problem_text(problem: SuggestionProblem) -> str:
    """The reason a suggestion was refused, in the user's language."""
    return {
        SuggestionProblem.NO_TEXT: translate("Suggestions", "Write the suggestion."),
        SuggestionProblem.NO_AUTHOR: translate(
            "Suggestions", "Say who made the suggestion: an agent or a customer."
        ),
        SuggestionProblem.NO_REASON: translate("Suggestions", "Say why it was rejected."),
        SuggestionProblem.NEGATIVE_REWARD: translate(
            "Suggestions", "A reward cannot be below zero."
        ),
        SuggestionProblem.REWARD_NOT_ADOPTED: translate(
            "Suggestions", "Only an adopted suggestion is rewarded."
        ),
    }.get(problem.key, str(problem))


def checked(data: SuggestionData) -> SuggestionData:
    """The data checked and tidied (a refusal says why), as it will be stored."""
    if data.status not in set(SuggestionStatus):
        raise UserError(translate("Suggestions", "Unknown status."))
    try:
        check_suggestion(
            data.text, data.agent_id is not None or bool(data.customer.strip()), data.status,
            data.reason, data.reward_cents, data.reward_points,
        )  # fmt: skip
    except SuggestionProblem as problem:
        raise UserError(problem_text(problem)) from problem
    month = data.reward_month
    if data.status == SuggestionStatus.ADOPTED and not month:
        month = str(Month.of(data.received_on))
    adopted = data.status == SuggestionStatus.ADOPTED
    return replace(
        data, text=data.text.strip(), customer=data.customer.strip(),
        reward_month=month if adopted else "",
    )  # fmt: skip


@needs(Permission.ACTIONS)
def save_suggestion(
    db: Database, data: SuggestionData, suggestion_id: int | None = None,
    author: str | None = None,
) -> int:  # fmt: skip
    """Store a new suggestion, or change one; return its id.

    Raises:
        UserError: see ``check_suggestion``; the suggestion is gone.
    """
    data = checked(data)
    with db.write() as session:
        if suggestion_id is None:
            row = Suggestion()
            session.add(row)
        else:
            row = existing(session, Suggestion, suggestion_id, gone())
        for item in fields(SuggestionData):
            setattr(row, item.name, getattr(data, item.name))
        row.saved_at, row.saved_by = datetime.now(), author_of(author)
        session.flush()
        return row.id


@needs(Permission.ACTIONS)
def adopt(
    db: Database, suggestion_id: int, reward_cents: int = 0, reward_points: int = 0,
    action_title: str = "", owner_name: str = "", author: str | None = None,
    today: date | None = None,
) -> int | None:  # fmt: skip
    """Adopt a suggestion with its reward (paid with this month's appraisal).

    An action named ``action_title`` is started when one is given; its id is returned.
    """
    today = today or date.today()
    current = suggestion(db, suggestion_id)
    save_suggestion(
        db, replace(current.data, status=SuggestionStatus.ADOPTED, reward_cents=reward_cents,
                    reward_points=reward_points, reward_month=str(Month.of(today))),
        suggestion_id, author,
    )  # fmt: skip
    if not action_title.strip():
        return None
    action_id = create_action(
        db,
        ActionData(action_title, today + timedelta(days=30), source="suggestion",
                   source_ref=str(suggestion_id), owner_name=owner_name or author_of(author),
                   description=current.data.text),
        author, today,
    )  # fmt: skip
    with db.write() as session:
        existing(session, Suggestion, suggestion_id, gone()).action_id = action_id
    return action_id


def gone() -> str:
    """The refusal for a suggestion deleted meanwhile."""
    return translate("Suggestions", "That suggestion no longer exists.")


def suggestion(db: Database, suggestion_id: int) -> SuggestionRecord:
    """One suggestion (a refusal when it is gone)."""
    found = [s for s in list_suggestions(db) if s.id == suggestion_id]
    if not found:
        raise UserError(gone())
    return found[0]


def list_suggestions(db: Database, year: int | None = None) -> list[SuggestionRecord]:
    """Every suggestion (of ``year``), newest first."""
    query = select(Suggestion).order_by(Suggestion.received_on.desc(), Suggestion.id.desc())
    if year is not None:
        query = query.where(Suggestion.received_on >= date(year, 1, 1),
                            Suggestion.received_on <= date(year, 12, 31))  # fmt: skip
    with db.read() as session:
        agents = {a.id: a for a in session.scalars(select(Agent))}
        rows = session.scalars(query).all()
        out = []
        for row in rows:
            data = SuggestionData(**{f.name: getattr(row, f.name) for f in fields(SuggestionData)})
            agent = agents.get(row.agent_id or -1)
            who = f"{agent.name} ({agent.employee_no})" if agent else row.customer
            out.append(SuggestionRecord(row.id, data, who, row.action_id))
    return out


def month_rewards(db: Database, month: Month) -> dict[int, int]:
    """Agent id -> the money rewards (cents) ``month``'s appraisal pays for suggestions."""
    with db.read() as session:
        rows = session.execute(
            select(Suggestion.agent_id, func.sum(Suggestion.reward_cents))
            .where(Suggestion.reward_month == str(month), Suggestion.agent_id.is_not(None),
                   Suggestion.status == SuggestionStatus.ADOPTED)
            .group_by(Suggestion.agent_id)
        ).all()  # fmt: skip
    return {agent: int(cents or 0) for agent, cents in rows if agent is not None and cents}


def month_counts(db: Database, month: Month) -> Counter[int]:
    """Agent id -> suggestions made in ``month`` (the appraisal's evidence)."""
    with db.read() as session:
        rows = session.scalars(
            select(Suggestion.agent_id).where(
                Suggestion.received_on >= month.first_day,
                Suggestion.received_on <= month.last_day,
                Suggestion.agent_id.is_not(None),
            )
        ).all()
    return Counter(agent for agent in rows if agent is not None)
