"""Draft appraisals of a month, computed from the month's KPIs and the rules.

For every agent of the month: the scorecard of the post held on the month's last day,
scored on the month's KPI values; the grade, capped by a veto (a valid urgent
complaint, a critical QA failure); the bonus; the rank in the team; and the month's
Service Star. Nothing is stored here: the same computation previews a month ("what if")
and fills the appraisals that the supervisor then finalises.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

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
from csdesk.domain.staff import post_on
from csdesk.services.appraisals.appraisal_rules import Rules, rules_for
from csdesk.services.complaints.complaint_verdicts import valid_complaint_counts
from csdesk.services.database import Database
from csdesk.services.performance.kpis import AgentKpis, monthly_kpis
from csdesk.services.performance.qa import critical_failures
from csdesk.services.staff import agents as staff


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
    rank: int | None  # 1 = the best total; None without a total
    star: bool  # the month's Service Star


@dataclass(frozen=True)
class AgentMonth:
    """What one agent's month is scored on: the post then, the KPIs and the vetoes' facts."""

    kpis: AgentKpis
    post: str
    severe_complaints: int
    critical_failures: int


@dataclass(frozen=True)
class MonthFacts:
    """A month's figures read once, so that rules can be tried on them again and again.

    The "what if" preview of the rules editor scores the same facts on every edit
    without reading the database again.
    """

    month: Month
    agents: tuple[AgentMonth, ...]  # roster order


def month_facts(db: Database, month: Month) -> MonthFacts:
    """The figures of ``month`` that its appraisals are computed from."""
    kpis = monthly_kpis(db, month)
    records = {r.id: r for r in staff.list_agents(db)}
    severe = valid_complaint_counts(db, month, Priority.URGENT)
    critical = critical_failures(db, month)
    agents = []
    for agent in kpis:
        record = records[agent.agent_id]
        changes = [(c.changed_on, c.from_post, c.to_post) for c in record.post_changes]
        post = post_on(month.last_day, record.data.post, changes)
        agents.append(
            AgentMonth(
                agent,
                post,
                severe.get(agent.agent_id, 0),
                critical.get(agent.agent_id, 0),
            )
        )
    return MonthFacts(month, tuple(agents))


def score_month(facts: MonthFacts, rules: Rules) -> list[DraftAppraisal]:
    """Every agent's draft appraisal of the month's ``facts`` under ``rules``.

    Raises:
        RuleProblem: a rule cannot score (``appraisal_rules.problems`` says which).
    """
    drafts: list[DraftAppraisal] = []
    for entry in facts.agents:
        agent = entry.kpis
        score = score_card(rules.cards.get(entry.post, ()), _with_work(agent))
        triggered = [
            v
            for v in rules.vetoes
            if (v.key == SEVERE_COMPLAINT and entry.severe_complaints)
            or (v.key == CRITICAL_QA and entry.critical_failures)
        ]
        grade = capped_grade(grade_of(score.total, rules.bands), triggered)
        complaints = int(agent.values.get("valid_complaints") or 0)
        satisfaction = agent.values.get("satisfaction_rate")
        pay = bonus(rules.bonus, entry.post, grade, satisfaction, complaints)
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
            )
        )
    return _ranked(drafts)


def draft_appraisals(
    db: Database, month: Month, rules: Rules | None = None
) -> list[DraftAppraisal]:
    """The month's draft appraisal of every agent, in roster order.

    ``rules`` previews other rules ("what if"); by default the month's own apply.
    """
    return score_month(month_facts(db, month), rules or rules_for(db, month))


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
    """The drafts with their rank (ties share one, 1, 1, 3) and the Service Star marked."""
    totals = sorted((d.score.total for d in drafts if d.score.total is not None), reverse=True)
    star = service_star(
        [StarCandidate(d.agent_id, d.score.total, bool(d.vetoes), d.satisfaction) for d in drafts]
    )
    return [
        replace(
            d,
            rank=None if d.score.total is None else totals.index(d.score.total) + 1,
            star=d.agent_id == star,
        )
        for d in drafts
    ]
