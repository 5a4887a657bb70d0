"""The "what if" panel of the rules editor: a month under the rules now and as edited.

The month's figures are read once per month chosen; every edit re-scores them, so the
table follows the typing. Rows whose total, grade or bonus the edits change are
tinted; the summary gives the team's bonus total and grade counts both ways.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from csdesk.common.labels import label, money, post_labels
from csdesk.domain.months import Month
from csdesk.services.appraisals.appraisal_drafts import MonthFacts, month_facts
from csdesk.services.appraisals.appraisal_rules import Rules, rules_for
from csdesk.services.appraisals.appraisal_what_if import WhatIf, what_if
from csdesk.ui.common.month_dialog import month_combo
from csdesk.ui.common.rows_filter import RowsFilter
from csdesk.ui.common.rows_model import Row, RowsModel
from csdesk.ui.common.widgets import record_table
from csdesk.ui.context import AppContext

CHANGED_FILL = "#fff4d6"


def _total(total: float | None) -> str:
    return "—" if total is None else f"{total:.1f}"


class WhatIfPanel(QWidget):
    """A month's appraisals by the rules in effect and by the edited rules."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edited: Rules | None = None
        self.result: WhatIf | None = None
        self._facts: dict[Month, tuple[MonthFacts, Rules]] = {}
        self.title = QLabel()
        self.month = month_combo("whatIfMonth")
        self.month_label = QLabel()
        self.month_label.setBuddy(self.month)
        self.model = RowsModel(self)
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table("whatIfTable", self.proxy)
        self.summary = QLabel()
        self.summary.setObjectName("whatIfSummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.title.setText("<b>" + self.tr("What if") + "</b> " + self.tr("(now → with the edits)"))
        self.month_label.setText(self.tr("Try on &month"))
        self.refresh()

    def set_month(self, month: Month) -> None:
        """Try the rules on ``month`` (if the month list offers it)."""
        index = self.month.findData(str(month))
        if index >= 0:
            self.month.setCurrentIndex(index)

    def show_rules(self, edited: Rules) -> None:
        """Score the month again on ``edited`` rules."""
        self.edited = edited
        self.refresh()

    def _month_facts(self) -> tuple[MonthFacts, Rules]:
        month = Month.parse(self.month.currentData())
        if month not in self._facts:
            self._facts[month] = (month_facts(self.ctx.db, month), rules_for(self.ctx.db, month))
        return self._facts[month]

    def refresh(self) -> None:
        """Score the chosen month both ways and show it."""
        if self.edited is None:
            return
        facts, now = self._month_facts()
        self.result = result = what_if(facts, now, self.edited)
        posts = post_labels()
        rows = []
        for agent in result.agents:
            a, b = agent.now, agent.edited
            fill = CHANGED_FILL if agent.changed else None
            cells = (
                a.employee_no,
                a.name,
                label(posts, a.post),
                _both(_total(a.score.total), None if b is None else _total(b.score.total)),
                _both(a.grade or "—", None if b is None else (b.grade or "—")),
                _both(money(a.bonus.amount), None if b is None else money(b.bonus.amount)),
            )
            edited = b or a
            sort = (
                a.employee_no,
                a.name,
                cells[2],
                -1.0 if edited.score.total is None else edited.score.total,
                edited.grade or "Z",
                edited.bonus.amount,
            )
            rows.append(Row(cells, agent, sort=sort, fills=(fill,) * len(cells)))
        self.model.set_rows(
            [
                self.tr("No."),
                self.tr("Agent"),
                self.tr("Post"),
                self.tr("Total"),
                self.tr("Grade"),
                self.tr("Bonus"),
            ],
            rows,
            numeric=(3, 5),
        )
        self.table.resizeColumnsToContents()
        self.summary.setText(self._summary(result))

    def _summary(self, result: WhatIf) -> str:
        if not result.agents:
            return self.tr("No agent worked in this month.")
        now_total, edited_total = result.bonus_total(False), result.bonus_total(True)
        now_grades = _grades(result.grade_counts(False))
        if edited_total is None:
            return self.tr(
                "Bonus total now {now}; grades now {grades}. The edited rules cannot score "
                "yet: see the problems below."
            ).format(now=money(now_total or 0), grades=now_grades)
        changed = sum(1 for a in result.agents if a.changed)
        return self.tr(
            "Bonus total: {now} now, {edited} edited ({change}). Grades now {grades}; "
            "edited {edited_grades}. {changed} of {count} agents change."
        ).format(
            now=money(now_total or 0),
            edited=money(edited_total),
            change=("+" if edited_total >= (now_total or 0) else "−")
            + money(abs(edited_total - (now_total or 0))),
            grades=now_grades,
            edited_grades=_grades(result.grade_counts(True)),
            changed=changed,
            count=len(result.agents),
        )


def _grades(counts: dict[str, int] | None) -> str:
    return "" if counts is None else " · ".join(f"{g} {n}" for g, n in counts.items())


def _both(now: str, edited: str | None) -> str:
    """The value now when the edits leave it, else "now → edited"."""
    return now if edited is None or edited == now else f"{now} → {edited}"
