"""Grades, vetoes and bonus of the rules editor: the part of the rules that decides pay.

Amounts are typed in yuan and kept in cents; percents as people write them (90 for
90 %). A veto set to "no cap" is dropped from the rules, so it no longer caps anything.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.appraisal_labels import veto_labels
from csdesk.common.labels import label, post_labels
from csdesk.domain.grading import CRITICAL_QA, GRADES, SEVERE_COMPLAINT, BonusRule, Veto
from csdesk.domain.staff import Post
from csdesk.services.appraisals.appraisal_rules import DEFAULT_MIN_COVERAGE
from csdesk.ui.common.combos import fill_combo
from csdesk.ui.common.forms import form_caption

NO_CAP = ""
VETO_KEYS = (SEVERE_COMPLAINT, CRITICAL_QA)


def _spin(decimals: int, top: float, suffix: str = "", step: float = 1.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(0.0, top)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    return spin


def yuan_spin() -> QDoubleSpinBox:
    """An amount of money in yuan (kept in cents)."""
    spin = _spin(2, 1_000_000.0, step=100.0)
    spin.setGroupSeparatorShown(True)
    return spin


class PayTab(QWidget):
    """Grade bands, veto caps and the bonus rule."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.minimums = {grade: _spin(1, 100.0) for grade in GRADES[:-1]}
        self.caps = {key: QComboBox() for key in VETO_KEYS}
        self.bases = {str(post): yuan_spin() for post in Post}
        self.coefficients = {grade: _spin(2, 10.0, step=0.1) for grade in GRADES}
        self.pass_line = _spin(1, 100.0, " %")
        self.extra_line = _spin(1, 100.0, " %")
        self.extra = yuan_spin()
        self.deduction = yuan_spin()
        for grade, spin in self.minimums.items():
            spin.setObjectName(f"minimum{grade}")
        for grade, spin in self.coefficients.items():
            spin.setObjectName(f"coefficient{grade}")
        for post, spin in self.bases.items():
            spin.setObjectName(f"base_{post}")
        for key, combo in self.caps.items():
            combo.setObjectName(f"veto_{key}")
        self.pass_line.setObjectName("passLine")
        self.extra_line.setObjectName("extraLine")
        self.extra.setObjectName("extraAmount")
        self.deduction.setObjectName("complaintDeduction")
        self.coverage = _spin(0, 100.0, " %")
        self.coverage.setObjectName("minCoverage")

        self.grades_box, self.vetoes_box, self.bonus_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.grades_form, self.vetoes_form = QFormLayout(self.grades_box), QFormLayout()
        for grade, spin in self.minimums.items():
            self.grades_form.addRow(grade, spin)
        self.below_c = QLabel()
        self.grades_form.addRow("D", self.below_c)
        self.coverage_label = QLabel()
        self.coverage_label.setWordWrap(True)
        self.coverage_label.setBuddy(self.coverage)
        self.grades_form.addRow(self.coverage_label, self.coverage)
        self.vetoes_note = QLabel()
        self.vetoes_note.setWordWrap(True)
        vetoes = QVBoxLayout(self.vetoes_box)
        vetoes.addLayout(self.vetoes_form)
        vetoes.addWidget(self.vetoes_note)
        for key in VETO_KEYS:
            self.vetoes_form.addRow(QLabel(), self.caps[key])

        self.bonus_form = QFormLayout(self.bonus_box)
        for post in Post:
            self.bonus_form.addRow(QLabel(), self.bases[str(post)])
        coefficients = QHBoxLayout()
        for grade, spin in self.coefficients.items():
            coefficients.addWidget(QLabel(grade))
            coefficients.addWidget(spin)
        self.coefficients_label = QLabel()
        self.bonus_form.addRow(self.coefficients_label, coefficients)
        self.labels = [QLabel() for _ in range(4)]
        for caption, field in zip(
            self.labels,
            (self.pass_line, self.extra_line, self.extra, self.deduction),
            strict=True,
        ):
            caption.setBuddy(field)
            self.bonus_form.addRow(caption, field)
        self.bonus_note = QLabel()
        self.bonus_note.setWordWrap(True)
        self.bonus_form.addRow(self.bonus_note)

        left = QVBoxLayout()
        left.addWidget(self.grades_box)
        left.addWidget(self.vetoes_box)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.bonus_box, 3)

        spins = [*self.minimums.values(), *self.bases.values(), *self.coefficients.values()]
        spins += [self.pass_line, self.extra_line, self.extra, self.deduction, self.coverage]
        for spin in spins:
            spin.valueChanged.connect(self._emit)
        for combo in self.caps.values():
            combo.currentIndexChanged.connect(self._emit)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.grades_box.setTitle(self.tr("Grades: lowest total of each grade"))
        self.below_c.setText(self.tr("below C"))
        self.coverage_label.setText(self.tr("Grade a month when KPIs with data carry at least"))
        self.coverage.setToolTip(
            self.tr(
                "Share of the scorecard's weight. Below it the agent's month says "
                '"not enough data" and gets no grade or bonus.'
            )
        )
        self.vetoes_box.setTitle(self.tr("Vetoes: cap the grade whatever the total"))
        self.vetoes_note.setText(
            self.tr("A veto is named on the appraisal, and the agent cannot be Service Star.")
        )
        names = veto_labels()
        for row, key in enumerate(VETO_KEYS):
            form_caption(self.vetoes_form, row).setText(label(names, key))
            self._loading = True
            caps = {grade: self.tr("caps at {grade}").format(grade=grade) for grade in GRADES}
            fill_combo(self.caps[key], caps, first=(NO_CAP, self.tr("no cap")))
            self._loading = False
        self.bonus_box.setTitle(self.tr("Monthly bonus"))
        posts = post_labels()
        for row, post in enumerate(Post):
            form_caption(self.bonus_form, row).setText(
                self.tr("Base, {post}").format(post=label(posts, post))
            )
        self.coefficients_label.setText(self.tr("× by grade"))
        for caption, text in zip(
            self.labels,
            (
                self.tr("Satisfaction pass line (no bonus below)"),
                self.tr("Satisfaction for the extra tier"),
                self.tr("Extra tier"),
                self.tr("Deduction per valid complaint"),
            ),
            strict=True,
        ):
            caption.setText(text)
        self.bonus_note.setText(
            self.tr(
                "Bonus = base × the grade's coefficient, plus the extra tier when "
                "satisfaction reaches its line and the grade earns a bonus, minus the "
                "deductions; never below 0."
            )
        )

    def set_rules(
        self,
        bands: list[tuple[str, float]],
        vetoes: list[Veto],
        rule: BonusRule,
        min_coverage: float = DEFAULT_MIN_COVERAGE,
    ) -> None:
        """Show these grade bands, vetoes, bonus rule and share of the card with data."""
        self._loading = True
        try:
            self.coverage.setValue(min_coverage * 100)
            minimums = dict(bands)
            for grade, spin in self.minimums.items():
                spin.setValue(minimums.get(grade, 0.0))
            caps = {v.key: v.cap for v in vetoes}
            for key, combo in self.caps.items():
                combo.setCurrentIndex(max(combo.findData(caps.get(key, NO_CAP)), 0))
            for post, spin in self.bases.items():
                spin.setValue(rule.base.get(post, 0) / 100)
            for grade, spin in self.coefficients.items():
                spin.setValue(rule.coefficient.get(grade, 0.0))
            self.pass_line.setValue(rule.pass_satisfaction)
            self.extra_line.setValue(rule.extra_satisfaction)
            self.extra.setValue(rule.extra / 100)
            self.deduction.setValue(rule.complaint_deduction / 100)
        finally:
            self._loading = False

    def bands(self) -> tuple[tuple[str, float], ...]:
        """The grade bands as edited, A first."""
        return tuple((grade, spin.value()) for grade, spin in self.minimums.items())

    def min_coverage(self) -> float:
        """The share (0-1) of the card's weight that needs data for a grade."""
        return self.coverage.value() / 100

    def vetoes(self) -> tuple[Veto, ...]:
        """The vetoes that cap a grade."""
        return tuple(
            Veto(key, combo.currentData())
            for key, combo in self.caps.items()
            if combo.currentData() != NO_CAP
        )

    def bonus_rule(self) -> BonusRule:
        """The bonus rule as edited (amounts in cents)."""
        return BonusRule(
            base={post: round(spin.value() * 100) for post, spin in self.bases.items()},
            coefficient={grade: spin.value() for grade, spin in self.coefficients.items()},
            pass_satisfaction=self.pass_line.value(),
            extra_satisfaction=self.extra_line.value(),
            extra=round(self.extra.value() * 100),
            complaint_deduction=round(self.deduction.value() * 100),
        )

    def _emit(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()
