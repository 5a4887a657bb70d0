"""The goals proposed for a year, to adopt as they are or with other numbers.

The plans' three goals when a year starts, or next year's from this year's goals and
actual figures (``services.goals.goal_proposals``). Each line can be ticked, and its
baseline and target typed over; saving sets the ticked goals all at once or none.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.appraisal_labels import kpi_labels
from csdesk.services.errors import UserError
from csdesk.services.goals import goal_records
from csdesk.services.goals.goal_proposals import Proposal
from csdesk.ui.common.forms import save_cancel
from csdesk.ui.common.widgets import ProblemLabel, open_size
from csdesk.ui.context import AppContext


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}".rstrip("0").rstrip(".")


class ProposalsDialog(QDialog):
    """One line per proposed goal: tick, KPI, baseline, target and why."""

    def __init__(
        self, ctx: AppContext, year: int, proposals: list[Proposal], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.year = ctx, year
        self.setWindowTitle(self.tr("Goals proposed for {year}").format(year=year))
        names = kpi_labels()
        grid = QGridLayout()
        for column, title in enumerate(
            (self.tr("Goal"), self.tr("Baseline"), self.tr("Target"), self.tr("Why"))
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.lines: list[tuple[Proposal, QCheckBox, QLineEdit, QLineEdit]] = []
        for row, proposal in enumerate(proposals, start=1):
            tick = QCheckBox(names.get(proposal.kpi, proposal.kpi))
            tick.setChecked(proposal.baseline is not None and proposal.target is not None)
            baseline = QLineEdit(_number(proposal.baseline))
            baseline.setPlaceholderText(self.tr("type it"))
            target = QLineEdit(_number(proposal.target))
            reason = QLabel(proposal.reason)
            reason.setWordWrap(True)
            for column, widget in enumerate((tick, baseline, target, reason)):
                grid.addWidget(widget, row, column)
            self.lines.append((proposal, tick, baseline, target))
        grid.setColumnStretch(3, 1)
        self.problems = ProblemLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        layout.addWidget(save_cancel(self, self.save))
        open_size(self, 760, 260)

    def save(self) -> None:
        """Set the ticked goals, or say why not and stay open."""
        chosen, problems = [], []
        names = kpi_labels()
        for proposal, tick, baseline, target in self.lines:
            if not tick.isChecked():
                continue
            try:
                numbers = (
                    float(baseline.text().replace(",", ".")),
                    float(target.text().replace(",", ".")),
                )
            except ValueError:
                problems.append(
                    self.tr("{kpi}: write the baseline and the target as numbers.").format(
                        kpi=names.get(proposal.kpi, proposal.kpi)
                    )
                )
                continue
            chosen.append((proposal.kpi, *numbers))
        if problems:
            self.problems.show_problems(problems)
            return
        try:
            goal_records.set_goals(self.ctx.db, self.year, chosen, author=self.ctx.author)
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.accept()
