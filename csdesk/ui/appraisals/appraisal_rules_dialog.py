"""The appraisal rules editor: scorecards, grades, vetoes and bonus, tried before saving.

The supervisor picks the month the rules take effect from (never a closed month: its
appraisals were paid by the rules of their time), edits, and watches the "what if"
table re-score a month with every change. Save stores the whole set for that month;
problems are listed in the dialog and nothing is saved until there are none. Closing
with unsaved edits asks first.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.labels import month_title
from csdesk.domain.months import Month
from csdesk.services.appraisals import appraisal_rules
from csdesk.services.appraisals.appraisal_rules import Rules
from csdesk.services.errors import UserError
from csdesk.ui.appraisals.rules_card_tab import CardsTab
from csdesk.ui.appraisals.rules_pay_tab import PayTab
from csdesk.ui.appraisals.rules_what_if import WhatIfPanel
from csdesk.ui.common.formats import show_date
from csdesk.ui.common.month_dialog import MONTHS_OFFERED, month_text
from csdesk.ui.common.widgets import ProblemLabel, open_size, status_message
from csdesk.ui.context import AppContext

#: How far ahead rules can be set to take effect.
MONTHS_AHEAD = 12


class AppraisalRulesDialog(QDialog):
    """Edit the rules in effect from a month, with a live "what if" of a month."""

    def __init__(self, ctx: AppContext, month: Month, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("appraisalRules")
        open_size(self, 1280, 760)
        self.saved_json: dict | None = None  # the rules as loaded or last saved
        self.effective = QComboBox()
        self.effective.setObjectName("rulesEffective")
        self.effective_label = QLabel()
        self.effective_label.setBuddy(self.effective)
        self.origin = QLabel()
        self.origin.setObjectName("rulesOrigin")
        self.origin.setWordWrap(True)
        self.cards = CardsTab()
        self.pay = PayTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.cards, "")
        self.tabs.addTab(self.pay, "")
        self.what_if = WhatIfPanel(ctx)
        self.what_if.set_month(month)
        self.problems = ProblemLabel()
        self.defaults_button = QPushButton()
        self.defaults_button.setObjectName("rulesDefaults")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)

        top = QHBoxLayout()
        top.addWidget(self.effective_label)
        top.addWidget(self.effective)
        top.addWidget(self.origin, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.what_if)
        splitter.setSizes([640, 620])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self._fill_months(month)
        self.retranslate()
        self._load(appraisal_rules.rules_for(ctx.db, self.effective_month()))
        self.cards.changed.connect(self._edited)
        self.pay.changed.connect(self._edited)
        self.effective.currentIndexChanged.connect(lambda _i: self._show_origin())
        self.defaults_button.clicked.connect(self.use_defaults)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Appraisal rules"))
        self.effective_label.setText(self.tr("Take &effect from"))
        self.tabs.setTabText(0, self.tr("&Scorecards"))
        self.tabs.setTabText(1, self.tr("&Grades and bonus"))
        self.defaults_button.setText(self.tr("csdesk &defaults"))
        self.defaults_button.setToolTip(
            self.tr("Start again from the rules csdesk comes with (nothing is saved yet)")
        )
        self.cards.retranslate()
        self.pay.retranslate()
        self.what_if.retranslate()
        self._show_origin()

    # --- the month the rules take effect from ---------------------------------------------
    def _fill_months(self, shown: Month) -> None:
        this = Month.of(date.today())
        first = appraisal_rules.first_open_month(self.ctx.db) or this.shift(-MONTHS_OFFERED)
        month = first
        while month <= this.shift(MONTHS_AHEAD):
            self.effective.addItem(month_text(month), str(month))
            month = month.shift(1)
        index = self.effective.findData(str(max(shown, first)))
        self.effective.setCurrentIndex(max(index, 0))

    def effective_month(self) -> Month:
        """The month the edited rules take effect from."""
        return Month.parse(self.effective.currentData())

    def _show_origin(self) -> None:
        month = self.effective_month()
        versions = appraisal_rules.rule_versions(self.ctx.db)
        before = [v for v in versions if v.effective <= month]
        later = [v for v in versions if v.effective > month]
        if not before:
            text = self.tr("Until now {month} is appraised by csdesk's default rules.").format(
                month=month_title(month)
            )
        else:
            last = before[-1]
            text = self.tr(
                "Until now {month} is appraised by the rules in effect from {since} "
                "(saved {day} by {who})."
            ).format(
                month=month_title(month),
                since=month_title(last.effective),
                day=show_date(last.saved_at.date()),
                who=last.saved_by or "—",
            )
        if before and before[-1].effective == month:
            text += " " + self.tr("Saving replaces that set.")
        if later:
            text += " " + self.tr("From {month} on, the rules saved for that month apply.").format(
                month=month_title(later[0].effective)
            )
        self.origin.setText(text)

    # --- the rules being edited -----------------------------------------------------------
    def _load(self, rules: Rules) -> None:
        self.cards.set_cards({post: list(lines) for post, lines in rules.cards.items()})
        self.pay.set_rules(list(rules.bands), list(rules.vetoes), rules.bonus, rules.min_coverage)
        if self.saved_json is None:
            self.saved_json = appraisal_rules.rules_json(rules)
        self._edited()

    def rules(self) -> Rules:
        """The rules as edited."""
        return Rules(
            cards={post: tuple(lines) for post, lines in self.cards.cards.items()},
            bands=self.pay.bands(),
            vetoes=self.pay.vetoes(),
            bonus=self.pay.bonus_rule(),
            min_coverage=self.pay.min_coverage(),
        )

    def is_changed(self) -> bool:
        """Whether the rules differ from those loaded or last saved."""
        return appraisal_rules.rules_json(self.rules()) != self.saved_json

    def _edited(self) -> None:
        rules = self.rules()
        self.what_if.show_rules(rules)
        problems = list(self.what_if.result.problems) if self.what_if.result else []
        self.problems.show_problems(problems)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    def use_defaults(self) -> None:
        """Put csdesk's default rules in the editor (saved only when Save is pressed)."""
        self._load(appraisal_rules.default_rules())

    def save(self) -> bool:
        """Store the rules from the chosen month; list the problems if they cannot be."""
        month = self.effective_month()
        rules = self.rules()
        try:
            appraisal_rules.save_rules(self.ctx.db, month, rules, self.ctx.author)
        except UserError as exc:
            self.problems.show_problems(exc.details or [str(exc)])
            return False
        self.saved_json = appraisal_rules.rules_json(rules)
        self.ctx.notices.appraisals_changed.emit()
        status_message(
            self.parentWidget() or self,
            self.tr(
                "Appraisal rules saved, in effect from {month}. Drafts already prepared keep "
                "their numbers until the month is prepared again."
            ).format(month=month_title(month)),
        )
        self.accept()
        return True

    def reject(self) -> None:
        """Close, first asking about unsaved edits (Close, Escape, the window's button)."""
        if not self.is_changed():
            super().reject()
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("The appraisal rules were changed. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()
