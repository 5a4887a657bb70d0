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

import csv
import io
from dataclasses import dataclass, field

from sqlalchemy import Integer, and_, func, or_, select

from csdesk.data.performance import AgentSummary, Conversation
from csdesk.data.staff import Agent
from csdesk.domain.kpis import BY_KEY, DEFAULT_ANSWER_TARGET, KPIS, THREE_MINUTES, Unit, mean, share
from csdesk.domain.months import Month
from csdesk.services.database import Database


@dataclass(frozen=True)
class AgentKpis:
    """One agent's KPI values for a month (None: no data) and where each came from."""

    agent_id: int
    employee_no: str
    name: str
    values: dict[str, float | None]
    sources: dict[str, str] = field(default_factory=dict)


def conversation_kpis(
    db: Database, month: Month, answer_target: int = DEFAULT_ANSWER_TARGET
) -> dict[int, dict[str, float | None]]:
    """The conversation KPIs of every agent with conversations in ``month``.

    Each rate and average is over the conversations that have a value for it.
    """
    c = Conversation
    start, end = month.moments

    def count(column):
        return func.count(column)

    def hits(condition):
        # typed as a number: summing a Boolean column would otherwise read back as a bool
        return func.coalesce(func.sum(condition), 0, type_=Integer)

    query = (
        select(
            c.agent_id,
            count(c.csat), hits(c.csat >= 4),
            count(c.first_response_seconds), func.total(c.first_response_seconds),
            hits(c.first_response_seconds <= THREE_MINUTES),
            count(c.avg_response_seconds), func.total(c.avg_response_seconds),
            count(c.answered), hits(c.answered),
            hits(and_(c.answered.is_(True), c.wait_seconds <= answer_target)),
            count(c.wait_seconds), func.total(c.wait_seconds),
            count(c.handle_seconds), func.total(c.handle_seconds),
            count(c.resolved), hits(c.resolved),
            count(c.first_contact_resolved), hits(c.first_contact_resolved),
            count(c.converted), hits(c.converted),
            count(c.order_cents), func.total(c.order_cents), hits(c.order_cents > 0),
        )
        .where(c.started_at >= start, c.started_at < end)
        .group_by(c.agent_id)
    )  # fmt: skip
    out: dict[int, dict[str, float | None]] = {}
    with db.read() as session:
        for row in session.execute(query):
            (agent, rated, satisfied, first_n, first_total, within_3min, avg_n, avg_total,
             offered, answered, in_time, wait_n, wait_total, handle_n, handle_total,
             resolved_n, resolved, fcr_n, fcr, converted_n, converted,
             order_n, order_total, orders) = row  # fmt: skip
            out[agent] = {
                "satisfaction_rate": share(satisfied, rated),
                "avg_first_response_seconds": mean(first_total, first_n),
                "avg_response_seconds": mean(avg_total, avg_n),
                "three_minute_reply_rate": share(within_3min, first_n),
                "answer_rate": share(answered, offered),
                "service_level": share(in_time, offered),
                "avg_wait_seconds": mean(wait_total, wait_n),
                "avg_handle_seconds": mean(handle_total, handle_n),
                "resolution_rate": share(resolved, resolved_n),
                "fcr_rate": share(fcr, fcr_n),
                "conversion_rate": share(converted, converted_n),
                "sales_amount": order_total if order_n else None,
                "avg_order_value": mean(order_total, orders),
            }
    return out


#: KPI key -> the summary column that gives it (rates weighted by customers served).
SUMMARY_RATES = {
    "satisfaction_rate": "satisfaction_rate",
    "avg_first_response_seconds": "first_response_seconds",
    "avg_response_seconds": "avg_response_seconds",
    "three_minute_reply_rate": "three_minute_reply_rate",
    "conversion_rate": "conversion_rate",
    "reply_rate": "reply_rate",
}


def summary_kpis(db: Database, month: Month) -> dict[int, dict[str, float | None]]:
    """The KPIs the platforms' own summaries give for ``month``, per agent.

    A summary for the whole month is taken as it is; otherwise the month's daily rows
    are combined: amounts added up, rates averaged weighted by customers served (or
    inquiries, or equally when neither is given). An agent with several accounts
    (Taobao and JD, say) has them combined the same way.
    """
    with db.read() as session:
        rows = session.scalars(
            select(AgentSummary).where(
                AgentSummary.period_start >= month.first_day,
                AgentSummary.period_end <= month.last_day,
            )
        ).all()
        by_agent: dict[int, list[AgentSummary]] = {}
        for row in rows:
            by_agent.setdefault(row.agent_id, []).append(row)
        return {agent: _combined(found, month) for agent, found in by_agent.items()}


def _combined(rows: list[AgentSummary], month: Month) -> dict[str, float | None]:
    whole = [r for r in rows if (r.period_start, r.period_end) == (month.first_day, month.last_day)]
    rows = whole or rows
    out: dict[str, float | None] = {}
    for key, column in SUMMARY_RATES.items():
        pairs = [
            (getattr(r, column), r.customers_served or r.inquiries or 1)
            for r in rows
            if getattr(r, column) is not None
        ]
        weight = sum(w for _v, w in pairs)
        out[key] = sum(v * w for v, w in pairs) / weight if pairs else None
    sales = [r.sales_cents for r in rows if r.sales_cents is not None]
    buyers = [r.buyers for r in rows if r.buyers is not None]
    out["sales_amount"] = float(sum(sales)) if sales else None
    out["avg_order_value"] = mean(sum(sales), sum(buyers)) if sales and buyers else None
    return out


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


def shown(unit: Unit, value: float | None) -> str:
    """A value as the CSV and the console print it: money in yuan, two decimals at most."""
    if value is None:
        return ""
    if unit is Unit.CENTS:
        value = value / 100
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def kpis_csv(rows: list[AgentKpis]) -> str:
    """One row per agent: employee_no, name, then one column per KPI key."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["employee_no", "name", *(k.key for k in KPIS)])
    for row in rows:
        writer.writerow(
            [row.employee_no, row.name, *(shown(k.unit, row.values[k.key]) for k in KPIS)]
        )
    return buffer.getvalue()
