"""The year's suggestions (合理化建议): the list, a new one, adopting with a reward.

Adopting asks for the reward and, when the idea needs work, the action that carries it
out; the reward is paid with this month's appraisal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.labels import currency
from csdesk.services.suggestions import suggestion_records as suggestions
from csdesk.ui.actions.suggestion_dialog import SuggestionDialog, status_words
from csdesk.ui.common.empty_hint import EmptyHint
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import button_row, open_size, record_table, selected_payload
from csdesk.ui.context import AppContext


class SuggestionsDialog(QDialog):
    """Every suggestion of a year, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Suggestions"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.new_button = QPushButton(self.tr("&New suggestion…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.adopt_button = QPushButton(self.tr("&Adopt…"))
        self.model = RowsModel(self)
        self.table = record_table("suggestionsTable", self.model)
        self.hint = EmptyHint(
            self.table,
            lambda: self.tr("No suggestions this year. Agents' and customers' ideas go here."),
            [(lambda: self.tr("New suggestion…"), self.new_suggestion)],
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(self.year, self.new_button, self.edit_button, self.adopt_button, None)
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.new_button.clicked.connect(self.new_suggestion)
        self.edit_button.clicked.connect(self.edit_suggestion)
        self.table.doubleClicked.connect(lambda _i: self.edit_suggestion())
        self.adopt_button.clicked.connect(self.adopt)
        open_size(self, 900, 520)
        self.reload()

    def reload(self) -> None:
        """Read the year's suggestions again."""
        words = status_words()
        rows = [
            Row((s.data.received_on.isoformat(), s.author, s.data.text, s.data.area,
                 words.get(s.data.status, s.data.status),
                 currency(s.data.reward_cents) if s.data.reward_cents else "",
                 str(s.data.reward_points or ""), s.data.reason), s)
            for s in suggestions.list_suggestions(self.ctx.db, self.year.value())
        ]  # fmt: skip
        headers = [self.tr("Day"), self.tr("From"), self.tr("Suggestion"), self.tr("Area"),
                   self.tr("Status"), self.tr("Reward"), self.tr("Points"),
                   self.tr("Reason or decision")]  # fmt: skip
        self.model.set_rows(headers, rows, numeric=(5, 6))
        self.table.resizeColumnsToContents()

    def new_suggestion(self) -> None:
        """Record a new suggestion."""
        if SuggestionDialog(self.ctx, None, self).exec():
            self.reload()

    def edit_suggestion(self) -> None:
        """Change or decide the selected suggestion."""
        record = selected_payload(self.table)
        if record is not None and SuggestionDialog(self.ctx, record, self).exec():
            self.reload()

    def adopt(self) -> None:
        """Adopt the selected suggestion: its reward, and the action that carries it out."""
        from csdesk.services import shop

        record = selected_payload(self.table)
        if record is None:
            return
        amount, ok = QInputDialog.getDouble(
            self, self.tr("Adopt"), self.tr("Reward (¥, paid with this month's appraisal)"),
            0, 0, 1e6, 2,
        )  # fmt: skip
        if not ok:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Adopt"), self.tr("Action to carry it out (empty: none)")
        )
        if not ok:
            return
        suggestions.adopt(
            self.ctx.db, record.id, round(amount * 100), 0, title,
            owner_name=shop.supervisor_name(self.ctx.db), author=self.ctx.author,
        )  # fmt: skip
        self.ctx.notices.actions_changed.emit()
        self.ctx.notices.appraisals_changed.emit()
        self.reload()
