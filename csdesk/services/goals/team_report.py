"""The team report of a month: one A4 page for the owner, in the reader's language.

``team_month`` gathers the figures; this module words them and ``reports.team_page``
lays them out. Values are written as the screens write them (one decimal for rates).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from csdesk.common.goal_labels import goal_status_labels, team_kpi_name, team_value_text
from csdesk.common.i18n import translate
from csdesk.common.labels import month_title
from csdesk.common.progress import Progress
from csdesk.domain.months import Month
from csdesk.services import shop
from csdesk.services.database import Database
from csdesk.services.goals.team_month import TREND_KPIS, TeamMonth, team_month
from csdesk.services.performance.team_kpis import PER_ORDERS


def _figures_block(figures: TeamMonth):
    from csdesk.reports.team_page import Block

    words = goal_status_labels()
    rows = [
        [
            team_kpi_name(line.kpi, line.channel),
            *(team_value_text(line.kpi, v) for v in (line.now, line.last_month, line.last_year)),
            team_value_text(line.kpi, line.target) if line.target is not None else "",
            words[line.status] if line.status else "",
        ]
        for line in figures.lines
    ]
    return Block(
        translate("Reports", "Team figures"),
        [translate("Reports", "Figure"), translate("Reports", "This month"),
         translate("Reports", "Last month"), translate("Reports", "Same month last year"),
         translate("Reports", "Target"), translate("Reports", "Status")],
        rows,
        [34, 14, 14, 16, 14, 12],
        [line.status for line in figures.lines],
    )  # fmt: skip


def _goals_block(figures: TeamMonth):
    from csdesk.reports.team_page import Block

    words = goal_status_labels()
    index = figures.month.month - 1
    rows, statuses = [], []
    for goal in figures.goals:
        month = goal.months[index]
        rows.append(
            [team_kpi_name(goal.kpi), team_value_text(goal.kpi, goal.baseline),
             team_value_text(goal.kpi, goal.target), team_value_text(goal.kpi, month.target),
             team_value_text(goal.kpi, month.actual),
             words[month.status] if month.status else translate("Reports", "no data")]
        )  # fmt: skip
        statuses.append(month.status)
    return Block(
        translate("Reports", "Goals of {year}").format(year=figures.month.year),
        [translate("Reports", "Goal"), translate("Reports", "Baseline"),
         translate("Reports", "Year's target"), translate("Reports", "Month's target"),
         translate("Reports", "Actual"), translate("Reports", "Status")],
        rows,
        [34, 14, 14, 16, 14, 12],
        statuses,
        empty=translate("Reports", "No goals set for {year}.").format(year=figures.month.year),
    )  # fmt: skip


def _facts(figures: TeamMonth) -> list[tuple[str, str]]:
    t = figures.turnover
    turnover = team_value_text("turnover_rate", None if t.rate is None else 100 * t.rate)
    per = (
        translate("Reports", "per 1,000 paid orders")
        if figures.complaint_basis == PER_ORDERS
        else translate("Reports", "per 1,000 contacts: no orders on file")
    )
    rate = next((line.now for line in figures.lines if line.kpi == "complaint_rate"), None)
    sep = translate("Labels", ", ")
    top = sep.join(f"{name} {n}" for name, n in figures.top_categories) or "—"
    causes = sep.join(f"{name} {n}" for name, n in figures.root_causes) or "—"
    return [
        (translate("Reports", "People"), translate(
            "Reports",
            "Agents at the month's end: {headcount} ({hires} hired, {leavers} left); turnover "
            "{turnover} in the month, {twelve} over twelve months.",
        ).format(headcount=t.end_headcount, hires=t.hires, leavers=t.leavers, turnover=turnover,
                 twelve=team_value_text("turnover_rate", figures.twelve_month_turnover))),
        (translate("Reports", "Training"), translate(
            "Reports", "Required courses held: {held}; lapsing soon: {lapsing}; lapsed: {lapsed}."
        ).format(held=team_value_text("turnover_rate", figures.training_cleared),
                 lapsing=figures.lapsing, lapsed=figures.lapsed)),
        (translate("Reports", "Complaints"), translate(
            "Reports",
            "{received} received; complaint rate {rate} ({per}). Top categories: {top}. "
            "Root causes: {causes}.",
        ).format(received=figures.received, rate=team_value_text("complaint_rate", rate),
                 per=per, top=top, causes=causes)),
        (translate("Reports", "Service Star"),
         figures.star or translate("Reports", "None this month.")),
    ]  # fmt: skip


def _charts(figures: TeamMonth):
    from csdesk.reports.line_chart import LineSeries

    months = [figures.month.shift(back - 11) for back in range(12)]
    labels = [str(m.month) for m in months]
    targets = {g.kpi: g.months[figures.month.month - 1].target for g in figures.goals}
    return [
        LineSeries(
            team_kpi_name(kpi),
            labels,
            figures.trends[kpi],
            targets.get(kpi),
            translate("Reports", "No data"),
        )
        for kpi in TREND_KPIS
    ]


def team_report(
    db: Database,
    month: Month,
    out: Path,
    *,
    today: date | None = None,
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> int:
    """Write ``month``'s team report to ``out`` (one A4 page); return the headcount."""
    from csdesk.reports.team_page import TeamPage, build_team_page

    figures = team_month(db, month, today, uncategorised=translate("Reports", "Uncategorised"))
    page = TeamPage(
        title=translate("Reports", "Team report"),
        subtitle=translate("Reports", "Team report · {month}").format(month=month_title(month)),
        figures=_figures_block(figures),
        goals=_goals_block(figures),
        facts=_facts(figures),
        charts=_charts(figures),
        note=translate(
            "Reports",
            "Team figures are made from all the team's contacts, not the mean of the agents' "
            "figures. Each channel's service level counts the contacts answered within its "
            "own promise. Trends: the twelve months to this one; the dashed line is the "
            "month's target.",
        ),
    )
    build_team_page(out, shop.shop_name(db), page, printed_at, progress)
    return figures.turnover.end_headcount
