"""Recording a customer's praise of an agent (表扬): who, when, from where, what was said.

Praise counts in the appraisal as a bonus item, so it is entered with its date and source
like a QA review, in a form of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from csdesk.domain.months import Month
from csdesk.services.performance import praise, qa_records
from csdesk.services.performance.kpis import AgentKpis
from csdesk.ui.common.combos import choose_or_add
from csdesk.ui.common.date_edits import date_edit
from csdesk.ui.common.entry_form import EntryForm, agent_combo, day_in
from csdesk.ui.common.formats import from_qdate
from csdesk.ui.common.forms import lay_out_form
from csdesk.ui.context import AppContext


class PraiseDialog(EntryForm):
    """Record a praise of an agent, or correct one."""

    def __init__(
        self,
        ctx: AppContext,
        agents: Sequence[AgentKpis],
        month: Month,
        parent: QWidget | None = None,
        praise: qa_records.PraiseRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.praise_id = praise.id if praise is not None else None
        self.setWindowTitle(self.tr("Praise") if praise is None else self.tr("Correct praise"))
        self.agent = agent_combo(agents)
        self.day = date_edit(self, day_in(month) if praise is None else praise.received_on)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. customer message, shop review, manager"))
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(80)
        if praise is not None:
            choose_or_add(self.agent, praise.agent_id, praise.agent)
            self.source.setText(praise.source)
            self.text.setPlainText(praise.text)
        form = QFormLayout()
        form.addRow(self.tr("&Agent"), self.agent)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&From"), self.source)
        form.addRow(self.tr("&What was said"), self.text)
        self.problems, self.buttons = lay_out_form(self, form, self.save)

    def save(self) -> None:
        """Store the praise, or list why not."""
        self._store(
            lambda: praise.add_praise(
                self.ctx.db,
                self.agent.currentData(),
                from_qdate(self.day.date()),
                self.source.text(),
                self.text.toPlainText(),
                self.praise_id,
            )
        )
