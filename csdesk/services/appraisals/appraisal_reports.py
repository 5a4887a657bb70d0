"""The printed monthly appraisals: gather a month's pages and hand them to the builder.

A month prepared in csdesk prints its stored appraisals (drafts marked DRAFT); a month
not prepared prints computed drafts, all marked. Everything a page lists is read once
for the whole month (the trend of twelve months is one query), so a 50-agent pack stays
within its budget.
"""

from __future__ import annotations

from pathlib import Path

from csdesk.common.appraisal_labels import appraisal_status_labels, grade_text
from csdesk.common.i18n import translate
from csdesk.common.labels import label, money, month_title, post_labels
from csdesk.common.progress import Progress
from csdesk.domain.months import Month, months_between
from csdesk.services import shop
from csdesk.services.appraisals.appraisal_evidence import AgentEvidence, month_evidence
from csdesk.services.appraisals.appraisal_rules import rules_for
from csdesk.services.appraisals.appraisal_sheets import agent_sheet, shown_number
from csdesk.services.appraisals.records import (
    MonthAppraisals,
    TrendMonth,
    agent_trends,
    month_view,
)
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.staff import agents as staff

TREND_MONTHS = 12


def _team(view: MonthAppraisals):
    from csdesk.reports.appraisal import TeamSummary

    posts, statuses = post_labels(), appraisal_status_labels()
    rows = [
        [
            "—" if a.rank is None else str(a.rank),
            a.employee_no,
            a.name,
            label(posts, a.post),
            shown_number(a.total),
            grade_text(a.grade, a.standing),
            money(a.bonus.amount) if a.shows_pay else "—",
            label(statuses, a.status),
            "★" if a.agent_id == view.star_agent_id else "",
        ]
        for a in view.appraisals
    ]
    star = next((a for a in view.appraisals if a.agent_id == view.star_agent_id), None)
    grades = {g: sum(a.grade == g for a in view.appraisals) for g in "ABCD"}
    lines = [
        translate("Appraisal", "Service Star: {name} ({number})").format(
            name=star.name, number=star.employee_no
        )
        if star
        else translate("Appraisal", "No Service Star: nobody without a veto has a total."),
        translate("Appraisal", "Agents {count} · final {final} · not final {drafts}").format(
            count=len(view.appraisals), final=len(view.appraisals) - view.drafts, drafts=view.drafts
        ),
        translate("Appraisal", "Grades: {grades}").format(
            grades="  ".join(f"{g} {n}" for g, n in grades.items())
        ),
    ]
    if not view.closed:
        lines.append(
            translate("Appraisal", "The month is not closed: the Service Star is provisional.")
        )
    total = sum(a.bonus.amount for a in view.appraisals)
    return TeamSummary(
        heading=translate("Appraisal", "Team summary — {month}").format(
            month=month_title(view.month)
        ),
        lines=lines,
        headers=[
            translate("Appraisal", "Rank"),
            translate("Appraisal", "No."),
            translate("Appraisal", "Agent"),
            translate("Appraisal", "Post"),
            translate("Appraisal", "Total"),
            translate("Appraisal", "Grade"),
            translate("Appraisal", "Bonus"),
            translate("Appraisal", "Status"),
            translate("Appraisal", "Star"),
        ],
        rows=rows,
        widths=(12, 16, 26, 26, 14, 16, 24, 26, 12),
        numeric=(0, 4, 6),
        total=[
            "",
            "",
            translate("Appraisal", "Sum"),
            "",
            "",
            "",
            money(total) if all(a.pay_shown for a in view.appraisals) else "—",
            "",
            "",
        ],
    )


def appraisal_pack(
    db: Database,
    month: Month,
    out: Path,
    agent: str = "all",
    progress: Progress | None = None,
) -> int:
    """Write ``month``'s appraisals to ``out``; return how many agent pages it has.

    ``agent`` is an employee number for one page, or "all" for the team summary and
    a page per agent in roster order. ``progress`` hears of every page written.

    Raises:
        UserError: no such agent in the month, or the month has no agents.
        Cancelled: ``progress`` returned False; ``out`` is as it was.
    """
    from csdesk.reports.appraisal import build_appraisal_pack

    view = month_view(db, month)
    records = list(view.appraisals)
    if agent.casefold() != "all":
        records = [r for r in records if r.employee_no.casefold() == agent.casefold()]
        if not records:
            raise UserError(
                translate("Appraisal", "{agent} has no appraisal in {month}.").format(
                    agent=agent, month=month_title(month)
                )
            )
    elif not records:
        raise UserError(
            translate("Appraisal", "{month} has no agents to appraise.").format(
                month=month_title(month)
            )
        )
    months = months_between(month.shift(1 - TREND_MONTHS), month)
    trends = agent_trends(db, months[:-1], [r.agent_id for r in records])
    evidence = month_evidence(db, month)
    agents = {a.id: a for a in staff.list_agents(db)}
    rules = rules_for(db, month)
    sheets = []
    for record in records:
        earlier = trends.get(record.agent_id) or [
            TrendMonth(m, None, None, None) for m in months[:-1]
        ]
        trend = [*earlier, TrendMonth(month, record.total, record.satisfaction, record.grade)]
        sheets.append(
            agent_sheet(
                record,
                agents.get(record.agent_id),
                len(view.appraisals),
                record.agent_id == view.star_agent_id,
                trend,
                evidence.get(record.agent_id) or AgentEvidence(),
                rules,
            )
        )
    build_appraisal_pack(
        out,
        shop.shop_name(db),
        translate("Appraisal", "Monthly appraisals {month}").format(month=month_title(month)),
        sheets,
        _team(view) if agent.casefold() == "all" else None,
        footer_note=translate("Appraisal", "Confidential"),
        progress=progress,
    )
    return len(sheets)
