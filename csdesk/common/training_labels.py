"""Training's words in the user's language: course categories, formats, attendance, standing."""

from __future__ import annotations

from csdesk.common.i18n import translate
from csdesk.domain.training import Attendance, Category, Format, Standing


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
