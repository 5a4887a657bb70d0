"""Settings: the language, the shop's name and the backup folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common import preferences
from csdesk.common.languages import LANGUAGES
from csdesk.domain.access import Permission
from csdesk.services import shop
from csdesk.services.accounts.access import allowed
from csdesk.ui.common.forms import save_cancel
from csdesk.ui.context import AppContext


class SettingsDialog(QDialog):
    """Shop name, language and backup folder."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        current = shop.load_settings(ctx.db)
        self.shop_name = QLineEdit(current.shop_name)
        self.supervisor = QLineEdit(current.supervisor)
        self.supervisor.setObjectName("supervisorName")
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(ctx.language), 0))
        self.backup_dir = QLineEdit(str(current.backup_dir))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_dir, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Shop &name"), self.shop_name)
        form.addRow(self.tr("&Supervisor"), self.supervisor)
        form.addRow(self.tr("&Language"), self.language)
        folder_label = QLabel(self.tr("Backup &folder"))
        folder_label.setBuddy(self.backup_dir)  # a row of widgets gets no buddy by itself
        form.addRow(folder_label, folder_row)
        hint = QLabel(
            self.tr(
                "A backup is taken at the first start of each day and before "
                "every update; 7 daily, 4 weekly and 12 monthly are kept."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.calendar_button = QPushButton(self.tr("Shop &calendar: holidays and make-up days…"))
        self.calendar_button.setToolTip(
            self.tr("The days the complaint clocks and the rota treat as holidays")
        )
        self.calendar_button.clicked.connect(self.open_calendar)
        self.accounts_button = QPushButton(self.tr("&Accounts and roles…"))
        self.accounts_button.clicked.connect(self.open_accounts)
        self.server_button = QPushButton(self.tr("Shared &server…"))
        self.server_button.setToolTip(self.tr("Several seats on one shop: a PostgreSQL server"))
        self.server_button.clicked.connect(self.open_server)
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(self.calendar_button)
        calendar_row.addWidget(self.accounts_button)
        calendar_row.addWidget(self.server_button)
        calendar_row.addStretch(1)
        self.shop_wide = allowed(ctx.db, Permission.SETTINGS)
        for widget in (self.shop_name, self.supervisor, self.backup_dir, browse):
            widget.setEnabled(self.shop_wide)  # a supervisor changes only the language
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(calendar_row)
        layout.addWidget(buttons)

    def open_calendar(self) -> None:
        """The shop calendar (kept with the complaint settings, whose clocks use it most)."""
        from csdesk.ui.complaints.complaint_settings_dialog import ComplaintSettingsDialog

        dialog = ComplaintSettingsDialog(self.ctx, self)
        dialog.tabs.setCurrentWidget(dialog.holidays)
        dialog.exec()

    def open_accounts(self) -> None:
        """Settings ▸ Accounts: accounts, roles, the idle lock, what each role may do."""
        from csdesk.ui.accounts.accounts_dialog import AccountsDialog

        AccountsDialog(self.ctx.db, self).exec()

    def open_server(self) -> None:
        """Settings ▸ Shared server: join a server, or move this shop to one."""
        from csdesk.ui.server.server_dialog import ServerDialog

        ServerDialog(self.ctx, self).exec()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_dir.text()
        )
        if folder:
            self.backup_dir.setText(folder)

    def save(self) -> None:
        """Store the settings and switch the language at once."""
        if self.shop_wide:
            self._save_shop()
        language = self.language.currentData()
        preferences.save(language=language)
        if language != self.ctx.language:
            self.ctx.language = language
            self.ctx.translators.apply(language)
        self.ctx.notices.shop_changed.emit()
        self.accept()

    def _save_shop(self) -> None:
        shop.save_settings(
            self.ctx.db,
            shop.ShopSettings(
                self.shop_name.text(),
                Path(self.backup_dir.text().strip()).expanduser(),
                self.supervisor.text(),
            ),
        )
