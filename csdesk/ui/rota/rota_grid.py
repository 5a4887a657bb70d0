"""The week grid of the rota: agents down, days across, one cell per agent and day.

A cell shows the day's shift codes on the shift's colour, or the leave mark; a public
holiday tints its column; a red corner marks a rule the day breaks (grey when the
breach was overridden). Typing in a cell sets the day ("M", "M+E", "AL", "病假", nothing
for a day off), Delete clears the selection, Ctrl+C / Ctrl+V copy and paste blocks of
cells (as tab-separated text, so a block from a spreadsheet pastes too). The model never
writes: it asks the page, through ``edits_wanted``, which stores and reloads.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeySequence, QPainter, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from csdesk.common.rota_labels import (
    breach_labels,
    finding_text,
    leave_labels,
    leave_marks,
    leave_words,
    shift_times,
)
from csdesk.domain.rota import Leave, RotaRules, parse_day
from csdesk.services.rota.week_edits import DayEdit
from csdesk.services.rota.week_plan import DayPlan, RotaFinding, WeekRota
from csdesk.ui.common.model_index import ModelIndex

FINDINGS_ROLE = Qt.ItemDataRole.UserRole + 10
OPEN_MARK, OVERRIDDEN_MARK = QColor("#d32f2f"), QColor("#9e9e9e")
HOURS_COLUMN = 7


def cell_text(plan: DayPlan) -> str:
    """A day as its cell shows it: "M+E", the leave mark, or nothing."""
    parts = list(plan.codes)
    if plan.leave is not None:
        parts.append(leave_marks()[plan.leave])
    return "+".join(parts)


class WeekModel(QAbstractTableModel):
    """A ``WeekRota`` as a table; the last column is each agent's hours in the week.

    Signals:
        edits_wanted: a list of ``DayEdit`` typed or pasted into the grid.
        refused: a typed text could not be read (the message to show).
    """

    edits_wanted = Signal(list)
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rota: WeekRota | None = None
        self.rules = RotaRules()
        self._findings: dict[tuple[int, date], list[RotaFinding]] = {}

    def set_rota(self, rota: WeekRota, rules: RotaRules) -> None:
        """Show ``rota`` (checked against ``rules``)."""
        self.beginResetModel()
        self.rota, self.rules = rota, rules
        self._findings = {}
        for found in rota.findings:
            key = (found.finding.agent_id, found.finding.day)
            self._findings.setdefault(key, []).append(found)
        self.endResetModel()

    # --- shape ----------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() or self.rota is None else len(self.rota.agents)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():  # the root of a table has no flags (Qt's model contract)
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < HOURS_COLUMN:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def where(self, index: ModelIndex) -> tuple[int, date] | None:
        """The agent id and day of a day cell (None for the hours column)."""
        if self.rota is None or not index.isValid() or index.column() >= HOURS_COLUMN:
            return None
        return self.rota.agents[index.row()].id, self.rota.week.days[index.column()]

    def findings_at(self, index: QModelIndex) -> list[RotaFinding]:
        """The rule findings of a day cell."""
        spot = self.where(index)
        return self._findings.get(spot, []) if spot else []

    # --- data -----------------------------------------------------------------------------
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if self.rota is None or not index.isValid():
            return None
        agent = self.rota.agents[index.row()]
        if index.column() == HOURS_COLUMN:
            hours = self.rota.hours.get(agent.id, 0.0)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{hours:g}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ForegroundRole and hours > self.rules.max_week_hours:
                return QBrush(OPEN_MARK)
            return None
        day = self.rota.week.days[index.column()]
        plan = self.rota.plan(agent.id, day)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cell_text(plan)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._fill(plan, day)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(plan, day, self._findings.get((agent.id, day), []))
        if role == FINDINGS_ROLE:
            return self._findings.get((agent.id, day), [])
        if role == Qt.ItemDataRole.FontRole and not agent.employment.covers(day):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _fill(self, plan: DayPlan, day: date) -> QBrush | None:
        assert self.rota is not None
        fill = plan.fill({s.code: s.colour for s in self.rota.shifts}, day in self.rota.holidays)
        return QBrush(QColor(fill)) if fill else None

    def _tip(self, plan: DayPlan, day: date, findings: list[RotaFinding]) -> str:
        assert self.rota is not None
        lines = []
        by_code = {s.code: s for s in self.rota.shifts}
        for code in plan.codes:
            record = by_code.get(code)
            if record is not None:
                lines.append(f"{code} {record.name} {shift_times(record.shift)}")
        if plan.leave is not None:
            lines.append(leave_labels()[plan.leave])
        if day in self.rota.holidays:
            lines.append(self.tr("Public holiday: {name}").format(name=self.rota.holidays[day]))
        names = breach_labels()
        for found in findings:
            text = f"⚠ {names[found.finding.breach]}: {finding_text(found.finding, self.rules)}"
            if not found.open:
                text += " " + self.tr("(overridden: {reason})").format(reason=found.override)
            lines.append(text)
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if self.rota is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            agent = self.rota.agents[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{agent.name}  {agent.employee_no}"
            return None
        if section == HOURS_COLUMN:
            return self.tr("Hours") if role == Qt.ItemDataRole.DisplayRole else None
        day = self.rota.week.days[section]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{weekday_name(day)} {day.month}/{day.day}"
            if day not in self.rota.holidays:
                return text
            return text + "\n" + (self.rota.holidays[day] or self.tr("Holiday"))
        if role == Qt.ItemDataRole.ToolTipRole and day in self.rota.holidays:
            return self.tr("Public holiday: {name}").format(name=self.rota.holidays[day])
        return None

    # --- editing --------------------------------------------------------------------------
    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        spot = self.where(index)
        if spot is None or role != Qt.ItemDataRole.EditRole:
            return False
        edit = self.read_text(spot, str(value))
        if edit is None:
            return False
        # after the editor has closed: storing reads the week again, which resets the model
        QTimer.singleShot(0, lambda: self.edits_wanted.emit([edit]))
        return True

    def read_text(self, spot: tuple[int, date], text: str) -> DayEdit | None:
        """The edit a typed text asks for (None, and ``refused`` said why, if unreadable)."""
        assert self.rota is not None
        codes = [s.code for s in self.rota.shifts if not s.archived]
        try:
            found, leave = parse_day(text, codes, leave_words())
        except ValueError:
            self.refused.emit(
                self.tr("One day can have one kind of leave: {text}").format(text=text)
            )
            return None
        return DayEdit(spot[0], spot[1], found, leave)


def weekday_name(day: date) -> str:
    """The short name of the day of the week in the user's language."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


