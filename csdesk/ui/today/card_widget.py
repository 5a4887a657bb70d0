"""One card of the Today page: its title, what needs doing, the first few lines, a click away.

Each item is a flat button (Tab reaches it, Enter opens it) that opens the page behind
it already filtered; the lines under it are the first few names or references. A card
with nothing to do says so in one line and takes little room.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from csdesk.common import today_labels
from csdesk.common.palette import BAD, GOOD, NEUTRAL
from csdesk.services.today.cards import INFO, MOST_URGENT, TOLD, Card

#: The item of the rota card that is highlighted: who is working at this moment.
NOW = ("rota", "on_now")
#: Items whose lines are names, shown on one line.
NAME_LISTS = frozenset({
    ("rota", "on_now"), ("rota", "on_leave"), ("appraisals", "drafts"),
    ("appraisals", "unsigned"), ("goals", "off_track"), ("goals", "at_risk"),
    ("staff", "no_mentor"),
})  # fmt: skip


class CardWidget(QFrame):
    """A Today card.

    Signals:
        opened(str, str): the section and item key clicked ("" for the title).
    """

    opened = Signal(str, str)

    def __init__(self, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"today_{section}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QPushButton()
        self.title.setFlat(True)
        self.title.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title.setStyleSheet("text-align: left; font-weight: bold; padding: 2px;")
        self.title.clicked.connect(lambda: self.opened.emit(section, ""))
        self.body = QVBoxLayout()
        self.body.setSpacing(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.title)
        layout.addLayout(self.body)
        self.buttons: dict[str, QPushButton] = {}
        self.card: Card | None = None

    def show_card(self, card: Card, title: str) -> None:
        """Show ``card`` under ``title`` (rebuilds the body: a few widgets at most)."""
        self.card = card
        self.title.setText(title)
        while (taken := self.body.takeAt(0)) is not None:
            child = taken.widget()
            if child is not None:
                child.hide()  # gone now, not at the next turn of the event loop
                child.deleteLater()
        self.buttons = {}
        colour = GOOD if card.quiet else BAD
        self.setStyleSheet(
            f"CardWidget {{ border: 1px solid {NEUTRAL[0]}; border-left: 4px solid "
            f"{colour[1]}; border-radius: 4px; }}"
        )
        if card.quiet and card.section != TOLD:
            quiet = QLabel(today_labels.quiet_texts()[card.section])
            quiet.setStyleSheet(f"color: {GOOD[1]};")
            quiet.setWordWrap(True)
            self._add(quiet)
        for item in card.shown():
            key = (card.section, item.key)
            text = today_labels.item_text(card.section, item.key, item.count, item.lines)
            button = QPushButton(text.replace("&", "&&"))  # a folder's "&" is no mnemonic
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            style = "text-align: left; padding: 1px 2px;"
            if key == NOW and item.count:
                style += f" background: {GOOD[0]}; color: {GOOD[1]}; font-weight: bold;"
            elif item.count and key not in INFO:
                style += f" color: {BAD[1]};"
            button.setStyleSheet(style)
            button.clicked.connect(lambda _c=False, k=item.key: self.opened.emit(self.section, k))
            self.buttons[item.key] = button
            self._add(button)
            if today_labels.names_first(card.section, item.key):
                continue
            lines = item.lines if key == ("rota", "on_shift") else item.lines[:MOST_URGENT]
            if key in NAME_LISTS:  # names on one line: the card stays short
                more = "、…" if item.count > len(lines) else ""
                lines = ("、".join(lines) + more,)
            for line in lines:
                label = QLabel(line)
                label.setTextFormat(Qt.TextFormat.PlainText)  # names may hold markup
                label.setWordWrap(True)
                label.setStyleSheet("color: #555555; padding-left: 14px;")
                self._add(label)

    def _add(self, widget: QWidget) -> None:
        """Add and show at once: the page measures the card to place it in a column."""
        self.body.addWidget(widget)
        widget.show()
