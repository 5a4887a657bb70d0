"""What the supervisor enters by hand for the KPIs: QA reviews, praise, teamwork, attendance.

Each is a small form over a service that checks it; a refusal is listed in the form,
which stays open so nothing typed is lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from csdesk.domain.months import Month
from csdesk.domain.qa import BOUNDS, RatingProblem, Scale, review_score
from csdesk.services import manual_kpis, qa
from csdesk.services.errors import UserError
from csdesk.services.kpis import AgentKpis
from csdesk.ui.context import AppContext
from csdesk.ui.widgets import ProblemLabel, date_edit, lay_out_form, save_cancel

NOT_ENTERED = "—"


def _agent_combo(agents: list[AgentKpis]) -> QComboBox:
    combo = QComboBox()
    for agent in agents:
        combo.addItem(f"{agent.name} ({agent.employee_no})", agent.agent_id)
    return combo


def _day_in(month: Month) -> date:
    return min(date.today(), month.last_day)


class _EntryForm(QDialog):
    """A form whose Save runs a service call: a refusal is listed, success is told."""

    ctx: AppContext
    problems: ProblemLabel

    def _store(self, action) -> None:
        try:
            action()
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.ctx.notices.performance_changed.emit()
        self.accept()


class QaReviewDialog(_EntryForm):
    """Rate one conversation of one agent against the shop's rubric."""

    def __init__(
        self,
        ctx: AppContext,
        agents: list[AgentKpis],
        month: Month,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("QA review"))
        self.rubric = qa.rubrics(ctx.db)[0]
        self.agent = _agent_combo(agents)
        self.day = date_edit(self, _day_in(month))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Conversation ID, e.g. QN2026100512"))
        self.reviewer = QLineEdit(ctx.author)
        self.ratings: dict[int, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Agent"), self.agent)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&Conversation"), self.reference)
        form.addRow(self.tr("&Reviewer"), self.reviewer)
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
            form.addRow(f"{category.name}{mark} ({category.weight:g})", combo)
        self.comment = QPlainTextEdit()
        self.comment.setFixedHeight(60)
        form.addRow(self.tr("Co&mment"), self.comment)
        self.score = QLabel()
        form.addRow(self.tr("Score"), self.score)
        form.addRow("", QLabel(self.tr("★ critical: below half makes the review 0")))
        self.problems, self.buttons = lay_out_form(self, form, self.save)
        self._preview()

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
        """Store the review, or list why not."""
        data = qa.ReviewData(
            agent_id=self.agent.currentData(),
            rubric_id=self.rubric.id,
            reviewed_on=self.day.date().toPython(),
            ratings=self.values(),
            conversation_ref=self.reference.text(),
            reviewer=self.reviewer.text(),
            comment=self.comment.toPlainText(),
        )

        def record() -> None:
            self.saved_id = qa.record_review(self.ctx.db, data)

        self._store(record)


class PraiseDialog(_EntryForm):
    """Record a praise of an agent."""

    def __init__(
        self,
        ctx: AppContext,
        agents: list[AgentKpis],
        month: Month,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Praise"))
        self.agent = _agent_combo(agents)
        self.day = date_edit(self, _day_in(month))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. customer message, shop review, manager"))
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("&Agent"), self.agent)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&From"), self.source)
        form.addRow(self.tr("&What was said"), self.text)
        self.problems, self.buttons = lay_out_form(self, form, self.save)

    def save(self) -> None:
        """Store the praise, or list why not."""
        self._store(
            lambda: qa.add_praise(
                self.ctx.db,
                self.agent.currentData(),
                self.day.date().toPython(),
                self.source.text(),
                self.text.toPlainText(),
            )
        )


class ManualKpiDialog(_EntryForm):
    """Teamwork (1-5) and attendance (%) of every agent for one month."""

    def __init__(
        self,
        ctx: AppContext,
        agents: list[AgentKpis],
        month: Month,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = month
        self.agents = agents
        self.setWindowTitle(self.tr("Teamwork and attendance, {month}").format(month=month))
        self.resize(560, 480)
        self.table = QTableWidget(len(agents), 3)
        self.table.setObjectName("manualKpis")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Agent"), self.tr("Teamwork (1-5)"), self.tr("Attendance (%)")]
        )
        self.boxes: list[tuple[QDoubleSpinBox, QDoubleSpinBox]] = []
        for row, agent in enumerate(agents):
            self.table.setCellWidget(row, 0, QLabel(f"{agent.name} ({agent.employee_no})"))
            teamwork = self._box(0.0, 5.0, 0.5, agent.values.get("teamwork"))
            attendance = self._box(-1.0, 100.0, 1.0, agent.values.get("attendance_rate"))
            self.table.setCellWidget(row, 1, teamwork)
            self.table.setCellWidget(row, 2, attendance)
            self.boxes.append((teamwork, attendance))
        self.table.resizeColumnsToContents()
        note = QLabel(self.tr("— leaves a value out (the scorecard then ignores it)."))
        self.problems = ProblemLabel()
        self.buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    @staticmethod
    def _box(lowest: float, high: float, step: float, value: float | None) -> QDoubleSpinBox:
        """A spin box whose lowest value reads "—": not entered."""
        box = QDoubleSpinBox()
        box.setDecimals(1)
        box.setRange(lowest, high)
        box.setSingleStep(step)
        box.setSpecialValueText(NOT_ENTERED)
        box.setValue(lowest if value is None else value)
        return box

    def entered(self) -> dict[int, dict[str, float | None]]:
        """Agent id -> the values in the form (None where "—")."""
        out = {}
        for agent, (teamwork, attendance) in zip(self.agents, self.boxes, strict=True):
            out[agent.agent_id] = {
                "teamwork": None if teamwork.value() == teamwork.minimum() else teamwork.value(),
                "attendance_rate": None
                if attendance.value() == attendance.minimum()
                else attendance.value(),
            }
        return out

    def save(self) -> None:
        """Store the month's values, or list why not."""
        self._store(lambda: manual_kpis.set_manual_values(self.ctx.db, self.month, self.entered()))
