"""The Today page: what needs doing this morning, every area on one page.

The cards come from the Today service (the same as ``csdesk today``), computed off the
GUI thread after the window has shown, again after every change notice (a burst of
notices makes one refresh), and when the date changes at midnight. Cards sit in as many
columns as the width allows, each card under the shortest column so far.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from csdesk.common import today_labels
from csdesk.services.today.cards import SECTIONS, Card
from csdesk.ui.context import AppContext
from csdesk.ui.today.card_widget import CardWidget

#: A card column is at least this wide; the page shows as many as fit (1 to 3).
COLUMN_WIDTH = 390
#: Change notices within this time make one refresh.
SETTLE_MS = 300


class TodayPage(QWidget):
    """Cards of today's work; a click opens the page behind an item.

    Signals:
        cards_ready(object): the cards (a list of ``Card``) were computed.
        opened(str, str): a card's section and item key were clicked.
        new_day(): the date changed while the window was open.
    """

    cards_ready = Signal(object)
    opened = Signal(str, str)
    new_day = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: The clock the page reads (tests set a fixed moment).
        self.clock: Callable[[], datetime] = datetime.now
        self.day: date = self.clock().date()
        self.cards: list[Card] = []
        self._running = self._again = False
        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.refreshed = QLabel()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.refreshed)
        top.addWidget(self.refresh_button)
        self.board = QWidget()
        self.widgets = {section: CardWidget(section, self.board) for section in SECTIONS}
        for widget in self.widgets.values():
            widget.opened.connect(self.opened)
            widget.hide()  # until the first cards are in
        self.columns = QHBoxLayout(self.board)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self._column_count = 0
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self._date_changed)
        notices = ctx.notices
        for signal in (
            notices.staff_changed, notices.training_changed, notices.complaints_changed,
            notices.performance_changed, notices.appraisals_changed, notices.rota_changed,
            notices.actions_changed, notices.shop_changed, notices.data_reset,
        ):  # fmt: skip
            signal.connect(self._settle.start)
        self._arm_midnight()
        self.retranslate()

    def minimumSizeHint(self) -> QSize:
        return QSize(COLUMN_WIDTH, 300)

    def retranslate(self) -> None:
        """Set every text in the current language (cards too)."""
        locale = QLocale(self.ctx.language)
        day = QDate(self.day.year, self.day.month, self.day.day)
        self.heading.setText(
            self.tr("Today, {date}").format(
                date=locale.toString(day, QLocale.FormatType.LongFormat)
            )
        )
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Count again (F5)"))
        self.refresh_button.setShortcut("F5")
        self._show(self.cards)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- computing ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the cards in the background; a refresh asked meanwhile runs after it."""
        if self._running:
            self._again = True
            return
        from csdesk.services.today.today import today

        self._running = True
        db, now = self.ctx.db, self.clock()
        self.day = now.date()
        self.ctx.tasks.run(lambda: today(db, now.date(), now), self._computed, self._failed)

    def _computed(self, cards: list[Card]) -> None:
        self._running = False
        self.cards = cards
        self.refreshed.setText(self.tr("Counted at {time}").format(time=f"{self.clock():%H:%M}"))
        self.retranslate()
        self.cards_ready.emit(cards)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._running = self._again = False
        raise exc  # the window's fault handler says what happened (a locked file ...)

    def _arm_midnight(self) -> None:
        now = self.clock()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        self._midnight.start(int((tomorrow - now).total_seconds() * 1000) + 1000)

    def _date_changed(self) -> None:
        """Midnight (or a wake-up after it): a new day's cards, and the window is told."""
        self._arm_midnight()
        if self.clock().date() != self.day:
            self.refresh()
            self.new_day.emit()

    def check_date(self) -> None:
        """Called when the window comes back to the front: a laptop may have slept past 0:00."""
        self._date_changed()

    # --- showing ------------------------------------------------------------------------
    def _show(self, cards: list[Card]) -> None:
        titles = today_labels.section_titles()
        for card in cards:
            widget = self.widgets[card.section]
            widget.show_card(card, titles[card.section])
            widget.setVisible(True)
        self._lay_out(force=True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def _lay_out(self, force: bool = False) -> None:
        """Cards in 1-3 columns by width, each into the shortest column so far."""
        count = max(1, min(3, self.width() // COLUMN_WIDTH))
        if count == self._column_count and not force:
            return
        self._column_count = count
        while (taken := self.columns.takeAt(0)) is not None:
            column = taken.layout()
            if column is not None:
                while column.takeAt(0) is not None:
                    pass
                column.deleteLater()
        stacks = [QVBoxLayout() for _ in range(count)]
        heights = [0] * count
        for section in SECTIONS:
            widget = self.widgets[section]
            if widget.isHidden():
                continue
            shortest = heights.index(min(heights))
            stacks[shortest].addWidget(widget)
            heights[shortest] += widget.sizeHint().height() + 8
        for stack in stacks:
            stack.addStretch(1)
            self.columns.addLayout(stack, 1)
