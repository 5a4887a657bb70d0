"""What the hand-entry forms share (performance data, appraisals).

A form whose Save runs a service call lists a refusal and stays open, so nothing typed
is lost; on success every page hears that the month's figures changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog

from csdesk.domain.months import Month
from csdesk.services.errors import UserError
from csdesk.services.performance.kpis import AgentKpis
from csdesk.ui.common.widgets import ProblemLabel
from csdesk.ui.context import AppContext

#: What a value not entered reads as.
NOT_ENTERED = "—"


def agent_combo(agents: Sequence[AgentKpis]) -> QComboBox:
    """A combo of the month's agents as "name (employee no)", the agent id as data."""
    combo = QComboBox()
    for agent in agents:
        combo.addItem(f"{agent.name} ({agent.employee_no})", agent.agent_id)
    return combo


def day_in(month: Month) -> date:
    """The day a new entry for ``month`` is dated: today, or the month's last day."""
    return min(date.today(), month.last_day)


class EntryForm(QDialog):
    """A form whose Save runs a service call: a refusal is listed, success is told.

    Forms of other areas than performance data name the notice they send.
    """

    ctx: AppContext
    problems: ProblemLabel

    def _changed(self):
        return self.ctx.notices.performance_changed

    def _store(self, action: Callable[[], object]) -> None:
        try:
            action()
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self._changed().emit()
        self.accept()
