"""The training page: matrix and reminders, sessions, courses, certificates, hours.

One tab each. A tab reads its data when it is shown and has gone stale (training or
staff changed since), so the page costs nothing at start-up and a change elsewhere
does not re-read five tabs at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from csdesk.ui.context import AppContext
from csdesk.ui.training.training_certificates_tab import CertificatesTab
from csdesk.ui.training.training_courses_tab import CoursesTab
from csdesk.ui.training.training_hours_tab import HoursTab
from csdesk.ui.training.training_matrix_tab import MatrixTab
from csdesk.ui.training.training_sessions_tab import SessionsTab


class TrainingPage(QWidget):
    """Training records of the team."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.matrix = MatrixTab(ctx)
        self.sessions = SessionsTab(ctx)
        self.courses = CoursesTab(ctx)
        self.certificates = CertificatesTab(ctx)
        self.hours = HoursTab(ctx)
        for tab in (self.matrix, self.sessions, self.courses, self.certificates, self.hours):
            self.tabs.addTab(tab, "")
        QVBoxLayout(self).addWidget(self.tabs)
        self._stale: set[QWidget] = set(self._all_tabs())
        self.retranslate_tabs()
        self.tabs.currentChanged.connect(lambda _i: self._refresh_visible())
        for sequence, name in (
            (QKeySequence.StandardKey.New, "on_new"),
            (QKeySequence.StandardKey.Find, "on_find"),
            (QKeySequence.StandardKey.Print, "on_print"),
            (QKeySequence("Ctrl+E"), "on_export"),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda name=name: self._shortcut(name))
        for signal in (
            ctx.notices.training_changed,
            ctx.notices.staff_changed,
            ctx.notices.data_reset,
        ):
            signal.connect(self.reload)

    def _shortcut(self, name: str) -> None:
        """Ctrl+N/F/P/E act on the tab shown (new session, find, print, export ...)."""
        handler = getattr(self.tabs.currentWidget(), name, None)
        if handler is not None:
            handler()

    def _all_tabs(self) -> tuple:
        return (self.matrix, self.sessions, self.courses, self.certificates, self.hours)

    def _refresh_visible(self) -> None:
        tab = self.tabs.currentWidget()
        if self.isVisible() and tab in self._stale:
            self._stale.discard(tab)
            tab.reload()  # type: ignore[attr-defined]  # every tab of the page has reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh_visible()

    def report_actions(self) -> dict[str, Callable[[], None]]:
        """How this page prints each report kind it owns (the window's Reports menu)."""
        return {"training": self.sessions.yearly_report, "matrix": self.matrix.print_matrix}

    def retranslate_tabs(self) -> None:
        """Name the tabs in the current language."""
        for index, text in enumerate(
            (
                self.tr("Matrix"),
                self.tr("Sessions"),
                self.tr("Courses"),
                self.tr("Certificates"),
                self.tr("Hours and cost"),
            )
        ):
            self.tabs.setTabText(index, text)

    def reload(self) -> None:
        """Mark every tab stale (after a change in training or staff); read the one shown."""
        self._stale = set(self._all_tabs())
        self._refresh_visible()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_tabs()
            for tab in self._all_tabs():
                tab.retranslate()
            self.reload()  # rows hold words of the old language
        super().changeEvent(event)
