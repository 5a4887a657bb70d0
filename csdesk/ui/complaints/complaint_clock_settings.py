"""What the complaint clocks count by: targets, "due soon", the working week, holidays.

Targets, "due soon" and the week are edited together and saved with one button (they
are read together, and saving recomputes every open complaint's due times once);
holidays and make-up days are a list, changed a day at a time.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.complaint_labels import priority_labels
from csdesk.domain.complaints import Priority, Targets
from csdesk.domain.work_calendar import MINUTES_PER_DAY, WorkingHours
from csdesk.services.complaints import complaint_timing
from csdesk.services.errors import UserError
from csdesk.ui.common.widgets import (
    ProblemLabel,
    button_row,
)
from csdesk.ui.context import AppContext

#: A week as the form holds it: (start, end) minutes per weekday, None when closed.
RawWeek = tuple[tuple[int, int] | None, ...]


def _hours_box(maximum: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(1)
    box.setRange(0.0, maximum)
    box.setSingleStep(0.5)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def _time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    return edit


def _to_time(minutes: int) -> QTime:
    minutes %= MINUTES_PER_DAY  # 24:00 shows as 00:00, read back as midnight
    return QTime(minutes // 60, minutes % 60)


def _minutes(edit: QTimeEdit, *, end: bool = False) -> int:
    value = edit.time().hour() * 60 + edit.time().minute()
    return MINUTES_PER_DAY if end and value == 0 else value


def day_name(weekday: int) -> str:
    """Monday (0) to Sunday (6) in the user's language."""
    return QLocale().standaloneDayName(weekday + 1, QLocale.FormatType.LongFormat)


