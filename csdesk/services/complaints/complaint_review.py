"""The monthly complaint review: what came in, how fast it moved, what went wrong and why.

Figures for complaints received in the month (counts by category, channel, platform
and agent; the three clocks; root causes; repeats; compensation; follow-up
satisfaction), the month's resolutions, and the same headline figures of the month
before for comparison. Times are working hours, pauses not counted.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from csdesk.data.complaints import Complaint, ComplaintCategory
from csdesk.domain.complaints import OPEN, Clock, counts_against_agent
from csdesk.domain.months import Month
from csdesk.domain.sla import working_time
from csdesk.services.complaints.complaint_clocks import (
    DONE_FIELD,
    ClockRules,
    clock_rules,
    pauses_of,
    read_clocks,
)
from csdesk.services.complaints.seeded_vocabulary import category_name, cause_name
from csdesk.services.database import Database


@dataclass(frozen=True)
class ClockFigures:
    """One clock over the month: how often the promise was kept, how long steps took."""

    measured: int  # complaints whose step was done, or whose clock is already overdue
    met: int
    median_hours: float | None
    mean_hours: float | None

    @property
    def compliance(self) -> float | None:
        """Share of measured complaints done in time (None when none was measured)."""
        return self.met / self.measured if self.measured else None


@dataclass(frozen=True)
class Headline:
    """The figures compared with the month before."""

    received: int
    resolved: int
    valid: int
    compliance: dict[Clock, float | None]
    satisfaction_mean: float | None
    compensation_cents: int


@dataclass(frozen=True)
class AgentFigures:
    """One agent's complaints of the month."""

    name: str
    employee_no: str
    received: int
    valid: int


@dataclass(frozen=True)
class ReviewFigures:
    """Everything the monthly review prints."""

    month: Month
    headline: Headline
    previous: Headline
    still_open: int
    by_category: list[tuple[str, str, int]]  # category, subcategory, count
    by_top_category: list[tuple[str, int]]
    by_channel: list[tuple[str, int]]
    by_platform: list[tuple[str, int]]
    by_agent: list[AgentFigures]
    clocks: dict[Clock, ClockFigures]
    root_causes: list[tuple[str, int]]
    repeat_customers: list[tuple[str, int]]
    repeat_orders: list[tuple[str, int]]
    compensation: list[tuple[str, int, int]]  # type, count, cents
    visits: int
    no_visit: int
    satisfied: int  # visits rated 4 or 5
    daily: list[tuple[date, int, int]]  # day, received, resolved


def _load(session, start: datetime, end: datetime, *, resolved: bool = False):
    column = Complaint.resolved_at if resolved else Complaint.received_at
    return session.scalars(
        select(Complaint)
        .where(column >= start, column < end)
        .options(
            selectinload(Complaint.pauses),
            selectinload(Complaint.category).selectinload(ComplaintCategory.parent),
            selectinload(Complaint.agent),
            selectinload(Complaint.root_cause),
        )
        .order_by(Complaint.received_at)
    ).all()


def _hours(value: timedelta) -> float:
    return value.total_seconds() / 3600


def _clocks(items, rules: ClockRules, now: datetime) -> dict[Clock, ClockFigures]:
    out = {}
    readings = [(c, read_clocks(c, rules, now)) for c in items]
    for clock in Clock:
        measured = met = 0
        durations = []
        for complaint, clocks in readings:
            reading = clocks[clock]
            done = getattr(complaint, DONE_FIELD[clock])
            if done is None and not reading.breached:
                continue
            measured += 1
            met += not reading.breached
            if done is not None:
                spent = working_time(
                    rules.calendar, complaint.received_at, done, pauses_of(complaint)
                )
                durations.append(_hours(spent))
        out[clock] = ClockFigures(
            measured,
            met,
            statistics.median(durations) if durations else None,
            statistics.fmean(durations) if durations else None,
        )
    return out


