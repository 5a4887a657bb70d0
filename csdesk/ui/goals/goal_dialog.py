"""Setting one of the year's goals: the KPI, a target (a value or a change), the path."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.appraisal_labels import kpi_labels
from csdesk.domain.goals import path_text
from csdesk.services.errors import UserError
from csdesk.services.goals import goal_records
from csdesk.ui.common.forms import save_cancel
from csdesk.ui.common.widgets import ProblemLabel
from csdesk.ui.context import AppContext


class GoalDialog(QDialog):
    """The KPI, its target (a value, or a change such as -20% or +5pt), baseline and path.

    Opened on a goal, it shows that goal to change (saving replaces it).
    """

    def __init__(
        self,
        ctx: AppContext,
        year: int,
        parent: QWidget | None = None,
        goal: goal_records.GoalRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.year = ctx, year
        self.setWindowTitle(self.tr("Goal for {year}").format(year=year))
        names = kpi_labels()
        self.kpi = QComboBox()
        for key in goal_records.goal_kpis():
            self.kpi.addItem(names.get(key, key), key)
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("92.5, or a change: -20% or +5pt"))
        self.baseline = QDoubleSpinBox()
        self.baseline.setRange(-1, 1e9)
        self.baseline.setDecimals(2)
        self.baseline.setSpecialValueText(self.tr("last year's figure"))
        self.baseline.setValue(-1)  # the special value: computed from last year
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("optional: Q1=92, Q2=93, 11=90"))
        path_help = QLabel(
            self.tr(
                "The path: targets on the way, per quarter (Q1-Q4, the quarter's last "
                "month) or month (1-12); a sale month may be allowed to be worse. Months "
                "between lie on a straight line; December's target is the year's."
            )
        )
        path_help.setWordWrap(True)
        if goal is not None:
            self.kpi.setCurrentIndex(self.kpi.findData(goal.kpi))
            self.kpi.setEnabled(False)
            self.target.setText(f"{goal.target:g}")
            self.baseline.setValue(goal.baseline)
            self.path.setText(path_text(goal.path))
        self.problems = ProblemLabel()
        form = QFormLayout()
        form.addRow(self.tr("&KPI"), self.kpi)
        form.addRow(self.tr("&Target"), self.target)
        form.addRow(self.tr("&Baseline"), self.baseline)
        form.addRow(self.tr("&Path"), self.path)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(path_help)
        layout.addWidget(self.problems)
        layout.addWidget(save_cancel(self, self.save))

    def save(self) -> None:
        """Store the goal, or say why not and stay open."""
        text = self.target.text().strip().replace(",", ".")
        change = text if text.lower().endswith(("%", "pt")) else None
        try:
            target = None if change else float(text)
        except ValueError:
            self.problems.show_problems(
                [self.tr("Write the target as a number, or a change such as -20% or +5pt.")]
            )
            return
        baseline = None if self.baseline.value() < 0 else self.baseline.value()
        try:
            goal_records.set_goal(
                self.ctx.db,
                self.year,
                self.kpi.currentData(),
                target=target,
                change=change,
                baseline=baseline,
                path=self.path.text(),
                author=self.ctx.author,
            )
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.accept()
