"""The words of a complaint's case file: its events, appeals and clocks, in the user's language."""

from __future__ import annotations

from csdesk.common.i18n import translate
from csdesk.domain.complaints import (
    Appeal,
    Clock,
    EventKind,
)
from csdesk.domain.sla import ClockState


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
