"""The team's month: its KPIs over all contacts, per channel, and the team-only figures.

A team's rate is made from all its contacts (satisfied ratings over all ratings), never
the plain mean of its agents' rates: an agent with ten chats and one with a thousand do
not weigh the same. Per channel, each channel's own service-level promise applies; the
team line counts each contact against its own channel's promise.

Team-only figures: ``contacts``, ``headcount`` (at the month's end), ``turnover_rate``
(leavers over the month's average headcount, in percent) and ``complaint_rate``
(complaints received per 1,000 paid orders; per 1,000 contacts for a month without
orders on file, and the line says which).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from csdesk.data.complaints import Complaint
from csdesk.data.rota import StaffingChannel
from csdesk.domain.channels import KINDS, OTHER
from csdesk.domain.kpis import KPIS, mean
from csdesk.domain.months import Month
from csdesk.services.complaints.complaint_verdicts import valid_complaint_counts
from csdesk.services.database import Database
from csdesk.services.performance.kpi_sources import (
    add_sums,
    conversation_sums,
    period_sums,
    rates,
)
from csdesk.services.performance.praise import monthly_praise
from csdesk.services.performance.qa_records import month_reviews
from csdesk.services.performance.shop_orders import month_orders, months_orders
from csdesk.services.staff.headcount import team_figures

#: The columns the team line adds to the agents' KPIs.
TEAM_ONLY = ("complaint_rate", "turnover_rate", "headcount", "contacts")
TEAM = "team"
#: What ``complaint_rate`` is divided by.
PER_ORDERS = "orders"
PER_CONTACTS = "contacts"


@dataclass(frozen=True)
class TeamLine:
    """One line of the team's month: the whole team, or one channel."""

    scope: str  # "team", or a channel: chat, phone, email, other
    values: dict[str, float | None]
    complaint_basis: str = ""  # the team line: PER_ORDERS or PER_CONTACTS


def team_kpis(db: Database, month: Month, by_channel: bool = False) -> list[TeamLine]:
    """The team's KPIs of ``month``; with ``by_channel`` a line per channel first."""
    groups = [(kind, sums) for _agent, kind, sums in conversation_sums(db, month)]
    lines = []
    if by_channel:
        for kind in KINDS:
            rows = [(k, s) for k, s in groups if k == kind]
            if rows:
                lines.append(TeamLine(kind, _line(rows)))
    team = _line(groups)
    orders = month_orders(db, month)
    team.update(_team_only(db, month, team["contacts"] if orders is None else orders))
    lines.append(TeamLine(TEAM, team, PER_CONTACTS if orders is None else PER_ORDERS))
    return lines


def day_kpis(db: Database, day: date) -> list[TeamLine]:
    """The team's figures of one day, a line per channel with contacts (no team-only ones).

    The Today page's Yesterday card: a day's satisfaction, first response and service
    level, each channel against its own promise.
    """
    start = datetime.combine(day, time(0))
    groups = [(kind, sums) for _a, kind, sums in period_sums(db, start, start + timedelta(1))]
    return [
        TeamLine(kind, _line(rows))
        for kind in KINDS
        if (rows := [(k, s) for k, s in groups if k == kind])
    ]


def _line(rows) -> dict[str, float | None]:
    sums, service = add_sums(rows)
    values: dict[str, float | None] = dict.fromkeys(k.key for k in KPIS)
    values.update(rates(sums, service))
    values.update(dict.fromkeys(TEAM_ONLY))
    values["contacts"] = sums[-1]
    return values


def _team_only(db: Database, month: Month, divisor: float | None) -> dict[str, float | None]:
    """The figures only a team has, and the agents' figures that add up.

    ``divisor``: the paid orders of the month, or its contacts when it has none.
    """
    start, end = month.moments
    with db.read() as session:
        received = session.scalar(
            select(func.count())
            .select_from(Complaint)
            .where(Complaint.received_at >= start, Complaint.received_at < end)
        )
    figures = team_figures(db, month)
    scores = [r.score for r in month_reviews(db, month) if r.score is not None]
    praise = monthly_praise(db, month)
    turnover = figures.month_turnover.rate
    return {
        "complaint_rate": 1000 * (received or 0) / divisor if divisor else None,
        "turnover_rate": None if turnover is None else 100 * turnover,
        "headcount": float(figures.month_turnover.end_headcount),
        "qa_score": mean(sum(scores), len(scores)),
        "praise_count": None if praise is None else float(sum(praise.values())),
        "valid_complaints": float(sum(valid_complaint_counts(db, month).values())),
    }


def service_targets(db: Database) -> dict[str, float]:
    """Each channel's service-level target in percent (the staffing settings; 80 %)."""
    targets = {kind: 80.0 for kind in KINDS if kind != OTHER}
    with db.read() as session:
        for channel, target in session.execute(
            select(StaffingChannel.channel, StaffingChannel.target)
        ):
            if channel in targets and target:
                targets[channel] = 100 * float(target)
    return targets


#: Team-only KPIs a goal may name, with the way each should go.
GOAL_KPIS_LOWER = ("complaint_rate", "turnover_rate")


def year_team_kpis(db: Database, year: int) -> dict[str, float | None]:
    """The team's figures over a whole calendar year (a goal's baseline).

    Every rate is made from the year's contacts at once, like a month's; the turnover
    is the year's leavers over its average headcount; the complaint rate is per 1,000
    paid orders when every month with contacts has its orders on file, else per 1,000
    contacts.
    """
    months = [Month(year, m) for m in range(1, 13)]
    by_month = {
        m: [(kind, sums) for _agent, kind, sums in conversation_sums(db, m)] for m in months
    }
    values = _line([group for groups in by_month.values() for group in groups])
    with db.read() as session:
        received = session.scalar(
            select(func.count())
            .select_from(Complaint)
            .where(
                Complaint.received_at >= months[0].moments[0],
                Complaint.received_at < months[-1].moments[1],
            )
        )
    orders = months_orders(db, [m for m, groups in by_month.items() if groups])
    divisor = values["contacts"] if orders is None else orders
    turnover = team_figures(db, months[-1]).year_turnover
    values["complaint_rate"] = 1000 * (received or 0) / divisor if divisor else None
    values["turnover_rate"] = None if turnover.rate is None else 100 * turnover.rate
    values["headcount"] = float(turnover.end_headcount)
    return values