class FindingsDelegate(QStyledItemDelegate):
    """Paints the cell as usual, then a corner triangle where the day breaks a rule."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().paint(painter, option, index)
        findings = index.data(FINDINGS_ROLE) or []
        if not findings:
            return
        colour = OPEN_MARK if any(f.open for f in findings) else OVERRIDDEN_MARK
        rect = option.rect
        size = min(12, rect.height() // 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(rect.right() - size, rect.top()),
                    QPointF(rect.right() + 1, rect.top()),
                    QPointF(rect.right() + 1, rect.top() + size),
                ]
            )
        )
        painter.restore()


class WeekGrid(QTableView):
    """The week's table with the rota's keys: type, Delete, copy and paste blocks."""

    def __init__(self, model: WeekModel) -> None:
        super().__init__()
        self.setObjectName("rotaGrid")
        self.grid_model = model
        self.setModel(model)
        self.findings_delegate = FindingsDelegate(self)
        self.setItemDelegate(self.findings_delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HOURS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(64)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)

    def selected_spots(self) -> list[tuple[int, date]]:
        """Agent and day of every selected day cell, in reading order."""
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        return [s for s in (self.grid_model.where(i) for i in indexes) if s is not None]

    def keyPressEvent(self, event) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_cells()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_cells()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                spots = self.selected_spots()
                if spots:
                    self.grid_model.edits_wanted.emit([DayEdit(a, d) for a, d in spots])
                return
        super().keyPressEvent(event)

    def copy_cells(self) -> None:
        """Copy the selected block as tab-separated text (rows by lines)."""
        indexes = self.selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        model = self.grid_model
        lines = [
            "\t".join(
                str(model.index(r, c).data() or "") if (r, c) in chosen else "" for c in columns
            )
            for r in rows
        ]
        QGuiApplication.clipboard().setText("\n".join(lines))

    def paste_cells(self) -> None:
        """Paste a block of cells from the clipboard with its top left at the current cell.

        A single copied cell fills every selected cell instead.
        """
        text = QGuiApplication.clipboard().text().rstrip("\n")
        current = self.currentIndex()
        if not text or not current.isValid():
            return
        block = [line.split("\t") for line in text.split("\n")]
        model = self.grid_model
        targets: list[tuple[tuple[int, date], str]] = []
        if len(block) == 1 and len(block[0]) == 1:
            targets = [(spot, block[0][0]) for spot in self.selected_spots()]
        else:
            for dr, line in enumerate(block):
                for dc, value in enumerate(line):
                    spot = model.where(model.index(current.row() + dr, current.column() + dc))
                    if spot is not None:
                        targets.append((spot, value))
        edits = []
        for spot, value in targets:
            edit = model.read_text(spot, value)
            if edit is None:
                return
            edits.append(edit)
        if edits:
            model.edits_wanted.emit(edits)


def leave_kinds() -> list[tuple[Leave, str]]:
    """Leave kinds with their labels, for menus."""
    labels = leave_labels()
    return [(kind, labels[kind]) for kind in Leave]
