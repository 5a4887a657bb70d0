"""Monthly KPI values per agent, from every area that has data for them.

Conversations give the service measures (one aggregate query over the month's range
of the start-time index); the platforms' summaries override them where they give the
same KPI (their own figure is the one the shop is judged by). QA reviews give the QA
score, praise its count, complaints the valid complaint count, training the completion
of required courses, the rota attendance; the supervisor enters teamwork, and a value
entered by hand overrides the rota's attendance. A KPI with no data for an agent is
None, never 0, so a scorecard can leave it out instead of scoring it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select

from csdesk.data.staff import Agent
from csdesk.domain.kpis import BY_KEY
from csdesk.domain.months import Month
from csdesk.services.database import Database
from csdesk.services.performance.kpi_sources import conversation_kpis, summary_kpis


@dataclass(frozen=True)
class AgentKpis:
    """One agent's KPI values for a month (None: no data) and where each came from."""

    agent_id: int
    employee_no: str
    name: str
    values: dict[str, float | None]
    sources: dict[str, str] = field(default_factory=dict)


def _agents_of(db: Database, month: Month, with_data: set[int]) -> list[Agent]:
    """Agents employed at some time in ``month``, and any others with data in it."""
    with db.read() as session:
        employed = and_(
            Agent.hire_date <= month.last_day,
            or_(Agent.left_date.is_(None), Agent.left_date >= month.first_day),
        )
        query = select(Agent).where(or_(employed, Agent.id.in_(with_data)))
        return list(session.scalars(query.order_by(Agent.employee_no)))


def monthly_kpis(db: Database, month: Month, employee_no: str | None = None) -> list[AgentKpis]:
    """Every KPI of every agent of ``month`` (or of one agent), in roster order."""
    from csdesk.services.complaints.complaint_verdicts import valid_complaint_counts
    from csdesk.services.performance.manual_kpis import manual_values
    from csdesk.services.performance.praise import monthly_praise
    from csdesk.services.performance.qa import monthly_qa_scores
    from csdesk.services.rota.rota_month import monthly_attendance
    from csdesk.services.training.agent_training_figures import monthly_training_figures

    talks = conversation_kpis(db, month)
    platform = summary_kpis(db, month)
    complaints = valid_complaint_counts(db, month)
    training = monthly_training_figures(db, month)
    qa_scores = monthly_qa_scores(db, month)
    entered = manual_values(db, month)
    praise = monthly_praise(db, month)
    attendance = monthly_attendance(db, month)
    out = []
    for agent in _agents_of(db, month, set(talks) | set(platform)):
        if employee_no is not None and agent.employee_no.casefold() != employee_no.casefold():
            continue
        values: dict[str, float | None] = dict.fromkeys(BY_KEY)
        sources: dict[str, str] = {}
        for key, value in talks.get(agent.id, {}).items():
            values[key] = value
            if value is not None:
                sources[key] = "conversations"
        for key, value in platform.get(agent.id, {}).items():
            if value is not None:  # the platform's own figure wins
                values[key] = value
                sources[key] = "summaries"
        values["valid_complaints"] = complaints.get(agent.id, 0)
        sources["valid_complaints"] = "complaints"
        if agent.id in qa_scores:
            values["qa_score"] = qa_scores[agent.id]
            sources["qa_score"] = "qa"
        if praise is not None:
            values["praise_count"] = praise.get(agent.id, 0)
            sources["praise_count"] = "praise"
        if agent.id in attendance:
            values["attendance_rate"] = attendance[agent.id]
            sources["attendance_rate"] = "rota"
        for key, value in entered.get(agent.id, {}).items():  # typed by hand: overrides
            values[key] = value
            sources[key] = "manual"
        figures = training.get(agent.id)
        if figures is not None and figures.completion_rate is not None:
            values["training_completion"] = 100.0 * figures.completion_rate
            sources["training_completion"] = "training"
        out.append(AgentKpis(agent.id, agent.employee_no, agent.name, values, sources))
    return out
