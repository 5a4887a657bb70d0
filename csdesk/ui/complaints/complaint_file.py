"""A complaint's case file: where it stands, its clocks, its timeline, and what to do next.

The quick actions are the handling steps of the plans (acknowledge, propose a solution,
resolve, follow up, close) plus waiting, escalating, notes and calls. Each asks only
what the step needs; a refused step (closing without a follow-up visit) says why.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.case_labels import appeal_labels, event_labels
from csdesk.common.complaint_labels import (
    complaint_action_labels,
    complaint_channel_labels,
    complaint_status_labels,
    escalation_labels,
    priority_labels,
)
from csdesk.common.labels import label
from csdesk.domain.complaints import Action, Appeal, EventKind
from csdesk.services.complaints import case_files as complaints
from csdesk.services.complaints import (
    complaint_appeals,
    complaint_events,
    complaint_handling,
    complaint_steps,
    complaint_verdicts,
)
from csdesk.services.errors import UserError
from csdesk.ui.audit.history_dialog import add_history_button
from csdesk.ui.common.formats import show_datetime
from csdesk.ui.common.widgets import ProblemLabel, open_size
from csdesk.ui.complaints.complaint_dialog import ComplaintDialog
from csdesk.ui.complaints.complaint_handling_form import HandlingForm
from csdesk.ui.complaints.complaint_step_dialogs import FollowUpDialog, StepDialog
from csdesk.ui.complaints.complaint_timeline import ClockStrip, ComplaintTimeline
from csdesk.ui.context import AppContext


class ComplaintFileDialog(QDialog):
    """The case file of one complaint, kept current as steps are taken."""

    def __init__(self, ctx: AppContext, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.complaint_id = complaint_id
        self.record = complaints.get_complaint(ctx.db, complaint_id)
        open_size(self, 900, 640)
        self._build()
        self._show(self.record)

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("complaintHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clocks = ClockStrip()
        self.clock_labels = self.clocks.labels

        self.action_buttons: dict[Action, QPushButton] = {}
        steps = QHBoxLayout()
        for action in Action:
            button = QPushButton(label(complaint_action_labels(), action))
            button.clicked.connect(lambda _c=False, a=action: self.take(a))
            self.action_buttons[action] = button
            steps.addWidget(button)
        steps.addStretch(1)
        self.note_button = QPushButton(self.tr("Add &note"))
        self.call_button = QPushButton(self.tr("Log &call"))
        self.message_button = QPushButton(self.tr("Log &message"))
        self.escalate_button = QPushButton(self.tr("&Escalate…"))
        self.follow_up_button = QPushButton(self.tr("Record &follow-up…"))
        self.edit_button = QPushButton(self.tr("Edit case &file…"))
        self.validity_button = QPushButton()
        self.appeal_button = QPushButton()
        others = QHBoxLayout()
        for button in (
            self.note_button,
            self.call_button,
            self.message_button,
            self.escalate_button,
            self.follow_up_button,
        ):
            others.addWidget(button)
        others.addStretch(1)
        for button in (self.validity_button, self.appeal_button, self.edit_button):
            others.addWidget(button)
        self.note_button.clicked.connect(lambda: self.add_event(EventKind.NOTE))
        self.call_button.clicked.connect(lambda: self.add_event(EventKind.CALL))
        self.message_button.clicked.connect(lambda: self.add_event(EventKind.MESSAGE))
        self.escalate_button.clicked.connect(self.escalate)
        self.follow_up_button.clicked.connect(self.follow_up)
        self.edit_button.clicked.connect(self.edit_case)
        self.validity_button.clicked.connect(self.change_validity)
        self.appeal_button.clicked.connect(self.appeal)

        self.timeline = ComplaintTimeline()

        self.handling = HandlingForm(self.ctx)
        self.handling.saved.connect(self._changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.handling, self.tr("Handling and root cause"))

        self.problems = ProblemLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        add_history_button(self.ctx.db, self.buttons, "complaint", lambda: self.record.ref)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.clocks)
        layout.addLayout(steps)
        layout.addLayout(others)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    # --- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the complaint again and show it."""
        self.record = complaints.get_complaint(self.ctx.db, self.complaint_id)
        self._show(self.record)

    def _show(self, record: complaints.ComplaintRecord) -> None:
        statuses, priorities = complaint_status_labels(), priority_labels()
        self.setWindowTitle(self.tr("Complaint {ref}").format(ref=record.ref))
        heading = f"{record.ref} · {label(statuses, record.status)} · " + label(
            priorities, record.data.priority
        )
        if record.escalation != "none":
            heading += " · " + label(escalation_labels(), record.escalation)
        self.heading.setText(heading)
        data = record.data
        facts = [
            self.tr("Received {when} via {channel}, {platform}").format(
                when=show_datetime(data.received_at),
                channel=label(complaint_channel_labels(), data.channel),
                platform=" · ".join(p for p in (data.platform, data.shop) if p) or "—",
            ),
            self.tr("Customer: {customer}  Contact: {contact}  Order: {order}").format(
                customer=data.customer or "—",
                contact=data.contact or "—",
                order=data.order_no or "—",
            ),
            self.tr("Product: {product}  Category: {category}  Agent: {agent}").format(
                product=data.product or "—",
                category=record.category_path or "—",
                agent=record.agent_name or "—",
            ),
        ]
        if data.description:
            facts.append(data.description)
        tags = []
        if record.imported:
            tags.append(self.tr("Imported history"))
        if record.reopened:
            tags.append(self.tr("Reopened {count}×").format(count=record.reopened))
        if not record.valid:
            tags.append(
                self.tr("Not the agent's fault: {reason}").format(reason=record.invalid_reason)
            )
        if record.appeal:
            tags.append(label(appeal_labels(), record.appeal))
        if record.follow_up.satisfaction is not None:
            tags.append(
                self.tr("Follow-up: {score}/5 {comment}").format(
                    score=record.follow_up.satisfaction, comment=record.follow_up.comment
                )
            )
        elif record.follow_up.no_follow_up_reason:
            tags.append(
                self.tr("No follow-up visit: {reason}").format(
                    reason=record.follow_up.no_follow_up_reason
                )
            )
        if tags:
            facts.append(" · ".join(tags))
        self.facts.setText("\n".join(facts))
        self.clocks.show_record(record)
        allowed = set(record.actions)
        for action, button in self.action_buttons.items():
            button.setVisible(action in allowed)
        self.follow_up_button.setEnabled(record.status in ("resolved", "closed"))
        self.escalate_button.setEnabled(record.escalation != "owner")
        self.validity_button.setText(
            self.tr("Mark as agent's fault") if not record.valid else self.tr("Not agent's fault…")
        )
        decided = record.appeal in (Appeal.ACCEPTED, Appeal.REJECTED)
        self.validity_button.setEnabled(not decided)
        self.appeal_button.setText(
            self.tr("Decide appeal…") if record.appeal == Appeal.PENDING else self.tr("Appeal…")
        )
        self.appeal_button.setEnabled(
            record.data.agent_id is not None and record.valid and not decided
        )
        self.timeline.show_record(record)
        self.handling.show_record(record)

    def _changed(self) -> None:
        self.ctx.notices.complaints_changed.emit()
        self.reload()

    def _run(self, call) -> bool:
        """Run a service call; show a refusal inside the dialog."""
        try:
            call()
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return False
        self.problems.show_problems([])
        self._changed()
        return True

    # --- actions ------------------------------------------------------------------------
    def take(self, action: Action) -> None:
        """Take a status step; ask when it happened and an optional note."""
        dialog = StepDialog(self.ctx, label(complaint_action_labels(), action), self)
        if not dialog.exec():
            return
        self._run(
            lambda: complaint_steps.act(
                self.ctx.db,
                self.complaint_id,
                action,
                at=dialog.when(),
                note=dialog.note.toPlainText(),
                author=self.ctx.author,
            )
        )

    def add_event(self, kind: EventKind) -> None:
        """Add a note, a call or a message to the timeline."""
        dialog = StepDialog(self.ctx, label(event_labels(), kind), self, note_required=True)
        if dialog.exec():
            self._run(
                lambda: complaint_events.add_event(
                    self.ctx.db,
                    self.complaint_id,
                    kind,
                    dialog.note.toPlainText(),
                    at=dialog.when(),
                    author=self.ctx.author,
                )
            )

    def escalate(self) -> None:
        """Take the complaint up a level (or to a chosen one)."""
        levels = escalation_labels()
        keys = [k for k in levels if k != self.record.escalation]
        up = complaint_events.escalation_up(self.record.escalation)
        current = keys.index(up) if up in keys else 0
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Escalate"),
            self.tr("Take the complaint to:"),
            [levels[k] for k in keys],
            current,
            False,
        )
        if not ok:
            return
        level = keys[[levels[k] for k in keys].index(choice)]
        reason, ok = QInputDialog.getText(self, self.tr("Escalate"), self.tr("Why:"))
        if ok:
            self._run(
                lambda: complaint_events.escalate(
                    self.ctx.db, self.complaint_id, level, note=reason, author=self.ctx.author
                )
            )

    def follow_up(self) -> None:
        """Record the satisfaction follow-up visit, or why none was possible."""
        dialog = FollowUpDialog(self.record.follow_up, self)
        if dialog.exec():
            self._run(
                lambda: complaint_handling.record_follow_up(
                    self.ctx.db, self.complaint_id, dialog.value(), author=self.ctx.author
                )
            )

    def edit_case(self) -> None:
        """Correct the case file."""
        if ComplaintDialog(self.ctx, self.record, self).exec():
            self.reload()

    def change_validity(self) -> None:
        """Judge the complaint not the agent's fault (with a reason), or valid again."""
        if not self.record.valid:
            self._run(
                lambda: complaint_verdicts.set_validity(
                    self.ctx.db, self.complaint_id, True, author=self.ctx.author
                )
            )
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Not the agent's fault"), self.tr("Why is it not the agent's fault?")
        )
        if ok:
            self._run(
                lambda: complaint_verdicts.set_validity(
                    self.ctx.db, self.complaint_id, False, reason, author=self.ctx.author
                )
            )

    def appeal(self) -> None:
        """Record the agent's appeal, or decide a pending one (final)."""
        if self.record.appeal != Appeal.PENDING:
            reason, ok = QInputDialog.getText(
                self, self.tr("Appeal"), self.tr("The agent's grounds for the appeal:")
            )
            if ok:
                self._run(
                    lambda: complaint_appeals.file_appeal(
                        self.ctx.db, self.complaint_id, reason, author=self.ctx.author
                    )
                )
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Decide appeal"))
        box.setText(
            self.tr("Appeal: {reason}\n\nThe decision is final.").format(
                reason=self.record.appeal_reason
            )
        )
        accept = box.addButton(self.tr("Accept appeal"), QMessageBox.ButtonRole.AcceptRole)
        reject = box.addButton(self.tr("Reject appeal"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() not in (accept, reject):
            return
        note, ok = QInputDialog.getText(self, self.tr("Decide appeal"), self.tr("Note:"))
        if ok:
            self._run(
                lambda: complaint_appeals.decide_appeal(
                    self.ctx.db,
                    self.complaint_id,
                    box.clickedButton() is accept,
                    note,
                    author=self.ctx.author,
                )
            )
