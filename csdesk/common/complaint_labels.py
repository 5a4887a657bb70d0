"""Words for complaints in the user's language: priorities, statuses, steps, clocks, verdicts."""

from __future__ import annotations

from csdesk.common.i18n import translate
from csdesk.domain.complaints import (
    Action,
    Compensation,
    ComplaintChannel,
    ComplaintStatus,
    Escalation,
    Priority,
)


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
