"""The team's goals and figures in the reader's words: statuses, values, channels."""

from __future__ import annotations

from csdesk.common.appraisal_labels import kpi_labels, kpi_value_text
from csdesk.common.i18n import translate
from csdesk.common.labels import channel_labels
from csdesk.domain.kpis import BY_KEY


def goal_status_labels() -> dict[str, str]:
    """A month's status against its goal -> word."""
    return {
        "met": translate("Goals", "met"),
        "on_track": translate("Goals", "on track"),
        "at_risk": translate("Goals", "at risk"),
        "off_track": translate("Goals", "off track"),
    }


def team_kpi_name(kpi: str, channel: str = "") -> str:
    """A team figure's name, short enough for a table: "Service level · Chat"."""
    names = kpi_labels()
    names["complaint_rate"] = translate("Goals", "Complaint rate (‰)")
    name = names.get(kpi, kpi)
    if channel:
        return translate("Goals", "{kpi} · {channel}").format(
            kpi=name, channel=channel_labels().get(channel, translate("Goals", "Other"))
        )
    return name


def team_value_text(kpi: str, value: float | None) -> str:
    """A team figure as tables print it: "89.2 %", "27 秒", "48.0 ‰", "50"."""
    if value is None:
        return "—"
    if kpi == "complaint_rate":  # a shop's is often under 1 ‰: two decimals there
        return f"{value:.2f} ‰" if abs(value) < 10 else f"{value:.1f} ‰"
    if kpi == "turnover_rate":
        return f"{value:.1f} %"
    if kpi in ("headcount", "contacts"):
        return f"{value:,.0f}"
    return kpi_value_text(BY_KEY[kpi].unit, value) if kpi in BY_KEY else f"{value:g}"
