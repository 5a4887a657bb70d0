"""The words complaints are filed under: the category tree and the root causes.

Both are lists the supervisor grows and tidies: add, rename, archive (no longer offered
for new complaints, kept on the old ones) and bring back. Nothing is deleted, so years
of complaints keep the names they were filed under. Each change is stored at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.palette import RETIRED_TEXT
from csdesk.services.complaints import complaint_settings
from csdesk.services.errors import UserError
from csdesk.ui.common.widgets import button_row
from csdesk.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Vocabulary:
    """The service calls behind a list of names.

    ``records`` return entries with id, name, archived and complaint_count; a nested
    list (categories) also says under which entry each record sits.
    """

    records: Callable[[], list]
    store_new: Callable[[str, int | None], int]
    store_name: Callable[[int, str], None]
    store_archived: Callable[[int, bool], None]
    parent_of: Callable[[Any], int | None] | None = None


class VocabularyTab(QWidget):
    """A tree of names with counts, and buttons to add, rename and archive them."""

    def __init__(
        self, ctx: AppContext, vocabulary: Vocabulary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vocabulary = vocabulary
        self.nested = vocabulary.parent_of is not None
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setRootIsDecorated(self.nested)
        self.add_button = QPushButton()
        self.add_child_button = QPushButton() if self.nested else None
        self.rename_button = QPushButton()
        self.archive_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(
            button_row(
                self.add_button,
                self.add_child_button,
                self.rename_button,
                self.archive_button,
                None,
            )
        )
        self.add_button.clicked.connect(lambda: self.add(child=False))
        if self.add_child_button is not None:
            self.add_child_button.clicked.connect(lambda: self.add(child=True))
        self.rename_button.clicked.connect(self.rename)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.rename())
        self.retranslate()

    # --- shared -------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Complaints"), self.tr("State")])
        self.rename_button.setText(self.tr("&Rename…"))
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the entries again, keeping (or moving) the selection."""
        if select_id is None:
            select_id = self.selected_id()
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        parent_of = self.vocabulary.parent_of or (lambda _record: None)
        for record in self.vocabulary.records():
            parent = items.get(parent_of(record))
            item = QTreeWidgetItem(
                [
                    record.name,
                    str(record.complaint_count),
                    self.tr("Archived") if record.archived else "",
                ]
            )
            item.setData(0, ID_ROLE, record.id)
            item.setData(2, ID_ROLE, record.archived)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if record.archived:
                for column in range(3):
                    item.setForeground(column, QBrush(QColor(RETIRED_TEXT)))
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[record.id] = item
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if select_id in items:
            self.tree.setCurrentItem(items[select_id])
        self._update_buttons()

    def selected_id(self) -> int | None:
        """The id of the selected entry, if any."""
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None and item.isSelected() else None

    def _selected_item(self) -> QTreeWidgetItem | None:
        item = self.tree.currentItem()
        return item if item is not None and item.isSelected() else None

    def _update_buttons(self) -> None:
        item = self._selected_item()
        self.rename_button.setEnabled(item is not None)
        self.archive_button.setEnabled(item is not None)
        archived = item is not None and bool(item.data(2, ID_ROLE))
        self.archive_button.setText(self.tr("Bring &back") if archived else self.tr("&Archive"))
        if self.add_child_button is not None:
            self.add_child_button.setEnabled(item is not None)

    def _ask_name(self, title: str, name: str = "") -> str | None:
        text, ok = QInputDialog.getText(
            self, title, self.tr("Name:"), QLineEdit.EchoMode.Normal, name
        )
        return text if ok else None

    def _attempt(self, action: Callable[[], object]) -> tuple[bool, object]:
        """Run a change: show a refusal, or tell the other pages it was made."""
        try:
            result = action()
        except UserError as exc:
            QMessageBox.warning(self, self.window().windowTitle(), exc.message)
            return False, None
        self.ctx.notices.complaints_changed.emit()
        return True, result

    def add(self, child: bool) -> None:
        """Add an entry (at the top, or under the selected one's main entry)."""
        parent_id = None
        if child:
            item = self._selected_item()
            if item is None:
                return
            top = item.parent() or item
            parent_id = top.data(0, ID_ROLE)
        name = self._ask_name(self.add_title(child))
        if name is None:
            return
        done, new_id = self._attempt(lambda: self.vocabulary.store_new(name, parent_id))
        if done:
            self.reload(select_id=new_id)

    def add_title(self, child: bool) -> str:
        """The title of the name prompt for a new entry."""
        return self.tr("New name")

    def rename(self) -> None:
        """Rename the selected entry."""
        item = self._selected_item()
        if item is None:
            return
        name = self._ask_name(self.tr("Rename"), item.text(0))
        if name is None or name.strip() == item.text(0):
            return
        record_id = item.data(0, ID_ROLE)
        if self._attempt(lambda: self.vocabulary.store_name(record_id, name))[0]:
            self.reload(select_id=record_id)

    def toggle_archived(self) -> None:
        """Archive the selected entry, or bring an archived one back."""
        item = self._selected_item()
        if item is None:
            return
        record_id, archived = item.data(0, ID_ROLE), bool(item.data(2, ID_ROLE))
        if self._attempt(lambda: self.vocabulary.store_archived(record_id, not archived))[0]:
            self.reload(select_id=record_id)


class CategoriesTab(VocabularyTab):
    """Complaint categories and their subcategories."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        db = ctx.db
        super().__init__(
            ctx,
            Vocabulary(
                records=lambda: complaint_settings.list_categories(db),
                store_new=lambda name, under: complaint_settings.add_category(db, name, under),
                store_name=lambda cid, name: complaint_settings.rename_category(db, cid, name),
                store_archived=lambda cid, on: complaint_settings.set_category_archived(
                    db, cid, on
                ),
                parent_of=lambda record: record.parent_id,
            ),
            parent,
        )

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.add_button.setText(self.tr("Add &category…"))
        self.add_child_button.setText(self.tr("Add &subcategory…"))
        self.add_child_button.setToolTip(self.tr("Under the selected category"))
        self.archive_button.setToolTip(
            self.tr("Archived categories are not offered for new complaints; old ones keep them")
        )
        super().retranslate()

    def add_title(self, child: bool) -> str:
        """The title of the name prompt."""
        return self.tr("New subcategory") if child else self.tr("New category")


class RootCausesTab(VocabularyTab):
    """The root causes a complaint's handling names."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        db = ctx.db
        super().__init__(
            ctx,
            Vocabulary(
                records=lambda: complaint_settings.list_root_causes(db),
                store_new=lambda name, _under: complaint_settings.add_root_cause(db, name),
                store_name=lambda cid, name: complaint_settings.rename_root_cause(db, cid, name),
                store_archived=lambda cid, on: complaint_settings.set_root_cause_archived(
                    db, cid, on
                ),
            ),
            parent,
        )

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.add_button.setText(self.tr("&Add root cause…"))
        self.archive_button.setToolTip(
            self.tr("Archived root causes are not offered any more; old complaints keep them")
        )
        super().retranslate()

    def add_title(self, child: bool) -> str:
        """The title of the name prompt."""
        return self.tr("New root cause")
