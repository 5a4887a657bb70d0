"""A month's QA reviews and praise: look back over them, open one to correct, delete one.

Before the month's appraisals are written the supervisor checks what was entered: a
review given to the wrong agent, a mistyped rating, a praise counted twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csdesk.domain.months import Month
from csdesk.services.performance import qa_records
from csdesk.services.performance.kpis import AgentKpis
from csdesk.ui.common.entry_form import NOT_ENTERED
from csdesk.ui.common.formats import show_date
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import button_row, open_size, record_table, selected_payload
from csdesk.ui.context import AppContext
from csdesk.ui.performance.praise_dialog import PraiseDialog
from csdesk.ui.performance.qa_entry import QaReviewDialog


class _RecordList(QWidget):
    """A table of records with New…, Open… and Delete, reloaded after each change."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(self)
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table: QTableView = record_table(name, self.proxy)
        self.new_button = QPushButton(self.tr("&New…"))
        self.open_button = QPushButton(self.tr("&Open…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.buttons = button_row(self.new_button, self.open_button, self.delete_button, None)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(lambda _i: self.open_button.click())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self._enable()

    def show_rows(self, headers: Sequence[str], rows: Sequence[Row]) -> None:
        """Show ``rows`` under ``headers``; the selection is cleared."""
        self.model.set_rows(headers, rows)
        self.table.resizeColumnsToContents()
        self._enable()

    def selected(self):
        """The record behind the selected row, or None."""
        return selected_payload(self.table)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)


class QaLogDialog(QDialog):
    """The month's reviews and praise in two tabs."""

    def __init__(
        self,
        ctx: AppContext,
        agents: Sequence[AgentKpis],
        month: Month,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agents = list(agents)
        self.month = month
        self.setWindowTitle(self.tr("Reviews and praise, {month}").format(month=month))
        open_size(self, 860, 480)
        self.reviews = _RecordList("qaReviews")
        self.praise = _RecordList("praiseList")
        self.rubrics_button = QPushButton(self.tr("R&ubrics…"))
        self.rubrics_button.setToolTip(self.tr("The categories, weights and scales of reviews"))
        self.reviews.buttons.addWidget(self.rubrics_button)
        self.action_button = QPushButton(self.tr("&Action…"))
        self.action_button.setToolTip(
            self.tr("An improvement action for the selected review's agent")
        )
        self.reviews.buttons.addWidget(self.action_button)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.reviews, self.tr("QA reviews"))
        self.tabs.addTab(self.praise, self.tr("Praise"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.reviews.new_button.clicked.connect(lambda: self._edit_review(None))
        self.reviews.open_button.clicked.connect(lambda: self._edit_review(self.reviews.selected()))
        self.reviews.delete_button.clicked.connect(self._delete_review)
        self.praise.new_button.clicked.connect(lambda: self._edit_praise(None))
        self.praise.open_button.clicked.connect(lambda: self._edit_praise(self.praise.selected()))
        self.praise.delete_button.clicked.connect(self._delete_praise)
        self.rubrics_button.clicked.connect(self._rubrics)
        self.action_button.clicked.connect(self._action)
        ctx.notices.performance_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Read the month's reviews and praise again."""
        reviews = qa_records.month_reviews(self.ctx.db, self.month)
        self.reviews.show_rows(
            [
                self.tr("Date"),
                self.tr("Agent"),
                self.tr("Score"),
                self.tr("Conversation"),
                self.tr("Reviewer"),
                self.tr("Rubric"),
                self.tr("Comment"),
            ],
            [self._review_row(r) for r in reviews],
        )
        praise = qa_records.month_praise(self.ctx.db, self.month)
        self.praise.show_rows(
            [self.tr("Date"), self.tr("Agent"), self.tr("From"), self.tr("What was said")],
            [
                Row(
                    (show_date(p.received_on), p.agent, p.source, _one_line(p.text)),
                    payload=p,
                    sort=(p.received_on, p.agent, p.source, p.text),
                )
                for p in praise
            ],
        )
        self.tabs.setTabText(0, self.tr("QA reviews ({count})").format(count=len(reviews)))
        self.tabs.setTabText(1, self.tr("Praise ({count})").format(count=len(praise)))

    def _review_row(self, review: qa_records.ReviewRow) -> Row:
        if review.score is None:
            score = NOT_ENTERED
        elif review.critical_failed:
            score = self.tr("0 (critical)")
        else:
            score = f"{review.score:.1f}"
        cells = (
            show_date(review.reviewed_on),
            review.agent,
            score,
            review.conversation_ref,
            review.reviewer,
            review.rubric,
            _one_line(review.comment),
        )
        sort = (review.reviewed_on, review.agent, review.score or -1.0, *cells[3:])
        return Row(cells, payload=review, sort=sort)

    def _edit_review(self, review: qa_records.ReviewRow | None) -> None:
        dialog = QaReviewDialog(
            self.ctx, self.agents, self.month, self, None if review is None else review.id
        )
        dialog.exec()

    def _edit_praise(self, praise: qa_records.PraiseRow | None) -> None:
        PraiseDialog(self.ctx, self.agents, self.month, self, praise).exec()

    def _delete_review(self) -> None:
        review = self.reviews.selected()
        if review is not None and self._confirm(
            self.tr("Delete the review of {agent} on {day}?").format(
                agent=review.agent, day=show_date(review.reviewed_on)
            )
        ):
            self._changed(lambda: qa_records.delete_review(self.ctx.db, review.id))

    def _delete_praise(self) -> None:
        praise = self.praise.selected()
        if praise is not None and self._confirm(
            self.tr("Delete the praise of {agent} on {day}?").format(
                agent=praise.agent, day=show_date(praise.received_on)
            )
        ):
            self._changed(lambda: qa_records.delete_praise(self.ctx.db, praise.id))

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), question)
        return answer == QMessageBox.StandardButton.Yes

    def _changed(self, action: Callable[[], None]) -> None:
        action()
        self.ctx.notices.performance_changed.emit()

    def _action(self) -> None:
        """Start an action from the selected review: the agent's, referring to the review."""
        from datetime import date, timedelta

        from csdesk.services.actions.action_records import ActionData
        from csdesk.ui.actions.action_dialog import ActionDialog

        review = self.reviews.selected()
        if review is None:
            return
        preset = ActionData(
            "", date.today() + timedelta(days=14), source="qa", source_ref=f"QA-{review.id}",
            owner_agent_id=review.agent_id,
        )  # fmt: skip
        ActionDialog(self.ctx, None, self, preset).exec()

    def _rubrics(self) -> None:
        from csdesk.ui.performance.rubrics_dialog import RubricsDialog

        RubricsDialog(self.ctx, self).exec()


def _one_line(text: str) -> str:
    return " ".join(text.split())
