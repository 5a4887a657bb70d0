"""The QA review and praise forms: enter a new one, or open one to correct it.

A new review is rated against a rubric in use (chosen when the shop has several); a
correction keeps the rubric the review was made with, archived or not, so its ratings
stay on the scales they were given on.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from csdesk.domain.months import Month
from csdesk.domain.qa import BOUNDS, RatingProblem, Scale, review_score
from csdesk.services.performance import qa, qa_records, qa_rubric_list, qa_rubrics
from csdesk.services.performance.kpis import AgentKpis
from csdesk.ui.common.combos import choose_or_add
from csdesk.ui.common.date_edits import date_edit
from csdesk.ui.common.entry_form import NOT_ENTERED, EntryForm, agent_combo, day_in
from csdesk.ui.common.formats import from_qdate
from csdesk.ui.common.forms import lay_out_form
from csdesk.ui.context import AppContext


class QaReviewDialog(EntryForm):
    """Rate one conversation of one agent against a rubric, or correct such a review."""

    def __init__(
        self,
        ctx: AppContext,
        agents: Sequence[AgentKpis],
        month: Month,
        parent: QWidget | None = None,
        review_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review_id = review_id
        self.saved_id: int | None = None
        stored = qa_records.review_data(ctx.db, review_id) if review_id is not None else None
        self.setWindowTitle(
            self.tr("QA review") if stored is None else self.tr("Correct QA review")
        )
        if stored is None:
            self.rubrics = qa_rubric_list.rubrics(ctx.db)
        else:
            self.rubrics = [qa_rubrics.rubric_record(ctx.db, stored.rubric_id)]
        self.rubric = self.rubrics[0]
        self.rubric_box = QComboBox()
        for rubric in self.rubrics:
            self.rubric_box.addItem(rubric.name, rubric.id)
        self.rubric_box.setEnabled(len(self.rubrics) > 1)
        self.agent = agent_combo(agents)
        self.day = date_edit(self, day_in(month) if stored is None else stored.reviewed_on)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Conversation ID, e.g. QN2026100512"))
        self.reviewer = QLineEdit(ctx.author)
        self.ratings: dict[int, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Agent"), self.agent)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&Conversation"), self.reference)
        form.addRow(self.tr("&Reviewer"), self.reviewer)
        form.addRow(self.tr("R&ubric"), self.rubric_box)
        self.rating_form = QFormLayout()
        self.rating_form.setContentsMargins(0, 0, 0, 0)
        rating_area = QWidget()
        rating_area.setLayout(self.rating_form)
        form.addRow(rating_area)
        self.comment = QPlainTextEdit()
        self.comment.setFixedHeight(60)
        form.addRow(self.tr("Co&mment"), self.comment)
        self.score = QLabel()
        form.addRow(self.tr("Score"), self.score)
        form.addRow("", QLabel(self.tr("★ critical: below half makes the review 0")))
        self.problems, self.buttons = lay_out_form(self, form, self.save)
        self._rate_rows()
        self.rubric_box.currentIndexChanged.connect(self._rubric_chosen)
        if stored is not None:
            choose_or_add(self.agent, stored.agent_id, f"#{stored.agent_id}")
            self.reference.setText(stored.conversation_ref)
            self.reviewer.setText(stored.reviewer)
            self.comment.setPlainText(stored.comment)
            for category_id, value in stored.ratings.items():
                if category_id in self.ratings:
                    box = self.ratings[category_id]
                    box.setCurrentIndex(max(box.findData(value), 0))
        self._preview()

    def _rubric_chosen(self, index: int) -> None:
        self.rubric = self.rubrics[index]
        self._rate_rows()
        self._preview()

    def _rate_rows(self) -> None:
        """One rating combo per category of the chosen rubric, top marks to start."""
        while self.rating_form.rowCount():
            self.rating_form.removeRow(0)
        self.ratings.clear()
        for category_id, category in self.rubric.categories:
            combo = QComboBox()
            low, high = BOUNDS[category.scale]
            if category.scale is Scale.BINARY:
                combo.addItem(self.tr("Yes"), 1)
                combo.addItem(self.tr("No"), 0)
            else:
                for value in range(high, low - 1, -1):
                    combo.addItem(str(value), value)
            if category.na_allowed:
                combo.addItem(self.tr("N/A"), None)
            combo.currentIndexChanged.connect(lambda _i: self._preview())
            self.ratings[category_id] = combo
            mark = " ★" if category.critical else ""
            self.rating_form.addRow(f"{category.name}{mark} ({category.weight:g})", combo)

    def values(self) -> dict[int, int | None]:
        """The rating chosen for each category id."""
        return {cid: combo.currentData() for cid, combo in self.ratings.items()}

    def _preview(self) -> None:
        rules = [category for _cid, category in self.rubric.categories]
        try:
            result = review_score(rules, list(self.values().values()))
        except RatingProblem:
            return
        if result.score is None:
            self.score.setText(NOT_ENTERED)
        elif result.critical_failures:
            self.score.setText(
                self.tr("0 (critical: {names})").format(names=", ".join(result.critical_failures))
            )
        else:
            self.score.setText(f"{result.score:.1f}")

    def save(self) -> None:
        """Store the review (or the correction), or list why not."""
        data = qa.ReviewData(
            agent_id=self.agent.currentData(),
            rubric_id=self.rubric.id,
            reviewed_on=from_qdate(self.day.date()),
            ratings=self.values(),
            conversation_ref=self.reference.text(),
            reviewer=self.reviewer.text(),
            comment=self.comment.toPlainText(),
        )

        def record() -> None:
            self.saved_id = qa.record_review(self.ctx.db, data, self.review_id)

        self._store(record)
