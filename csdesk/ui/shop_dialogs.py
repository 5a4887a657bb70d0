"""Shop-level dialogs: the welcome on an empty database, and Settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.services import shop
from csdesk.services.errors import UserError
from csdesk.ui.common.widgets import ProblemLabel
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
