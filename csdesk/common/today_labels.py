"""The Today cards in the reader's words: titles, item lines and the quiet line of each card.

The page and ``csdesk today`` word the cards the same way, in the user's language. An
item's text takes ``{count}`` and, where the service gives one, ``{first}`` (its first
line: a date, a month, a folder).
"""

from __future__ import annotations

from csdesk.common.i18n import translate
from csdesk.common.labels import channel_labels


def section_titles() -> dict[str, str]:
    """Section key -> card title."""
    return {
        "rota": translate("Today", "Rota today"),
        "complaints": translate("Today", "Complaints"),
        "actions": translate("Today", "Actions"),
        "training": translate("Today", "Training"),
        "appraisals": translate("Today", "Last month's appraisals"),
        "goals": translate("Today", "Goals"),
        "staff": translate("Today", "Staff"),
        "data": translate("Today", "Data on file"),
        "backup": translate("Today", "Backup"),
        "yesterday": translate("Today", "Yesterday"),
    }


def item_texts() -> dict[tuple[str, str], str]:
    """(section, item) -> its line, with ``{count}`` and ``{first}``."""
    t = {
        ("rota", "on_shift"): translate("Today", "On shift today: {count}"),
        ("rota", "on_now"): translate("Today", "Working now: {count}"),
        ("rota", "on_leave"): translate("Today", "On leave: {count}"),
        ("rota", "breaches"): translate("Today", "Rule breaches this week: {count}"),
        ("rota", "short_hours"): translate("Today", "Hours short of agents today: {count}"),
        ("rota", "next_week_draft"): translate(
            "Today", "Next week's rota ({first}) is not published"
        ),
        ("complaints", "overdue"): translate("Today", "Overdue: {count}"),
        ("complaints", "due_today"): translate("Today", "Due today: {count}"),
        ("complaints", "follow_up"): translate("Today", "Waiting for the follow-up visit: {count}"),
        ("complaints", "new_urgent"): translate("Today", "New and urgent: {count}"),
        ("actions", "overdue"): translate("Today", "Overdue: {count}"),
        ("actions", "due_this_week"): translate("Today", "Due this week: {count}"),
        ("actions", "check"): translate("Today", "Waiting for an effectiveness check: {count}"),
        ("training", "not_cleared"): translate("Today", "Not cleared for duty: {count}"),
        ("training", "lapsing"): translate("Today", "Lapsing soon: {count}"),
        ("training", "expired"): translate("Today", "Expired: {count}"),
        ("appraisals", "not_prepared"): translate("Today", "Not prepared: {count}"),
        ("appraisals", "drafts"): translate("Today", "Drafts to finalise: {count}"),
        ("appraisals", "unsigned"): translate("Today", "Signatures missing: {count}"),
        ("appraisals", "not_closed"): translate("Today", "{first} is not closed"),
        ("goals", "off_track"): translate("Today", "Off track: {count}"),
        ("goals", "at_risk"): translate("Today", "At risk: {count}"),
        ("staff", "probation_ending"): translate(
            "Today", "Probation ending within 14 days: {count}"
        ),
        ("staff", "no_mentor"): translate("Today", "New agents without a mentor: {count}"),
        ("staff", "onboarding"): translate("Today", "Onboarding: {count}"),
        ("data", "conversations_missing"): translate("Today", "No conversations after {first}"),
        ("data", "last_summaries"): translate("Today", "Agent summaries up to {first}"),
        ("data", "last_orders"): translate("Today", "Orders up to {first}"),
        ("backup", "none_today"): translate("Today", "No backup today (last: {first})"),
        ("backup", "unreachable"): translate(
            "Today", "The backup folder cannot be reached: {first}"
        ),
        ("backup", "same_disk"): translate("Today", "Backups are on the database's own disk"),
        ("backup", "risky_folder"): translate(
            "Today", "The database is in a network or synced folder"
        ),
        ("yesterday", "contacts"): translate("Today", "No contacts on file for {first}"),
    }  # fmt: skip
    for kind, word in {**channel_labels(), "other": translate("Today", "Other")}.items():
        t[("yesterday", kind)] = word
    return t


def quiet_texts() -> dict[str, str]:
    """Section -> the one line a card with nothing to do shows."""
    return {
        "rota": translate("Today", "Covered, no breaches."),
        "complaints": translate("Today", "Nothing overdue or due today."),
        "actions": translate("Today", "Nothing overdue or due this week."),
        "training": translate("Today", "Everyone is cleared and up to date."),
        "appraisals": translate("Today", "Prepared, finalised, signed and closed."),
        "goals": translate("Today", "No goal at risk."),
        "staff": translate("Today", "No probation ending, every newcomer has a mentor."),
        "data": translate("Today", "Conversations are on file up to yesterday."),
        "backup": translate("Today", "Backed up today."),
        "yesterday": translate("Today", "Every channel met its targets."),
    }


def item_text(section: str, key: str, count: int, lines: tuple[str, ...]) -> str:
    """One item's line in the reader's words."""
    template = item_texts().get((section, key), key + ": {count}")
    first = lines[0] if lines else "—"
    if (section, key) == ("backup", "none_today") and not lines:
        return translate("Today", "No backup yet")
    if (section, key) == ("data", "conversations_missing") and not lines:
        return translate("Today", "No conversations imported yet")
    return template.format(count=count, first=first)


def names_first(section: str, key: str) -> bool:
    """Whether the item's line already says its first line (``{first}``): not listed again."""
    return "{first}" in item_texts().get((section, key), "")
