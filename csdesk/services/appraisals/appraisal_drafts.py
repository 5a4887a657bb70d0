"""Draft appraisals of a month, computed from the month's KPIs and the rules.

For every agent of the month: the scorecard of the post held on the month's last day,
scored on the month's KPI values; the grade, capped by a veto (a valid urgent
complaint, a critical QA failure); the bonus; the rank in the team; and the month's
Service Star. Nothing is stored here: the same computation previews a month ("what if")
and fills the appraisals that the supervisor then finalises.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from csdesk.domain.complaints import Priority
from csdesk.domain.grading import (
    CRITICAL_QA,
    SEVERE_COMPLAINT,
    Bonus,
    StarCandidate,
    bonus,
    capped_grade,
    grade_of,
    service_star,
)
from csdesk.domain.months import Month
from csdesk.domain.scoring import CardScore, score_card
from csdesk.domain.staff import Status, post_on
from csdesk.domain.standing import Standing, coverage, employed_days, pro_rata, standing
from csdesk.services.appraisals.appraisal_rules import Rules, rules_for
from csdesk.services.complaints.complaint_verdicts import valid_complaint_counts
from csdesk.services.database import Database
from csdesk.services.performance.kpis import AgentKpis, monthly_kpis
from csdesk.services.performance.qa import critical_failures
from csdesk.services.staff import agents as staff
from csdesk.services.suggestions.suggestion_records import month_rewards
from csdesk.services.training.duty_gate import not_cleared_days

#: What a month pays an agent it does not grade.
NO_BONUS = Bonus(0, 0, 0.0, 0, 0, False)


@dataclass(frozen=True)
class DraftAppraisal:
    """One agent's computed month."""

    agent_id: int
    employee_no: str
    name: str
    post: str
    score: CardScore
    satisfaction: float | None  # the month's rate: the bonus tier, the star's tie-break
    grade: str | None  # after the vetoes
    vetoes: tuple[str, ...]  # the veto keys that capped (or would cap) the grade
    bonus: Bonus
    rank: int | None  # 1 = the best total; None without a total or a grade
    star: bool  # the month's Service Star
    standing: Standing = Standing.GRADED  # graded, or why not (then no grade or bonus)
    coverage: float = 1.0  # the share of the card's weight with data
    employed: tuple[int, int] | None = None  # a mid-month hire's (days employed, days)


@dataclass(frozen=True)
class AgentMonth:
    """What one agent's month is scored on: the post then, the KPIs and the vetoes' facts."""

    kpis: AgentKpis
    post: str
    severe_complaints: int
    critical_failures: int
    onboarding: bool = False
    cleared: bool = True  # by the before-duty training, on the month's last day
    employed: tuple[int, int] | None = None  # hired mid-month: (days employed, days)
    reward: int = 0  # suggestion rewards paid with this month's bonus (cents)


@dataclass(frozen=True)
class MonthFacts:
    """A month's figures read once, so that rules can be tried on them again and again.

    The "what if" preview of the rules editor scores the same facts on every edit
    without reading the database again.
    """

    month: Month
    agents: tuple[AgentMonth, ...]  # roster order
    running: bool = False  # the month has not ended: nobody is graded yet


def month_facts(db: Database, month: Month, today: date | None = None) -> MonthFacts:
    """The figures of ``month`` that its appraisals are computed from."""
    today = today or date.today()
    kpis = monthly_kpis(db, month)
    records = {r.id: r for r in staff.list_agents(db)}
    severe = valid_complaint_counts(db, month, Priority.URGENT)
    rewards = month_rewards(db, month)
    critical = critical_failures(db, month)
    posts = {}
    for agent in kpis:
        record = records[agent.agent_id]
        changes = [(c.changed_on, c.from_post, c.to_post) for c in record.post_changes]
        posts[agent.agent_id] = post_on(month.last_day, record.data.post, changes)
    onboarding = {
        agent.agent_id for agent in kpis if records[agent.agent_id].data.status == Status.ONBOARDING
    }
    with db.read() as session:  # the duty gate stands between onboarding and duty
        not_cleared = {
            agent_id
            for agent_id, _day in not_cleared_days(
                session,
                {a: p for a, p in posts.items() if a in onboarding},
                [min(month.last_day, today)],
            )
        }
    agents = []
    for agent in kpis:
        data = records[agent.agent_id].data
        agents.append(
            AgentMonth(
                agent,
                posts[agent.agent_id],
                severe.get(agent.agent_id, 0),
                critical.get(agent.agent_id, 0),
                onboarding=agent.agent_id in onboarding,
                cleared=agent.agent_id not in not_cleared,
                employed=employed_days(data.hire_date, month.first_day, month.last_day),
                reward=rewards.get(agent.agent_id, 0),
            )
        )
    return MonthFacts(month, tuple(agents), running=month.last_day >= today)


