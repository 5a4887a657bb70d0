"""The rota's settings dialogs (shifts, rules, staffing) and its print and export steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.i18n import translate
from csdesk.common.labels import channel_labels
from csdesk.common.rota_labels import shift_times
from csdesk.domain.rota import RotaRules
from csdesk.domain.weeks import Week
from csdesk.services.errors import UserError
from csdesk.services.rota import rota_coverage, rota_files, rota_reports, rota_rules, rota_shifts
from csdesk.services.rota.rota_coverage import Assumptions, ChannelPlan
from csdesk.services.rota.rota_shifts import ShiftDraft, ShiftRecord
from csdesk.ui.background import run_with_progress
from csdesk.ui.common.forms import lay_out_form
from csdesk.ui.common.widgets import open_size, status_message
from csdesk.ui.context import AppContext


def _spin(low: float, high: float, value: float, suffix: str, decimals: int = 1) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class RulesDialog(QDialog):
    """The rota's limits: rest between shifts, hours a day and a week, days in a row."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Rota rules"))
        rules = rota_rules.rota_rules(ctx.db)
        self.rest = _spin(0, 24, rules.min_rest_hours, self.tr(" h"))
        self.day = _spin(1, 24, rules.max_day_hours, self.tr(" h"))
        self.week = _spin(1, 168, rules.max_week_hours, self.tr(" h"))
        self.in_row = QSpinBox()
        self.in_row.setRange(1, 31)
        self.in_row.setValue(rules.max_days_in_row)
        self.in_row.setSuffix(self.tr(" days"))
        form = QFormLayout()
        form.addRow(self.tr("Rest between shifts, at least"), self.rest)
        form.addRow(self.tr("Hours in a day, at most"), self.day)
        form.addRow(self.tr("Hours in a week, at most"), self.week)
        form.addRow(self.tr("Days in a row, at most"), self.in_row)
        self.problems, self.buttons = lay_out_form(self, form, self.save)

    def save(self) -> None:
        """Store the limits (the grid is checked against them at once)."""
        rules = RotaRules(
            self.rest.value(), self.day.value(), self.week.value(), self.in_row.value()
        )
        try:
            rota_rules.save_rota_rules(self.ctx.db, rules)
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.accept()


