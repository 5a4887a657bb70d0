"""The rota page: the week grid, the month ahead, and coverage against the forecast.

One row of arrows moves through weeks (Week and Coverage tabs) or months (Month tab);
it also holds print, the week's files and the rota settings. Each tab is its own module
(``rota_week_tab``, ``rota_month_tab``, ``rota_coverage_tab``); a change anywhere marks
them all stale, and the one shown reads again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.labels import month_title
from csdesk.common.rota_labels import week_title
from csdesk.domain.months import Month
from csdesk.domain.weeks import Week
from csdesk.services.kinds import FILE_KINDS
from csdesk.ui.common.formats import show_date
from csdesk.ui.context import AppContext
from csdesk.ui.importing.import_dialog import ImportDialog, ImportKind
from csdesk.ui.rota.rota_coverage_tab import CoverageTab
from csdesk.ui.rota.rota_month_tab import MonthTab
from csdesk.ui.rota.rota_week_tab import WeekTab

ROTA_IMPORT = ImportKind(
    file=FILE_KINDS["rota"],
    title=lambda: QCoreApplication.translate("RotaPage", "Import a rota"),
    headers=lambda: (
        QCoreApplication.translate("RotaPage", "Agent"),
        QCoreApplication.translate("RotaPage", "Day"),
    ),
    hint=lambda: QCoreApplication.translate(
        "RotaPage",
        "Choose a CSV or Excel file with one line per agent and day: employee number or "
        "name, date, shift codes (M, M+E) and leave (年假, sick …). A line with neither is a "
        "day off; days not in the file stay as they are. The file is checked first; nothing "
        "is written until you press Import.",
    ),
    announce=lambda ctx: ctx.notices.rota_changed.emit(),
)


class RotaPage(QWidget):
    """Who works when: the week grid, the month view and the coverage chart."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.anchor = date.today()
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button = QPushButton()
        self.today_button.clicked.connect(self.go_today)
        self.title = QLabel()
        self.title.setObjectName("rotaTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.state = QLabel()
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_week)
        self.file_button = QPushButton()
        self.file_menu = QMenu(self)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.export_week)
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.import_week)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.import_action)
        self.file_button.setMenu(self.file_menu)
        self.settings_button = QPushButton()
        self.settings_menu = QMenu(self)
        self.shifts_action = QAction(self)
        self.shifts_action.triggered.connect(self.edit_shifts)
        self.rules_action = QAction(self)
        self.rules_action.triggered.connect(self.edit_rules)
        self.settings_menu.addAction(self.shifts_action)
        self.settings_menu.addAction(self.rules_action)
        self.settings_button.setMenu(self.settings_menu)
        top = QHBoxLayout()
        for widget in (self.prev_button, self.title, self.next_button, self.today_button):
            top.addWidget(widget)
        top.addWidget(self.state, 1)
        for widget in (self.print_button, self.file_button, self.settings_button):
            top.addWidget(widget)

        self.tabs = QTabWidget()
        self.week_tab = WeekTab(ctx)
        self.tabs.addTab(self.week_tab, "")
        self.month_tab = MonthTab(ctx)
        self.month_tab.week_chosen.connect(self.open_week)
        self.coverage_tab = CoverageTab(ctx)
        self.tabs.addTab(self.month_tab, "")
        self.tabs.addTab(self.coverage_tab, "")
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.print_week)
        self.retranslate()
        for signal in (
            ctx.notices.staff_changed,
            ctx.notices.training_changed,
            ctx.notices.rota_changed,
            ctx.notices.data_reset,
        ):
            signal.connect(self.mark_stale)

    @property
    def week(self) -> Week:
        """The week shown."""
        return Week.of(self.anchor)

    def report_actions(self) -> dict[str, Callable[[], None]]:
        """How this page prints each report kind it owns (the window's Reports menu)."""
        return {"rota": self.print_week}

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.today_button.setText(self.tr("Today"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("The week as a PDF, A4 or A3 landscape (Ctrl+P)"))
        self.file_button.setText(self.tr("File"))
        self.export_action.setText(self.tr("Export the week…"))
        self.import_action.setText(self.tr("Import a week…"))
        self.settings_button.setText(self.tr("Settings"))
        self.shifts_action.setText(self.tr("Shifts…"))
        self.rules_action.setText(self.tr("Rota rules…"))
        self.week_tab.retranslate()
        self.tabs.setTabText(0, self.tr("Week"))
        self.tabs.setTabText(1, self.tr("Month"))
        self.tabs.setTabText(2, self.tr("Coverage"))
        self.mark_stale()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- reading --------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """Something the rota shows changed: read again now if shown, else when shown."""
        self.week_tab.mark_stale()
        self.month_tab.mark_stale()
        self.coverage_tab.mark_stale()
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Show the anchor's week or month on the tab shown."""
        month_view = self.tabs.currentWidget() is self.month_tab
        if month_view:
            month = Month.of(self.anchor)
            self.title.setText(month_title(month))
            self.state.setText("")
            self.month_tab.show_month(month)
            return
        week = self.week
        first, last = week.days[0], week.days[-1]
        self.title.setText(
            self.tr("Week {week}: {first} – {last}").format(
                week=week_title(week), first=show_date(first), last=show_date(last)
            )
        )
        if self.tabs.currentWidget() is self.coverage_tab:
            self.coverage_tab.show_week(week)
        self.week_tab.show_week(week)
        self.state.setText(self.week_tab.state_text())

    # --- moving ---------------------------------------------------------------------------
    def step(self, direction: int) -> None:
        """One week (or, on the Month tab, one month) back or forward."""
        if self.tabs.currentWidget() is self.month_tab:
            self.anchor = Month.of(self.anchor).shift(direction).first_day
        else:
            self.anchor += timedelta(days=7 * direction)
        self.week_tab.problems.show_problems([])
        self.refresh()

    def go_today(self) -> None:
        """Back to this week (or month)."""
        self.anchor = date.today()
        self.refresh()

    def open_week(self, day: date) -> None:
        """Show the week of ``day`` on the Week tab (from the month view)."""
        self.anchor = day
        self.tabs.setCurrentIndex(0)
        self.refresh()

    # --- files and settings ---------------------------------------------------------------
    def print_week(self) -> None:
        """Write the week as a PDF (A4 or A3 landscape) and open it."""
        from csdesk.ui.rota.rota_dialogs import print_week

        print_week(self, self.ctx, self.week)

    def export_week(self) -> None:
        """Save the week as CSV or XLSX."""
        from csdesk.ui.rota.rota_dialogs import export_week

        export_week(self, self.ctx, self.week)

    def import_week(self) -> None:
        """Read days of the rota from a CSV or XLSX file."""
        ImportDialog(self.ctx, ROTA_IMPORT, self).exec()

    def edit_shifts(self) -> None:
        """The shift templates."""
        from csdesk.ui.rota.rota_dialogs import ShiftsDialog

        if ShiftsDialog(self.ctx, self).exec():
            self.ctx.notices.rota_changed.emit()

    def edit_rules(self) -> None:
        """The rota's limits."""
        from csdesk.ui.rota.rota_dialogs import RulesDialog

        if RulesDialog(self.ctx, self).exec():
            self.ctx.notices.rota_changed.emit()