class ClockRulesTab(QWidget):
    """Targets per priority, the "due soon" threshold and the working week."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded: tuple = ()
        self.target_boxes: dict[Priority, tuple[QDoubleSpinBox, ...]] = {}
        self.targets_group = QGroupBox()
        grid = QGridLayout(self.targets_group)
        self._clock_titles = [QLabel() for _ in range(3)]
        for column, title in enumerate(self._clock_titles, start=1):
            grid.addWidget(title, 0, column)
        self._priority_titles: dict[Priority, QLabel] = {}
        for row, priority in enumerate(Priority, start=1):
            self._priority_titles[priority] = QLabel()
            grid.addWidget(self._priority_titles[priority], row, 0)
            boxes = tuple(_hours_box(60 * 24) for _ in range(3))
            for column, box in enumerate(boxes, start=1):
                grid.addWidget(box, row, column)
            self.target_boxes[priority] = boxes
        self.calendar_hours = QCheckBox()
        self.calendar_hours.setObjectName("calendarHours")
        grid.addWidget(self.calendar_hours, len(Priority) + 3, 0, 1, 4)
        self.due_soon = _hours_box(48)
        self.due_soon_label = QLabel()
        self.due_soon_label.setBuddy(self.due_soon)
        grid.addWidget(self.due_soon_label, len(Priority) + 1, 0)
        grid.addWidget(self.due_soon, len(Priority) + 1, 1)
        grid.setRowStretch(len(Priority) + 4, 1)  # spare height below, not between rows

        self.week_group = QGroupBox()
        week = QGridLayout(self.week_group)
        self.open_days: list[QCheckBox] = []
        self.starts: list[QTimeEdit] = []
        self.ends: list[QTimeEdit] = []
        for weekday in range(7):
            check, start, end = QCheckBox(), _time_edit(), _time_edit()
            check.toggled.connect(start.setEnabled)
            check.toggled.connect(end.setEnabled)
            week.addWidget(check, weekday, 0)
            week.addWidget(start, weekday, 1)
            week.addWidget(QLabel("–"), weekday, 2)
            week.addWidget(end, weekday, 3)
            self.open_days.append(check)
            self.starts.append(start)
            self.ends.append(end)
        week.setColumnStretch(4, 1)
        self.week_note = QLabel()
        self.week_note.setWordWrap(True)
        week.addWidget(self.week_note, 7, 0, 1, 5)
        week.setRowStretch(8, 1)

        # in calendar hours the working week does not count: shown, but not editable
        self.calendar_hours.toggled.connect(lambda on: self.week_group.setEnabled(not on))
        self.problem = ProblemLabel()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveClockRules")
        self.revert_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        columns = QHBoxLayout()
        columns.addWidget(self.targets_group, 3)
        columns.addWidget(self.week_group, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addLayout(button_row(None, self.revert_button, self.save_button))
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.targets_group.setTitle(self.tr("Promised times"))
        self.calendar_hours.setText(
            self.tr("Count them around the clock (calendar hours, as customers are promised)")
        )
        self.calendar_hours.setToolTip(
            self.tr("Unticked: only the working week below counts, holidays excluded")
        )
        for title, text in zip(
            self._clock_titles,
            (self.tr("First response"), self.tr("Solution proposed"), self.tr("Resolved")),
            strict=True,
        ):
            title.setText(f"<b>{text}</b>")
        names = priority_labels()
        for priority, title in self._priority_titles.items():
            title.setText(names[priority])
        for boxes in self.target_boxes.values():
            for box in boxes:
                box.setSuffix(self.tr(" h"))
        self.due_soon.setSuffix(self.tr(" h"))
        self.due_soon_label.setText(self.tr('"&Due soon" within'))
        self.due_soon.setToolTip(
            self.tr("Complaints with this much working time left are shown as due soon")
        )
        self.week_group.setTitle(self.tr("Working week"))
        for weekday, check in enumerate(self.open_days):
            check.setText(day_name(weekday))
        self.week_note.setText(
            self.tr(
                "The clocks run only in these hours. An end of 00:00 means midnight. "
                "Public holidays and make-up working days are on the next tab."
            )
        )
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Open complaints' due times are recomputed"))
        self.revert_button.setText(self.tr("&Undo changes"))

    # --- values -------------------------------------------------------------------------
    def load(self) -> None:
        """Show what is stored."""
        db = self.ctx.db
        targets = complaint_timing.load_targets(db)
        for priority, boxes in self.target_boxes.items():
            value = targets[priority]
            for box, target in zip(
                boxes, (value.response, value.solution, value.resolution), strict=True
            ):
                box.setValue(target.total_seconds() / 3600)
        self.due_soon.setValue(complaint_timing.load_due_soon(db).total_seconds() / 3600)
        calendar_hours = complaint_timing.load_clock_hours(db) == complaint_timing.CALENDAR_HOURS
        self.calendar_hours.setChecked(calendar_hours)
        self.week_group.setEnabled(not calendar_hours)
        for weekday, hours in enumerate(complaint_timing.load_calendar(db).week):
            self.open_days[weekday].setChecked(hours is not None)
            self.starts[weekday].setEnabled(hours is not None)
            self.ends[weekday].setEnabled(hours is not None)
            if hours is not None:
                self.starts[weekday].setTime(_to_time(hours.start))
                self.ends[weekday].setTime(_to_time(hours.end))
        self.problem.show_problems([])
        self._loaded = self._values()

    def _targets(self) -> dict[str, Targets]:
        return {
            str(priority): Targets(*(timedelta(hours=box.value()) for box in boxes))
            for priority, boxes in self.target_boxes.items()
        }

    def _week(self) -> RawWeek:
        return tuple(
            (_minutes(self.starts[d]), _minutes(self.ends[d], end=True))
            if self.open_days[d].isChecked()
            else None
            for d in range(7)
        )

    def _values(self) -> tuple:
        return (
            self._targets(),
            self._week(),
            self.due_soon.value(),
            self.calendar_hours.isChecked(),
        )

    def is_changed(self) -> bool:
        """Whether the form differs from what is stored."""
        return self._values() != self._loaded

    def problems(self) -> list[str]:
        """What must be fixed before saving."""
        names = priority_labels()
        out: list[str] = []
        for priority, targets in self._targets().items():
            out.extend(f"{names[priority]}: {p}" for p in complaint_timing.target_problems(targets))
        for weekday, hours in enumerate(self._week()):
            if hours is not None and hours[1] <= hours[0]:
                out.append(
                    self.tr("{day}: the working hours end before they start.").format(
                        day=day_name(weekday)
                    )
                )
        if not any(self._week()):
            out.append(self.tr("The shop must work on at least one day."))
        return out

    def save(self) -> bool:
        """Store the form; True when stored."""
        problems = self.problems()
        self.problem.show_problems(problems)
        if problems:
            return False
        week = tuple(WorkingHours(*h) if h else None for h in self._week())
        soon = timedelta(hours=self.due_soon.value())
        try:
            hours = (
                complaint_timing.CALENDAR_HOURS
                if self.calendar_hours.isChecked()
                else complaint_timing.WORKING_HOURS
            )
            complaint_timing.save_clock_rules(self.ctx.db, self._targets(), week, soon, hours)
        except UserError as exc:
            self.problem.show_problems(exc.details or [exc.message])
            return False
        self.load()
        self.ctx.notices.complaints_changed.emit()
        return True
