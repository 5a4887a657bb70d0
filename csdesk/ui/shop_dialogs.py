"""Shop-level dialogs: the welcome on an empty database, and Settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common import preferences
from csdesk.common.i18n import LANGUAGES
from csdesk.services import shop
from csdesk.services.errors import UserError
from csdesk.ui.common.widgets import ProblemLabel, save_cancel
from csdesk.ui.context import AppContext


class WelcomeDialog(QDialog):
    """First start: name an empty shop, or open a demo shop to look around."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Welcome to csdesk"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "csdesk keeps your customer-service team's roster, training, appraisals and "
                "complaint follow-ups on this computer. How would you like to start?"
            )
        )
        intro.setWordWrap(True)
        self.empty = QRadioButton(self.tr("Start an &empty shop"))
        self.demo = QRadioButton(self.tr("Open a &demo shop (20 agents, a year of history)"))
        self.empty.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.empty)
        group.addButton(self.demo)
        self.shop_name = QLineEdit()
        self.shop_name.setPlaceholderText(self.tr("e.g. 小美家居旗舰店"))
        form = QFormLayout()
        form.addRow(self.tr("Shop &name"), self.shop_name)
        self.demo.toggled.connect(lambda on: self.shop_name.setEnabled(not on))
        self.problem = ProblemLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(self.demo)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def start(self) -> None:
        """Name the shop, or build the demo in the background; then close."""
        if self.demo.isChecked():
            self._build_demo()
            return
        name = self.shop_name.text().strip()
        if not name:
            self.problem.show_problems([self.tr("Please give the shop a name.")])
            self.shop_name.setFocus()
            return
        try:
            shop.set_shop_name(self.ctx.db, name)
        except UserError as exc:
            self.problem.show_problems([exc.full_text()])
            return
        self._started()

    def _build_demo(self) -> None:
        from csdesk.services.demo import (
            demo_shop as demo,  # the generators are not on the start path
        )
        from csdesk.ui.background import run_with_progress

        db = self.ctx.db
        run_with_progress(
            self,
            self.ctx,
            self.tr("Demo shop"),
            lambda progress: demo.build_demo(db, progress=progress),
            lambda _agents: self._started(),
            label=self.tr("Building the demo shop: a year of a 20-agent team…"),
            cancellable=False,
        )

    def _started(self) -> None:
        self.ctx.notices.data_reset.emit()
        self.accept()


class SettingsDialog(QDialog):
    """Shop name, language and backup folder."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        current = shop.load_settings(ctx.db)
        self.shop_name = QLineEdit(current.shop_name)
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
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_dir.text()
        )
        if folder:
            self.backup_dir.setText(folder)

    def save(self) -> None:
        """Store the settings and switch the language at once."""
        shop.save_settings(
            self.ctx.db,
            shop.ShopSettings(
                self.shop_name.text(), Path(self.backup_dir.text().strip()).expanduser()
            ),
        )
        language = self.language.currentData()
        preferences.save(language=language)
        if language != self.ctx.language:
            self.ctx.language = language
            self.ctx.translators.apply(language)
        self.ctx.notices.shop_changed.emit()
        self.accept()
