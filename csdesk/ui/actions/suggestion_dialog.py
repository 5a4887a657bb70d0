"""One suggestion's form: who, when, what, and what was decided (reward, reason)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from csdesk.domain.suggestions import SuggestionStatus
from csdesk.services.errors import UserError
from csdesk.services.staff.agents import list_agents
from csdesk.services.suggestions import suggestion_records as suggestions
from csdesk.ui.common.formats import from_qdate, to_qdate
from csdesk.ui.common.forms import lay_out_form
from csdesk.ui.context import AppContext


def status_words() -> dict[str, str]:
    """A suggestion's status -> word, in the user's language."""
    return {
        SuggestionStatus.NEW: QCoreApplication.translate("SuggestionDialog", "New"),
        SuggestionStatus.UNDER_REVIEW: QCoreApplication.translate(
            "SuggestionDialog", "Under review"
        ),
        SuggestionStatus.ADOPTED: QCoreApplication.translate("SuggestionDialog", "Adopted"),
        SuggestionStatus.REJECTED: QCoreApplication.translate("SuggestionDialog", "Rejected"),
    }


class SuggestionDialog(QDialog):
    """A new suggestion, or one to change and decide (``record``)."""

    def __init__(
        self,
        ctx: AppContext,
        record: suggestions.SuggestionRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        data = record.data if record else suggestions.SuggestionData(date.today(), "")
        self.setWindowTitle(self.tr("Suggestion"))
        self.day = QDateEdit(to_qdate(data.received_on))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.agent = QComboBox()
        self.agent.addItem(self.tr("(a customer)"), None)
        for agent in list_agents(ctx.db):
            if agent.data.left_date is None or agent.id == data.agent_id:
                self.agent.addItem(f"{agent.data.name} ({agent.data.employee_no})", agent.id)
        self.agent.setCurrentIndex(max(0, self.agent.findData(data.agent_id)))
        self.customer = QLineEdit(data.customer)
        self.text = QPlainTextEdit(data.text)
        self.text.setTabChangesFocus(True)
        self.area = QLineEdit(data.area)
        self.area.setPlaceholderText(self.tr("话术, 流程, 商品 …"))
        self.status = QComboBox()
        for key, word in status_words().items():
            self.status.addItem(word, key)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.reason = QLineEdit(data.reason)
        self.reward = QDoubleSpinBox()
        self.reward.setRange(0, 1e6)
        self.reward.setDecimals(2)
        self.reward.setPrefix("¥")
        self.reward.setValue(data.reward_cents / 100)
        self.points = QSpinBox()
        self.points.setRange(0, 100000)
        self.points.setValue(data.reward_points)
        form = QFormLayout()
        for caption, widget in (
            (self.tr("&Day"), self.day), (self.tr("&From agent"), self.agent),
            (self.tr("or &customer"), self.customer), (self.tr("&Suggestion"), self.text),
            (self.tr("&Area"), self.area), (self.tr("S&tatus"), self.status),
            (self.tr("&Reason or decision"), self.reason), (self.tr("Re&ward"), self.reward),
            (self.tr("&Points"), self.points),
        ):  # fmt: skip
            form.addRow(caption, widget)
        self.problems, self.buttons = lay_out_form(self, form, self.save)

    def save(self) -> None:
        """Store the suggestion, or say why not and stay open."""
        data = suggestions.SuggestionData(
            from_qdate(self.day.date()), self.text.toPlainText(),
            agent_id=self.agent.currentData(),
            customer="" if self.agent.currentData() else self.customer.text(),
            area=self.area.text().strip(), status=self.status.currentData(),
            reason=self.reason.text().strip(), reward_cents=round(self.reward.value() * 100),
            reward_points=self.points.value(),
            reward_month=self.record.data.reward_month if self.record else "",
        )  # fmt: skip
        try:
            suggestions.save_suggestion(
                self.ctx.db, data, self.record.id if self.record else None, self.ctx.author
            )
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.ctx.notices.actions_changed.emit()
        self.accept()
