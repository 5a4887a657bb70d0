"""The main window: a sidebar of areas, one page per area, menus and a status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from csdesk import __version__
from csdesk.common.paths import log_dir
from csdesk.services import shop
from csdesk.services.authors import signed_in
from csdesk.services.kinds import REPORT_KINDS
from csdesk.ui import backup_actions
from csdesk.ui.accounts.page_rights import apply_rights, hidden_pages
from csdesk.ui.common.widgets import open_size
from csdesk.ui.context import AppContext
from csdesk.ui.today.find_box import FindBox
from csdesk.ui.today.sidebar import NUMBERED, PAGE_KEYS, Sidebar
from csdesk.ui.today.today_page import TodayPage

if TYPE_CHECKING:
    from csdesk.ui.accounts.idle_lock import IdleLock

#: How often the window looks whether somebody signed in (to start the idle lock).
LOCK_ARMING_MS = 5_000
#: How long after the window first shows the Today cards are counted: the window is
#: usable first, and the queries do not delay its first paint.
FIRST_COUNT_DELAY_MS = 250


class MainWindow(QMainWindow):
    """The app's one window. Only areas that are built appear in the sidebar.

    Signals:
        ready: the window is shown and its first page has loaded its data.
    """

    ready = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.sidebar = Sidebar()
        self.find_box = FindBox(ctx)
        self.find_box.chosen.connect(self._open_found)
        self.stack = QStackedWidget()
        self.today_page = TodayPage(ctx)
        self.today_page.cards_ready.connect(self.sidebar.set_counts)
        self.today_page.opened.connect(lambda section, key: self._open_item(section, key))
        self.today_page.new_day.connect(self._new_day)
        # Pages other than Today are built when first opened: start-up stays quick.
        self._built: dict[str, QWidget] = {"today": self.today_page}
        self.page_keys = PAGE_KEYS
        for key in self.page_keys:
            self.stack.addWidget(self._built.get(key) or QWidget())
        self.sidebar.currentRowChanged.connect(self._open_page)
        self.sidebar.setCurrentRow(0)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.find_box)
        column.addWidget(self.sidebar, 1)
        side = QWidget()
        side.setFixedWidth(160)
        side.setLayout(column)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self._build_shortcuts()
        for key in hidden_pages(ctx.db):  # a role's pages: decided at sign-in, kept open
            self.sidebar.setRowHidden(self.page_keys.index(key), True)
            if key == "audit":
                self.audit_action.setVisible(False)
        # The idle lock is loaded once somebody has signed in (at start, or with the first
        # account made in the settings): a shop without accounts never pays for it.
        self.idle_lock: IdleLock | None = None
        self._lock_arming = QTimer(self)
        self._lock_arming.setInterval(LOCK_ARMING_MS)
        self._lock_arming.timeout.connect(self.arm_lock)
        self._lock_arming.start()
        self.arm_lock()
        self._counted = False  # the cards are counted once the window shows
        self.retranslate()
        ctx.notices.shop_changed.connect(self.retranslate)
        ctx.notices.data_reset.connect(self.retranslate)
        geometry = ctx.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # from a larger screen it may not fit this one
            open_size(self, self.width(), self.height())
        else:
            open_size(self, 1200, 760)
        state = ctx.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def _build_shortcuts(self) -> None:
        """Ctrl+K finds anywhere; Ctrl+1 ... Ctrl+9 open the sidebar's pages."""
        find = QShortcut(QKeySequence("Ctrl+K"), self)
        find.activated.connect(self.find_box.setFocus)
        find.activated.connect(self.find_box.selectAll)
        for row in range(NUMBERED):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda r=row: self.sidebar.setCurrentRow(r))

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
        self.audit_action = QAction(self)
        self.audit_action.triggered.connect(self.open_audit)
        for action in (self.backup_action, self.restore_action, self.settings_action,
                       self.audit_action):  # fmt: skip
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
        self.sidebar.retranslate()
        self.find_box.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.audit_action.setText(self.tr("&Audit trail…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.reports_menu.setTitle(self.tr("&Reports"))
        for name, action in self.report_actions.items():
            action.setText(REPORT_KINDS[name].title() + "…")
        self.help_menu.setTitle(self.tr("&Help"))
        self.logs_action.setText(self.tr("Open the &log folder"))
        self.about_action.setText(self.tr("&About csdesk"))
        if self.ctx.db.path is None:
            from csdesk.services.server.connect import short_address

            where = short_address(self.ctx.db.location)
            self.db_label.setText(self.tr("Shared server: {url}").format(url=where))
            self.db_label.setToolTip(self.ctx.db.location)
        else:
            self.db_label.setText(self.tr("Database: {path}").format(path=self.ctx.db.location))

    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if it was never opened."""
        if key not in self._built:
            from csdesk.ui.actions.actions_page import ActionsPage
            from csdesk.ui.appraisals.appraisals_page import AppraisalsPage
            from csdesk.ui.audit.audit_page import AuditPage
            from csdesk.ui.complaints.complaints_page import ComplaintsPage
            from csdesk.ui.goals.goals_page import GoalsPage
            from csdesk.ui.performance.performance_page import PerformancePage
            from csdesk.ui.rota.rota_page import RotaPage
            from csdesk.ui.staff.staff_page import StaffPage
            from csdesk.ui.training.training_page import TrainingPage

            builders = {
                "staff": StaffPage,
                "rota": RotaPage,
                "training": TrainingPage,
                "complaints": ComplaintsPage,
                "performance": PerformancePage,
                "appraisals": AppraisalsPage,
                "goals": GoalsPage,
                "actions": ActionsPage,
                "audit": AuditPage,
            }
            page = builders[key](self.ctx)
            apply_rights(self.ctx.db, key, page)
            index = self.page_keys.index(key)
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
            self._built[key] = page
        return self._built[key]

    def show_page(self, key: str) -> QWidget:
        """Switch the window to page ``key`` (built now if need be) and return it."""
        self.sidebar.setCurrentRow(self.page_keys.index(key))
        return self.page(key)

    def print_report(self, name: str) -> None:
        """Open the page that prints report ``name`` and start it there.

        The page asks what it needs (month, week, year, paper) as its own print button
        does, so the menu and the page print the same PDF.
        """
        page = self.show_page(REPORT_KINDS[name].area)
        page.report_actions()[name]()  # type: ignore[attr-defined]  # pages that print

    @property
    def staff_page(self):
        """The staff page (built on first use)."""
        return self.page("staff")

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

    def arm_lock(self) -> None:
        """Start the idle lock once somebody is signed in."""
        if self.idle_lock is None and signed_in() is not None:
            from csdesk.ui.accounts import idle_lock  # loaded only for a protected shop

            self.idle_lock = idle_lock.IdleLock(self, self.ctx.db)
            self._lock_arming.stop()

    def _open_item(self, section: str, key: str) -> None:
        """A Today card's click: its page, filtered (loaded on the first click, not at start)."""
        from csdesk.ui.today import jumps

        jumps.open_item(self, section, key, self.today_page.day)

    def _open_found(self, kind: str, item_id: int) -> None:
        """What Find anywhere found, opened on its page."""
        from csdesk.ui.today import jumps

        jumps.open_found(self, kind, item_id)

    def _new_day(self) -> None:
        """A new day starts on Today, unless a dialog is open over the window."""
        if QApplication.activeModalWidget() is None:
            self.show_page("today")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._counted:
            self._counted = True
            QTimer.singleShot(FIRST_COUNT_DELAY_MS, self.today_page, self.today_page.refresh)
        self.ready.emit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self._counted:
            self.today_page.check_date()  # back from a night's sleep: a new day's cards
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._lock_arming.stop()
        if self.idle_lock is not None:
            self.idle_lock.stop()
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("window/state", self.saveState())
        if "staff" in self._built:
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

    def open_audit(self) -> None:
        """Who changed what: the Audit page."""
        self.show_page("audit")

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
            ).format(version=__version__, path=self.ctx.db.location),
        )
