"""Words for stored keys (posts, levels, statuses, training ...) in the user's language.

Shared by the window, the PDFs and the command line, so a post reads the same
everywhere. Built on each call so that a change of language takes effect at once.
"""

from __future__ import annotations

from csdesk.common.i18n import translate
from csdesk.domain.grading import CRITICAL_QA, SEVERE_COMPLAINT
from csdesk.domain.kpis import BY_KEY, Direction, Unit
from csdesk.domain.months import Month
from csdesk.domain.scoring import Line, RuleKind
from csdesk.domain.staff import Channel, Level, Post, Status
from csdesk.domain.training import Attendance, Category, Format, Standing


def post_labels() -> dict[str, str]:
    """Post key -> label."""
    return {
        Post.PRE_SALES: translate("Labels", "Pre-sales"),
        Post.AFTER_SALES: translate("Labels", "After-sales"),
        Post.COMPLAINTS: translate("Labels", "Complaint handling"),
        Post.TECH_SUPPORT: translate("Labels", "Technical support"),
    }


def level_labels() -> dict[str, str]:
    """Level key -> label."""
    return {
        Level.JUNIOR: translate("Labels", "Junior"),
        Level.INTERMEDIATE: translate("Labels", "Intermediate"),
        Level.SENIOR: translate("Labels", "Senior"),
    }


def status_labels() -> dict[str, str]:
    """Status key -> label."""
    return {
        Status.ONBOARDING: translate("Labels", "Onboarding"),
        Status.ACTIVE: translate("Labels", "Active"),
        Status.ON_LEAVE: translate("Labels", "On leave"),
        Status.LEFT: translate("Labels", "Left"),
    }


def channel_labels() -> dict[str, str]:
    """Channel key -> label."""
    return {
        Channel.CHAT: translate("Labels", "Chat"),
        Channel.PHONE: translate("Labels", "Phone"),
        Channel.EMAIL: translate("Labels", "E-mail"),
        Channel.SOCIAL: translate("Labels", "Social media"),
        Channel.VIDEO: translate("Labels", "Video"),
    }


def label(table: dict[str, str], key: str) -> str:
    """Return the label of ``key``, or the key itself if it is unknown."""
    return table.get(key, key)


def channels_text(keys) -> str:
    """Channels as a readable list: "Chat, Phone" / "在线、电话"."""
    labels = channel_labels()
    sep = translate("Labels", ", ")
    return sep.join(label(labels, k) for k in keys)


def category_labels() -> dict[str, str]:
    """Course category key -> label."""
    return {
        Category.BASIC: translate("Labels", "Basic"),
        Category.ADVANCED: translate("Labels", "Advanced"),
        Category.DRILL: translate("Labels", "Drill"),
        Category.REFRESHER: translate("Labels", "Refresher"),
        Category.ASSESSMENT: translate("Labels", "Assessment"),
        Category.CERTIFICATE: translate("Labels", "External certificate"),
    }


def format_labels() -> dict[str, str]:
    """Session format key -> label."""
    return {
        Format.ONLINE: translate("Labels", "Online"),
        Format.ON_SITE: translate("Labels", "On site"),
        Format.ROLE_PLAY: translate("Labels", "Role play"),
        Format.RECORDING_REVIEW: translate("Labels", "Recording review"),
    }


def attendance_labels() -> dict[str, str]:
    """Attendance key -> label ("" is a result not recorded yet)."""
    return {
        "": translate("Labels", "Not recorded"),
        Attendance.PRESENT: translate("Labels", "Present"),
        Attendance.ABSENT: translate("Labels", "Absent"),
        Attendance.EXCUSED: translate("Labels", "Excused"),
    }


def standing_labels() -> dict[str, str]:
    """Training standing key -> label."""
    return {
        Standing.CURRENT: translate("Labels", "Current"),
        Standing.EXPIRING: translate("Labels", "Expiring"),
        Standing.EXPIRED: translate("Labels", "Expired"),
        Standing.NOT_TRAINED: translate("Labels", "Not trained"),
    }


def result_text(passed: bool | None) -> str:
    """Pass / fail / not decided yet."""
    if passed is None:
        return "—"
    return translate("Labels", "Passed") if passed else translate("Labels", "Failed")


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
    }


def money(cents: int) -> str:
    """An amount of money from cents, with two decimals and thousands separators."""
    return f"{cents / 100:,.2f}"


def hours_text(hours: float) -> str:
    """Hours without a useless ".0"."""
    return f"{hours:g}"


def kpi_value_text(unit: Unit, value: float | None) -> str:
    """A KPI value as tables and printed appraisals show it ("—" without data)."""
    if value is None:
        return "—"
    if unit is Unit.PERCENT:
        return f"{value:.1f} %"
    if unit is Unit.SECONDS:
        return f"{value:.0f} s"
    if unit is Unit.CENTS:
        return f"{value / 100:,.2f}"
    if unit is Unit.SCORE:
        return f"{value:.1f}"
    return f"{value:g}"


def month_title(month: Month) -> str:
    """A month as the language writes it: 2026-10, 2026年10月."""
    return translate("Reports", "{year}-{month:02d}").format(year=month.year, month=month.month)


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
