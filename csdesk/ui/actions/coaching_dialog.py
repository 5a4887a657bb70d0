"""A coaching session with one agent about a month: the evidence, the talk, the agreements.

csdesk fills in the evidence (KPIs short of target, weakest QA categories, valid
complaints, training not current, what was agreed last time); the supervisor writes the
notes and the agent's comment, and adds the actions agreed, which the Actions page then
follows up. Print gives the sheet to sign.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.action_labels import status_labels
from csdesk.common.appraisal_labels import kpi_labels, kpi_value_text
from csdesk.common.edits import typed_over
from csdesk.domain.kpis import BY_KEY
from csdesk.domain.months import Month
from csdesk.services import shop
from csdesk.services.actions.action_records import ActionData
from csdesk.services.coaching import coaching_records as coaching
from csdesk.services.coaching.coaching_evidence import coaching_evidence
from csdesk.services.errors import UserError
from csdesk.services.server.record_versions import ChangedMeanwhile
from csdesk.ui.common.formats import from_qdate, to_qdate
from csdesk.ui.common.forms import say_reloaded
from csdesk.ui.common.widgets import ProblemLabel, button_row, open_size
from csdesk.ui.context import AppContext


class CoachingDialog(QDialog):
    """The session about ``month`` with agent ``agent_id`` (the one on file, or a new one)."""

    def __init__(
        self, ctx: AppContext, agent_id: int, month: Month, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.agent_id, self.month = ctx, agent_id, month
        found = coaching.month_sessions(ctx.db, month, agent_id)
        self.record = found[-1] if found else None
        data = self.record.data if self.record else coaching.CoachingData(
            agent_id, str(month), max(date.today(), month.first_day),
            coach=shop.supervisor_name(ctx.db) or ctx.author or "",
        )  # fmt: skip
        self.setWindowTitle(self.tr("Coaching session"))
        self.evidence = QTextBrowser()
        self.evidence.setPlainText(self._evidence_text())
        self.held_on = QDateEdit(to_qdate(data.held_on))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.coach = QLineEdit(data.coach)
        self.notes = QPlainTextEdit(data.notes)
        self.comment = QPlainTextEdit(data.agent_comment)
        for box in (self.notes, self.comment):
            box.setTabChangesFocus(True)
        self.agreed = QListWidget()
        self.add_button = QPushButton(self.tr("&Agree an action…"))
        self.print_button = QPushButton(self.tr("&Print sheet…"))
        self.problems = ProblemLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Held on"), self.held_on)
        form.addRow(self.tr("&Coach"), self.coach)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.tr("The agent's co&mment"), self.comment)
        form.addRow(self.tr("Agreed actions"), self.agreed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.evidence, 1)
        layout.addLayout(form, 2)
        layout.addLayout(button_row(self.add_button, None, self.print_button))
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.agree_action)
        self.print_button.clicked.connect(self.print_sheet)
        self._list_agreed()
        open_size(self, 760, 720)

    def _evidence_text(self) -> str:
        e = coaching_evidence(self.ctx.db, self.agent_id, self.month)
        names, states = kpi_labels(), status_labels()
        lines = [self.tr("What the month shows:")]
        for k in e.short_kpis:
            unit = BY_KEY[k.kpi].unit if k.kpi in BY_KEY else None
            value = kpi_value_text(unit, k.value) if unit else f"{k.value:g}"
            target = kpi_value_text(unit, k.target) if unit else f"{k.target:g}"
            text = self.tr("• {kpi}: {value}, target {target}")
            lines.append(text.format(kpi=names.get(k.kpi, k.kpi), value=value, target=target))
        for w in e.weak_categories:
            lines.append(self.tr("• QA {category}: {share:.0f} % of the best mark").format(
                category=w.name, share=w.share))  # fmt: skip
        for ref, day, _what in e.complaints:
            lines.append(self.tr("• Valid complaint {ref} of {day}").format(ref=ref, day=day))
        for item, _standing in e.training:
            lines.append(self.tr("• Training not current: {item}").format(item=item))
        for a in e.last_actions:
            lines.append(self.tr("• Agreed last time: {title} ({status})").format(
                title=a.data.title, status=states.get(a.data.status, a.data.status)))  # fmt: skip
        if len(lines) == 1:
            lines.append(self.tr("Nothing short of target this month."))
        return "\n".join(lines)

    def _list_agreed(self) -> None:
        self.agreed.clear()
        if self.record is not None:
            for a in coaching.agreed_actions(self.ctx.db, self.record.id):
                self.agreed.addItem(f"{a.data.title} — {a.data.deadline.isoformat()}")

    def save(self) -> bool:
        """Store the session; False (and the reason shown) when it cannot be kept."""
        data = coaching.CoachingData(
            self.agent_id, str(self.month), from_qdate(self.held_on.date()),
            self.coach.text().strip(), self.notes.toPlainText(), self.comment.toPlainText(),
        )  # fmt: skip
        try:
            saved = coaching.save_session(
                self.ctx.db, data, self.record.id if self.record else None, self.ctx.author,
                seen_version=self.record.version if self.record else None,
            )  # fmt: skip
        except ChangedMeanwhile as exc:
            self._reload_keeping(data, exc.message)
            return False
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return False
        self.record = self._stored(saved)
        return True

    def _stored(self, session_id: int) -> coaching.CoachingRecord | None:
        """The session ``session_id`` as saved now (None: deleted meanwhile)."""
        found = coaching.month_sessions(self.ctx.db, self.month, self.agent_id)
        return next((r for r in found if r.id == session_id), None)

    def _reload_keeping(self, typed: coaching.CoachingData, why: str) -> None:
        """Show the session as another seat saved it, with what was typed here on top."""
        assert self.record is not None  # only a change can meet a newer version
        opened, fresh = self.record.data, self._stored(self.record.id)
        if fresh is None:  # deleted meanwhile: nothing to reload
            self.problems.show_problems([why])
            return
        self.record = fresh
        shown = typed_over(opened, typed, fresh.data)
        self.held_on.setDate(to_qdate(shown.held_on))
        self.coach.setText(shown.coach)
        self.notes.setPlainText(shown.notes)
        self.comment.setPlainText(shown.agent_comment)
        say_reloaded(self.problems, why)

    def save_and_close(self) -> None:
        """Save, then close."""
        if self.save():
            self.accept()

    def agree_action(self) -> None:
        """Save the session, then add an action agreed in it (owned by the agent)."""
        from csdesk.ui.actions.action_dialog import ActionDialog

        if not self.save() or self.record is None:
            return
        preset = ActionData(
            "", from_qdate(self.held_on.date()) + timedelta(days=14), source="coaching",
            source_ref=str(self.record.id), owner_agent_id=self.agent_id,
            created_on=from_qdate(self.held_on.date()),
        )  # fmt: skip
        ActionDialog(self.ctx, None, self, preset).exec()
        self._list_agreed()

    def print_sheet(self) -> None:
        """Save, then preview this agent's coaching sheet."""
        from csdesk.services.coaching.coaching_report import coaching_report
        from csdesk.services.staff.agents import get_agent
        from csdesk.ui.common.pdf_printing import preview_written

        if not self.save():
            return
        number = get_agent(self.ctx.db, self.agent_id).data.employee_no
        preview_written(
            self, self.ctx, f"coaching-{number}-{self.month}.pdf",
            lambda path, progress: coaching_report(self.ctx.db, self.month, path, number,
                                                   progress=progress),
            self.tr("Coaching session"),
        )  # fmt: skip
