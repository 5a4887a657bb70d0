"""The two lists under the week's grid: the rule checks and the changes since publishing.

Pure row building from the week's rota, so that the tab only places the tables. The
texts keep the week tab's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from csdesk.common.rota_labels import breach_labels, finding_text
from csdesk.domain.rota import RotaRules
from csdesk.services.rota.week_edits import ChangeRecord
from csdesk.services.rota.week_plan import WeekRota
from csdesk.ui.common.formats import show_date, show_datetime
from csdesk.ui.common.rows_model import Row

#: An overridden check is greyed: accepted, but still on the record.
_OVERRIDDEN_FILL = "#eeeeee"


def finding_headers() -> list[str]:
    """The rule checks' column titles."""
    return [
        QCoreApplication.translate("WeekTab", "Day"),
        QCoreApplication.translate("WeekTab", "Agent"),
        QCoreApplication.translate("WeekTab", "Rule"),
        QCoreApplication.translate("WeekTab", "What"),
        QCoreApplication.translate("WeekTab", "Status"),
    ]


def finding_rows(week_rota: WeekRota, rules: RotaRules) -> list[Row]:
    """One row per rule the week breaks: open ones first to the eye, overridden in grey."""
    names = {a.id: a for a in week_rota.agents}
    breaches = breach_labels()
    rows = []
    for found in week_rota.findings:
        f = found.finding
        agent = names.get(f.agent_id)
        who = f"{agent.name} {agent.employee_no}" if agent else str(f.agent_id)
        status = (
            QCoreApplication.translate("WeekTab", "Open")
            if found.open
            else QCoreApplication.translate("WeekTab", "Overridden: {reason}").format(
                reason=found.override
            )
        )
        rows.append(
            Row(
                (show_date(f.day), who, breaches[f.breach], finding_text(f, rules), status),
                found,
                sort=(f.day, who, breaches[f.breach], "", (found.open, status)),
                fills=(None, None, None, None, None if found.open else _OVERRIDDEN_FILL),
            )
        )
    return rows


def change_headers() -> list[str]:
    """The changes' column titles."""
    return [
        QCoreApplication.translate("WeekTab", "When"),
        QCoreApplication.translate("WeekTab", "By"),
        QCoreApplication.translate("WeekTab", "Agent"),
        QCoreApplication.translate("WeekTab", "Day"),
        QCoreApplication.translate("WeekTab", "Before"),
        QCoreApplication.translate("WeekTab", "After"),
    ]


def change_rows(week_rota: WeekRota, changes: list[ChangeRecord]) -> list[Row]:
    """One row per day changed after publishing: when, by whom, before and after."""
    names = {a.id: f"{a.name} {a.employee_no}" for a in week_rota.agents}
    day_off = QCoreApplication.translate("WeekTab", "day off")
    return [
        Row(
            (
                show_datetime(c.changed_at),
                c.changed_by,
                names.get(c.agent_id, str(c.agent_id)),
                show_date(c.day),
                c.before or day_off,
                c.after or day_off,
            ),
            c,
        )
        for c in changes
    ]
