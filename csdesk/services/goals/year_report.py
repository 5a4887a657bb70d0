"""The year-end summary the plans ask for, as a PDF in the reader's language.

``year_summary`` gathers the figures; this module words them into titled tables
(``reports.sections``): contacts per channel and month, the month-by-month team
figures, complaints and promised times, team changes against the turnover goal,
training against its budget, each goal met or missed, and next year's proposals.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from csdesk.common.case_labels import clock_labels
from csdesk.common.goal_labels import team_kpi_name, team_value_text
from csdesk.common.i18n import translate
from csdesk.common.labels import channel_labels, currency, month_title
from csdesk.common.progress import Progress
from csdesk.services import shop
from csdesk.services.database import Database
from csdesk.services.goals.year_summary import MONTH_KPIS, YearSummary, year_summary


def _percent(part: float, whole: float) -> str:
    return "—" if not whole else f"{100 * part / whole:.1f} %"


def _summary(s: YearSummary) -> list[str]:
    contacts = sum(sum(v) for v in s.contacts.values())
    turnover_goal = next((o for o in s.goals if o.goal.kpi == "turnover_rate"), None)
    budget = (
        translate("Reports", "budget {budget}, {used} used").format(
            budget=currency(s.budget_cents), used=_percent(s.training_cost_cents, s.budget_cents)
        )
        if s.budget_cents
        else translate("Reports", "no budget set for the year")
    )
    lines = [
        translate(
            "Reports",
            "{contacts} contacts; satisfaction {satisfaction}; {received} complaints received, "
            "{valid} of them valid.",
        ).format(
            contacts=f"{contacts:,.0f}",
            satisfaction=team_value_text("satisfaction_rate", s.year_figures["satisfaction_rate"]),
            received=s.received,
            valid=s.valid,
        ),
        translate("Reports", "Turnover {turnover}{goal}; training cost {cost} ({budget}).").format(
            turnover=team_value_text("turnover_rate", s.year_figures["turnover_rate"]),
            goal=""
            if turnover_goal is None
            else translate("Reports", " against a goal of {target}").format(
                target=team_value_text("turnover_rate", turnover_goal.goal.target)
            ),
            cost=currency(s.training_cost_cents),
            budget=budget,
        ),
    ]
    met = sum(o.met is True for o in s.goals)
    if s.goals:
        lines.append(
            translate("Reports", "Goals met: {met} of {count}.").format(met=met, count=len(s.goals))
        )
    return lines


def _contacts_section(s: YearSummary):
    from csdesk.reports.sections import Section

    names = channel_labels()
    kinds = list(s.contacts)
    rows = [
        [month_title(m), *(f"{s.contacts[k][i]:,.0f}" for k in kinds),
         f"{sum(s.contacts[k][i] for k in kinds):,.0f}"]
        for i, m in enumerate(s.months)
    ]  # fmt: skip
    total = [translate("Reports", "Year"), *(f"{sum(s.contacts[k]):,.0f}" for k in kinds),
             f"{sum(sum(v) for v in s.contacts.values()):,.0f}"]  # fmt: skip
    headers = [translate("Reports", "Month"),
               *(names.get(k, translate("Goals", "Other")) for k in kinds),
               translate("Reports", "Total")]  # fmt: skip
    width = 150 / (len(kinds) + 1)
    return Section(
        translate("Reports", "Contacts per channel and month"),
        headers,
        rows,
        [30, *([width] * (len(kinds) + 1))],
        numeric=range(1, len(headers)),
        empty=translate("Reports", "No contacts on file for the year."),
        total=total,
    )


def _month_section(s: YearSummary):
    from csdesk.reports.sections import Section

    rows = [
        [month_title(m), *(team_value_text(k, s.monthly[k][i]) for k in MONTH_KPIS)]
        for i, m in enumerate(s.months)
    ]
    total = [translate("Reports", "Year"),
             *(team_value_text(k, s.year_figures.get(k)) for k in MONTH_KPIS)]  # fmt: skip
    return Section(
        translate("Reports", "Month by month"),
        [translate("Reports", "Month"), *(team_kpi_name(k) for k in MONTH_KPIS)],
        rows,
        [22, 20, 22, 26, 26, 22, 24, 18],
        numeric=range(1, len(MONTH_KPIS) + 1),
        total=total,
    )


def _complaint_sections(s: YearSummary):
    from csdesk.reports.sections import Section

    clocks = clock_labels()
    return [
        Section(
            translate("Reports", "Complaints by category"),
            [translate("Reports", "Category"), translate("Reports", "Complaints"),
             translate("Reports", "Share")],
            [[name, str(n), _percent(n, s.received)] for name, n in s.by_category],
            [100, 40, 40],
            numeric=(1, 2),
            empty=translate("Reports", "No complaints this year."),
        ),
        Section(
            translate("Reports", "Promised times kept"),
            [translate("Reports", "Clock"), translate("Reports", "Measured"),
             translate("Reports", "In time"), translate("Reports", "Compliance")],
            [[clocks[c], str(n), str(met), _percent(met, n)] for c, (n, met) in s.clocks.items()],
            [60, 40, 40, 40],
            numeric=(1, 2, 3),
        ),
    ]  # fmt: skip


def _people_and_training(s: YearSummary):
    from csdesk.reports.sections import Section

    t = s.turnover
    goal = next((o for o in s.goals if o.goal.kpi == "turnover_rate"), None)
    rows = [
        [translate("Reports", "Hired"), str(t.hires)],
        [translate("Reports", "Left"), str(t.leavers)],
        [translate("Reports", "Rotations (post changes)"), str(s.rotations)],
        [translate("Reports", "Average headcount"), f"{t.average_headcount:.1f}"],
        [translate("Reports", "Turnover"),
         team_value_text("turnover_rate", None if t.rate is None else 100 * t.rate)],
        [translate("Reports", "Turnover goal"),
         team_value_text("turnover_rate", goal.goal.target) if goal else "—"],
        [translate("Reports", "Training sessions"), str(s.training_sessions)],
        [translate("Reports", "Training hours (attendees)"), f"{s.training_hours:,.1f}"],
        [translate("Reports", "Training cost"), currency(s.training_cost_cents)],
        [translate("Reports", "Training budget"),
         currency(s.budget_cents) if s.budget_cents else "—"],
        [translate("Reports", "Budget used"),
         _percent(s.training_cost_cents, s.budget_cents) if s.budget_cents else "—"],
    ]  # fmt: skip
    return Section(
        translate("Reports", "Team and training"),
        [translate("Reports", "Figure"), translate("Reports", "Year")],
        rows,
        [120, 60],
        numeric=(1,),
    )


def _goal_sections(s: YearSummary):
    from csdesk.reports.sections import Section

    def verdict(met: bool | None) -> str:
        if met is None:
            return translate("Reports", "no data")
        return translate("Reports", "met") if met else translate("Reports", "missed")

    goals = [
        [team_kpi_name(o.goal.kpi), team_value_text(o.goal.kpi, o.goal.baseline),
         team_value_text(o.goal.kpi, o.goal.target), team_value_text(o.goal.kpi, o.actual),
         verdict(o.met)]
        for o in s.goals
    ]  # fmt: skip
    proposals = [
        [team_kpi_name(p.kpi), team_value_text(p.kpi, p.baseline),
         team_value_text(p.kpi, p.target), p.reason]
        for p in s.proposals
    ]  # fmt: skip
    return [
        Section(
            translate("Reports", "Goals of {year}").format(year=s.year),
            [translate("Reports", "Goal"), translate("Reports", "Baseline"),
             translate("Reports", "Target"), translate("Reports", "Actual"),
             translate("Reports", "Result")],
            goals,
            [56, 30, 30, 30, 34],
            numeric=(1, 2, 3),
            empty=translate("Reports", "No goals set for {year}.").format(year=s.year),
        ),
        Section(
            translate("Reports", "Goals proposed for {year}").format(year=s.year + 1),
            [translate("Reports", "Goal"), translate("Reports", "Baseline"),
             translate("Reports", "Target"), translate("Reports", "Why")],
            proposals,
            [50, 26, 26, 78],
            numeric=(1, 2),
        ),
    ]  # fmt: skip


def _suggestion_section(s: YearSummary):
    from csdesk.domain.suggestions import SuggestionStatus
    from csdesk.reports.sections import Section

    words: dict[str, str] = {
        SuggestionStatus.NEW: translate("Reports", "new"),
        SuggestionStatus.UNDER_REVIEW: translate("Reports", "under review"),
        SuggestionStatus.ADOPTED: translate("Reports", "adopted"),
        SuggestionStatus.REJECTED: translate("Reports", "rejected"),
    }
    rows = [
        [x.data.received_on.isoformat(), x.author, x.data.text,
         words.get(x.data.status, x.data.status),
         currency(x.data.reward_cents) if x.data.reward_cents else ""]
        for x in s.suggestions
    ]  # fmt: skip
    adopted = [x for x in s.suggestions if x.data.status == SuggestionStatus.ADOPTED]
    note = translate("Reports", "Suggestions: {count}; adopted: {adopted}; rewards {total}.")
    return Section(
        translate("Reports", "Suggestions (合理化建议)"),
        [translate("Reports", "Day"), translate("Reports", "From"),
         translate("Reports", "Suggestion"), translate("Reports", "Status"),
         translate("Reports", "Reward")],
        rows,
        [22, 34, 76, 22, 26],
        numeric=(4,),
        note=note.format(
            count=len(s.suggestions), adopted=len(adopted),
            total=currency(sum(x.data.reward_cents for x in adopted)),
        ),
        empty=translate("Reports", "No suggestions this year."),
    )  # fmt: skip


def year_report(
    db: Database,
    year: int,
    out: Path,
    *,
    today: date | None = None,
    printed_at: datetime | None = None,
    progress: Progress | None = None,
) -> int:
    """Write ``year``'s year-end summary to ``out``; return how many goals it judged."""
    from csdesk.reports.sections import SectionedReport, build_sectioned_report

    s = year_summary(db, year, today, uncategorised=translate("Reports", "Uncategorised"))
    report = SectionedReport(
        title=translate("Reports", "Year-end summary"),
        subtitle=translate("Reports", "Year-end summary · {year}").format(year=year),
        summary=_summary(s),
        sections=[
            _month_section(s),
            _contacts_section(s),
            *_complaint_sections(s),
            _people_and_training(s),
            *_goal_sections(s),
            _suggestion_section(s),
        ],
    )
    build_sectioned_report(out, shop.shop_name(db), report, printed_at, progress)
    return len(s.goals)
