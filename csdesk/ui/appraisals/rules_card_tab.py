"""The scorecards of the rules editor: one card per post, its lines, and the line's rule.

The lines table lists every KPI of the chosen post's card with its weight, its share
of the total and its rule in words; the form under it edits the selected line (KPI,
weight, bands or a straight line). Values are shown in the KPI's own unit (percent,
seconds, yuan), so the supervisor types "98" for 98 % and "100" for 100 yuan.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.appraisal_labels import kpi_labels, rule_text
from csdesk.common.labels import label, post_labels
from csdesk.domain.kpis import KPIS
from csdesk.domain.scorecard_defaults import new_line
from csdesk.domain.scoring import Line
from csdesk.domain.staff import Post
from csdesk.ui.appraisals.rules_line_editor import LineEditor
from csdesk.ui.common.combos import fill_combo
from csdesk.ui.common.widgets import button_row

COL_KPI, COL_WEIGHT, COL_SHARE, COL_RULE = range(4)


class CardsTab(QWidget):
    """The scorecard of each post; edits stay here until the dialog saves them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[str, list[Line]] = {}
        self.post = QComboBox()
        self.post.setObjectName("cardPost")
        self.post_label = QLabel()
        self.post_label.setBuddy(self.post)
        self.weights = QLabel()
        self.weights.setObjectName("cardWeights")
        self.weights.setWordWrap(True)
        self.lines = QTableWidget(0, 4)
        self.lines.setObjectName("cardLines")
        self.lines.verticalHeader().hide()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(COL_RULE, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.editor = LineEditor()
        top = QHBoxLayout()
        top.addWidget(self.post_label)
        top.addWidget(self.post)
        top.addWidget(self.weights, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lines, 2)
        layout.addLayout(
            button_row(self.add_button, self.remove_button, None, self.up_button, self.down_button)
        )
        layout.addWidget(self.editor, 3)
        self.post.currentIndexChanged.connect(lambda _i: self._show_card())
        self.lines.itemSelectionChanged.connect(self._line_selected)
        self.editor.edited.connect(self._line_edited)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.post_label.setText(self.tr("&Post"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("KPI"), self.tr("Weight"), self.tr("Share"), self.tr("Scored by")]
        )
        self.add_button.setText(self.tr("&Add line"))
        self.remove_button.setText(self.tr("&Remove line"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move d&own"))
        self.editor.retranslate()
        fill_combo(self.post, {post: label(post_labels(), post) for post in Post})
        self._show_card(max(self._selected_row(), 0))

    def set_cards(self, cards: dict[str, list[Line]]) -> None:
        """Edit ``cards`` (post -> lines)."""
        self.cards = {str(post): list(lines) for post, lines in cards.items()}
        self._show_card()

    def current_post(self) -> str:
        """The post whose card is shown."""
        return self.post.currentData() or str(Post.PRE_SALES)

    def _card(self) -> list[Line]:
        return self.cards.setdefault(self.current_post(), [])

    def _show_card(self, select: int = 0) -> None:
        """Show the post's card anew (lines added, removed, moved, another post)."""
        card = self._card()
        self.lines.blockSignals(True)
        self.lines.setRowCount(len(card))
        self._fill_rows()
        if card:
            self.lines.selectRow(min(select, len(card) - 1))
        self.lines.blockSignals(False)
        self._line_selected()

    def _fill_rows(self) -> None:
        """Write the lines' texts; the line form is left alone (it may be in use)."""
        card = self._card()
        names = kpi_labels()
        weights = sum(line.weight for line in card)
        for row, line in enumerate(card):
            share = line.weight / weights * 100 if weights > 0 else 0.0
            cells = (label(names, line.kpi), f"{line.weight:g}", f"{share:.1f} %", rule_text(line))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.lines.setItem(row, column, item)
        self.lines.resizeColumnToContents(COL_KPI)
        self.weights.setText(
            self.tr(
                "Weights add up to {sum:g}. A KPI without data in a month is left out and "
                "the others share its weight."
            ).format(sum=weights)
        )

    def _selected_row(self) -> int:
        rows = self.lines.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _line_selected(self) -> None:
        row = self._selected_row()
        card = self._card()
        self.editor.show_line(card[row] if 0 <= row < len(card) else None)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(card) - 1)

    def _line_edited(self, line: Line) -> None:
        row = self._selected_row()
        if row < 0:
            return
        self._card()[row] = line
        self._fill_rows()
        self.changed.emit()

    def add_line(self) -> None:
        """Add the first KPI not on the card yet (the supervisor then picks another)."""
        card = self._card()
        used = {line.kpi for line in card}
        kpi = next((k.key for k in KPIS if k.key not in used), KPIS[0].key)
        card.append(new_line(kpi))
        self._show_card(len(card) - 1)
        self.changed.emit()

    def remove_line(self) -> None:
        """Take the selected line off the card."""
        row = self._selected_row()
        if row >= 0:
            del self._card()[row]
            self._show_card(row)
            self.changed.emit()

    def _move(self, step: int) -> None:
        row = self._selected_row()
        card = self._card()
        other = row + step
        if row < 0 or not 0 <= other < len(card):
            return
        card[row], card[other] = card[other], card[row]
        self._show_card(other)
        self.changed.emit()
