"""The window's line to the server: other seats' changes, and whether the server answers.

A thread listens for the other seats' commits (``services.server.live_changes``) and
hands them to the GUI thread, which waits a moment for more (an import commits once,
a busy seat several times a second) and then raises the same change notices the pages
hear after this seat's own saves. The status bar shows the connection; when the server
is lost it says so in red and the listener keeps trying; when it is back the pages
reload everything, since what changed meanwhile was not heard.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from csdesk.common.palette import BAD, GOOD
from csdesk.services.server.live_changes import EVERYTHING, hear_other_seats
from csdesk.ui.context import AppContext

#: How long to gather changes before the pages refresh (ms): within the 2 s promised.
GATHER_MS = 400


class LiveLink(QObject):
    """Listens while the window is open; ``stop`` ends it (at close)."""

    _heard = Signal(object)  # a set of areas, from the listening thread
    _connected = Signal(bool)

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.label = QLabel()
        window.statusBar().addPermanentWidget(self.label)
        self._pending: set[str] = set()
        self._lost = False
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._refresh)
        self._heard.connect(self._on_heard)
        self._connected.connect(self._on_connected)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=hear_other_seats,
            args=(ctx.db, self._heard.emit, self._connected.emit, self._stop),
            name="csdesk-live-changes",
            daemon=True,
        )

    def start(self) -> None:
        """Start listening."""
        self._thread.start()

    def stop(self) -> None:
        """Stop listening (the thread ends within a second)."""
        self._stop.set()
        self._thread.join(timeout=2)

    def _on_heard(self, areas: set[str]) -> None:
        self._pending |= areas
        if not self._gather.isActive():
            self._gather.start()

    def _refresh(self) -> None:
        areas, self._pending = self._pending, set()
        notices = self.ctx.notices
        if EVERYTHING in areas:
            notices.data_reset.emit()
            return
        for area in sorted(areas):
            getattr(notices, f"{area}_changed", notices.data_reset).emit()

    def _on_connected(self, connected: bool) -> None:
        if connected:
            self.label.setText(self.tr("● Server connected"))
            self.label.setStyleSheet(f"color: {GOOD[1]};")
            if self._lost:  # what the others saved meanwhile was not heard
                self.ctx.notices.data_reset.emit()
        else:
            self.label.setText(self.tr("● Server lost: retrying…"))
            self.label.setStyleSheet(f"color: {BAD[1]};")
        self._lost = not connected
