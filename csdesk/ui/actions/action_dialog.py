"""One action's form: what, where from, who, by when, the result expected, and its history.

The owner is an agent of the directory or a name typed (the supervisor, the shop
owner). A measurable result names a KPI, a target and the month csdesk checks it in.
The History tab lists the check-ins and every change, with who and when.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.action_labels import source_labels, status_labels
from csdesk.common.appraisal_labels import kpi_labels
from csdesk.common.edits import typed_over
from csdesk.services.actions import action_records
from csdesk.services.errors import UserError
from csdesk.services.goals.goal_records import goal_kpis
from csdesk.services.server.record_versions import ChangedMeanwhile
from csdesk.services.staff.agents import list_agents
from csdesk.ui.common.formats import from_qdate, show_datetime, to_qdate
from csdesk.ui.common.forms import save_cancel, say_reloaded
from csdesk.ui.common.widgets import ProblemLabel, open_size
from csdesk.ui.context import AppContext


def _combo(items: dict[str, str], current: str) -> QComboBox:
    box = QComboBox()
    for key, text in items.items():
        box.addItem(text, key)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class ActionDialog(QDialog):
    """A new action, or one to change (``record``); ``preset`` fills a new one's fields."""

    def __init__(
        self,
        ctx: AppContext,
        record: action_records.ActionRecord | None = None,
        parent: QWidget | None = None,
        preset: action_records.ActionData | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        data = record.data if record else preset or action_records.ActionData(
            "", date.today() + timedelta(days=14)
        )  # fmt: skip
        self.setWindowTitle(self.tr("Action") if record is None else self.tr("Action #{id}")
                            .format(id=record.id))  # fmt: skip
        self.created_on = data.created_on  # a preset's day (a meeting's), else today
        self.title = QLineEdit()
        self.source = _combo(source_labels(), data.source)
        self.source_ref = QLineEdit()
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for agent in list_agents(ctx.db):
            if agent.data.left_date is None or agent.id == data.owner_agent_id:
                self.owner.addItem(f"{agent.data.name} ({agent.data.employee_no})", agent.id)
        typed_owner = self.owner.lineEdit()
        if typed_owner is not None:
            typed_owner.setPlaceholderText(self.tr("an agent, or a name: 店长"))
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.status = _combo(status_labels(), data.status)
        self.description = QPlainTextEdit()
        self.expected = QPlainTextEdit()
        for box in (self.description, self.expected):
            box.setTabChangesFocus(True)
            box.setMaximumHeight(70)
        names = kpi_labels()
        measured = {k: names.get(k, k) for k in goal_kpis()}
        self.kpi = _combo({"": self.tr("(not measured)")} | measured, data.kpi)
        self.target = QLineEdit()
        self.check_month = QLineEdit()
        self.check_month.setPlaceholderText("YYYY-MM")
        self.problems = ProblemLabel()
        form = QFormLayout()
        for caption, widget in (
            (self.tr("&Action"), self.title), (self.tr("&Source"), self.source),
            (self.tr("&Reference"), self.source_ref), (self.tr("&Owner"), self.owner),
            (self.tr("&Deadline"), self.deadline), (self.tr("S&tatus"), self.status),
            (self.tr("Descr&iption"), self.description),
            (self.tr("&Expected result"), self.expected), (self.tr("&KPI"), self.kpi),
            (self.tr("Tar&get"), self.target), (self.tr("&Month to check"), self.check_month),
        ):  # fmt: skip
            form.addRow(caption, widget)
        details = QWidget()
        inner = QVBoxLayout(details)
        inner.addLayout(form)
        inner.addWidget(self.problems)
        tabs = QTabWidget()
        tabs.addTab(details, self.tr("Details"))
        if record is not None:
            tabs.addTab(self._history(record), self.tr("History"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(save_cancel(self, self.save))
        open_size(self, 620, 640)
        self._show(data)

    def _show(self, data: action_records.ActionData) -> None:
        """Put ``data`` in the form."""
        self.title.setText(data.title)
        self.source.setCurrentIndex(max(self.source.findData(data.source), 0))
        self.source_ref.setText(data.source_ref)
        index = self.owner.findData(data.owner_agent_id) if data.owner_agent_id else -1
        self.owner.setCurrentIndex(index)
        if index < 0:
            self.owner.setEditText(data.owner_name)
        self.deadline.setDate(to_qdate(data.deadline))
        self.status.setCurrentIndex(max(self.status.findData(data.status), 0))
        self.description.setPlainText(data.description)
        self.expected.setPlainText(data.expected)
        self.kpi.setCurrentIndex(max(self.kpi.findData(data.kpi), 0))
        self.target.setText("" if data.kpi_target is None else f"{data.kpi_target:g}")
        self.check_month.setText(data.check_month)

    def _history(self, record: action_records.ActionRecord) -> QTextBrowser:
        lines = [
            self.tr("{day} {author}: {progress} % — {note}").format(
                day=c.day.isoformat(), author=c.author, progress=c.progress, note=c.note
            )
            for c in record.check_ins
        ]
        lines += [
            self.tr("{at} {by} changed {field}: {before} → {after}").format(
                at=show_datetime(c.at), by=c.by, field=c.field, before=c.before or "—",
                after=c.after or "—",
            )
            for c in record.changes
        ]  # fmt: skip
        view = QTextBrowser()
        view.setPlainText("\n".join(lines) or self.tr("No check-ins or changes yet."))
        return view

    def data(self) -> action_records.ActionData:
        """The form as action data (the target unread when it is not a number)."""
        agent = self.owner.currentData() if self.owner.currentIndex() >= 0 else None
        typed = self.owner.currentText().strip()
        if agent is not None and typed != self.owner.itemText(self.owner.currentIndex()):
            agent = None  # the text was changed after an agent was picked: a name
        target = self.target.text().strip().replace(",", ".")
        return action_records.ActionData(
            title=self.title.text(), deadline=from_qdate(self.deadline.date()),
            source=self.source.currentData(), source_ref=self.source_ref.text().strip(),
            owner_agent_id=agent, owner_name="" if agent else typed,
            created_on=self.created_on,
            description=self.description.toPlainText().strip(),
            expected=self.expected.toPlainText().strip(), kpi=self.kpi.currentData(),
            kpi_target=float(target) if target else None,
            check_month=self.check_month.text().strip(), status=self.status.currentData(),
        )  # fmt: skip

    def save(self) -> None:
        """Store the action, or say why not and stay open."""
        try:
            data = self.data()
        except ValueError:
            self.problems.show_problems([self.tr("Write the target as a number.")])
            return
        try:
            if self.record is None:
                action_records.create_action(self.ctx.db, data, author=self.ctx.author)
            else:
                action_records.update_action(
                    self.ctx.db, self.record.id, data, author=self.ctx.author,
                    seen_version=self.record.version,
                )  # fmt: skip
        except ChangedMeanwhile as exc:
            self._reload_keeping(data, exc.message)
            return
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.ctx.notices.actions_changed.emit()
        self.accept()

    def _reload_keeping(self, typed: action_records.ActionData, why: str) -> None:
        """Show the action as another seat saved it, with what was typed here on top."""
        assert self.record is not None  # only a change can meet a newer version
        opened = self.record.data
        self.record = action_records.action(self.ctx.db, self.record.id)
        self._show(typed_over(opened, typed, self.record.data))
        say_reloaded(self.problems, why)
