"""What a coaching session talks about, gathered by csdesk for one agent and month.

The month's KPIs short of the scorecard's target (with the figure and the target), the
weakest QA categories with their review dates, the valid complaints, training not
current, and the actions agreed in the last coaching session with where they stand.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from csdesk.data.coaching import CoachingSession
from csdesk.data.complaints import Complaint
from csdesk.data.performance import QaCategory, QaRating, QaReview
from csdesk.domain.kpis import Direction
from csdesk.domain.months import Month
from csdesk.domain.qa import BOUNDS, Scale
from csdesk.domain.scoring import Line
from csdesk.domain.scoring_rules import RuleKind
from csdesk.domain.staff import post_on
from csdesk.services.actions.action_records import ActionRecord, list_actions
from csdesk.services.appraisals.records import rules_for
from csdesk.services.complaints.complaint_verdicts import counting_against_agents
from csdesk.services.database import Database
from csdesk.services.performance.kpis import monthly_kpis
from csdesk.services.performance.qa_rubric_list import qa_name
from csdesk.services.staff.agents import get_agent
from csdesk.services.training.training_status import reminders

#: How many of the weakest QA categories are talked about.
WEAKEST = 3


@dataclass(frozen=True)
class ShortKpi:
    """A KPI of the month short of its scorecard target."""

    kpi: str
    value: float
    target: float


@dataclass(frozen=True)
class WeakCategory:
    """A QA category the agent scored lowest on: share of the best mark, and when."""

    name: str
    share: float  # 0-100
    days: tuple[date, ...]


@dataclass(frozen=True)
class CoachingEvidence:
    """Everything a coaching session starts from."""

    agent_id: int
    month: Month
    short_kpis: tuple[ShortKpi, ...]
    weak_categories: tuple[WeakCategory, ...]
    complaints: tuple[tuple[str, date, str], ...]  # reference, day, what
    training: tuple[tuple[str, str], ...]  # item, standing
    last_actions: tuple[ActionRecord, ...]


def line_target(line: Line) -> float | None:
    """The value that earns a scorecard line its full points (None: no such value)."""
    rule = line.rule
    if rule.kind is RuleKind.LINEAR:
        return rule.target
    best = max((band.points for band in rule.bands), default=None)
    tops = [band.threshold for band in rule.bands if band.points == best]
    if not tops:
        return None
    return min(tops) if line.direction is Direction.HIGHER else max(tops)


def _short(db: Database, agent_id: int, month: Month) -> list[ShortKpi]:
    record = get_agent(db, agent_id)
    changes = [(c.changed_on, c.from_post, c.to_post) for c in record.post_changes]
    post = post_on(month.last_day, record.data.post, changes)
    mine = monthly_kpis(db, month, record.data.employee_no)
    values = mine[0].values if mine else {}
    out = []
    for line in rules_for(db, month).cards.get(post, ()):
        value, target = values.get(line.kpi), line_target(line)
        if value is None or target is None:
            continue
        short = value < target if line.direction is Direction.HIGHER else value > target
        if short:
            out.append(ShortKpi(line.kpi, value, target))
    return out


def _weak(db: Database, agent_id: int, month: Month) -> list[WeakCategory]:
    with db.read() as session:
        rows = session.execute(
            select(QaCategory.name, QaCategory.scale, QaRating.value, QaReview.reviewed_on)
            .join(QaRating, QaRating.category_id == QaCategory.id)
            .join(QaReview, QaReview.id == QaRating.review_id)
            .where(QaReview.agent_id == agent_id, QaRating.value.is_not(None),
                   QaReview.reviewed_on.between(month.first_day, month.last_day))
        ).all()  # fmt: skip
    marks: dict[str, list[float]] = defaultdict(list)
    days: dict[str, set[date]] = defaultdict(set)
    for name, scale, value, day in rows:
        if value is None:
            continue
        low, high = BOUNDS[Scale(scale)]
        marks[name].append(100 * (value - low) / (high - low))
        days[name].add(day)
    weakest = sorted(marks, key=lambda n: sum(marks[n]) / len(marks[n]))[:WEAKEST]
    return [
        WeakCategory(qa_name(n), sum(marks[n]) / len(marks[n]), tuple(sorted(days[n])))
        for n in weakest
        if sum(marks[n]) / len(marks[n]) < 100
    ]


def previous_session(db: Database, agent_id: int, month: Month) -> int | None:
    """The agent's last coaching session about a month before ``month``."""
    with db.read() as session:
        return session.scalar(
            select(CoachingSession.id)
            .where(CoachingSession.agent_id == agent_id, CoachingSession.month < str(month))
            .order_by(CoachingSession.month.desc(), CoachingSession.held_on.desc())
            .limit(1)
        )


def coaching_evidence(
    db: Database, agent_id: int, month: Month, today: date | None = None
) -> CoachingEvidence:
    """Gather what a coaching session about ``month`` starts from (see the module doc)."""
    today = today or date.today()
    with db.read() as session:
        complaints = session.execute(
            select(Complaint.ref, Complaint.received_at, Complaint.description)
            .where(*counting_against_agents(month), Complaint.agent_id == agent_id)
            .order_by(Complaint.received_at)
        ).all()
    training = [
        (r.item, str(r.standing))
        for r in reminders(db, min(month.last_day, today))
        if r.agent_id == agent_id
    ]
    before = previous_session(db, agent_id, month)
    last = [
        a for a in list_actions(db, "all", today, source="coaching")
        if before is not None and a.data.source_ref == str(before)
    ]  # fmt: skip
    return CoachingEvidence(
        agent_id, month, tuple(_short(db, agent_id, month)), tuple(_weak(db, agent_id, month)),
        tuple((ref, at.date(), (text or "")[:60]) for ref, at, text in complaints),
        tuple(training), tuple(last),
    )  # fmt: skip