def _headline(items, resolved_count: int, rules: ClockRules, now: datetime) -> Headline:
    clocks = _clocks(items, rules, now)
    scores = [c.satisfaction for c in items if c.satisfaction is not None]
    return Headline(
        received=len(items),
        resolved=resolved_count,
        valid=sum(
            1 for c in items if c.agent_id is not None and counts_against_agent(c.valid, c.appeal)
        ),
        compliance={clock: figures.compliance for clock, figures in clocks.items()},
        satisfaction_mean=statistics.fmean(scores) if scores else None,
        compensation_cents=sum(c.compensation_cents for c in items),
    )


def _category_names(complaint: Complaint, none: str) -> tuple[str, str]:
    category = complaint.category
    if category is None:
        return none, ""
    if category.parent is not None:
        return category_name(category.parent.name), category_name(category.name)
    return category_name(category.name), ""


def monthly_review(
    db: Database, month: Month, *, now: datetime | None = None, uncategorised: str = "—"
) -> ReviewFigures:
    """Gather the review of complaints received in ``month``."""
    now = now or datetime.now()
    start, end = month.moments
    before_start, before_end = month.shift(-1).moments
    with db.read() as session:
        rules = clock_rules(session)
        items = _load(session, start, end)
        resolved = _load(session, start, end, resolved=True)
        previous = _load(session, before_start, before_end)
        previous_resolved = _load(session, before_start, before_end, resolved=True)
        headline = _headline(items, len(resolved), rules, now)
        earlier = _headline(previous, len(previous_resolved), rules, now)
        clocks = _clocks(items, rules, now)

        categories = Counter(_category_names(c, uncategorised) for c in items)
        tops = Counter(_category_names(c, uncategorised)[0] for c in items)
        agents: dict[int, list[int]] = {}
        names: dict[int, tuple[str, str]] = {}
        for c in items:
            if c.agent is None:
                continue
            names[c.agent_id] = (c.agent.name, c.agent.employee_no)
            counts = agents.setdefault(c.agent_id, [0, 0])
            counts[0] += 1
            counts[1] += counts_against_agent(c.valid, c.appeal)
        causes = Counter(cause_name(c.root_cause.name) for c in items if c.root_cause is not None)
        # the same name with another contact is another customer (two "王女士")
        customers = Counter(
            f"{c.customer} ({c.contact})" if c.contact else c.customer for c in items if c.customer
        )
        orders = Counter(c.order_no for c in items if c.order_no)
        compensation: dict[str, list[int]] = {}
        for c in items:
            if c.compensation_type:
                entry = compensation.setdefault(c.compensation_type, [0, 0])
                entry[0] += 1
                entry[1] += c.compensation_cents
        days = [month.first_day + timedelta(days=i) for i in range(month.last_day.day)]
        received_by_day = Counter(c.received_at.date() for c in items)
        resolved_by_day = Counter(c.resolved_at.date() for c in resolved)
        still_open = sum(
            1
            for c in items
            if c.status in OPEN or (c.resolved_at is not None and c.resolved_at >= end)
        )
    return ReviewFigures(
        month=month,
        headline=headline,
        previous=earlier,
        still_open=still_open,
        by_category=sorted(
            ((top, sub, n) for (top, sub), n in categories.items()), key=lambda r: (-r[2], r[0])
        ),
        by_top_category=tops.most_common(),
        by_channel=Counter(c.channel or "—" for c in items).most_common(),
        by_platform=Counter(c.platform or "—" for c in items).most_common(),
        by_agent=sorted(
            (AgentFigures(*names[i], *counts) for i, counts in agents.items()),
            key=lambda a: (-a.valid, -a.received, a.employee_no),
        ),
        clocks=clocks,
        root_causes=causes.most_common(5),
        repeat_customers=[(k, n) for k, n in customers.most_common() if n > 1],
        repeat_orders=[(k, n) for k, n in orders.most_common() if n > 1],
        compensation=sorted(
            ((kind, n, cents) for kind, (n, cents) in compensation.items()), key=lambda r: -r[2]
        ),
        visits=sum(1 for c in items if c.satisfaction is not None),
        no_visit=sum(1 for c in items if c.satisfaction is None and c.no_follow_up_reason),
        satisfied=sum(1 for c in items if c.satisfaction is not None and c.satisfaction >= 4),
        daily=[(d, received_by_day[d], resolved_by_day[d]) for d in days],
    )
