"""Words for stored keys (posts, levels, statuses, training ...) in the user's language.

Shared by the window, the PDFs and the command line, so a post reads the same
everywhere. Built on each call so that a change of language takes effect at once.
"""

from __future__ import annotations

from csdesk.common.i18n import translate
from csdesk.domain.complaints import (
    Action,
    Appeal,
    Clock,
    Compensation,
    ComplaintChannel,
    ComplaintStatus,
    Escalation,
    EventKind,
    Priority,
)
from csdesk.domain.grading import CRITICAL_QA, SEVERE_COMPLAINT
from csdesk.domain.kpis import BY_KEY, Direction, Unit
from csdesk.domain.months import Month
from csdesk.domain.rota import Breach, Finding, Leave, RotaRules, Shift
from csdesk.domain.scoring import Line, RuleKind
from csdesk.domain.sla import ClockState
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


def priority_labels() -> dict[str, str]:
    """Complaint priority key -> label."""
    return {
        Priority.URGENT: translate("Labels", "Urgent"),
        Priority.IMPORTANT: translate("Labels", "Important"),
        Priority.NORMAL: translate("Labels", "Normal"),
    }


def complaint_status_labels() -> dict[str, str]:
    """Complaint status key -> label."""
    return {
        ComplaintStatus.NEW: translate("Labels", "New"),
        ComplaintStatus.ACKNOWLEDGED: translate("Labels", "Acknowledged"),
        ComplaintStatus.SOLUTION_PROPOSED: translate("Labels", "Solution proposed"),
        ComplaintStatus.RESOLVED: translate("Labels", "Resolved"),
        ComplaintStatus.CLOSED: translate("Labels", "Closed"),
        ComplaintStatus.WAITING_CUSTOMER: translate("Labels", "Waiting for customer"),
        ComplaintStatus.WAITING_COURIER: translate("Labels", "Waiting for courier / warehouse"),
    }


def complaint_action_labels() -> dict[str, str]:
    """Complaint status action key -> the button's words."""
    return {
        Action.ACKNOWLEDGE: translate("Labels", "Acknowledge"),
        Action.PROPOSE: translate("Labels", "Propose solution"),
        Action.RESOLVE: translate("Labels", "Resolve"),
        Action.CLOSE: translate("Labels", "Close"),
        Action.WAIT_CUSTOMER: translate("Labels", "Wait for customer"),
        Action.WAIT_COURIER: translate("Labels", "Wait for courier"),
        Action.RESUME: translate("Labels", "Resume"),
        Action.REOPEN: translate("Labels", "Reopen"),
    }


def escalation_labels() -> dict[str, str]:
    """Escalation level key -> label."""
    return {
        Escalation.NONE: translate("Labels", "Not escalated"),
        Escalation.SENIOR: translate("Labels", "Senior agent"),
        Escalation.SUPERVISOR: translate("Labels", "Supervisor"),
        Escalation.OWNER: translate("Labels", "Owner"),
    }


def complaint_channel_labels() -> dict[str, str]:
    """Complaint channel key -> label (an imported channel shows as written)."""
    return {
        ComplaintChannel.CHAT: translate("Labels", "Chat"),
        ComplaintChannel.PHONE: translate("Labels", "Phone"),
        ComplaintChannel.EMAIL: translate("Labels", "E-mail"),
        ComplaintChannel.SOCIAL: translate("Labels", "Social media"),
        ComplaintChannel.DISPUTE: translate("Labels", "Platform dispute"),
    }


def compensation_labels() -> dict[str, str]:
    """Compensation key -> label ("" is none)."""
    return {
        "": translate("Labels", "None"),
        Compensation.REFUND: translate("Labels", "Refund"),
        Compensation.COUPON: translate("Labels", "Coupon"),
        Compensation.RESHIP: translate("Labels", "Re-ship"),
        Compensation.EXCHANGE: translate("Labels", "Exchange"),
        Compensation.GIFT: translate("Labels", "Gift"),
    }


def appeal_labels() -> dict[str, str]:
    """Appeal key -> label."""
    return {
        Appeal.PENDING: translate("Labels", "Appeal pending"),
        Appeal.ACCEPTED: translate("Labels", "Appeal accepted"),
        Appeal.REJECTED: translate("Labels", "Appeal rejected"),
    }


def event_labels() -> dict[str, str]:
    """Timeline entry kind -> label."""
    return {
        EventKind.NOTE: translate("Labels", "Note"),
        EventKind.CALL: translate("Labels", "Call"),
        EventKind.MESSAGE: translate("Labels", "Message"),
        EventKind.STATUS: translate("Labels", "Status"),
        EventKind.ESCALATION: translate("Labels", "Escalation"),
        EventKind.FOLLOW_UP: translate("Labels", "Follow-up visit"),
        EventKind.VALIDITY: translate("Labels", "Validity"),
        EventKind.APPEAL: translate("Labels", "Appeal"),
        EventKind.EDIT: translate("Labels", "Change"),
    }


