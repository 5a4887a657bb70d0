"""Words for stored keys (posts, levels, statuses, training ...) in the user's language.

Shared by the window, the PDFs and the command line, so a post reads the same
everywhere. Built on each call so that a change of language takes effect at once.
"""

from __future__ import annotations

from csdesk.common.i18n import translate
from csdesk.domain.months import Month
from csdesk.domain.staff import Channel, Level, Post, Status


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


def money(cents: int) -> str:
    """An amount of money from cents, with two decimals and thousands separators."""
    return f"{cents / 100:,.2f}"


def currency(cents: int) -> str:
    """An amount with its currency, for what is signed or paid: "¥1,000.00".

    csdesk's shops sell on the mainland platforms (Taobao, JD, Douyin) and pay their
    agents in yuan, whatever language the supervisor reads.
    """
    sign = "-" if cents < 0 else ""
    return f"{sign}¥{money(abs(cents))}"


def hours_text(hours: float) -> str:
    """Hours without a useless ".0"."""
    return f"{hours:g}"


def month_title(month: Month) -> str:
    """A month as the language writes it: 2026-10, 2026年10月."""
    return translate("Reports", "{year}-{month:02d}").format(year=month.year, month=month.month)
