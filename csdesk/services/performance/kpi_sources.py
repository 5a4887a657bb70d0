"""The month's KPIs from each source: per-conversation exports and the platforms' agent summaries.

``monthly_kpis`` prefers conversations; an agent without them falls back to the
summaries, combined over the month's summary rows by their conversation counts.
"""

from __future__ import annotations

from sqlalchemy import Integer, and_, func, select

from csdesk.data.performance import AgentSummary, Conversation
from csdesk.domain.kpis import DEFAULT_ANSWER_TARGET, THREE_MINUTES, mean, share
from csdesk.domain.months import Month
from csdesk.services.database import Database


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
