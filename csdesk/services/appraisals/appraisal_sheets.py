"""One agent's printed appraisal page: the card, the result, the evidence, the trend.

The pack (``appraisal_reports``) puts the pages together with the team summary.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from csdesk.common.appraisal_labels import (
    appraisal_status_labels,
    grade_text,
    kpi_labels,
    kpi_value_text,
    rule_text,
    standing_note,
    veto_labels,
)
from csdesk.common.complaint_labels import priority_labels
from csdesk.common.i18n import translate
from csdesk.common.labels import currency, label, level_labels, month_title, post_labels
from csdesk.common.training_labels import standing_labels
from csdesk.domain.grading import GRADES
from csdesk.domain.kpis import BY_KEY, Unit
from csdesk.domain.standing import employed_days
from csdesk.services.appraisals.appraisal_evidence import AgentEvidence
from csdesk.services.appraisals.appraisal_rules import Rules
from csdesk.services.appraisals.records import (
    AppraisalRecord,
    TrendMonth,
)
from csdesk.services.staff import agents as staff

#: How many items of each evidence list a page prints before "and N more".
EVIDENCE_LINES = 4


def shown_number(value: float | None, decimals: int = 1) -> str:
    """A number as printed, "—" for none."""
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
                shown_number(line.points),
                "—" if line.value is None else f"{line.share * 100:.1f} %",
                shown_number(line.weighted, 2),
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
    if not record.graded:
        notes.append(standing_note(record.standing, record.coverage, record.left_out))
    elif not record.pay_shown:
        pass  # a lead's printout: grades, never money
    elif pay.below_pass:
        notes.append(
            translate("Appraisal", "Satisfaction is below the pass line: no bonus this month.")
        )
    else:
        notes.append(
            translate(
                "Appraisal",
                "Bonus: base {base} × {coefficient:g} + extra tier {extra} − complaint "
                "deductions {deduction} = {amount} (never below 0)",
            ).format(
                base=currency(pay.base),
                coefficient=pay.coefficient,
                extra=currency(pay.extra),
                deduction=currency(pay.deduction),
                amount=currency(pay.amount),
            )
        )
    if record.graded and pay.reward:
        notes.append(
            translate(
                "Appraisal", "Suggestion rewards (合理化建议): {reward}, included in the bonus."
            ).format(reward=currency(pay.reward))
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


def _hire_note(record: AppraisalRecord, agent: staff.AgentRecord | None) -> list[str]:
    """For a mid-month hire: the days the month is judged on."""
    month = record.month
    days = employed_days(agent.data.hire_date, month.first_day, month.last_day) if agent else None
    if days is None:
        return []
    return [
        translate(
            "Appraisal",
            "Hired on {day}: judged on {worked} of the month's {days} days; sales and praise "
            "are counted pro rata.",
        ).format(day=_day(agent.data.hire_date) if agent else "", worked=days[0], days=days[1])
    ]


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
            average=shown_number(found.qa_average),
            critical=found.critical_failures,
        )
    ]
    if found.reviews:
        qa += _listed(
            [
                f"{_day(r.reviewed_on)}  {r.conversation_ref or '—'}  {shown_number(r.score)}"
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


def _legend(record: AppraisalRecord, rules: Rules | None) -> list[str]:
    """How the page's numbers were made: the grade bands and each line's rule."""
    if rules is None:
        return []
    bands = " · ".join(f"{grade} ≥ {minimum:g}" for grade, minimum in rules.bands)
    lowest = GRADES[len(rules.bands)] if len(rules.bands) < len(GRADES) else ""
    if lowest:
        bands += " · " + translate("Appraisal", "{grade} below").format(grade=lowest)
    lines = [translate("Appraisal", "Grades by total: {bands}").format(bands=bands)]
    names = kpi_labels()
    for line in rules.cards.get(record.post, ()):
        lines.append(f"{label(names, line.kpi)}: {rule_text(line)}")
    return lines


def agent_sheet(
    record: AppraisalRecord,
    agent: staff.AgentRecord | None,
    month_count: int,
    star: bool,
    trend: Sequence[TrendMonth],
    found: AgentEvidence,
    rules: Rules | None = None,
):
    """The printed page of one agent's appraisal, with its evidence and trend."""
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
            (translate("Appraisal", "Total"), shown_number(record.total)),
            (translate("Appraisal", "Grade"), grade_text(record.grade, record.standing)),
            (translate("Appraisal", "Rank"), rank),
            (
                translate("Appraisal", "Bonus"),
                currency(record.bonus.amount) if record.shows_pay else "—",
            ),
        ],
        result_notes=_result_notes(record, star) + _hire_note(record, agent),
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
        opinion_heading=translate("Appraisal", "Agent's opinion"),
        legend_heading=translate("Appraisal", "How the score is made"),
        legend=_legend(record, rules),
        acknowledgement=acknowledgement,
        signatures=[
            translate("Appraisal", "Agent's signature"),
            translate("Appraisal", "Supervisor's signature"),
        ],
        date_label=translate("Appraisal", "Date"),
        mark="" if record.final else translate("Appraisal", "DRAFT"),
    )
