"""Find anywhere: the field above the sidebar (Ctrl+K) and the list of what it found.

Typing waits a moment, asks the finder service (a few capped queries), and drops the
hits under the field; arrow keys and Enter, or a click, open one. Enter with the list
closed opens the first hit.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QListView, QWidget

from csdesk.services.today import finder
from csdesk.ui.context import AppContext

#: Typing pauses this long before the search runs.
TYPING_PAUSE_MS = 200
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class FindBox(QLineEdit):
    """The find-anywhere field.

    Signals:
        chosen(str, int): a hit's kind ("agent", "complaint", "action") and id.
    """

    chosen = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("findAnywhere")
        self.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.hits = QCompleter(self.model, self)
        self.hits.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.hits.setWidget(self)  # driven here: the typed text is never replaced
        self.hits.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.popup = QListView()
        self.popup.setMinimumWidth(440)
        self.hits.setPopup(self.popup)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.search)
        self.textEdited.connect(lambda _text: self._pause.start())
        self.returnPressed.connect(self._open_first)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the field's texts in the current language."""
        self.setPlaceholderText(self.tr("Find… (Ctrl+K)"))
        self.setToolTip(
            self.tr(
                "Find an agent by name, number or sub-account, a complaint by reference, "
                "order number or customer, an action by title"
            )
        )

    def _kind_words(self) -> dict[str, str]:
        return {
            finder.AGENT: self.tr("Agent"),
            finder.COMPLAINT: self.tr("Complaint"),
            finder.ACTION: self.tr("Action"),
        }

    def search(self) -> None:
        """Look the text up now and show the hits under the field."""
        self._pause.stop()
        hits = finder.find(self.ctx.db, self.text())
        self.model.clear()
        words = self._kind_words()
        for hit in hits:
            text = f"{words[hit.kind]}  ·  {hit.title}" + (
                f"  ·  {hit.detail}" if hit.detail else ""
            )
            item = QStandardItem(text)
            item.setData((hit.kind, hit.id), HIT_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if not hits and self.text().strip():
            item = QStandardItem(self.tr("Nothing found for “{text}”").format(text=self.text()))
            item.setEnabled(False)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.hits.complete(self.rect())
        else:
            self.popup.hide()

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit:
            self._open(*hit)

    def _open_first(self) -> None:
        if self._pause.isActive() or not self.model.rowCount():
            self.search()
        first = self.model.item(0)
        if first is not None and first.data(HIT_ROLE):
            self._open(*first.data(HIT_ROLE))

    def _open(self, kind: str, item_id: int) -> None:
        self.popup.hide()
        self.clear()
        self.model.clear()
        self.chosen.emit(kind, item_id)
