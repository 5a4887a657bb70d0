"""The printed monthly appraisals: gather a month's pages and hand them to the builder.

A month prepared in csdesk prints its stored appraisals (drafts marked DRAFT); a month
not prepared prints computed drafts, all marked. Everything a page lists is read once
for the whole month (the trend of twelve months is one query), so a 50-agent pack stays
within its budget.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from csdesk.common.complaint_labels import priority_labels
from csdesk.common.i18n import translate
from csdesk.common.labels import (
    appraisal_status_labels,
    kpi_labels,
    kpi_value_text,
    label,
    level_labels,
    money,
    month_title,
    post_labels,
    standing_labels,
    veto_labels,
)
from csdesk.common.progress import Progress
from csdesk.domain.kpis import BY_KEY, Unit
from csdesk.domain.months import Month, months_between
from csdesk.services import shop
from csdesk.services.appraisals.appraisal_evidence import AgentEvidence, month_evidence
from csdesk.services.appraisals.records import (
    AppraisalRecord,
    MonthAppraisals,
    TrendMonth,
    agent_trends,
    month_view,
)
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.staff import agents as staff

#: How many items of each evidence list a page prints before "and N more".
EVIDENCE_LINES = 4
TREND_MONTHS = 12


def _number(value: float | None, decimals: int = 1) -> str:
    return "—" if value is None else f"{value:.{decimals}f}"


def _day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def _clip(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _kpi_rows(record: AppraisalRecord) -> list[list[str]]:
    names = kpi_labels()
    rows = []
    for line in record.lines:
        unit = BY_KEY[line.kpi].unit if line.kpi in BY_KEY else Unit.COUNT
        rows.append(
            [
                label(names, line.kpi),
                kpi_value_text(unit, line.value),
                kpi_value_text(unit, line.target),
                _number(line.points),
                "—" if line.value is None else f"{line.share * 100:.1f} %",
                _number(line.weighted, 2),
            ]
        )
    return rows


def _kpi_note(record: AppraisalRecord) -> str:
    if not record.left_out:
        return ""
    names = kpi_labels()
    return translate(
        "Appraisal",
        "No data this month, left out: {kpis}. Their weight is shared out over the others.",
    ).format(kpis=", ".join(label(names, k) for k in record.left_out))


def _result_notes(record: AppraisalRecord, star: bool) -> list[str]:
    notes = []
    pay = record.bonus
    if pay.below_pass:
        notes.append(
            translate("Appraisal", "Satisfaction is below the pass line: no bonus this month.")
        )
    else:
        notes.append(
            translate(
                "Appraisal",
                "Bonus: base {base} × {coefficient:g} + extra tier {extra} − complaint "
                "deductions {deduction} = {amount}",
            ).format(
                base=money(pay.base),
                coefficient=pay.coefficient,
                extra=money(pay.extra),
                deduction=money(pay.deduction),
                amount=money(pay.amount),
            )
        )
    if record.vetoes:
        vetoes = veto_labels()
        notes.append(
            translate("Appraisal", "Grade capped by: {vetoes}.").format(
                vetoes=", ".join(label(vetoes, v) for v in record.vetoes)
            )
        )
    if star:
        notes.append(translate("Appraisal", "★ Service Star of the month"))
    if record.version > 1:
        notes.append(
            translate("Appraisal", "Amendment {version} of {day} by {who}: {reason}").format(
                version=record.version - 1,
                day=_day(record.created_at.date() if record.created_at else None),
                who=record.created_by or "—",
                reason=record.reason,
            )
        )
    return notes


def _listed(lines: list[str], none: str) -> list[str]:
    if not lines:
        return [none]
    if len(lines) <= EVIDENCE_LINES:
        return lines
    more = translate("Appraisal", "… and {count} more").format(count=len(lines) - EVIDENCE_LINES)
    return [*lines[:EVIDENCE_LINES], more]


def _evidence(found: AgentEvidence) -> list[tuple[str, list[str]]]:
    none = translate("Appraisal", "None this month.")
    qa = [
        translate(
            "Appraisal", "Reviews {count} · average {average} · critical failures {critical}"
        ).format(
            count=len(found.reviews),
            average=_number(found.qa_average),
            critical=found.critical_failures,
        )
    ]
    if found.reviews:
        qa += _listed(
            [
                f"{_day(r.reviewed_on)}  {r.conversation_ref or '—'}  {_number(r.score)}"
                + ("  ⚠" if r.critical_failed else "")
                + (f"  {_clip(r.comment, 30)}" if r.comment else "")
                for r in found.reviews
            ],
            none,
        )
    priorities = priority_labels()
    complaints = _listed(
        [
            f"{c.ref}  {_day(c.received_on)}  {c.category}  {label(priorities, c.priority)}"
            for c in found.complaints
        ],
        none,
    )
    praise = _listed(
        [f"{_day(p.received_on)}  {p.source}  {_clip(p.text)}" for p in found.praise], none
    )
    standings = standing_labels()
    trained = _listed(
        [f"{_day(t.day)}  {t.title}" for t in found.trained],
        translate("Appraisal", "No course completed this month."),
    )
    due = [
        translate("Appraisal", "Due: {course} — {standing}").format(
            course=t.title, standing=label(standings, t.standing)
        )
        + (f" ({_day(t.day)})" if t.day else "")
        for t in found.due
    ]
    return [
        (translate("Appraisal", "Quality reviews"), qa),
        (translate("Appraisal", "Complaints counted"), complaints),
        (translate("Appraisal", "Praise"), praise),
        (
            translate("Appraisal", "Training completed and due"),
            trained + _listed(due, translate("Appraisal", "Nothing due.")),
        ),
    ]


def _sheet(
    record: AppraisalRecord,
    agent: staff.AgentRecord | None,
    month_count: int,
    star: bool,
    trend: Sequence[TrendMonth],
    found: AgentEvidence,
):
    from csdesk.reports.appraisal import AppraisalSheet, TrendLabels, TrendPoint

    statuses = appraisal_status_labels()
    status = label(statuses, record.status)
    if record.version > 1:
        status += translate("Appraisal", " (version {version})").format(version=record.version)
    facts = [
        (translate("Appraisal", "Agent"), record.name),
        (translate("Appraisal", "No."), record.employee_no),
        (translate("Appraisal", "Post"), label(post_labels(), record.post)),
        (translate("Appraisal", "Level"), label(level_labels(), agent.data.level) if agent else ""),
        (translate("Appraisal", "Hired"), _day(agent.data.hire_date) if agent else ""),
        (
            translate("Appraisal", "Mentor"),
            agent.mentor_name if agent and agent.data.mentor_no else "—",
        ),
        (translate("Appraisal", "Month"), month_title(record.month)),
        (translate("Appraisal", "Status"), status),
        (
            translate("Appraisal", "Finalised"),
            _day(record.finalised_at.date()) if record.finalised_at else "—",
        ),
    ]
    rank = "—" if record.rank is None else f"{record.rank} / {month_count}"
    acknowledgement = ""
    if record.acknowledged_on is not None:
        acknowledgement = translate("Appraisal", "Acknowledged by the agent on {day}.").format(
            day=_day(record.acknowledged_on)
        )
        if record.acknowledgement:
            acknowledgement += " " + record.acknowledgement
    return AppraisalSheet(
        heading=translate("Appraisal", "Monthly appraisal — {month}").format(
            month=month_title(record.month)
        ),
        facts=facts,
        kpi_headers=[
            translate("Appraisal", "KPI"),
            translate("Appraisal", "Value"),
            translate("Appraisal", "Target"),
            translate("Appraisal", "Points"),
            translate("Appraisal", "Weight"),
            translate("Appraisal", "Weighted"),
        ],
        kpi_rows=_kpi_rows(record),
        kpi_note=_kpi_note(record),
        result=[
            (translate("Appraisal", "Total"), _number(record.total)),
            (translate("Appraisal", "Grade"), record.grade or "—"),
            (translate("Appraisal", "Rank"), rank),
            (translate("Appraisal", "Bonus"), money(record.bonus.amount)),
        ],
        result_notes=_result_notes(record, star),
        trend=[
            TrendPoint(f"{t.month.year % 100:02d}-{t.month.month:02d}", t.total, t.satisfaction)
            for t in trend
        ],
        trend_labels=TrendLabels(
            translate("Appraisal", "Last 12 months"),
            translate("Appraisal", "Total score"),
            translate("Appraisal", "Satisfaction %"),
            translate("Appraisal", "No appraisal in these months yet."),
        ),
        evidence=_evidence(found),
        comment_heading=translate("Appraisal", "Supervisor's comment"),
        comment=record.comment,
        acknowledgement=acknowledgement,
        signatures=[
            translate("Appraisal", "Agent's signature"),
            translate("Appraisal", "Supervisor's signature"),
        ],
        date_label=translate("Appraisal", "Date"),
        mark="" if record.final else translate("Appraisal", "DRAFT"),
    )


def _team(view: MonthAppraisals):
    from csdesk.reports.appraisal import TeamSummary

    posts, statuses = post_labels(), appraisal_status_labels()
    rows = [
        [
            "—" if a.rank is None else str(a.rank),
            a.employee_no,
            a.name,
            label(posts, a.post),
            _number(a.total),
            a.grade or "—",
            money(a.bonus.amount),
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
        widths=(12, 16, 26, 26, 14, 12, 24, 30, 12),
        numeric=(0, 4, 6),
        total=["", "", translate("Appraisal", "Total"), "", "", "", money(total), "", ""],
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
    sheets = []
    for record in records:
        earlier = trends.get(record.agent_id) or [
            TrendMonth(m, None, None, None) for m in months[:-1]
        ]
        trend = [*earlier, TrendMonth(month, record.total, record.satisfaction, record.grade)]
        sheets.append(
            _sheet(
                record,
                agents.get(record.agent_id),
                len(view.appraisals),
                record.agent_id == view.star_agent_id,
                trend,
                evidence.get(record.agent_id) or AgentEvidence(),
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