def score_month(facts: MonthFacts, rules: Rules) -> list[DraftAppraisal]:
    """Every agent's draft appraisal of the month's ``facts`` under ``rules``.

    Raises:
        RuleProblem: a rule cannot score (``appraisal_rules.problems`` says which).
    """
    drafts: list[DraftAppraisal] = []
    for entry in facts.agents:
        agent = entry.kpis
        values = pro_rata(_with_work(agent), entry.employed)
        score = score_card(rules.cards.get(entry.post, ()), values)
        covered = coverage(score)
        state = standing(
            running=facts.running,
            onboarding=entry.onboarding,
            cleared=entry.cleared,
            covered=covered,
            needed=rules.min_coverage,
        )
        triggered = [
            v
            for v in rules.vetoes
            if (v.key == SEVERE_COMPLAINT and entry.severe_complaints)
            or (v.key == CRITICAL_QA and entry.critical_failures)
        ]
        complaints = int(agent.values.get("valid_complaints") or 0)
        satisfaction = agent.values.get("satisfaction_rate")
        if state is Standing.GRADED:
            grade = capped_grade(grade_of(score.total, rules.bands), triggered)
            pay = bonus(rules.bonus, entry.post, grade, satisfaction, complaints, entry.reward)
        else:
            grade, pay = None, NO_BONUS
            if state is not Standing.IN_PROGRESS or covered < rules.min_coverage:
                score = replace(score, total=None)  # a total of too little is not shown
        drafts.append(
            DraftAppraisal(
                agent.agent_id,
                agent.employee_no,
                agent.name,
                entry.post,
                score,
                satisfaction,
                grade,
                tuple(v.key for v in triggered),
                pay,
                None,
                False,
                state,
                covered,
                entry.employed,
            )
        )
    return _ranked(drafts)


def draft_appraisals(
    db: Database, month: Month, rules: Rules | None = None, today: date | None = None
) -> list[DraftAppraisal]:
    """The month's draft appraisal of every agent, in roster order.

    ``rules`` previews other rules ("what if"); by default the month's own apply.
    """
    return score_month(month_facts(db, month, today), rules or rules_for(db, month))


#: Sources with a figure every month whatever happened: no complaint reads 0, nor does
#: no praise, and training completion is known for everyone employed. On their own they
#: are not a month's work: an agent without any other figure would score 100.
ALWAYS_KNOWN = ("complaints", "praise", "training")


def _with_work(agent: AgentKpis) -> dict[str, float | None]:
    """The agent's values, or none at all when the month has no figure of their work."""
    if any(source not in ALWAYS_KNOWN for source in agent.sources.values()):
        return agent.values
    return dict.fromkeys(agent.values)


def _ranked(drafts: list[DraftAppraisal]) -> list[DraftAppraisal]:
    """The drafts with their rank (ties share one, 1, 1, 3) and the Service Star marked.

    Only graded drafts are ranked or can be the star.
    """
    graded = {d.agent_id: d.score.total for d in drafts if d.standing is Standing.GRADED}
    totals = sorted((t for t in graded.values() if t is not None), reverse=True)
    star = service_star(
        [
            StarCandidate(d.agent_id, graded.get(d.agent_id), bool(d.vetoes), d.satisfaction)
            for d in drafts
        ]
    )
    ranked = []
    for d in drafts:
        total = graded.get(d.agent_id)
        rank = None if total is None else totals.index(total) + 1
        ranked.append(replace(d, rank=rank, star=d.agent_id == star))
    return ranked