def clock_labels() -> dict[str, str]:
    """Clock key -> label."""
    return {
        Clock.RESPONSE: translate("Labels", "First response"),
        Clock.SOLUTION: translate("Labels", "Solution"),
        Clock.RESOLUTION: translate("Labels", "Resolution"),
    }


def clock_state_labels() -> dict[str, str]:
    """Clock state key -> label."""
    return {
        ClockState.MET: translate("Labels", "Met"),
        ClockState.LATE: translate("Labels", "Late"),
        ClockState.RUNNING: translate("Labels", "Running"),
        ClockState.DUE_SOON: translate("Labels", "Due soon"),
        ClockState.OVERDUE: translate("Labels", "Overdue"),
        ClockState.PAUSED: translate("Labels", "Paused"),
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


def leave_labels() -> dict[str, str]:
    """Leave kind -> label."""
    return {
        Leave.ANNUAL: translate("Labels", "Annual leave"),
        Leave.SICK: translate("Labels", "Sick leave"),
        Leave.PERSONAL: translate("Labels", "Personal leave"),
        Leave.OTHER: translate("Labels", "Other leave"),
    }


def leave_marks() -> dict[str, str]:
    """Leave kind -> the short mark a rota cell shows (one or two characters)."""
    return {
        Leave.ANNUAL: translate("Labels", "AL"),
        Leave.SICK: translate("Labels", "SL"),
        Leave.PERSONAL: translate("Labels", "PL"),
        Leave.OTHER: translate("Labels", "OL"),
    }


def breach_labels() -> dict[str, str]:
    """Rota rule -> its name."""
    return {
        Breach.DOUBLE_BOOKED: translate("Labels", "Double booked"),
        Breach.SHORT_REST: translate("Labels", "Short rest"),
        Breach.LONG_DAY: translate("Labels", "Long day"),
        Breach.LONG_WEEK: translate("Labels", "Long week"),
        Breach.DAYS_IN_ROW: translate("Labels", "Too many days in a row"),
        Breach.ON_LEAVE: translate("Labels", "On leave"),
        Breach.NOT_EMPLOYED: translate("Labels", "Not employed"),
        Breach.NOT_CLEARED: translate("Labels", "Not cleared for duty"),
    }


def finding_text(finding: Finding, rules: RotaRules) -> str:
    """What a rota finding means, with its figure and the limit: "Rest 8 h (at least 11 h)"."""
    value = finding.value or 0.0
    texts = {
        Breach.DOUBLE_BOOKED: translate("Labels", "Two shifts overlap by {value:g} h."),
        Breach.SHORT_REST: translate(
            "Labels", "Rest {value:g} h before this shift (at least {limit:g} h)."
        ),
        Breach.LONG_DAY: translate("Labels", "{value:g} h in the day (at most {limit:g} h)."),
        Breach.LONG_WEEK: translate(
            "Labels", "{value:g} h in the week so far (at most {limit:g} h)."
        ),
        Breach.DAYS_IN_ROW: translate("Labels", "Day {value:g} in a row (at most {limit:g})."),
        Breach.ON_LEAVE: translate("Labels", "A shift on a day of leave."),
        Breach.NOT_EMPLOYED: translate(
            "Labels", "A shift before hiring or after the last working day."
        ),
        Breach.NOT_CLEARED: translate("Labels", "Required before-duty training is not passed."),
    }
    limits = {
        Breach.SHORT_REST: rules.min_rest_hours,
        Breach.LONG_DAY: rules.max_day_hours,
        Breach.LONG_WEEK: rules.max_week_hours,
        Breach.DAYS_IN_ROW: rules.max_days_in_row,
    }
    return texts[finding.breach].format(value=round(value, 1), limit=limits.get(finding.breach, 0))


def leave_words() -> dict[str, Leave]:
    """Every word a rota cell may give leave as: keys, labels, marks, common Chinese words."""
    words: dict[str, Leave] = {}
    for kind in Leave:
        words[str(kind)] = kind
    for table in (leave_labels(), leave_marks()):
        for key, word in table.items():
            words[word] = Leave(key)
    for kind, written in (
        (Leave.ANNUAL, ("年假", "年休", "年", "AL", "休假")),
        (Leave.SICK, ("病假", "病", "SL")),
        (Leave.PERSONAL, ("事假", "事", "PL")),
        (Leave.OTHER, ("其他假", "其他", "OL", "假")),
    ):
        for word in written:
            words.setdefault(word, kind)
    return words


def shift_times(shift: Shift) -> str:
    """A shift's hours as a rota writes them: "08:00–16:00", "16:00–24:00", "22:00–06:00"."""

    def clock(minute: int) -> str:
        return f"{minute // 60:02d}:{minute % 60:02d}"

    end = "24:00" if shift.end == 0 else clock(shift.end)
    return f"{clock(shift.start)}–{end}"
