"""The appraisal's words in the user's language: KPIs and their values, vetoes, statuses, rules."""

from __future__ import annotations

from collections.abc import Sequence

from csdesk.common.i18n import translate
from csdesk.common.labels import label
from csdesk.domain.grading import CRITICAL_QA, SEVERE_COMPLAINT
from csdesk.domain.kpis import BY_KEY, Direction, Unit
from csdesk.domain.scoring import Line
from csdesk.domain.scoring_rules import RuleKind
from csdesk.domain.standing import Standing


def kpi_labels() -> dict[str, str]:
    """KPI key -> name."""
    return {
        "satisfaction_rate": translate("Labels", "Satisfaction rate"),
        "avg_first_response_seconds": translate("Labels", "Average first response"),
        "avg_response_seconds": translate("Labels", "Average response time"),
        "three_minute_reply_rate": translate("Labels", "3-minute reply rate"),
        "answer_rate": translate("Labels", "Answer rate"),
        "service_level": translate("Labels", "Service level"),
        "avg_wait_seconds": translate("Labels", "Average wait"),
        "avg_handle_seconds": translate("Labels", "Average handling time"),
        "resolution_rate": translate("Labels", "Resolution rate"),
        "fcr_rate": translate("Labels", "First-contact resolution rate"),
        "conversion_rate": translate("Labels", "Inquiry conversion rate"),
        "sales_amount": translate("Labels", "Sales amount"),
        "avg_order_value": translate("Labels", "Average order value"),
        "reply_rate": translate("Labels", "Reply rate"),
        "qa_score": translate("Labels", "QA score"),
        "praise_count": translate("Labels", "Praise"),
        "valid_complaints": translate("Labels", "Valid complaints"),
        "training_completion": translate("Labels", "Training completion"),
        "attendance_rate": translate("Labels", "Attendance rate"),
        "teamwork": translate("Labels", "Teamwork"),
        # the team's own figures (goals, the team report)
        "complaint_rate": translate("Labels", "Complaint rate (‰, per 1,000 orders or contacts)"),
        "turnover_rate": translate("Labels", "Turnover rate"),
        "headcount": translate("Labels", "Headcount"),
        "contacts": translate("Labels", "Contacts"),
    }


def kpi_value_text(unit: Unit, value: float | None) -> str:
    """A KPI value as tables and printed appraisals show it ("—" without data)."""
    if value is None:
        return "—"
    if unit is Unit.PERCENT:
        return f"{value:.1f} %"
    if unit is Unit.SECONDS:
        return duration_text(value)
    if unit is Unit.CENTS:
        return f"{value / 100:,.2f}"
    if unit is Unit.SCORE:
        return f"{value:.1f}"
    return f"{value:g}"


def duration_text(seconds: float) -> str:
    """A duration in the reader's words: "42 秒", "7分02秒"; "42 s", "7 min 02 s"."""
    whole = round(seconds)
    if whole < 60:
        return translate("Labels", "{seconds} s").format(seconds=whole)
    minutes, rest = divmod(whole, 60)
    return translate("Labels", "{minutes} min {seconds} s").format(
        minutes=minutes, seconds=f"{rest:02d}"
    )


def veto_labels() -> dict[str, str]:
    """Veto key -> what triggered it, as the appraisal names it."""
    return {
        SEVERE_COMPLAINT: translate("Labels", "Valid urgent complaint"),
        CRITICAL_QA: translate("Labels", "Critical QA failure"),
    }


def appraisal_status_labels() -> dict[str, str]:
    """Appraisal status -> word ("" is a month not prepared yet: computed, not stored)."""
    return {
        "": translate("Labels", "Not prepared"),
        "draft": translate("Labels", "Draft"),
        "final": translate("Labels", "Final"),
    }


def rule_text(line: Line) -> str:
    """A scorecard line's scoring rule in a few words: "≥ 98.0 % → 100 · … · else 0"."""
    rule, unit = line.rule, BY_KEY[line.kpi].unit if line.kpi in BY_KEY else Unit.COUNT
    if rule.kind is RuleKind.LINEAR:
        return translate("Labels", "{floor} → 0, {target} → 100, at most {cap}").format(
            floor=kpi_value_text(unit, rule.floor),
            target=kpi_value_text(unit, rule.target),
            cap=f"{rule.cap:g}",
        )
    higher = line.direction is Direction.HIGHER
    ordered = sorted(rule.bands, key=lambda b: b.threshold, reverse=higher)
    sign = "≥" if higher else "≤"
    steps = [f"{sign} {kpi_value_text(unit, b.threshold)} → {b.points:g}" for b in ordered]
    steps.append(translate("Labels", "else {points}").format(points=f"{rule.below:g}"))
    return " · ".join(steps)


def standing_labels() -> dict[str, str]:
    """Standing key -> the short word the appraisals table shows instead of a grade."""
    return {
        Standing.GRADED: translate("Labels", "Graded"),
        Standing.IN_PROGRESS: translate("Labels", "In progress"),
        Standing.ONBOARDING: translate("Labels", "Onboarding"),
        Standing.NOT_CLEARED: translate("Labels", "Not cleared"),
        Standing.NOT_ENOUGH_DATA: translate("Labels", "Not enough data"),
    }


def standing_note(
    standing: str, coverage: float | None, missing: Sequence[str], needed: float | None = None
) -> str:
    """Why an appraisal has no grade, in one sentence ("" when it is graded)."""
    if standing == Standing.IN_PROGRESS:
        return translate(
            "Labels", "The month is still running: the figures so far, graded after it ends."
        )
    if standing == Standing.ONBOARDING:
        return translate("Labels", "Still onboarding: not graded this month.")
    if standing == Standing.NOT_CLEARED:
        return translate(
            "Labels",
            "Still onboarding and not cleared for duty (before-duty training missing): "
            "not graded this month.",
        )
    if standing == Standing.NOT_ENOUGH_DATA:
        names = kpi_labels()
        return translate(
            "Labels",
            "Not enough data to grade: {share} of the scorecard's weight has data{needed}. "
            "Missing: {kpis}.",
        ).format(
            share=f"{(coverage or 0) * 100:.0f} %",
            needed=""
            if needed is None
            else translate("Labels", " ({needed} needed)").format(needed=f"{needed * 100:.0f} %"),
            kpis=", ".join(names.get(k, k) for k in missing) or "—",
        )
    return ""


def grade_text(grade: str | None, standing: str) -> str:
    """The grade as tables print it: the grade, or the reason there is none."""
    if standing != Standing.GRADED:
        return label(standing_labels(), standing)
    return grade or "—"
