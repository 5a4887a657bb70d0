"""The monthly complaint review as a PDF, with two charts.

Figures come from ``complaint_review``; ``reports.sections`` lays them out; the charts
show complaints by category and received vs resolved per day.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from csdesk.common.case_labels import clock_labels
from csdesk.common.complaint_labels import compensation_labels, complaint_channel_labels
from csdesk.common.i18n import translate
from csdesk.common.labels import label, money, month_title
from csdesk.common.progress import Progress
from csdesk.domain.months import Month
from csdesk.services import shop
from csdesk.services.complaints.complaint_review import Headline, ReviewFigures, monthly_review
from csdesk.services.database import Database


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _hours(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _change(now: int, before: int) -> str:
    return f"{now - before:+d}"


def _summary(f: ReviewFigures) -> list[str]:
    h, p = f.headline, f.previous
    lines = [
        translate(
            "Reports",
            "Received {received} (previous month {before}, {change}); resolved in the month "
            "{resolved} (previous month {resolved_before}); still open from this month "
            "{open}.",
        ).format(
            received=h.received,
            before=p.received,
            change=_change(h.received, p.received),
            resolved=h.resolved,
            resolved_before=p.resolved,
            open=f.still_open,
        ),
        translate(
            "Reports",
            "Valid complaints against agents {valid} (previous month {before}). "
            "Compensation {money} (previous month {money_before}).",
        ).format(
            valid=h.valid,
            before=p.valid,
            money=money(h.compensation_cents),
            money_before=money(p.compensation_cents),
        ),
        translate(
            "Reports",
            "Follow-up visits {visits}, satisfied (4-5) {satisfied}, mean satisfaction "
            "{mean} (previous month {mean_before}); no visit possible {none}.",
        ).format(
            visits=f.visits,
            satisfied=f.satisfied,
            mean=_mean(h),
            mean_before=_mean(p),
            none=f.no_visit,
        ),
    ]
    return lines


def _mean(h: Headline) -> str:
    return "—" if h.satisfaction_mean is None else f"{h.satisfaction_mean:.2f}"


def review_report(
    db: Database,
    month: Month,
    out: Path,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the month's complaint review to ``out``; return how many were received."""
    from csdesk.reports import charts
    from csdesk.reports.sections import Chart, Section, SectionedReport, build_sectioned_report

    none = translate("Reports", "Uncategorised")
    f = monthly_review(db, month, now=now, uncategorised=none)
    clocks = clock_labels()
    channels = complaint_channel_labels()
    compensations = compensation_labels()
    count_header = translate("Reports", "Complaints")
    share = translate("Reports", "Share")

    def shares(items: list[tuple[str, int]]) -> list[list[str]]:
        total = sum(n for _, n in items) or 1
        return [[name, str(n), _percent(n / total)] for name, n in items]

    sections = [
        Section(
            translate("Reports", "Promised times kept"),
            [
                translate("Reports", "Clock"),
                translate("Reports", "Measured"),
                translate("Reports", "In time"),
                translate("Reports", "Compliance"),
                translate("Reports", "Previous month"),
                translate("Reports", "Median (working h)"),
                translate("Reports", "Mean (working h)"),
            ],
            [
                [
                    clocks[clock],
                    str(figures.measured),
                    str(figures.met),
                    _percent(figures.compliance),
                    _percent(f.previous.compliance[clock]),
                    _hours(figures.median_hours),
                    _hours(figures.mean_hours),
                ]
                for clock, figures in f.clocks.items()
            ],
            [32, 20, 20, 24, 26, 29, 29],
            numeric=(1, 2, 3, 4, 5, 6),
            note=translate(
                "Reports",
                "Measured: complaints of the month whose step was done or is already late. "
                "Times count working hours only, without waiting for the customer or courier.",
            ),
        ),
        Section(
            translate("Reports", "By category"),
            [
                translate("Reports", "Category"),
                translate("Reports", "Subcategory"),
                count_header,
                share,
            ],
            [
                [top, sub, str(n), _percent(n / (f.headline.received or 1))]
                for top, sub, n in f.by_category
            ],
            [60, 60, 30, 30],
            numeric=(2, 3),
            empty=translate("Reports", "No complaints this month."),
        ),
        Section(
            translate("Reports", "By channel"),
            [translate("Reports", "Channel"), count_header, share],
            shares([(label(channels, k), n) for k, n in f.by_channel]),
            [90, 45, 45],
            numeric=(1, 2),
            empty=translate("Reports", "No complaints this month."),
        ),
        Section(
            translate("Reports", "By platform"),
            [translate("Reports", "Platform"), count_header, share],
            shares(f.by_platform),
            [90, 45, 45],
            numeric=(1, 2),
            empty=translate("Reports", "No complaints this month."),
        ),
        Section(
            translate("Reports", "Valid complaints by agent"),
            [
                translate("Reports", "Agent"),
                translate("Reports", "Employee no."),
                translate("Reports", "Received"),
                translate("Reports", "Valid"),
            ],
            [[a.name, a.employee_no, str(a.received), str(a.valid)] for a in f.by_agent],
            [60, 40, 40, 40],
            numeric=(2, 3),
            note=translate(
                "Reports",
                "Valid: not judged the agent's fault and no appeal accepted; these count in "
                "the scorecards.",
            ),
            empty=translate("Reports", "No complaints this month."),
        ),
        Section(
            translate("Reports", "Top root causes"),
            [translate("Reports", "Root cause"), count_header],
            [[name, str(n)] for name, n in f.root_causes],
            [140, 40],
            numeric=(1,),
            empty=translate("Reports", "No root cause recorded."),
        ),
        Section(
            translate("Reports", "Repeat customers and orders"),
            [translate("Reports", "Customer or order"), count_header],
            [[name, str(n)] for name, n in [*f.repeat_customers, *f.repeat_orders]],
            [140, 40],
            numeric=(1,),
            empty=translate("Reports", "No customer or order complained twice."),
        ),
        Section(
            translate("Reports", "Compensation"),
            [
                translate("Reports", "Kind"),
                count_header,
                translate("Reports", "Amount"),
            ],
            [
                [label(compensations, kind), str(n), money(cents)]
                for kind, n, cents in f.compensation
            ],
            [90, 45, 45],
            numeric=(1, 2),
            total=[
                translate("Reports", "Total"),
                str(sum(n for _, n, _ in f.compensation)),
                money(f.headline.compensation_cents),
            ],
            empty=translate("Reports", "No compensation this month."),
        ),
    ]
    flow_labels = {
        "received": translate("Reports", "Received"),
        "resolved": translate("Reports", "Resolved"),
        "title": translate("Reports", "Received and resolved per day"),
    }
    daily = [(str(d.day), received, resolved) for d, received, resolved in f.daily]
    category_chart = charts.png(
        lambda fig: charts.draw_category_bars(
            fig, f.by_top_category, translate("Reports", "Complaints by category")
        ),
        7.0,
        2.8,
    )
    flow_chart = charts.png(lambda fig: charts.draw_daily_flow(fig, daily, flow_labels), 7.0, 2.6)
    report = SectionedReport(
        title=translate("Reports", "Complaint review"),
        subtitle=translate("Reports", "Complaint review of {month}").format(
            month=month_title(month)
        ),
        summary=_summary(f),
        sections=sections,
        charts=(Chart(category_chart, 178, 71), Chart(flow_chart, 178, 66)),
    )
    build_sectioned_report(out, shop.shop_name(db), report, progress=progress)
    return f.headline.received
