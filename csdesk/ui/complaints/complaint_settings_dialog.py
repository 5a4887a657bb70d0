"""Complaint settings: promised times and working week, holidays, categories, root causes.

The lists (holidays, categories, root causes) are stored as each is changed; the clock
rules are a form with its own Save, and closing the dialog with that form changed asks
whether to save it, so an edit is never dropped without the supervisor saying so.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csdesk.ui.common.widgets import open_size
from csdesk.ui.complaints.complaint_clock_settings import ClockRulesTab
from csdesk.ui.complaints.complaint_holidays import HolidaysTab
from csdesk.ui.complaints.complaint_vocabulary import CategoriesTab, RootCausesTab
from csdesk.ui.context import AppContext


class ComplaintSettingsDialog(QDialog):
    """Everything that decides how complaints are filed and how their clocks count."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintSettings")
        open_size(self, 860, 560)
        self.clock_rules = ClockRulesTab(ctx)
        self.holidays = HolidaysTab(ctx)
        self.categories = CategoriesTab(ctx)
        self.root_causes = RootCausesTab(ctx)
        self.tabs = QTabWidget()
        for tab in (self.clock_rules, self.holidays, self.categories, self.root_causes):
            self.tabs.addTab(tab, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Complaint settings"))
        for index, title in enumerate(
            (
                self.tr("Promised &times"),
                self.tr("&Holidays"),
                self.tr("&Categories"),
                self.tr("&Root causes"),
            )
        ):
            self.tabs.setTabText(index, title)

    def reject(self) -> None:
        """Close, first asking about unsaved clock rules.

        Close, Escape and the window's close button all come here (QDialog's close
        event calls ``reject`` and stays open if the dialog is still visible).
        """
        if self._may_close():
            super().reject()

    def _may_close(self) -> bool:
        if not self.clock_rules.is_changed():
            return True
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("The promised times or the working week were changed. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            if self.clock_rules.save():
                return True
            self.tabs.setCurrentWidget(self.clock_rules)  # its problems are shown there
            return False
        return answer == QMessageBox.StandardButton.Discard
