"""What an empty table says: what is missing, and the button that fixes it.

An empty grid tells a new supervisor nothing. ``EmptyHint`` sits in the middle of a
table's viewport while the table has no rows and says why ("No agents yet"), with the
actions that fill it ("New agent", "Import…"). The page gives the words as a function,
so they follow a change of language and of filter ("No complaint matches the search").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: (button text, what it does); the text is read again on every refresh
Action = tuple[Callable[[], str], Callable[[], object]]


class EmptyHint(QWidget):
    """A message and buttons over an item view's viewport, shown while it has no rows."""

    def __init__(
        self,
        view: QAbstractItemView,
        message: Callable[[], str],
        actions: Sequence[Action] = (),
    ) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyHint")
        self.view, self.message, self.fixes = view, message, list(actions)
        self.label = QLabel()
        self.label.setObjectName("emptyHintText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: #5a6472;")
        self.buttons = [QPushButton() for _ in self.fixes]
        row = QHBoxLayout()
        row.addStretch(1)
        for button, (_text, act) in zip(self.buttons, self.fixes, strict=True):
            button.clicked.connect(lambda _checked=False, act=act: act())
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addStretch(1)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Show the hint (with today's words) while the view is empty, else hide it."""
        model = self.view.model()
        empty = model is not None and model.rowCount() == 0
        if empty:
            self.label.setText(self.message())
            for button, (text, _act) in zip(self.buttons, self.fixes, strict=True):
                button.setText(text())
            self.setGeometry(self.view.viewport().rect())
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the viewport's size."""
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False

    def changeEvent(self, event: QEvent) -> None:
        """Say it again in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