class StaffingDialog(QDialog):
    """How each channel is staffed, and the shop-wide shrinkage and occupancy cap."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Staffing settings"))
        self.plans = rota_coverage.channel_plans(ctx.db)
        shop_wide = rota_coverage.assumptions(ctx.db)
        names = channel_labels()
        grid = QGridLayout()
        headings = (
            self.tr("Channel"),
            self.tr("Handling time"),
            self.tr("Target"),
            self.tr("Answered within"),
            self.tr("At once"),
        )
        for column, text in enumerate(headings):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.boxes: list[tuple[QDoubleSpinBox, ...]] = []
        for row, plan in enumerate(self.plans, start=1):
            boxes = (
                _spin(1, 7200, plan.handle_seconds, self.tr(" s"), 0),
                _spin(1, 99, plan.target * 100, " %", 0),
                _spin(0, 3600, plan.within_seconds, self.tr(" s"), 0),
                _spin(1, 20, plan.concurrency, "", 1),
            )
            grid.addWidget(QLabel(names.get(plan.channel, plan.channel)), row, 0)
            for column, box in enumerate(boxes, start=1):
                grid.addWidget(box, row, column)
            self.boxes.append(boxes)
        self.shrinkage = _spin(0, 90, shop_wide.shrinkage * 100, " %", 0)
        self.occupancy = _spin(10, 100, shop_wide.max_occupancy * 100, " %", 0)
        form = QFormLayout()
        form.addRow(grid)
        form.addRow(self.tr("Shrinkage (breaks, meetings, coaching, absence)"), self.shrinkage)
        form.addRow(self.tr("Occupancy, at most"), self.occupancy)
        note = QLabel(
            self.tr(
                "“At once”: chats an agent handles at the same time (1 for phone). Agents "
                "needed come from Erlang C; the rota is compared with them after shrinkage."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.problems, self.buttons = lay_out_form(self, form, self.save)

    def save(self) -> None:
        """Store the settings (refused, with the reason, if the calculator cannot use them)."""
        plans = [
            ChannelPlan(
                p.channel, aht.value(), target.value() / 100, within.value(), at_once.value()
            )
            for p, (aht, target, within, at_once) in zip(self.plans, self.boxes, strict=True)
        ]
        shop_wide = Assumptions(self.shrinkage.value() / 100, self.occupancy.value() / 100)
        try:
            rota_coverage.save_staffing_settings(self.ctx.db, plans, shop_wide)
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.accept()


class ShiftsDialog(QDialog):
    """The shift templates: pick one on the left, change it on the right, or add one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved = False
        self.current: ShiftRecord | None = None
        self.setWindowTitle(self.tr("Shifts"))
        open_size(self, 640, 360)
        self.list = QListWidget()
        self.list.setObjectName("shiftList")
        self.list.currentRowChanged.connect(self._show)
        self.new_button = QPushButton(self.tr("New shift"))
        self.new_button.clicked.connect(self.new_shift)
        self.code = QLineEdit()
        self.code.setMaxLength(4)
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.break_minutes = QSpinBox()
        self.break_minutes.setRange(0, 600)
        self.break_minutes.setSingleStep(15)
        self.break_minutes.setSuffix(self.tr(" min"))
        self.colour = "#dddddd"
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self.pick_colour)
        self.archived = QCheckBox(self.tr("Archived (no longer given; past weeks keep it)"))
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Shift name"), self.name)
        form.addRow(self.tr("Starts"), self.start)
        form.addRow(self.tr("Ends (at or before the start: next day)"), self.end)
        form.addRow(self.tr("Unpaid break"), self.break_minutes)
        form.addRow(self.tr("Colour"), self.colour_button)
        form.addRow(self.archived)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save shift"))
        self.save_button.clicked.connect(self.save_shift)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.problems)
        right.addWidget(self.save_button)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.done_editing)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.records: list[ShiftRecord] = []
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """List every shift (archived ones in brackets) and select ``select``."""
        self.records = rota_shifts.shifts(self.ctx.db, archived=True)
        self.list.blockSignals(True)
        self.list.clear()
        for record in self.records:
            text = f"{record.code}  {record.name}  {shift_times(record.shift)}"
            item = QListWidgetItem(f"({text})" if record.archived else text)
            item.setBackground(QColor(record.colour))
            item.setForeground(QColor("#202020"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [r.id for r in self.records]
        self.list.setCurrentRow(ids.index(select) if select in ids else 0)
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        self.problems.clear()
        if not 0 <= row < len(self.records):
            return
        record = self.records[row]
        self.current = record
        self.code.setText(record.code)
        self.name.setText(record.name)
        self.start.setTime(QTime(record.shift.start // 60, record.shift.start % 60))
        self.end.setTime(QTime(record.shift.end // 60, record.shift.end % 60))
        self.break_minutes.setValue(record.shift.break_minutes)
        self._set_colour(record.colour)
        self.archived.setChecked(record.archived)

    def _set_colour(self, colour: str) -> None:
        self.colour = colour
        self.colour_button.setText(colour)
        self.colour_button.setStyleSheet(f"background: {colour}; color: #202020;")

    def pick_colour(self) -> None:
        """Choose the shift's colour."""
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Shift colour"))
        if chosen.isValid():
            self._set_colour(chosen.name())

    def new_shift(self) -> None:
        """Start a new shift in the form."""
        self.current = None
        self.list.clearSelection()
        self.code.clear()
        self.name.clear()
        self.start.setTime(QTime(9, 0))
        self.end.setTime(QTime(18, 0))
        self.break_minutes.setValue(60)
        self._set_colour("#f5d0c5")
        self.archived.setChecked(False)
        self.code.setFocus()

    def save_shift(self) -> None:
        """Store the form as the current shift (or as a new one)."""
        start, end = self.start.time(), self.end.time()
        draft = ShiftDraft(
            self.current.id if self.current else None,
            self.code.text(),
            self.name.text(),
            start.hour() * 60 + start.minute(),
            end.hour() * 60 + end.minute(),
            self.break_minutes.value(),
            self.colour,
            self.archived.isChecked(),
        )
        try:
            saved = rota_shifts.save_shift(self.ctx.db, draft)
        except UserError as exc:
            self.problems.setText("\n".join(exc.details or [exc.message]))
            return
        self.saved = True
        self.reload(saved)

    def done_editing(self) -> None:
        """Close; accepted when any shift was saved (the page then reads again)."""
        if self.saved:
            self.accept()
        else:
            self.reject()


def print_week(parent: QWidget, ctx: AppContext, week: Week) -> None:
    """Ask for the paper and the file, write the week's PDF, open it."""
    paper, ok = QInputDialog.getItem(
        parent,
        translate("RotaDialogs", "Print the rota"),
        translate("RotaDialogs", "Paper (landscape):"),
        list(rota_reports.PAPERS),
        0,
        False,
    )
    if not ok:
        return
    folder = str(ctx.settings.value("rota/export_dir", str(Path.home())))
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("RotaDialogs", "Print the rota"),
        str(Path(folder) / translate("RotaDialogs", "rota-{week}.pdf").format(week=week)),
        translate("RotaDialogs", "PDF files (*.pdf)"),
    )
    if not name:
        return
    target = Path(name).with_suffix(".pdf")
    ctx.settings.setValue("rota/export_dir", str(target.parent))

    def done(count: int) -> None:
        status_message(
            parent,
            translate(
                "RotaDialogs", "Rota of {count} agents written to {path}", None, count
            ).format(count=count, path=target),
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    db = ctx.db
    run_with_progress(
        parent,
        ctx,
        translate("RotaDialogs", "Print the rota"),
        lambda progress: rota_reports.rota_report(db, week, target, paper, progress),
        done,
        label=translate("RotaDialogs", "Writing the rota…"),
        path=target,
    )


def export_week(parent: QWidget, ctx: AppContext, week: Week) -> None:
    """Save the week as CSV or XLSX (one line per agent per day)."""
    folder = str(ctx.settings.value("rota/export_dir", str(Path.home())))
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("RotaDialogs", "Export the week"),
        str(Path(folder) / translate("RotaDialogs", "rota-{week}.xlsx").format(week=week)),
        translate("RotaDialogs", "Excel (*.xlsx);;CSV (*.csv)"),
    )
    if not name:
        return
    target = Path(name)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    ctx.settings.setValue("rota/export_dir", str(target.parent))
    db = ctx.db

    def exported(count: int) -> None:
        status_message(
            parent,
            translate("RotaDialogs", "{count} lines written to {path}", None, count).format(
                count=count, path=target
            ),
        )

    run_with_progress(
        parent,
        ctx,
        translate("RotaDialogs", "Export the week"),
        lambda progress: rota_files.export_week(db, week, target, progress=progress),
        exported,
        label=translate("RotaDialogs", "Exporting the week…"),
        path=target,
    )
