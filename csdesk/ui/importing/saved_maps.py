"""The import window's saved column maps: choose one, save the columns as one, delete one.

A shop whose back office exports unusual headers maps them once, saves the map by name,
and next month the map is picked for the file by itself (the first saved map whose
columns the file all has), or by name with ``csdesk import … --mapping NAME``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from csdesk.services import import_mappings
from csdesk.services.errors import UserError
from csdesk.ui.context import AppContext


class SavedMapsBar(QWidget):
    """A combo of the kind's saved maps with Save… and Delete buttons.

    ``chosen`` carries the chosen map's {column: field}, or None for "recognised
    automatically". ``current_columns`` gives the window's column choices to save.
    """

    chosen = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        current_columns: Callable[[], dict[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.current_columns = current_columns
        self.maps: dict[str, dict[str, str]] = {}
        self.combo = QComboBox()
        self.combo.setToolTip(self.tr("A column map saved for files like this one"))
        self.combo.currentIndexChanged.connect(self._changed)
        self.save_button = QPushButton(self.tr("&Save map…"))
        self.save_button.setToolTip(self.tr("Keep these column choices under a name"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete map"))
        self.delete_button.clicked.connect(self.delete)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Column map:")))
        row.addWidget(self.combo, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the saved maps again and select ``select`` (None: automatic)."""
        self.maps = {
            m.name: m.columns for m in import_mappings.saved_mappings(self.ctx.db, self.kind)
        }
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(recognised automatically)"), None)
        for name in self.maps:
            self.combo.addItem(name, name)
        self.combo.setCurrentIndex(max(self.combo.findData(select), 0) if select else 0)
        self.combo.blockSignals(False)
        self.delete_button.setEnabled(self.selected() is not None)

    def selected(self) -> str | None:
        """The name of the chosen map, or None."""
        return self.combo.currentData()

    def fit(self, header: Sequence[str]) -> dict[str, str] | None:
        """Quietly choose the first saved map whose columns ``header`` all has.

        With none fitting, the choice stays. Returns the chosen map's columns (None:
        recognised automatically) for the window to apply.
        """
        for name, columns in self.maps.items():
            if import_mappings.fits(columns, header):
                self.combo.blockSignals(True)
                self.combo.setCurrentIndex(self.combo.findData(name))
                self.combo.blockSignals(False)
                self.delete_button.setEnabled(True)
                break
        chosen = self.selected()
        return None if chosen is None else dict(self.maps[chosen])

    def _changed(self, _index: int) -> None:
        name = self.selected()
        self.delete_button.setEnabled(name is not None)
        self.chosen.emit(None if name is None else dict(self.maps[name]))

    def save(self) -> None:
        """Ask for a name and save the window's column choices under it."""
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save column map"),
            self.tr("Name of the map:"),
            text=self.selected() or "",
        )
        name = name.strip()
        if not ok or not name:
            return
        if name in self.maps and name != self.selected():
            answer = QMessageBox.question(
                self,
                self.tr("Save column map"),
                self.tr("A map named {name} exists. Replace it?").format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            import_mappings.save_mapping(self.ctx.db, self.kind, name, self.current_columns())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Save column map"), exc.full_text())
            return
        self.reload(select=name)

    def delete(self) -> None:
        """Forget the chosen map after asking."""
        name = self.selected()
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete column map"),
            self.tr("Delete the column map {name}? Files already imported keep their data.").format(
                name=name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            import_mappings.delete_mapping(self.ctx.db, self.kind, name)
            self.reload()
            self.chosen.emit(None)
