"""Lock the window when the signed-in user has been away: the data hides, the input stays.

Any key or mouse press anywhere in the application counts as presence. After the shop's
idle minutes (10 by default) every window of csdesk is covered: the main window by a
panel asking the same user's password, each open dialog by a plain cover, so a half-typed
form is neither shown to whoever walks past nor lost. Only the user who signed in can
unlock; signing in as somebody else means closing csdesk.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.palette import BAD
from csdesk.services.authors import signed_in
from csdesk.services.database import Database

#: How often presence is looked at.
CHECK_MS = 15_000
_PRESENCE = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
    QEvent.Type.MouseMove,
}  # fmt: skip


class Cover(QWidget):
    """An opaque panel over a window; over the main window it asks for the password."""

    def __init__(self, over: QWidget, asks: bool, db: Database, on_unlock) -> None:
        super().__init__(over)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCover { background: #f0f0f0; }")
        self.db, self.on_unlock = db, on_unlock
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        user = signed_in()
        self.title = QLabel(
            self.tr("Locked: {name} was away.").format(name=user.name if user else "")
        )
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        layout.addWidget(self.title)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setMaximumWidth(280)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {BAD[1]};")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setMaximumWidth(280)
        for widget in (self.password, self.unlock_button, self.problem):
            widget.setVisible(asks)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.password.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.setGeometry(over.rect())
        over.installEventFilter(self)
        self.show()
        self.raise_()
        if asks:
            self.password.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def try_unlock(self) -> None:
        """The same user's password opens every window again."""
        from csdesk.services.accounts.signin import SignInFailed, sign_in  # on first use

        user = signed_in()
        try:
            sign_in(self.db, user.name if user else "", self.password.text())
        except SignInFailed as exc:
            self.password.clear()
            self.problem.setText(exc.message)
            return
        self.on_unlock()


class IdleLock(QObject):
    """Watches for presence; covers every window after ``minutes`` without any."""

    def __init__(self, window: QWidget, db: Database) -> None:
        super().__init__(window)
        self.window, self.db = window, db
        self.covers: list[Cover] = []
        self.last_seen = time.monotonic()
        self.watching = False  # the application-wide filter is on only while signed in
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()  # cheap: a shop without accounts never locks (see check)

    @property
    def minutes(self) -> int:
        """The shop's idle minutes, as set now (the owner may change them meanwhile)."""
        from csdesk.services.accounts.idle import lock_minutes  # only once somebody signed in

        return lock_minutes(self.db)

    @property
    def locked(self) -> bool:
        """Whether the windows are covered now."""
        return bool(self.covers)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PRESENCE and not self.covers:
            self.last_seen = time.monotonic()
        return False

    def check(self) -> None:
        """Lock when the user has been away for the shop's idle minutes."""
        if signed_in() is None:
            self._watch(False)  # nobody signed in: a shop without accounts has nothing to lock
            return
        if not self.watching:
            self._watch(True)
            self.last_seen = time.monotonic()
        if self.covers:
            return
        minutes = self.minutes
        if minutes and time.monotonic() - self.last_seen >= minutes * 60:
            self.lock()

    def _watch(self, on: bool) -> None:
        """Watch every event of the application for presence, or stop.

        A Python filter sees every event of every window: it is on only while somebody
        is signed in, and off when the window closes.
        """
        app = QApplication.instance()
        if app is None or on == self.watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self.watching = on

    def stop(self) -> None:
        """The window closes: no more checks, no more filter."""
        self.timer.stop()
        self._watch(False)

    def lock(self) -> None:
        """Cover every window of csdesk now."""
        if self.covers:
            return
        self.covers.append(Cover(self.window, True, self.db, self.unlock))
        for top in QApplication.topLevelWidgets():
            if top is not self.window and top.isVisible() and top.isWindow():
                self.covers.append(Cover(top, False, self.db, self.unlock))

    def unlock(self) -> None:
        """Take every cover away; whatever was typed is where it was."""
        for cover in self.covers:
            cover.parentWidget().removeEventFilter(cover)  # type: ignore[union-attr]
            cover.deleteLater()
        self.covers = []
        self.last_seen = time.monotonic()
