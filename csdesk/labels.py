"""Words for stored keys (posts, levels, statuses, training ...) in the user's language.

Shared by the window, the PDFs and the command line, so a post reads the same
everywhere. Built on each call so that a change of language takes effect at once.
"""

from __future__ import annotations

from csdesk.domain.staff import Channel, Level, Post, Status
from csdesk.domain.training import Attendance, Category, Format, Standing
from csdesk.i18n import translate


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


def money(cents: int) -> str:
    """An amount of money from cents, with two decimals and thousands separators."""
    return f"{cents / 100:,.2f}"


def hours_text(hours: float) -> str:
    """Hours without a useless ".0"."""
    return f"{hours:g}"
