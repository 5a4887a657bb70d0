"""The month's KPIs from each source: per-conversation exports and the platforms' agent summaries.

``monthly_kpis`` prefers conversations; an agent without them falls back to the
summaries, combined over the month's summary rows by their conversation counts.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, case, func, select

from csdesk.data.performance import AgentSummary, Conversation
from csdesk.data.portable import hits, total
from csdesk.data.rota import StaffingChannel
from csdesk.domain.channels import (
    CHAT,
    DEFAULT_WITHIN,
    EMAIL,
    PHONE,
    ServiceCounts,
    channel_kind,
    service_counts,
)
from csdesk.domain.kpis import THREE_MINUTES, mean, share
from csdesk.domain.months import Month
from csdesk.services.database import Database

#: The additive figures of a group of conversations, in this order (see ``_SUMS``).
Sums = tuple[float, ...]


def _sum_columns(within: dict[str, float]):
    c = Conversation

    def count(column):
        return func.count(column)

    return (
        count(c.csat), hits(c.csat >= 4),
        count(c.first_response_seconds), total(c.first_response_seconds),
        hits(c.first_response_seconds <= THREE_MINUTES),
        count(c.avg_response_seconds), total(c.avg_response_seconds),
        count(c.answered), hits(c.answered.is_(True)),
        hits(and_(c.answered.is_(True), c.wait_seconds <= within[PHONE])),
        count(c.wait_seconds), total(c.wait_seconds),
        count(c.handle_seconds), total(c.handle_seconds),
        count(c.resolved), hits(c.resolved.is_(True)),
        count(c.first_contact_resolved), hits(c.first_contact_resolved.is_(True)),
        count(c.converted), hits(c.converted.is_(True)),
        count(c.order_cents), total(c.order_cents), hits(c.order_cents > 0),
        hits(c.first_response_seconds <= within[CHAT]),
        hits(c.first_response_seconds <= within[EMAIL]),
        count(case((c.answered.is_(None), c.first_response_seconds))),
        hits(and_(c.answered.is_(None), c.first_response_seconds <= within[CHAT])),
        func.count(),
    )  # fmt: skip


def service_promises(db: Database) -> dict[str, float]:
    """Each channel's promise in seconds: the staffing settings' chat and phone, e-mail 4 h."""
    within = dict(DEFAULT_WITHIN)
    with db.read() as session:
        for channel, seconds in session.execute(
            select(StaffingChannel.channel, StaffingChannel.within_seconds)
        ):
            if channel in within and seconds:
                within[channel] = float(seconds)
    return within


def conversation_sums(
    db: Database, month: Month, within: dict[str, float] | None = None
) -> list[tuple[int | None, str, Sums]]:
    """(agent id, channel kind, additive figures) per agent and channel word of ``month``.

    Sums add up across groups, so an agent's, a channel's and the team's figures are all
    made from these rows: a team's satisfaction is satisfied ratings over all ratings,
    not the mean of its agents' rates.
    """
    start, end = month.moments
    return period_sums(db, start, end, within)


def period_sums(
    db: Database, start: datetime, end: datetime, within: dict[str, float] | None = None
) -> list[tuple[int | None, str, Sums]]:
    """``conversation_sums`` of the conversations started in [start, end): a day, a month."""
    within = within or service_promises(db)
    c = Conversation
    query = (
        select(c.agent_id, c.channel, *_sum_columns(within))
        .where(c.started_at >= start, c.started_at < end)
        .group_by(c.agent_id, c.channel)
    )
    with db.read() as session:
        return [
            (row[0], channel_kind(row[1]), tuple(float(v or 0) for v in row[2:]))
            for row in session.execute(query)
        ]


#: The response-time figures of ``_sum_columns``: first response and average response.
_RESPONSE_TIMES = range(2, 7)


def add_sums(rows: list[tuple[str, Sums]]) -> tuple[Sums, ServiceCounts]:
    """Add groups up; the service level counts each group against its channel's rule.

    An e-mail's first reply comes in hours, a chat's in seconds: where e-mail is mixed
    with live channels, the response times (first response, average response, 3-minute
    replies) are the live channels' only; e-mail on its own shows its own.
    """
    total: list[float] = [0.0] * _WIDTH
    service = ServiceCounts()
    live = any(kind != EMAIL for kind, _sums in rows)
    for kind, sums in rows:
        calls = ServiceCounts(int(sums[7]), int(sums[9]))
        responses = ServiceCounts(int(sums[2]), int(sums[24] if kind == EMAIL else sums[23]))
        other = ServiceCounts(int(sums[25]), int(sums[26]))
        service = service + service_counts(kind, calls, responses, other)
        if live and kind == EMAIL:
            sums = tuple(0.0 if i in _RESPONSE_TIMES else v for i, v in enumerate(sums))
        total = [a + b for a, b in zip(total, sums, strict=True)]
    return tuple(total), service


def rates(sums: Sums, service: ServiceCounts) -> dict[str, float | None]:
    """The conversation KPIs of a group's added-up figures."""
    (rated, satisfied, first_n, first_total, within_3min, avg_n, avg_total,
     offered, answered, _phone_in_time, wait_n, wait_total, handle_n, handle_total,
     resolved_n, resolved, fcr_n, fcr, converted_n, converted,
     order_n, order_total, orders, _chat_in_time, _email_in_time, _other_n, _other_in_time,
     _contacts) = sums  # fmt: skip
    return {
        "satisfaction_rate": share(int(satisfied), int(rated)),
        "avg_first_response_seconds": mean(first_total, int(first_n)),
        "avg_response_seconds": mean(avg_total, int(avg_n)),
        "three_minute_reply_rate": share(int(within_3min), int(first_n)),
        "answer_rate": share(int(answered), int(offered)),
        "service_level": share(service.in_time, service.counted),
        "avg_wait_seconds": mean(wait_total, int(wait_n)),
        "avg_handle_seconds": mean(handle_total, int(handle_n)),
        "resolution_rate": share(int(resolved), int(resolved_n)),
        "fcr_rate": share(int(fcr), int(fcr_n)),
        "conversion_rate": share(int(converted), int(converted_n)),
        "sales_amount": order_total if order_n else None,
        "avg_order_value": mean(order_total, int(orders)),
    }


_WIDTH = 28  # the figures ``_sum_columns`` adds up


def conversation_kpis(
    db: Database, month: Month, within: dict[str, float] | None = None
) -> dict[int, dict[str, float | None]]:
    """The conversation KPIs of every agent with conversations in ``month``.

    Each rate and average is over the conversations that have a value for it; the
    service level counts each conversation against its own channel's promise.
    """
    groups: dict[int, list[tuple[str, Sums]]] = {}
    for agent, kind, sums in conversation_sums(db, month, within):
        if agent is not None:
            groups.setdefault(agent, []).append((kind, sums))
    return {agent: rates(*add_sums(rows)) for agent, rows in groups.items()}


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
