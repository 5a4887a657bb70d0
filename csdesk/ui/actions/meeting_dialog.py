"""A service-quality meeting: the day, who was there, the agenda, the minutes, the decisions.

The attendees are the current team, each ticked present unless the rota has them on
leave that day. The agenda is filled from the data; each decision is an action the
Actions page follows up. Print gives the sheet to sign.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.edits import rows_typed_over, typed_over
from csdesk.common.goal_labels import goal_status_labels, team_kpi_name, team_value_text
from csdesk.common.i18n import translate
from csdesk.common.labels import month_title
from csdesk.services import shop
from csdesk.services.actions.action_records import ActionData
from csdesk.services.errors import UserError
from csdesk.services.meetings import meeting_records as meetings
from csdesk.services.meetings.meeting_agenda import agenda
from csdesk.services.meetings.meeting_report import kind_labels
from csdesk.services.server.record_versions import ChangedMeanwhile
from csdesk.services.staff.agents import list_agents
from csdesk.ui.common.formats import from_qdate, to_qdate
from csdesk.ui.common.forms import say_reloaded
from csdesk.ui.common.widgets import ProblemLabel, button_row, open_size
from csdesk.ui.context import AppContext


class MeetingDialog(QDialog):
    """A new meeting, or one to change (``record``)."""

    def __init__(
        self,
        ctx: AppContext,
        record: meetings.MeetingRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        data = record.data if record else meetings.MeetingData(date.today())
        self.setWindowTitle(self.tr("Service-quality meeting"))
        self.day = QDateEdit(to_qdate(data.held_on))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        for key, word in kind_labels().items():
            self.kind.addItem(word, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.attendees = QListWidget()
        self.agenda = QTextBrowser()
        self.minutes = QPlainTextEdit(data.minutes)
        self.minutes.setTabChangesFocus(True)
        self.decided = QListWidget()
        self.add_button = QPushButton(self.tr("&Add a decision…"))
        self.print_button = QPushButton(self.tr("&Print sheet…"))
        self.problems = ProblemLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Day"), self.day)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Attendees"), self.attendees)
        form.addRow(self.tr("Agenda"), self.agenda)
        form.addRow(self.tr("&Minutes"), self.minutes)
        form.addRow(self.tr("Decisions"), self.decided)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(button_row(self.add_button, None, self.print_button))
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.day.dateChanged.connect(lambda _d: self._fill())
        self.add_button.clicked.connect(self.add_decision)
        self.print_button.clicked.connect(self.print_sheet)
        self._fill(dict(data.attendees) if record else None)
        open_size(self, 760, 760)

    def _fill(self, present: dict[int, bool] | None = None) -> None:
        """The attendees (present unless on leave) and the agenda of the day chosen."""
        day = from_qdate(self.day.date())
        away = meetings.on_leave(self.ctx.db, day)
        self.attendees.clear()
        for agent in list_agents(self.ctx.db):
            if agent.data.left_date is not None and (present is None or agent.id not in present):
                continue
            text = f"{agent.data.name} ({agent.data.employee_no})"
            if agent.id in away:
                text += " " + self.tr("(on leave)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, agent.id)
            ticked = present.get(agent.id, False) if present else agent.id not in away
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        plan = agenda(self.ctx.db, day)
        words = goal_status_labels()
        lines = [self.tr("Goals in {month}:").format(month=month_title(plan.month))]
        for g in plan.goals:
            m = g.months[plan.month.month - 1]
            actual, target = team_value_text(g.kpi, m.actual), team_value_text(g.kpi, m.target)
            status = words.get(m.status or "", "")
            lines.append(f"  {team_kpi_name(g.kpi)}: {actual} / {target} {status}")
        causes = translate("Labels", ", ").join(f"{name} {n}" for name, n in plan.root_causes)
        causes = causes or "—"
        received = self.tr("Complaints received: {count}; top root causes: {causes}")
        lines.append(received.format(count=plan.received, causes=causes))
        counts = self.tr("Actions open: {open}, overdue: {late}; training lapses: {lapses}")
        lines.append(counts.format(open=plan.open_actions, late=len(plan.overdue),
                                   lapses=plan.lapses))  # fmt: skip
        self.agenda.setPlainText("\n".join(lines))
        self._list_decided()

    def _list_decided(self) -> None:
        self.decided.clear()
        if self.record is not None:
            for a in meetings.decisions(self.ctx.db, self.record.id):
                self.decided.addItem(f"{a.data.title} — {a.owner} — {a.data.deadline}")

    def save(self) -> bool:
        """Store the meeting; False (and the reason shown) when it cannot be kept."""
        attendees = tuple(
            (item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)
            for item in (self.attendees.item(n) for n in range(self.attendees.count()))
            if item is not None
        )
        data = meetings.MeetingData(
            from_qdate(self.day.date()), self.kind.currentData(), self.minutes.toPlainText(),
            attendees,
        )  # fmt: skip
        try:
            saved = meetings.save_meeting(
                self.ctx.db, data, self.record.id if self.record else None, self.ctx.author,
                seen_version=self.record.version if self.record else None,
            )  # fmt: skip
        except ChangedMeanwhile as exc:
            self._reload_keeping(data, exc.message)
            return False
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return False
        self.record = meetings.meetings(self.ctx.db, saved)[0]  # its new version
        return True

    def _reload_keeping(self, typed: meetings.MeetingData, why: str) -> None:
        """Show the meeting as another seat saved it, with what was typed here on top."""
        assert self.record is not None  # only a change can meet a newer version
        opened = self.record.data
        found = meetings.meetings(self.ctx.db, self.record.id)
        if not found:  # deleted meanwhile: nothing to reload
            self.problems.show_problems([why])
            return
        self.record = found[0]
        saved = self.record.data
        shown = replace(typed_over(opened, typed, saved), attendees=rows_typed_over(
            opened.attendees, typed.attendees, saved.attendees, lambda pair: pair[0]))  # fmt: skip
        with QSignalBlocker(self.day):  # the day's own refill would drop the presence
            self.day.setDate(to_qdate(shown.held_on))
        self.kind.setCurrentIndex(max(0, self.kind.findData(shown.kind)))
        self.minutes.setPlainText(shown.minutes)
        self._fill(dict(shown.attendees))
        say_reloaded(self.problems, why)

    def save_and_close(self) -> None:
        """Save, then close."""
        if self.save():
            self.accept()

    def add_decision(self) -> None:
        """Save the meeting, then add a decision: an action with its owner and deadline."""
        from csdesk.ui.actions.action_dialog import ActionDialog

        if not self.save() or self.record is None:
            return
        day = from_qdate(self.day.date())
        preset = ActionData(
            "", day + timedelta(days=14), source="meeting", source_ref=str(self.record.id),
            owner_name=shop.supervisor_name(self.ctx.db), created_on=day,
        )  # fmt: skip
        ActionDialog(self.ctx, None, self, preset).exec()
        self._list_decided()

    def print_sheet(self) -> None:
        """Save, then preview the meeting's sheet."""
        from csdesk.services.meetings.meeting_report import meeting_report
        from csdesk.ui.common.pdf_printing import preview_written

        if not self.save():
            return
        day = from_qdate(self.day.date())
        preview_written(
            self, self.ctx, f"meeting-{day}.pdf",
            lambda path, progress: meeting_report(self.ctx.db, day, path, progress=progress),
            self.tr("Service-quality meeting"),
        )  # fmt: skip
