"""The main window: a sidebar of areas, one page per area, menus and a status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from csdesk import __version__
from csdesk.common.paths import log_dir
from csdesk.services import shop
from csdesk.services.kinds import REPORT_KINDS
from csdesk.ui import backup_actions
from csdesk.ui.common.widgets import open_size
from csdesk.ui.context import AppContext
from csdesk.ui.staff.staff_page import StaffPage

#: How long after the window first shows the training reminders are counted.
REMINDER_DELAY_MS = 250


class MainWindow(QMainWindow):
    """The app's one window. Only areas that are built appear in the sidebar.

    Signals:
        ready: the window is shown and its first page has loaded its data.
    """

    ready = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(150)
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.staff_page = StaffPage(ctx)
        # Pages other than the first are built when first opened: start-up stays quick.
        self._built: dict[str, QWidget] = {"staff": self.staff_page}
        self.page_keys = (
            "staff",
            "rota",
            "training",
            "complaints",
            "performance",
            "appraisals",
            "goals",
            "actions",
        )
        self.training_reminders = 0
        self.overdue_complaints = 0
        self.overdue_actions = 0
        for key in self.page_keys:
            self.stack.addWidget(self._built.get(key) or QWidget())
            self.sidebar.addItem(QListWidgetItem())
        self.sidebar.currentRowChanged.connect(self._open_page)
        self.sidebar.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self._counted = False  # reminders are counted once the window shows
        self.retranslate()
        ctx.notices.shop_changed.connect(self.retranslate)
        ctx.notices.data_reset.connect(self.retranslate)
        for signal in (
            ctx.notices.training_changed,
            ctx.notices.staff_changed,
            ctx.notices.data_reset,
        ):
            signal.connect(self._reminders_changed)
        ctx.notices.complaints_changed.connect(self._complaints_changed)
        ctx.notices.actions_changed.connect(self._actions_changed)
        geometry = ctx.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # from a larger screen it may not fit this one
            open_size(self, self.width(), self.height())
        else:
            open_size(self, 1200, 760)
        state = ctx.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.restore_backup)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (self.backup_action, self.restore_action, self.settings_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.reports_menu = self.menuBar().addMenu("")
        self.report_actions: dict[str, QAction] = {}
        for name in REPORT_KINDS:
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, n=name: self.print_report(n))
            self.reports_menu.addAction(action)
            self.report_actions[name] = action
        self.help_menu = self.menuBar().addMenu("")
        self.logs_action = QAction(self)
        self.logs_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))
        )
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.help_menu.addAction(self.logs_action)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        name = shop.shop_name(self.ctx.db)
        self.setWindowTitle(f"{name} — csdesk" if name else "csdesk")
        titles = {
            "staff": self.tr("Staff"),
            "rota": self.tr("Rota"),
            "training": self.tr("Training ({count})").format(count=self.training_reminders)
            if self.training_reminders
            else self.tr("Training"),
            "complaints": self.tr("Complaints ({count} overdue)").format(
                count=self.overdue_complaints
            )
            if self.overdue_complaints
            else self.tr("Complaints"),
            "performance": self.tr("Performance"),
            "appraisals": self.tr("Appraisals"),
            "goals": self.tr("Goals"),
            "actions": self.tr("Actions ({count} overdue)").format(count=self.overdue_actions)
            if self.overdue_actions
            else self.tr("Actions"),
        }
        for row, key in enumerate(self.page_keys):
            self.sidebar.item(row).setText(titles[key])
        self.sidebar.item(self.page_keys.index("training")).setToolTip(
            self.tr(
                "Training reminders: {count} (agents not cleared for duty, expired or "
                "expiring courses and certificates)"
            ).format(count=self.training_reminders)
        )
        self.sidebar.item(self.page_keys.index("complaints")).setToolTip(
            self.tr("Open complaints past a promised time: {count}").format(
                count=self.overdue_complaints
            )
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.reports_menu.setTitle(self.tr("&Reports"))
        for name, action in self.report_actions.items():
            action.setText(REPORT_KINDS[name].title() + "…")
        self.help_menu.setTitle(self.tr("&Help"))
        self.logs_action.setText(self.tr("Open the &log folder"))
        self.about_action.setText(self.tr("&About csdesk"))
        self.db_label.setText(self.tr("Database: {path}").format(path=self.ctx.db.path))

    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if it was never opened."""
        if key not in self._built:
            from csdesk.ui.actions.actions_page import ActionsPage
            from csdesk.ui.appraisals.appraisals_page import AppraisalsPage
            from csdesk.ui.complaints.complaints_page import ComplaintsPage
            from csdesk.ui.goals.goals_page import GoalsPage
            from csdesk.ui.performance.performance_page import PerformancePage
            from csdesk.ui.rota.rota_page import RotaPage
            from csdesk.ui.training.training_page import TrainingPage

            builders = {
                "rota": RotaPage,
                "training": TrainingPage,
                "complaints": ComplaintsPage,
                "performance": PerformancePage,
                "appraisals": AppraisalsPage,
                "goals": GoalsPage,
                "actions": ActionsPage,
            }
            page = builders[key](self.ctx)
            index = self.page_keys.index(key)
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
            self._built[key] = page
        return self._built[key]

    def print_report(self, name: str) -> None:
        """Open the page that prints report ``name`` and start it there.

        The page asks what it needs (month, week, year, paper) as its own print button
        does, so the menu and the page print the same PDF.
        """
        area = REPORT_KINDS[name].area
        self.sidebar.setCurrentRow(self.page_keys.index(area))
        page = self.page(area)
        page.report_actions()[name]()  # type: ignore[attr-defined]  # pages that print

    @property
    def training_page(self):
        """The training page (built on first use)."""
        return self.page("training")

    @property
    def performance_page(self):
        """The performance page (built on first use)."""
        return self.page("performance")

    @property
    def complaints_page(self):
        """The complaints page (built on first use)."""
        return self.page("complaints")

    def _open_page(self, row: int) -> None:
        if row >= 0:
            self.page(self.page_keys[row])
            self.stack.setCurrentIndex(row)

    def count_reminders(self) -> int:
        """Count the training reminders for the sidebar badge; return the count."""
        from csdesk.services.training import training_status

        self.training_reminders = len(training_status.reminders(self.ctx.db))
        return self.training_reminders

    def _reminders_changed(self) -> None:
        self.count_reminders()
        self.retranslate()

    def _complaints_changed(self) -> None:
        from csdesk.services.complaints import complaint_list

        self.overdue_complaints = complaint_list.overdue_count(self.ctx.db)
        self.retranslate()

    def _actions_changed(self) -> None:
        from csdesk.services.actions import action_records

        self.overdue_actions = action_records.overdue_count(self.ctx.db)
        self.retranslate()

    def say_reminders(self) -> None:
        """Tell the supervisor on start what needs attention in training.

        A warning already in the status bar (a risky database folder) stays.
        """
        if self.statusBar().currentMessage():
            return
        parts = []
        if self.overdue_complaints:
            parts.append(
                self.tr("Overdue complaints: {count}.").format(count=self.overdue_complaints)
            )
        if self.overdue_actions:
            parts.append(self.tr("Overdue actions: {count}.").format(count=self.overdue_actions))
        if self.training_reminders:
            parts.append(
                self.tr(
                    "Training reminders: {count} (not cleared for duty, expired or expiring)."
                ).format(count=self.training_reminders)
            )
        if parts:
            self.statusBar().showMessage("  ".join(parts), 15000)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._counted:
            # Counted once the window has painted and settled: the badge is not needed
            # to use the window, and the first queries would otherwise delay it.
            self._counted = True
            QTimer.singleShot(REMINDER_DELAY_MS, self._first_count)
        self.ready.emit()

    def _first_count(self) -> None:
        """Count reminders in the background; the badge and status bar follow."""
        from csdesk.services.actions import action_records
        from csdesk.services.complaints import complaint_list
        from csdesk.services.training import training_status

        db = self.ctx.db

        def counted(counts: tuple[int, int, int]) -> None:
            self.training_reminders, self.overdue_complaints, self.overdue_actions = counts
            self.retranslate()
            self.say_reminders()

        def failed(exc: BaseException) -> None:
            raise exc

        self.ctx.tasks.run(
            lambda: (
                len(training_status.reminders(db)),
                complaint_list.overdue_count(db),
                action_records.overdue_count(db),
            ),
            counted,
            failed,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("window/state", self.saveState())
        self.staff_page.save_state()
        if "complaints" in self._built:
            self.complaints_page.save_state()
        self.ctx.tasks.wait()
        super().closeEvent(event)

    # --- actions ------------------------------------------------------------------------
    def open_settings(self) -> None:
        """Open the Settings dialog."""
        from csdesk.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def backup_now(self) -> None:
        """Take a backup in the background and say where it went."""
        backup_actions.backup_now(self, self.ctx)

    def restore_backup(self) -> None:
        """Replace the database with a chosen backup (the current file is kept first)."""
        backup_actions.restore_backup(self, self.ctx)

    def about(self) -> None:
        """Show the version and where the data lives."""
        QMessageBox.about(
            self,
            self.tr("About csdesk"),
            self.tr(
                "csdesk {version}\nThe customer-service supervisor's desk.\n\nDatabase: {path}"
            ).format(version=__version__, path=self.ctx.db.path),
        )
